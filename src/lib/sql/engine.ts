// The console's own DuckDB-WASM instance in its own worker (never the map's), loaded with the same
// Arrow tables as the atlas, locked down before any user SQL. Cancel interrupts the running query
// (conn.cancelSent: DuckDB-WASM polls a pending query, so the worker sees the cancel between tasks);
// if the worker does not answer in time it is terminated and started again.
import type { AsyncDuckDB, AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import { Table } from 'apache-arrow';
import type { Db } from '../data/db.ts';
import { loadTables, tableFile, TABLES, type TableName } from '../data/load.ts';
import { dropOwnDataset, loadOwnDataset, type OwnDataset } from '../owndata/index.ts';
import { SQL_SETUP } from './guard.ts';
import { ROW_LIMIT, runConsoleQuery, type SqlOutcome } from './run.ts';

/** How long a cancelled query may take to stop before the worker is restarted (the promise: ≤ 1 s). */
const CANCEL_GRACE_MS = 600;

export interface SchemaColumn {
  name: string;
  type: string;
  comment: string | null;
}
export interface SchemaTable {
  name: string;
  kind: 'atlas' | 'own';
  comment: string | null;
  columns: SchemaColumn[];
}

interface Instance {
  db: AsyncDuckDB;
  worker: Worker;
  conn: AsyncDuckDBConnection;
}

async function instantiate(): Promise<Instance> {
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
  const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
  try {
    await db.instantiate(bundle.mainModule, bundle.pthreadWorker);
    await db.open({ query: { castBigIntToDouble: true, castDecimalToDouble: true } });
    return { db, worker, conn: await db.connect() };
  } catch (e) {
    worker.terminate();
    throw e;
  }
}

function asDb(conn: AsyncDuckDBConnection): Db {
  return {
    insertArrow: async (name, bytes) => void (await conn.insertArrowFromIPCStream(bytes, { name, create: true })),
    exec: async (sql) => void (await conn.query(sql)),
    query: async (sql, params = []) => {
      const stmt = await conn.prepare(sql);
      try {
        return await stmt.query(...params);
      } finally {
        await stmt.close();
      }
    },
  };
}

export class ConsoleEngine {
  #instance: Promise<Instance>;
  #tables: Promise<Record<TableName, Uint8Array>>;
  #own: OwnDataset[] = [];
  #ownQueue: Promise<void> = Promise.resolve();
  #running: { settle: (o: SqlOutcome) => void; done: Promise<unknown> } | null = null;

  /** `dataUrl`: where the atlas' `*.arrow` files are (the app's own origin). */
  constructor(dataUrl: string, fetcher: typeof fetch = fetch) {
    this.#tables = Promise.all(
      TABLES.map(async (t) => {
        const res = await fetcher(`${dataUrl}${tableFile(t)}`);
        if (!res.ok) throw new Error(`${tableFile(t)}: HTTP ${res.status}`);
        return new Uint8Array(await res.arrayBuffer());
      }),
    ).then((bytes) => Object.fromEntries(TABLES.map((t, i) => [t, bytes[i]!])) as Record<TableName, Uint8Array>);
    this.#instance = this.#start();
  }

  async #start(): Promise<Instance> {
    const [instance, tables] = await Promise.all([instantiate(), this.#tables]);
    const db = asDb(instance.conn);
    await loadTables(db, tables);
    for (const s of SQL_SETUP) await db.exec(s);
    for (const ds of this.#own) await loadOwnDataset(db, ds);
    return instance;
  }

  /** Resolves when the tables are loaded and the engine is locked; rejects if it cannot start. */
  ready(): Promise<void> {
    return this.#instance.then(() => undefined);
  }

  /** Runs one console statement (checked, wrapped, limited). Never rejects. */
  async run(sql: string, limit = ROW_LIMIT): Promise<SqlOutcome> {
    let instance: Instance;
    try {
      instance = await this.#instance;
    } catch (e) {
      return { ok: false, error: { kind: 'engine', code: 'error', detail: e instanceof Error ? e.message : String(e) } };
    }
    const { conn } = instance;
    let settle!: (o: SqlOutcome) => void;
    const cancelled = new Promise<SqlOutcome>((resolve) => (settle = resolve));
    const done = runConsoleQuery(
      {
        prepare: async (s) => {
          const stmt = await conn.prepare(s);
          await stmt.close();
        },
        run: async (s) => {
          const reader = await conn.send(s, true);
          const batches = [];
          for await (const batch of reader) batches.push(batch);
          return new Table(reader.schema, batches);
        },
      },
      sql,
      limit,
    );
    this.#running = { settle, done };
    try {
      return await Promise.race([done, cancelled]);
    } finally {
      this.#running = null;
    }
  }

  /**
   * Stops the running query: the caller's run() resolves at once as interrupted; the engine is
   * usable again when this resolves ('interrupted' by DuckDB, or 'restarted' after a new worker).
   */
  async cancel(): Promise<'idle' | 'interrupted' | 'restarted'> {
    const running = this.#running;
    if (!running) return 'idle';
    running.settle({ ok: false, error: { kind: 'engine', code: 'interrupted', detail: 'cancelled' } });
    const instance = await this.#instance;
    const stopped = await Promise.race([
      instance.conn.cancelSent().then(() => running.done.then(() => true)),
      new Promise<false>((r) => setTimeout(() => r(false), CANCEL_GRACE_MS)),
    ]).catch(() => false);
    if (stopped) return 'interrupted';
    instance.worker.terminate();
    this.#instance = this.#start();
    await this.#instance.catch(() => {});
    return 'restarted';
  }

  /** Makes the user's own datasets available as tables (own_<name>); removed ones are dropped. */
  setOwnDatasets(datasets: readonly OwnDataset[]): Promise<void> {
    // One change at a time: two overlapping loads of the same table would collide.
    const next = this.#ownQueue.then(async () => {
      const db = asDb((await this.#instance).conn);
      // #own is what the database holds, so a dataset that failed to load is tried again next time.
      for (const ds of this.#own) {
        if (datasets.some((d) => d.table === ds.table)) continue;
        await dropOwnDataset(db, ds);
        this.#own = this.#own.filter((d) => d !== ds);
      }
      for (const ds of datasets) {
        if (this.#own.some((d) => d.id === ds.id)) continue;
        await loadOwnDataset(db, ds);
        this.#own = [...this.#own.filter((d) => d.table !== ds.table), ds];
      }
    });
    this.#ownQueue = next.catch(() => {});
    return next;
  }

  /** Tables and columns with DuckDB's comments (own tables carry their title and source). */
  async schema(): Promise<SchemaTable[]> {
    const { conn } = await this.#instance;
    const rows = (
      await conn.query(`
        SELECT c.table_name, c.column_name, c.data_type, c.comment AS column_comment, coalesce(t.comment, v.comment) AS table_comment
        FROM duckdb_columns() c
        LEFT JOIN duckdb_tables() t ON t.table_name = c.table_name AND t.schema_name = c.schema_name
        LEFT JOIN duckdb_views() v ON v.view_name = c.table_name AND v.schema_name = c.schema_name
        WHERE c.schema_name = 'main' AND NOT c.internal
        ORDER BY c.table_name, c.column_index`)
    ).toArray() as {
      table_name: string;
      column_name: string;
      data_type: string;
      column_comment: string | null;
      table_comment: string | null;
    }[];
    const tables = new Map<string, SchemaTable>();
    for (const r of rows) {
      const t = tables.get(r.table_name) ?? {
        name: r.table_name,
        kind: r.table_name.startsWith('own_') ? 'own' : 'atlas',
        comment: r.table_comment,
        columns: [],
      };
      t.columns.push({ name: r.column_name, type: r.data_type, comment: r.column_comment });
      tables.set(r.table_name, t);
    }
    return [...tables.values()];
  }

  dispose(): void {
    void this.#instance.then((i) => i.worker.terminate()).catch(() => {});
  }
}
