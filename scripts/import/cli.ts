// `npm run import -- <file> [<file> …]`: reads official files into data/ (see README „Neue amtliche Daten einspielen“).
// Options: --data <dir> (default: the project's data/). Exit code 0 = imported or already up to date, 1 = nothing written.
import { readFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { ImportError, importFiles, type ImportInput } from './import.ts';

const ROOT = resolve(import.meta.dirname, '../..');

const USAGE = 'Aufruf: npm run import -- [--data <Ordner>] <Datei> [<Datei> …]';

async function main(argv: string[]): Promise<number> {
  let dataDir = join(ROOT, 'data');
  const paths: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--data') {
      const dir = argv[++i];
      if (!dir) {
        console.error(`--data braucht einen Ordner. ${USAGE}`);
        return 1;
      }
      dataDir = resolve(dir);
    } else if (a === '-h' || a === '--help') {
      console.log(USAGE);
      return 0;
    } else paths.push(a);
  }
  if (paths.length === 0) {
    console.error(`Keine Datei angegeben. ${USAGE}`);
    return 1;
  }
  const inputs: ImportInput[] = [];
  const missing: string[] = [];
  for (const p of paths) {
    try {
      inputs.push({ name: basename(p), bytes: await readFile(p) });
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      missing.push(`${p}: ${code === 'ENOENT' ? 'Datei nicht gefunden' : `nicht lesbar (${code ?? (e as Error).message})`}`);
    }
  }
  if (missing.length) {
    console.error(`${missing.join('\n')}\nNichts geschrieben: data/ ist unverändert.`);
    return 1;
  }
  const t0 = performance.now();
  try {
    const result = await importFiles(dataDir, inputs);
    console.log(result.report);
    console.log(`(${((performance.now() - t0) / 1000).toFixed(1)} s)`);
    return 0;
  } catch (e) {
    if (e instanceof ImportError) {
      console.error(e.message);
      return 1;
    }
    throw e;
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e instanceof Error ? (e.stack ?? e.message) : String(e));
    process.exit(2);
  },
);
