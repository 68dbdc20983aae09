// The finished database tables as Arrow IPC: derived once here, in Node, on the engine the browser
// runs (DuckDB-WASM), so the browser and the tests only load them (PERFORMANCE.md: Arrow, not Parquet).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataType, Dictionary, Int16, Table, Utf8, tableFromIPC, tableToIPC, vectorFromArray, type Vector } from 'apache-arrow';
import { Catalogue } from '../../src/lib/data/catalogue.ts';
import { LOCK_DOWN, OFFLINE_SETTINGS } from '../../src/lib/data/db.ts';
import { tableFile, TABLES } from '../../src/lib/data/load.ts';
import { openNodeDb, type NodeDb } from '../lib/duckdb-node.ts';

const DATA_FILES = ['regions.csv', 'native_kreise.csv', 'observations.csv', 'projects.csv', 'projections.csv'] as const;
type DataFile = (typeof DATA_FILES)[number];

const COLUMNS: Record<DataFile, string> = {
  'regions.csv': `{'ags':'VARCHAR','level':'VARCHAR','name':'VARCHAR','official_name':'VARCHAR','bez':'VARCHAR','kreis':'VARCHAR','rb':'VARCHAR','area_km2':'DOUBLE','inhabited':'BOOLEAN'}`,
  'native_kreise.csv': `{'gemeinde':'VARCHAR','ags':'VARCHAR','kreis':'VARCHAR','rb':'VARCHAR'}`,
  'observations.csv': `{'measure':'VARCHAR','ags':'VARCHAR','period':'VARCHAR','value':'DOUBLE','flag':'VARCHAR'}`,
  'projects.csv': `{'program':'VARCHAR','round':'VARCHAR','year':'INTEGER','project':'VARCHAR','lead':'VARCHAR','participants':'VARCHAR','ags':'VARCHAR','level':'VARCHAR','amount_eur':'DOUBLE','amount_kind':'VARCHAR','amount_wording_de':'VARCHAR','themes':'VARCHAR','source_url':'VARCHAR','source_date':'VARCHAR','note_de':'VARCHAR','note_en':'VARCHAR','confidence':'VARCHAR'}`,
  'projections.csv': `{'ags':'VARCHAR','level':'VARCHAR','name':'VARCHAR','projection':'VARCHAR','base':'VARCHAR','target':'VARCHAR','indicator':'VARCHAR','value':'DOUBLE','unit':'VARCHAR','source_url':'VARCHAR','note':'VARCHAR'}`,
};

function readCsv(file: DataFile): string {
  return `read_csv('${file}', header = true, auto_detect = false, delim = ',', quote = '"', escape = '"', columns = ${COLUMNS[file]})`;
}

function csvLine(values: string[]): string {
  return values.map((v) => `"${v.replaceAll('"', '""')}"`).join(',');
}

/**
 * Loads the data files into tables and derives the helper tables every query uses:
 * - membership(ags, level, key): which region of each level a Gemeinde or Kreis belongs to;
 * - expected(level, key, native, n): how many units a complete aggregate has;
 * - facts: observations with, for weighted measures, the weight (e.g. population) at the
 *   latest date on or before the period, the period's index and the flags as bits (FLAG_BITS).
 */
