// Starts DuckDB in the browser and loads the atlas tables from our own origin.
import type { Catalogue } from './catalogue.ts';
import type { Db } from './db.ts';
import { duckdb, keepDuckdbForOffline } from './duckdb-browser.ts';
import { DATA_FILES, loadDatabase, type DataFile } from './load.ts';

async function fetchBytes(url: string): Promise<Uint8Array> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return new Uint8Array(await res.arrayBuffer());
}

export async function openAtlasDb(dataUrl: string, catalogue: Catalogue): Promise<Db> {
  const [db, ...bytes] = await Promise.all([
    duckdb().then((db) => (performance.mark('duckdb-instantiated'), db)),
    ...DATA_FILES.map((f) => fetchBytes(`${dataUrl}${f}`)),
  ]);
  const files = Object.fromEntries(DATA_FILES.map((f, i) => [f, bytes[i]!])) as Record<DataFile, Uint8Array>;
  await loadDatabase(db, files, catalogue);
  keepDuckdbForOffline();
  return db;
}
