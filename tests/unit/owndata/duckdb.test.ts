// Own datasets as DuckDB tables on the real engine (Node), next to the atlas' tables; the report as CSV.
import { tableFromIPC } from 'apache-arrow';
import { beforeAll, describe, expect, it } from 'vitest';
import { openBuiltData } from '../../../scripts/lib/duckdb-node.ts';
import type { Db } from '../../../src/lib/data/db.ts';
import { datasetArrow, loadOwnDataset, uniqueTableName, valueColumnNames } from '../../../src/lib/owndata/duckdb.ts';
import { datasetFromRecords, keyColumnOf } from '../../../src/lib/owndata/from-records.ts';
import { finish } from '../../../src/lib/owndata/import.ts';
import { reportCsv } from '../../../src/lib/owndata/report-csv.ts';
import { OwnDataset } from '../../../src/lib/owndata/dataset.ts';
import { IMPORT_ERROR_CODES } from '../../../src/lib/owndata/errors.ts';
import { ROW_STATUSES } from '../../../src/lib/owndata/dataset.ts';
import { OWNDATA_TEXT } from '../../../src/lib/i18n/owndata.ts';
import { importFixture, resolverToday } from './helpers.ts';

let db: Db;
beforeAll(async () => {
  ({ db } = await openBuiltData('public/data/gs2025'));
  await db.exec('SET lock_configuration = true;');
});

const meta = { title: 'Bevölkerung 2017 (eigene Datei)', unit: 'Einw.', source: 'Destatis GV-ISys 31.12.2017', period: '2017' };

describe('the finished dataset', () => {
  it('validates, gets a table name, and loads as own_<name> (ags, level, values, weight) after the lock-down', async () => {
    const { parsed, options, result } = await importFixture('old-keys-2017.csv');
    const ds = finish(parsed, options, result, meta, ['own_bevoelkerung_2017_eigene_datei']);
    expect(OwnDataset.parse(ds)).toEqual(ds);
    expect(ds.table).toBe('own_bevoelkerung_2017_eigene_datei_2');
    expect(ds.columns).toEqual([{ name: 'Einwohner 31.12.2017', decimals: 0 }]);
    expect(valueColumnNames(ds)).toEqual(['einwohner_31_12_2017']);
    await loadOwnDataset(db, ds);
    const t = await db.query(
      `SELECT o.ags, o.level, o.einwohner_31_12_2017 AS v, r.name FROM ${ds.table} o JOIN regions r USING (ags) ORDER BY ags`,
    );
    expect(t.toArray().map((r) => r.toJSON())).toEqual([
      { ags: '06411000', level: 'gemeinde', v: 158254, name: 'Darmstadt' },
      { ags: '06435014', level: 'gemeinde', v: 96130, name: 'Hanau' },
      { ags: '06437016', level: 'gemeinde', v: 10139, name: 'Oberzent' },
      { ags: '06633030', level: 'gemeinde', v: 5244, name: 'Wesertal' },
      { ags: '06635001', level: 'gemeinde', v: 7527, name: 'Allendorf (Eder)' },
    ]);
    // The atlas' harmonised population of 2017 for the same units agrees with the merged file.
    const atlas = await db.query(
      `SELECT f.ags, f.value FROM facts f JOIN ${ds.table} o USING (ags) WHERE f.measure = 'pop_total' AND f.period = '2017' AND f.value <> o.einwohner_31_12_2017`,
    );
    expect(atlas.numRows).toBe(0);
    const comment = await db.query(`SELECT comment FROM duckdb_tables() WHERE table_name = '${ds.table}'`);
    expect(String(comment.toArray()[0]!.comment)).toBe(
      'Bevölkerung 2017 (eigene Datei) [Einw.] — Destatis GV-ISys 31.12.2017 (eigene Daten / own data)',
    );
  });

  it('builds its Arrow table without evaluating code (the pages’ CSP forbids eval), nulls kept', async () => {
    const { parsed, options, result } = await importFixture('old-keys-2017.csv');
    const ds = finish(parsed, options, result, meta, []);
    const withGap = { ...ds, units: ds.units.map((u, i) => (i === 1 ? { ...u, values: [null] } : u)) };
    const original = globalThis.Function;
    let bytes: Uint8Array;
    globalThis.Function = function () {
      throw new EvalError('eval blocked as by the CSP');
    } as unknown as FunctionConstructor;
    try {
      bytes = datasetArrow(withGap);
    } finally {
      globalThis.Function = original;
    }
    const rows = tableFromIPC(bytes)
      .toArray()
      .map((r) => r.toJSON());
    expect(rows.map((r) => [r.ags, r.level, r.einwohner_31_12_2017, r.weight])).toEqual(
      withGap.units.map((u) => [u.ags, u.level, u.values[0], u.weight]),
    );
    expect(rows[1]!.einwohner_31_12_2017).toBeNull();
  });

  it('quotes a title with quotes and a source with apostrophes safely', async () => {
    const { parsed, options, result } = await importFixture('kreise.csv');
    const ds = finish(parsed, options, result, { ...meta, title: `Kreise "2023"'; DROP TABLE facts; --`, source: "O'Brien's list" });
    await loadOwnDataset(db, ds);
    expect((await db.query('SELECT count(*)::INT AS n FROM facts')).toArray()[0]!.n).toBeGreaterThan(0);
    expect((await db.query(`SELECT count(*)::INT AS n FROM ${ds.table}`)).toArray()[0]!.n).toBe(7);
  });

  it('uniqueTableName folds umlauts and numbers repeats', () => {
    expect(uniqueTableName('Glasfaser-Ausbau Kreis Gießen 2024', [])).toBe('own_glasfaser_ausbau_kreis_giessen_2024');
    expect(uniqueTableName('2024', ['own_c_2024'])).toBe('own_c_2024_2');
  });
});

