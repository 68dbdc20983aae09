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
