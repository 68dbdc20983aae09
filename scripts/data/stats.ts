// Statistics build: reads the validated sources in data/, writes public/data/ (observations, regions,
// changes, projects, projections, catalogue).
// Run directly: `npx tsx scripts/data/stats.ts [dataDir] [outDir]` (defaults: data/, public/data/).
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SourceFileError } from './stats/errors.ts';
import { DEFAULT_AS_OF, OUTPUT_FILES, runPipeline, type StatsSummary } from './stats/pipeline.ts';
import { SOURCE_FILES } from './stats/sources/index.ts';

export { SourceFileError, SourceRowError } from './stats/errors.ts';
export type { StatsSummary } from './stats/pipeline.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const DEFAULT_DATA_DIR = join(ROOT, 'data');
export const DEFAULT_OUT_DIR = join(ROOT, 'public', 'data');

/** Reads every source file (missing → {@link SourceFileError}), builds and writes the outputs. */
export async function buildStats(opts: { dataDir: string; outDir: string; asOf?: string }): Promise<StatsSummary> {
  const texts: Record<string, string> = {};
  for (const file of SOURCE_FILES) {
    try {
      texts[file] = await readFile(join(opts.dataDir, file), 'utf8');
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      throw new SourceFileError(file, code === 'ENOENT' ? 'Datei fehlt' : `nicht lesbar (${code ?? (e as Error).message})`);
    }
  }
  const { files, summary } = runPipeline(texts, opts.asOf ?? DEFAULT_AS_OF);
  await mkdir(opts.outDir, { recursive: true });
  for (const f of OUTPUT_FILES) await writeFile(join(opts.outDir, f), files[f], 'utf8');
  return summary;
}

function oneLine(s: StatsSummary, ms: number): string {
  const kb = (n: number) => `${(n / 1024).toFixed(0)} kB`;
  return (
    `stats: ${s.observations} Beobachtungen (${s.measures} Messgrößen), ${s.indicators} Indikatoren, ${s.regions} Regionen, ` +
    `${s.periods} Perioden; ${s.gebietsstand}; observations.csv ${kb(s.bytes['observations.csv'])}, catalogue.json ${kb(s.bytes['catalogue.json'])} (${ms} ms)`
  );
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const t0 = performance.now();
  const [dataDir = DEFAULT_DATA_DIR, outDir = DEFAULT_OUT_DIR] = process.argv.slice(2);
  buildStats({ dataDir, outDir }).then(
    (s) => console.log(oneLine(s, Math.round(performance.now() - t0))),
    (e: unknown) => {
      console.error(e instanceof Error ? e.message : String(e));
      process.exit(1);
    },
  );
}