async function buildTables(db: NodeDb, files: Record<DataFile, Uint8Array>, catalogue: Catalogue): Promise<void> {
  await db.exec(OFFLINE_SETTINGS);
  for (const name of DATA_FILES) await db.registerFile(name, files[name]);

  const periods = ['id,date', ...catalogue.periods.map((p) => csvLine([p.id, p.date]))].join('\n');
  await db.registerFile('periods.csv', new TextEncoder().encode(periods + '\n'));
  const weighted = catalogue.indicators.flatMap((i) =>
    i.formula.type === 'weighted' ? [csvLine([i.formula.measure, i.formula.weight])] : [],
  );
  const measureWeights = ['measure,weight', ...new Set(weighted)].join('\n');
  await db.registerFile('measure_weights.csv', new TextEncoder().encode(measureWeights + '\n'));

  await db.exec(`
    CREATE OR REPLACE TABLE regions AS
      SELECT *, (row_number() OVER (ORDER BY ags) - 1)::SMALLINT AS idx FROM ${readCsv('regions.csv')};
    CREATE OR REPLACE TABLE observations AS SELECT * FROM ${readCsv('observations.csv')};
    -- A cited selection of Smart-City / Starke-Heimat projects and published projection figures.
    CREATE OR REPLACE TABLE projects AS SELECT * FROM ${readCsv('projects.csv')};
    CREATE OR REPLACE TABLE projections AS SELECT * FROM ${readCsv('projections.csv')};
    CREATE OR REPLACE TABLE periods AS
      SELECT *, (row_number() OVER (ORDER BY id) - 1)::SMALLINT AS idx
      FROM read_csv('periods.csv', header = true, auto_detect = false, columns = {'id':'VARCHAR','date':'DATE'});
    CREATE OR REPLACE TABLE measure_weights AS
      SELECT * FROM read_csv('measure_weights.csv', header = true, auto_detect = false, columns = {'measure':'VARCHAR','weight':'VARCHAR'});

    CREATE OR REPLACE TABLE membership AS
      WITH g AS (SELECT * FROM regions WHERE level = 'gemeinde' AND inhabited),
           -- Kreis-native values are keyed by the Kreise of their files (2023–2025); one whose
           -- territory changed since (old Main-Kinzig-Kreis) counts only towards RB and Land.
           nk AS (SELECT * FROM ${readCsv('native_kreise.csv')}),
           k AS (SELECT DISTINCT ags, kreis, rb FROM nk)
      SELECT ags, 'gemeinde' AS level, ags AS key, 'gemeinde' AS native FROM g
      UNION ALL SELECT ags, 'kreis', kreis, 'gemeinde' FROM g
      UNION ALL SELECT ags, 'rb', rb, 'gemeinde' FROM g
      UNION ALL SELECT ags, 'land', left(ags, 2), 'gemeinde' FROM g
      UNION ALL SELECT ags, 'bund', 'DG', 'gemeinde' FROM g
      UNION ALL SELECT ags, 'kreis', kreis, 'kreis' FROM k WHERE kreis <> ''
      UNION ALL SELECT ags, 'rb', rb, 'kreis' FROM k
      UNION ALL SELECT ags, 'land', left(ags, 2), 'kreis' FROM k
      UNION ALL SELECT ags, 'bund', 'DG', 'kreis' FROM k
      -- the Gemeinden of each Kreis-native unit, for its population weight (not a display level)
      UNION ALL SELECT gemeinde, 'kreis_native', ags, 'gemeinde' FROM nk
      -- the uninhabited gemeindefreie Gebiete: only their area counts, towards Kreis, RB and Land
      UNION ALL SELECT ags, 'kreis', kreis, 'gemeindefrei' FROM regions WHERE level = 'gemeinde' AND NOT inhabited
      UNION ALL SELECT ags, 'rb', rb, 'gemeindefrei' FROM regions WHERE level = 'gemeinde' AND NOT inhabited
      UNION ALL SELECT ags, 'land', left(ags, 2), 'gemeindefrei' FROM regions WHERE level = 'gemeinde' AND NOT inhabited
      -- Germany (national data set only: the JOIN on regions below keeps these rows only where a 'DG' row exists)
      UNION ALL SELECT ags, 'bund', 'DG', 'gemeindefrei' FROM regions WHERE level = 'gemeinde' AND NOT inhabited;

    CREATE OR REPLACE TABLE expected AS
      SELECT level, key, native, COUNT(*)::INTEGER AS n FROM membership GROUP BY ALL;

    -- Numeric keys and counts on membership, so queries return only numbers (fast to read).
    CREATE OR REPLACE TABLE membership AS
      SELECT m.*, r.idx AS key_idx, e.n AS expected
      FROM membership m
      JOIN regions r ON r.ags = m.key
      JOIN expected e ON e.level = m.level AND e.key = m.key AND e.native = m.native;

    -- Population dates are the same for every unit, so the latest weight date on or before a
    -- period is found once per period (small ASOF join), then joined by key (fast).
    CREATE OR REPLACE TABLE weight_periods AS
      WITH wp AS (
        SELECT DISTINCT o.measure AS weight, o.period, p.date
        FROM observations o JOIN periods p ON p.id = o.period
        WHERE o.measure IN (SELECT weight FROM measure_weights)
      ),
      pw AS (SELECT p.id AS period, p.date, w.weight FROM periods p CROSS JOIN (SELECT DISTINCT weight FROM measure_weights) w)
      SELECT pw.period, pw.weight, wp.period AS weight_period
      FROM pw ASOF JOIN wp ON pw.weight = wp.weight AND pw.date >= wp.date;

    CREATE OR REPLACE TABLE weights AS
      SELECT o.measure, m.key AS ags, o.period, SUM(o.value) AS w
      FROM observations o
      JOIN membership m ON m.ags = o.ags AND m.level = m.native
        OR (m.ags = o.ags AND m.native = 'gemeinde' AND m.level = 'kreis_native')
      WHERE o.measure IN (SELECT weight FROM measure_weights)
      GROUP BY ALL;

    CREATE OR REPLACE TABLE facts AS
      SELECT o.measure, o.ags, o.period, o.value, coalesce(o.flag, '') AS flag, w.w, p.idx AS p,
        (CASE WHEN contains(o.flag, 'harmonised') THEN 1 ELSE 0 END
          | CASE WHEN contains(o.flag, 'rounded_10') AND NOT contains(o.flag, 'rounded_100') THEN 2 ELSE 0 END
          | CASE WHEN contains(o.flag, 'rounded_100') THEN 4 ELSE 0 END
          | CASE WHEN contains(o.flag, 'computed') THEN 8 ELSE 0 END)::INTEGER AS flags
      FROM observations o
      JOIN periods p ON p.id = o.period
      LEFT JOIN measure_weights mw ON mw.measure = o.measure
      LEFT JOIN weight_periods wp ON wp.period = o.period AND wp.weight = mw.weight
      LEFT JOIN weights w ON w.measure = mw.weight AND w.ags = o.ags AND w.period = wp.weight_period;
  `);
  await db.exec(LOCK_DOWN);
}


