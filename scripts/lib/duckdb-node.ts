// DuckDB-WASM in Node (the blocking bundle): the same engine and SQL as in the browser, for the
// build (first-view payload) and for tests.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Table } from 'apache-arrow';
import type { Db, Param } from '../../src/lib/data/db.ts';
import { Catalogue } from '../../src/lib/data/catalogue.ts';
import { loadTables, tableFile, TABLES, type TableName } from '../../src/lib/data/load.ts';

const require = createRequire(import.meta.url);

interface BlockingConnection {
  query(sql: string): Table;
  prepare(sql: string): { query(...params: Param[]): Table };
  insertArrowFromIPCStream(buffer: Uint8Array, options: { name: string; create: boolean }): void;
  useUnsafe<R>(callback: (bindings: { runQuery(conn: number, sql: string): Uint8Array }, conn: number) => R): R;
}

/** What the build needs beyond the app's Db: files for `read_csv` and results as Arrow IPC bytes. */
export interface NodeDb extends Db {
  /** Makes bytes available to `read_csv('<name>')`. */
  registerFile(name: string, bytes: Uint8Array): Promise<void>;
  /** A result in Arrow's IPC file format, as DuckDB writes it. */
  queryIpc(sql: string): Uint8Array;
}

export async function openNodeDb(): Promise<NodeDb> {
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
    async insertArrow(name, bytes) {
      conn.insertArrowFromIPCStream(bytes, { name, create: true });
    },
    // (The bundle has its own copy of apache-arrow, so its Tables cannot be re-serialised by ours.)
    queryIpc(sql) {
      return conn.useUnsafe((bindings, id) => bindings.runQuery(id, sql)).slice();
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

/** Opens DuckDB in Node and loads the built tables of `dir` (default: public/data), as the browser does. */
export async function openBuiltData(dir = 'public/data'): Promise<{ db: Db; catalogue: Catalogue }> {
  const catalogue = Catalogue.parse(JSON.parse(readFileSync(join(dir, 'catalogue.json'), 'utf8')));
  const tables = Object.fromEntries(TABLES.map((t) => [t, new Uint8Array(readFileSync(join(dir, tableFile(t))))])) as Record<
    TableName,
    Uint8Array
  >;
  const db = await openNodeDb();
  await loadTables(db, tables);
  return { db, catalogue };
}
