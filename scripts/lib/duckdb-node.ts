// DuckDB-WASM in Node (the blocking bundle): the same engine and SQL as in the browser, for the
// build (first-view payload) and for tests.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Table } from 'apache-arrow';
import type { Db, Param } from '../../src/lib/data/db.ts';
import { Catalogue } from '../../src/lib/data/catalogue.ts';
import { DATA_FILES, loadDatabase, type DataFile } from '../../src/lib/data/load.ts';

const require = createRequire(import.meta.url);

interface BlockingConnection {
  query(sql: string): Table;
  prepare(sql: string): { query(...params: Param[]): Table };
}

export async function openNodeDb(): Promise<Db> {
  const duckdb = require('@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs');
  const dist = dirname(require.resolve('@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs'));
  const bundles = {
    mvp: { mainModule: join(dist, 'duckdb-mvp.wasm'), mainWorker: join(dist, 'duckdb-node-mvp.worker.cjs') },
    eh: { mainModule: join(dist, 'duckdb-eh.wasm'), mainWorker: join(dist, 'duckdb-node-eh.worker.cjs') },
  };
  const db = await duckdb.createDuckDB(bundles, new duckdb.VoidLogger(), duckdb.NODE_RUNTIME);
  await db.instantiate(() => {});
  db.open({});
  const conn: BlockingConnection = db.connect();
  const prepared = new Map<string, ReturnType<BlockingConnection['prepare']>>();
  return {
    async registerFile(name, bytes) {
      db.registerFileBuffer(name, bytes);
    },
    async exec(sql) {
      conn.query(sql);
    },
    async query(sql, params = []) {
      let stmt = prepared.get(sql);
      if (!stmt) prepared.set(sql, (stmt = conn.prepare(sql)));
      return stmt.query(...params);
    },
  };
}

/** Opens DuckDB in Node and loads the built data of `dir` (default: public/data). */
export async function openBuiltData(dir = 'public/data'): Promise<{ db: Db; catalogue: Catalogue }> {
  const catalogue = Catalogue.parse(JSON.parse(readFileSync(join(dir, 'catalogue.json'), 'utf8')));
  const files = Object.fromEntries(DATA_FILES.map((f) => [f, new Uint8Array(readFileSync(join(dir, f)))])) as Record<
    DataFile,
    Uint8Array
  >;
  const db = await openNodeDb();
  await loadDatabase(db, files, catalogue);
  return { db, catalogue };
}
