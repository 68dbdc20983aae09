// The one interface the app's queries need from DuckDB-WASM. The browser implements it with the
// async worker bundle, Node (tests, build) with the blocking bundle; the SQL is the same.
import type { Table } from 'apache-arrow';

export type Param = string | number | boolean | null;

export interface Db {
  /** Creates table `name` from an Arrow IPC stream. */
  insertArrow(name: string, bytes: Uint8Array): Promise<void>;
  /** Runs statements without parameters (DDL, settings). */
  exec(sql: string): Promise<void>;
  /** Runs a prepared, parameterised read query ($1, $2 … bound in order). */
  query(sql: string, params?: Param[]): Promise<Table>;
  /** Stops the engine for good (the browser's worker); the next start is a fresh one. */
  terminate?(): void;
  /** The database this one wraps (withDeadline); facts recorded about that one hold for this one. */
  readonly inner?: Db;
}

/** A column of a result as a plain array; nulls stay null (typed arrays would turn them into 0). */
export function column<T>(table: Table, name: string): (T | null)[] {
  const vector = table.getChild(name);
  if (!vector) throw new Error(`Spalte ${name} fehlt im Abfrageergebnis`);
  return Array.from(vector as Iterable<T | null>);
}

/** Before loading: a missing extension fails at once instead of being fetched from the network. */
export const OFFLINE_SETTINGS = `
SET autoinstall_known_extensions = false;
SET autoload_known_extensions = false;
`;

/** After loading: queries can no longer read files or URLs (cannot be switched back on). */
export const LOCK_DOWN = `SET enable_external_access = false;`;

/** Why a query gave no answer: the engine stopped responding (e.g. its worker was terminated). */
export class QueryTimeout extends Error {
  constructor(readonly ms: number) {
    super(`Die Datenbank hat nach ${Math.round(ms / 1000)} s nicht geantwortet`);
    this.name = 'QueryTimeout';
  }
}

/**
 * The same database, but a query that gets no answer within `ms` fails with QueryTimeout instead
 * of waiting for ever (a terminated DuckDB worker never answers); `onTimeout` hears of each one.
 */
export function withDeadline(db: Db, ms: number, onTimeout?: () => void): Db {
  const bounded = <T>(p: Promise<T>): Promise<T> => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const late = new Promise<never>(
      (_, reject) =>
        (timer = setTimeout(() => {
          reject(new QueryTimeout(ms));
          onTimeout?.();
        }, ms)),
    );
    return Promise.race([p, late]).finally(() => clearTimeout(timer));
  };
  return {
    insertArrow: (name, bytes) => bounded(db.insertArrow(name, bytes)),
    exec: (sql) => bounded(db.exec(sql)),
    query: (sql, params) => bounded(db.query(sql, params)),
    ...(db.terminate ? { terminate: db.terminate } : {}),
    inner: db,
  };
}
