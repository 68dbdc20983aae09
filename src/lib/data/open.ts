// Starts DuckDB in the browser and loads the atlas tables from our own origin: every download
// bounded, checked against the page's manifest and counted for the progress bar.
import type { Db } from './db.ts';
import { duckdb, keepDuckdbForOffline } from './duckdb-browser.ts';
import { fetchFile } from './fetch.ts';
import { LOCK_CONFIGURATION, loadTables, OPTIONAL_TABLES, tableFile, TABLES, type TableName, type TableSource } from './load.ts';
import type { Manifest } from './manifest.ts';
import { loadProgress } from './progress.svelte.ts';

/** The engine and the finished tables (Arrow IPC) are fetched at once; then the tables are loaded. */
export async function openAtlasDb(dataUrl: string, manifest: Manifest | null, dir = 'data/'): Promise<Db> {
  // dataUrl is the page's URL of `dir`
  const base = new URL(dir.replace(/[^/]+/g, '..'), dataUrl).href;
  const pathOf = (url: string) => url.slice(base.length).split('?')[0]!;
  const sizes: Record<string, number> = {};
  for (const [path, e] of Object.entries(manifest?.files ?? {})) if (path.endsWith('.arrow') || path.endsWith('.wasm')) sizes[path] = e.bytes;
  loadProgress.begin(sizes);
  const get = (path: string) => fetchFile(base, path, manifest, { onProgress: (n) => loadProgress.report(path, n) });
  const engine = duckdb((url) => {
    // Only the chosen engine counts towards the total.
    const chosen = pathOf(url);
    for (const p of Object.keys(sizes)) if (p.endsWith('.wasm') && p !== chosen) delete sizes[p];
    loadProgress.begin(sizes);
    return get(chosen);
  });
  const [db, ...sources] = await Promise.all([
    engine.then((db) => (performance.mark('duckdb-instantiated'), db)),
    ...TABLES.map(
      (t): Promise<TableSource> =>
        get(`${dir}${tableFile(t)}`).catch((e: unknown) => {
          // An optional table that cannot be fetched only disables the view that needs it.
          if (OPTIONAL_TABLES.has(t)) return e instanceof Error ? e : new Error(String(e));
          throw e;
        }),
    ),
  ]);
  const rows = Object.fromEntries(TABLES.map((t) => [t, manifest?.files[`${dir}${tableFile(t)}`]?.rows]).filter(([, n]) => n !== undefined));
  await loadTables(db, Object.fromEntries(TABLES.map((t, i) => [t, sources[i]!])) as Record<TableName, TableSource>, rows);
  await db.exec(LOCK_CONFIGURATION);
  keepDuckdbForOffline();
  return db;
}
