// Loading the built tables checks their row counts; a missing or empty optional table is left out
// and reported, a required one stops the load; the browser's database locks its configuration.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tableFromIPC, tableToIPC } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { openNodeDb } from '../../../scripts/lib/duckdb-node.ts';
import { LOCK_CONFIGURATION, loadTables, missingTables, tableFile, TABLES, type TableName, type TableSource } from '../../../src/lib/data/load.ts';
import { withDeadline } from '../../../src/lib/data/db.ts';

const DIR = 'public/data';
const real = (): Record<TableName, TableSource> =>
  Object.fromEntries(TABLES.map((t) => [t, new Uint8Array(readFileSync(join(DIR, tableFile(t))))])) as Record<TableName, TableSource>;
const rowsOf = (bytes: TableSource) => tableFromIPC(bytes as Uint8Array).numRows;
const empty = (bytes: TableSource) => tableToIPC(tableFromIPC(bytes as Uint8Array).slice(0, 0), 'stream');
const count = async (db: Awaited<ReturnType<typeof openNodeDb>>, sql: string) => Number((await db.query(sql)).getChild('n')!.get(0));

describe('loadTables', () => {
  it('loads every built table with the row counts the build counted', async () => {
    const tables = real();
    const expected = Object.fromEntries(TABLES.map((t) => [t, rowsOf(tables[t])]));
    const db = await openNodeDb();
    expect([...(await loadTables(db, tables, expected))]).toEqual([]);
    expect(await count(db, 'SELECT count(*)::INTEGER AS n FROM facts')).toBe(expected.facts);
  });

  it('a missing projections table disables only the projections', async () => {
    const tables = real();
    delete (tables as Partial<Record<TableName, TableSource>>).projections;
    const db = await openNodeDb();
    const missing = await loadTables(db, tables);
    expect([...missing.keys()]).toEqual(['projections']);
    expect(missingTables(db).get('projections')).toBe('fehlt');
    // The app asks through the deadline wrapper; the views must still learn what is missing.
    expect(missingTables(withDeadline(db, 1000)).get('projections')).toBe('fehlt');
    expect(await count(db, 'SELECT count(*)::INTEGER AS n FROM observations')).toBeGreaterThan(100_000);
  });

  it('an empty projections table (0 rows) is reported, not silently shown as "no projections"', async () => {
    const tables = real();
    tables.projections = empty(tables.projections);
    const db = await openNodeDb();
    expect((await loadTables(db, tables)).get('projections')).toBe('leer (0 Zeilen)');
    await expect(db.query('SELECT * FROM projections')).rejects.toThrow();
  });

  it('a required table with other row counts than the build stops the load, naming the file', async () => {
    const tables = real();
    const db = await openNodeDb();
    await expect(loadTables(db, tables, { facts: rowsOf(tables.facts) + 1 })).rejects.toThrow(/facts\.arrow: \d+ statt \d+ Zeilen/);
  });

  it('a required table that could not be fetched stops the load with its reason', async () => {
    const tables = real();
    tables.facts = new Error('HTTP 404');
    await expect(loadTables(await openNodeDb(), tables)).rejects.toThrow('Tabelle facts.arrow: HTTP 404');
  });

  it('a second load into the same engine (retry) replaces the tables', async () => {
    const db = await openNodeDb();
    await loadTables(db, real());
    await loadTables(db, real());
    expect(await count(db, 'SELECT count(*)::INTEGER AS n FROM regions')).toBe(rowsOf(real().regions));
  });

  it('after LOCK_CONFIGURATION no setting can be changed', async () => {
    const db = await openNodeDb();
    await loadTables(db, real());
    await db.exec(LOCK_CONFIGURATION);
    await expect(db.exec("SET memory_limit = '4GB'")).rejects.toThrow(/lock/i);
    await expect(db.exec('SET enable_external_access = true')).rejects.toThrow();
    await expect(db.exec('SET lock_configuration = false')).rejects.toThrow(/lock/i);
  });
});
