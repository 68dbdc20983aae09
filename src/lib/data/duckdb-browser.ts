// The browser's one DuckDB-WASM instance, behind one promise. Everything is imported lazily so
// the 34 MB engine never delays the first map; wasm and worker come from our own origin.
import type { AsyncDuckDB, AsyncDuckDBConnection, AsyncPreparedStatement } from '@duckdb/duckdb-wasm';
import type { Db } from './db.ts';

let instance: Promise<Db> | null = null;

async function start(): Promise<Db> {
  const [duckdb, mvpWasm, mvpWorker, ehWasm, ehWorker] = await Promise.all([
    import('@duckdb/duckdb-wasm'),
    import('@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url'),
    import('@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url'),
    import('@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url'),
    import('@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url'),
  ]);
  const bundle = await duckdb.selectBundle({
    mvp: { mainModule: mvpWasm.default, mainWorker: mvpWorker.default },
    eh: { mainModule: ehWasm.default, mainWorker: ehWorker.default },
  });
  const worker = new Worker(bundle.mainWorker!);
  const db: AsyncDuckDB = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
  try {
    await db.instantiate(bundle.mainModule, bundle.pthreadWorker);
    await db.open({ query: { castBigIntToDouble: true } });
  } catch (e) {
    worker.terminate();
    throw e;
  }
  const conn: AsyncDuckDBConnection = await db.connect();
  const prepared = new Map<string, Promise<AsyncPreparedStatement>>();
  return {
    async registerFile(name, bytes) {
      await db.registerFileBuffer(name, bytes);
    },
    async exec(sql) {
      await conn.query(sql);
    },
    async query(sql, params = []) {
      let stmt = prepared.get(sql);
      if (!stmt) prepared.set(sql, (stmt = conn.prepare(sql)));
      return (await stmt).query(...params);
    },
  };
}

/** Starts DuckDB once; later calls share the same promise (also a failed one). */
export function duckdb(): Promise<Db> {
  return (instance ??= start());
}
