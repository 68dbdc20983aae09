// The atlas database in the browser and in the tests: the finished tables that `npm run data`
// derives (scripts/data/tables.ts) are loaded as they are, and their row counts checked.
import { LOCK_DOWN, OFFLINE_SETTINGS, type Db } from './db.ts';

/** The tables the app's queries read, as `npm run data` writes them (`<name>.arrow`). */
export const TABLES = ['regions', 'periods', 'measure_weights', 'membership', 'facts', 'projects', 'projections'] as const;
export type TableName = (typeof TABLES)[number];
export const tableFile = (name: TableName): string => `${name}.arrow`;

/** Tables only one view needs (the trend analysis' projections, the projects list): without them only that view says so. */
export const OPTIONAL_TABLES: ReadonlySet<TableName> = new Set(['projects', 'projections']);

/** Tables that are empty by right: no weighted indicator in a data set (the national one) means no weights. */
const MAY_BE_EMPTY: ReadonlySet<TableName> = new Set(['measure_weights']);

/** After loading in the browser: no setting can be changed any more (the SQL console's engine locks itself the same way). */
export const LOCK_CONFIGURATION = 'SET lock_configuration = true;';

/** A table's bytes, or why it could not be fetched. */
export type TableSource = Uint8Array | Error;

const missingByDb = new WeakMap<Db, ReadonlyMap<TableName, string>>();

/** The optional tables a database lacks, each with the reason (empty when all are there). */
export function missingTables(db: Db | null | undefined): ReadonlyMap<TableName, string> {
  for (let d = db; d; d = d.inner) {
    const missing = missingByDb.get(d);
    if (missing) return missing;
  }
  return new Map();
}

/**
 * Loads the finished tables: no parsing or joining left to do, so the database is ready soon
 * after the engine. `observations` is the source view of `facts` (same rows, flags as text).
 * Each table must have rows (and as many as the build counted, when `expectedRows` is given); a
 * required table that fails stops the load, an optional one is left out and reported.
 */
export async function loadTables(
  db: Db,
  tables: Partial<Record<TableName, TableSource>>,
  expectedRows: Partial<Record<TableName, number>> = {},
): Promise<ReadonlyMap<TableName, string>> {
  const missing = new Map<TableName, string>();
  const fail = (name: TableName, reason: string) => {
    if (!OPTIONAL_TABLES.has(name)) throw new Error(`Tabelle ${tableFile(name)}: ${reason}`);
    missing.set(name, reason);
  };
  await db.exec(OFFLINE_SETTINGS);
  for (const name of TABLES) {
    const source = tables[name];
    if (!source) {
      fail(name, 'fehlt');
      continue;
    }
    if (source instanceof Error) {
      fail(name, source.message);
      continue;
    }
    try {
      // A retry after a failed start finds the tables of the first try.
      await db.exec(`DROP TABLE IF EXISTS ${name}`);
      await db.insertArrow(name, source);
    } catch (e) {
      fail(name, `nicht lesbar (${e instanceof Error ? e.message : String(e)})`);
      continue;
    }
    const rows = Number((await db.query(`SELECT count(*)::INTEGER AS n FROM ${name}`)).getChild('n')?.get(0) ?? 0);
    const expected = expectedRows[name];
    const wrong = rows === 0 && !MAY_BE_EMPTY.has(name) ? 'leer (0 Zeilen)' : expected !== undefined && rows !== expected ? `${rows} statt ${expected} Zeilen` : '';
    if (wrong) {
      await db.exec(`DROP TABLE ${name}`);
      fail(name, wrong);
    }
  }
  await db.exec(`CREATE OR REPLACE VIEW observations AS SELECT measure, ags, period, value, NULLIF(flag, '') AS flag FROM facts;`);
  await db.exec(LOCK_DOWN);
  missingByDb.set(db, missing);
  return missing;
}
