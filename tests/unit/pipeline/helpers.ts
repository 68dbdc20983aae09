// Shared test helpers: real data in a temporary copy, single-cell corruption, output readers.
import { csvFormatRows, csvParse, csvParseRows, type DSVRowArray } from 'd3-dsv';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../../..');
export const DATA_DIR = join(ROOT, 'data');

export async function tempDir(prefix: string): Promise<string> {
  return mkdtemp(join(tmpdir(), `atlas-${prefix}-`));
}

export async function removeDir(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
}

/** A fresh copy of the project's data/ folder. */
export async function copyData(): Promise<string> {
  const dir = await tempDir('data');
  await cp(DATA_DIR, dir, { recursive: true });
  return dir;
}

/** Raw rows of a source file (d3-dsv), for computing expectations independently of the pipeline. */
export async function readSource(file: string, dataDir = DATA_DIR): Promise<DSVRowArray<string>> {
  return csvParse(await readFile(join(dataDir, file), 'utf8'));
}

/**
 * Replaces one cell on a physical line (header = 1) and returns the value it had.
 * Line endings of the file (LF or CRLF) are kept.
 */
export async function corruptCell(dataDir: string, file: string, line: number, column: string, value: string): Promise<string> {
  const path = join(dataDir, file);
  const lines = (await readFile(path, 'utf8')).split('\n');
  const header = csvParseRows(lines[0]!.replace(/\r$/, ''))[0]!;
  const j = header.indexOf(column);
  if (j < 0) throw new Error(`no column ${column} in ${file}`);
  const raw = lines[line - 1]!;
  const cr = raw.endsWith('\r') ? '\r' : '';
  const cells = csvParseRows(raw.replace(/\r$/, ''))[0]!;
  const before = cells[j]!;
  cells[j] = value;
  lines[line - 1] = csvFormatRows([cells]) + cr;
  await writeFile(path, lines.join('\n'), 'utf8');
  return before;
}

/** Removes one column from every line of a source file. */
export async function removeColumn(dataDir: string, file: string, column: string): Promise<void> {
  const path = join(dataDir, file);
  const rows = csvParseRows(await readFile(path, 'utf8'));
  const j = rows[0]!.indexOf(column);
  if (j < 0) throw new Error(`no column ${column} in ${file}`);
  await writeFile(path, `${csvFormatRows(rows.map((r) => r.filter((_, i) => i !== j)))}\n`, 'utf8');
}

/** Rewrites a whole source file through a function of its text. */
export async function editFile(dataDir: string, file: string, edit: (text: string) => string): Promise<void> {
  const path = join(dataDir, file);
  await writeFile(path, edit(await readFile(path, 'utf8')), 'utf8');
}

/** Physical line (header = 1) of the first row matching `match`. */
export async function findLine(
  file: string,
  match: (row: Record<string, string | undefined>) => boolean,
  dataDir = DATA_DIR,
): Promise<number> {
  const rows = await readSource(file, dataDir);
  const i = rows.findIndex(match);
  if (i < 0) throw new Error(`no matching row in ${file}`);
  return i + 2;
}

export interface ObservationRow {
  measure: string;
  ags: string;
  period: string;
  value: string;
  flag: string;
}

export async function readObservations(outDir: string): Promise<ObservationRow[]> {
  return csvParse(await readFile(join(outDir, 'observations.csv'), 'utf8')) as unknown as ObservationRow[];
}
