// Build step: the manifest of one page version (scripts → index.html, sw.js): SHA-256, size and,
// for Arrow tables, the row count of every data file and DuckDB engine the page loads.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tableFromIPC } from 'apache-arrow';
import type { FileEntry, Manifest } from '../src/lib/data/manifest.ts';

export const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** The data set directories of a build (data/de/ only once the national data are built). */
const DATA_SETS = ['data', 'data/gs2025', 'data/de'] as const;

export function buildManifest(dist: string): Manifest {
  const files: Record<string, FileEntry> = {};
  const add = (path: string) => {
    const bytes = readFileSync(join(dist, path));
    const entry: FileEntry = { sha256: sha256(bytes), bytes: bytes.length };
    if (path.endsWith('.arrow')) entry.rows = tableFromIPC(bytes).numRows;
    files[path] = entry;
  };
  // data/ holds the default Gebietsstand, data/gs2025/ the one of 2023–2025, data/de/ all of Germany
  for (const dir of DATA_SETS)
    for (const name of existsSync(join(dist, dir)) ? readdirSync(join(dist, dir)).sort() : [])
      if (/\.(json|arrow)$/.test(name)) add(`${dir}/${name}`);
  for (const name of readdirSync(join(dist, 'assets')).sort()) if (name.endsWith('.wasm')) add(`assets/${name}`);
  const version = sha256(Buffer.from(JSON.stringify(files))).slice(0, 12);
  return { version, files };
}
