// `npm run import`: official files → layout → Hessen extract → pipeline validation → data/ and data/SOURCES.md, all or nothing.
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { DESTATIS_CHANGES_FILE, DESTATIS_LISTS_FILE } from '../data/stats/sources/destatis-changes.ts';
import { buildContext, SOURCE_FILES } from '../data/stats/sources/index.ts';
import { ZENSUS_FILE } from '../data/stats/sources/zensus.ts';
import { applyUpdate } from './apply.ts';
import { checkTexts } from './check.ts';
import { extractBbaGemeinde, extractBbaKreis, extractBbaMobil } from './extract/broadband.ts';
import { extractGebietsaenderungen, extractZensus } from './extract/census-changes.ts';
import { type Extraction, type ExtractContext, ImportMismatch, type Origin } from './extract/common.ts';
import { extractBbsrUmstieg, extractGvAuszug } from './extract/population.ts';
import { extractBbsrReferenz } from './extract/typologies.ts';
import { LAYOUTS, LayoutError, parseLayout, type ParsedSource } from './layouts/index.ts';
import { readSource } from './layouts/read.ts';
import { type FileReport, reportText } from './report.ts';
import { type ImportedFile, updateSources } from './sources-md.ts';
import { readTable, type TidyTable, writeTable } from './tidy-csv.ts';

export const SOURCES_MD = 'SOURCES.md';
/** Every data/ file the importer reads or may write (paths relative to data/). */
const FILES = [...new Set<string>([...SOURCE_FILES, ZENSUS_FILE, DESTATIS_CHANGES_FILE, DESTATIS_LISTS_FILE])];

export interface ImportInput {
  /** File name as the maintainer downloaded it (recorded in SOURCES.md and in the extract's source column). */
  name: string;
  bytes: Uint8Array;
}

export interface ImportResult {
  files: FileReport[];
  /** data/-relative paths written (empty when everything was already up to date). */
  written: string[];
  /** The German report for the console. */
  report: string;
}

/** An import that wrote nothing: one German message per failing file. */
export class ImportError extends Error {
  override name = 'ImportError';
  constructor(readonly messages: string[]) {
    super(`${messages.join('\n')}\nNichts geschrieben: data/ ist unverändert.`);
  }
}

const sha256 = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');

function extract(file: string, parsed: ParsedSource, x: ExtractContext): Extraction {
  switch (parsed.id) {
    case 'destatis-gv-auszug':
      return extractGvAuszug(file, parsed.data, x);
    case 'destatis-gebietsaenderungen':
      return extractGebietsaenderungen(file, parsed.data, x);
    case 'zensus2022-flat':
      return extractZensus(file, parsed.data, x);
    case 'breitbandatlas-gemeinde':
      return extractBbaGemeinde(file, parsed.data, x);
    case 'breitbandatlas-kreis':
      return extractBbaKreis(file, parsed.data, x);
    case 'breitbandatlas-mobilfunk-kreis':
      return extractBbaMobil(file, parsed.data, x);
    case 'bbsr-referenz':
      return extractBbsrReferenz(file, parsed.data, x);
    case 'bbsr-umstieg':
      return extractBbsrUmstieg(file, parsed.data, x);
  }
}

async function readData(dataDir: string): Promise<Record<string, string | undefined>> {
  const texts: Record<string, string | undefined> = {};
  for (const f of [...FILES, SOURCES_MD]) {
    texts[f] = await readFile(join(dataDir, f), 'utf8').catch((e: NodeJS.ErrnoException) => {
      if (e.code === 'ENOENT') return undefined;
      throw e;
    });
  }
  return texts;
}

/** Writes through a temporary file and a rename, so a file is either old or new, never half written. */
async function writeAtomic(path: string, text: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const tmp = `${path}.import-${process.pid}.tmp`;
  await writeFile(tmp, text, 'utf8');
  await rename(tmp, path);
}

/**
 * Imports official files into `dataDir`. Recognises each file's layout, extracts Hessen, applies all files in
 * order in memory, validates the result with the pipeline and writes only if everything passed.
 * Throws {@link ImportError} (nothing written) with a precise German message per failing file.
 */
export async function importFiles(dataDir: string, inputs: readonly ImportInput[]): Promise<ImportResult> {
  if (inputs.length === 0)
    throw new ImportError([
      `keine Datei angegeben; erwartet wird eine dieser amtlichen Dateien: ${LAYOUTS.map((l) => l.title).join('; ')}`,
    ]);
  const before = await readData(dataDir);
  let ctx;
  try {
    ctx = buildContext(before).ctx;
  } catch (e) {
    throw new ImportError([`data/ ist schon vor dem Import ungültig: ${(e as Error).message}`]);
  }
  const tables = new Map<string, TidyTable>();
  for (const f of FILES) if (before[f] !== undefined && f.endsWith('.csv')) tables.set(f, readTable(before[f]!));
  const origins = new Map<string, Array<Origin | null>>();
  const columns = new Map<string, Record<string, string>>();
  const reports: FileReport[] = [];
  const imported: ImportedFile[] = [];
  const errors: string[] = [];

  for (const input of inputs) {
    try {
      const parsed = parseLayout(await readSource(input.name, input.bytes));
      const spec = LAYOUTS.find((l) => l.id === parsed.id)!;
      const ex = extract(input.name, parsed, { ctx, tables });
      const diffs = ex.updates.map((u) => {
        const applied = applyUpdate(tables.get(u.file), u, origins.get(u.file));
        tables.set(u.file, applied.table);
        origins.set(u.file, applied.rowOrigins);
        columns.set(u.file, { ...columns.get(u.file), ...u.columns });
        return applied.diff;
      });
      const sha = sha256(input.bytes);
      reports.push({ file: input.name, sha256: sha, layout: spec.title, variant: parsed.variant, stand: ex.stand, notes: ex.notes, diffs });
      imported.push({
        file: input.name,
        layout: `${spec.title} (${parsed.variant})`,
        sha256: sha,
        stand: ex.stand,
        licence: ex.licence,
        writtenTo: diffs.map((d) => `\`${d.file}\` (${d.slice}, ${d.after} Zeile${d.after === 1 ? '' : 'n'})`).join('; '),
      });
    } catch (e) {
      if (e instanceof LayoutError || e instanceof ImportMismatch) errors.push(e.message);
      else throw e;
    }
  }
  if (errors.length) throw new ImportError(errors);

  const after: Record<string, string | undefined> = { ...before };
  for (const [f, t] of tables) after[f] = writeTable(t);
  const changed = new Set(FILES.filter((f) => after[f] !== before[f]));
  try {
    checkTexts(after, changed, {
      origins: new Map([...origins].map(([f, rows]) => [f, new Map(rows.flatMap((o, i) => (o ? [[i + 2, o] as const] : [])))])),
      columns,
    });
  } catch (e) {
    throw new ImportError([(e as Error).message]);
  }
  const targets = new Set(reports.flatMap((r) => r.diffs.map((d) => d.file)));
  const written = Object.fromEntries([...targets].map((f) => [f, sha256(after[f]!)]));
  after[SOURCES_MD] = updateSources(before[SOURCES_MD] ?? '# Sources\n', imported, written);
  const toWrite = [...FILES, SOURCES_MD].filter((f) => after[f] !== before[f]);
  for (const f of toWrite) await writeAtomic(join(dataDir, f), after[f]!);
  return { files: reports, written: toWrite, report: reportText(reports, toWrite) };
}