/**
 * DuckDB leaves whatever was in memory under NULL values; zeroed, the same data give the same bytes.
 * (Numeric columns only: strings under NULL are empty, booleans are bits.)
 */
function zeroNullSlots(table: Table): Table {
  for (const batch of table.batches) {
    for (const data of batch.data.children) {
      const values = data.values as unknown;
      if (!data.nullCount) continue;
      if (!(values instanceof Float64Array || values instanceof Int32Array || values instanceof Int16Array || values instanceof BigInt64Array))
        continue;
      for (let i = 0; i < data.length; i++) {
        if (!data.getValid(i)) for (let k = 0; k < data.stride; k++) values[(data.offset + i) * data.stride + k] = values instanceof BigInt64Array ? 0n : 0;
      }
    }
  }
  return table;
}

/**
 * Repetitive text columns (measure, AGS, period, flag …) as dictionaries: the largest table shrinks
 * to half, and static hosts rarely compress `.arrow` files. DuckDB reads them as VARCHAR.
 */
function dictionaryEncode(table: Table): Table {
  const columns: Record<string, Vector> = {};
  table.schema.fields.forEach((field, id) => {
    const column = table.getChild(field.name)!;
    const values = DataType.isUtf8(field.type) ? ([...column] as (string | null)[]) : null;
    const distinct = values ? new Set(values).size : Infinity;
    // (An explicit dictionary id: Arrow's default counts up per process.)
    // (An empty column stays plain: a stream without rows has no dictionary batches to read back.)
    columns[field.name] =
      values && values.length > 0 && distinct <= 4096 && distinct * 4 <= values.length ? vectorFromArray(values, new Dictionary(new Utf8(), new Int16(), id)) : column;
  });
  return new Table(columns);
}

/** Reads the data files of `outDir` and writes one `<table>.arrow` per table the app loads. */
export async function writeTables(outDir: string): Promise<Record<string, number>> {
  const catalogue = Catalogue.parse(JSON.parse(readFileSync(join(outDir, 'catalogue.json'), 'utf8')));
  const files = Object.fromEntries(DATA_FILES.map((f) => [f, new Uint8Array(readFileSync(join(outDir, f)))])) as Record<
    DataFile,
    Uint8Array
  >;
  const db = await openNodeDb();
  await buildTables(db, files, catalogue);
  const rows: Record<string, number> = {};
  for (const name of TABLES) {
    // Sorted, so the same data always give the same bytes.
    // DuckDB returns the IPC file format; its insert reads the stream format.
    const table = zeroNullSlots(tableFromIPC(db.queryIpc(`SELECT * FROM ${name} ORDER BY ALL`)));
    writeFileSync(join(outDir, tableFile(name)), tableToIPC(dictionaryEncode(table), 'stream'));
    rows[name] = table.numRows;
  }
  return rows;
}
