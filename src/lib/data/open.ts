// Starts DuckDB in the browser and loads the atlas tables from our own origin.
import type { Db } from './db.ts';
import { duckdb, keepDuckdbForOffline } from './duckdb-browser.ts';
import { loadTables, tableFile, TABLES, type TableName } from './load.ts';

async function fetchBytes(url: string): Promise<Uint8Array> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return new Uint8Array(await res.arrayBuffer());
}

/** The engine and the finished tables (Arrow IPC) are fetched at once; then the tables are loaded. */
export async function openAtlasDb(dataUrl: string): Promise<Db> {
  const [db, ...bytes] = await Promise.all([
    duckdb().then((db) => (performance.mark('duckdb-instantiated'), db)),
    ...TABLES.map((t) => fetchBytes(`${dataUrl}${tableFile(t)}`)),
  ]);
  await loadTables(db, Object.fromEntries(TABLES.map((t, i) => [t, bytes[i]!])) as Record<TableName, Uint8Array>);
  keepDuckdbForOffline();
  return db;
}
