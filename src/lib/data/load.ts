// The atlas database in the browser and in the tests: the finished tables that `npm run data`
// derives (scripts/data/tables.ts) are loaded as they are.
import { LOCK_DOWN, OFFLINE_SETTINGS, type Db } from './db.ts';

/** The tables the app's queries read, as `npm run data` writes them (`<name>.arrow`). */
export const TABLES = ['regions', 'periods', 'measure_weights', 'membership', 'facts', 'projects', 'projections'] as const;
export type TableName = (typeof TABLES)[number];
export const tableFile = (name: TableName): string => `${name}.arrow`;

/**
 * Loads the finished tables: no parsing or joining left to do, so the database is ready soon
 * after the engine. `observations` is the source view of `facts` (same rows, flags as text).
 */
export async function loadTables(db: Db, tables: Record<TableName, Uint8Array>): Promise<void> {
  await db.exec(OFFLINE_SETTINGS);
  for (const name of TABLES) await db.insertArrow(name, tables[name]);
  await db.exec(`CREATE VIEW observations AS SELECT measure, ags, period, value, NULLIF(flag, '') AS flag FROM facts;`);
  await db.exec(LOCK_DOWN);
}