describe('records (a SQL result) → the same dataset', () => {
  it('finds the AGS-like column, keeps numbers exact and reports every record', async () => {
    const resolver = resolverToday();
    const input = {
      header: ['name', 'ags', 'einwohner'],
      rows: [
        ['Darmstadt', '06411000', 164792],
        ['Bromskirchen', '06635005', 1931],
        ['irgendwo', '08111000', 1],
      ] as const,
      name: 'SQL',
      format: 'sql' as const,
      bytes: 40,
    };
    expect(keyColumnOf({ header: input.header, rows: input.rows.slice(0, 2) }, resolver)).toBe(1);
    const ds = datasetFromRecords(input, { keyColumn: 1, valueColumns: [2], kind: 'count', weight: null }, meta, resolver);
    expect(ds.units.map((u) => [u.ags, u.values[0]])).toEqual([
      ['06411000', 164792],
      ['06635001', 1931],
    ]);
    expect(ds.report.counts).toMatchObject({ matched: 1, mapped: 1, unmatched: 1 });
    expect(ds.file).toEqual({ name: 'SQL', format: 'sql', bytes: 40 });
  });
});

describe('the report as a CSV for German Excel', () => {
  it('has a BOM, ";" and one line per input row with its status and today\'s unit', async () => {
    const { report } = await importFixture('names.csv');
    const resolver = resolverToday();
    const csv = reportCsv(report, ['Einwohner 2022'], 'de', (a) => resolver.region(a)?.name);
    const lines = csv.split('\r\n');
    expect(csv.startsWith('\ufeffZeile;Schlüssel/Name;Ergebnis;Hinweis;Gebiet heute (AGS);Gebiet heute;Einwohner 2022')).toBe(true);
    expect(lines).toHaveLength(report.rows + 2);
    expect(lines).toContain(
      '9;Bromskirchen;über alten Schlüssel zugeordnet;früher Bromskirchen (06635005);06635001;Allendorf (Eder);1.931',
    );
    expect(lines).toContain(
      '5;Lautertal;mehrdeutig (nicht übernommen);passt zu mehreren Gebieten;06431014 / 06535012;Lautertal (Odenwald) / Lautertal (Vogelsberg);7.214',
    );
    const en = reportCsv(report, ['Einwohner 2022'], 'en', (a) => resolver.region(a)?.name);
    expect(en.split('\r\n')[0]).toBe('Row,Key/name,Result,Note,Area today (AGS),Area today,Einwohner 2022');
  });
});

describe('texts', () => {
  it('every status and error code has a German and an English text', () => {
    for (const lang of ['de', 'en'] as const) {
      for (const s of ROW_STATUSES) expect(OWNDATA_TEXT[lang].status[s]).toBeTruthy();
      for (const c of IMPORT_ERROR_CODES)
        expect(OWNDATA_TEXT[lang].errors[c]!({ columns: 'a', limit: 1, key: 'k', mb: 1, reason: 'r' })).toBeTruthy();
    }
  });
});
