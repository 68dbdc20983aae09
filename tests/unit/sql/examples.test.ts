// Every example query runs through the console's checks on the built tables and answers its question.
import { beforeAll, describe, expect, it } from 'vitest';
import { openBuiltData } from '../../../scripts/lib/duckdb-node.ts';
import type { Db } from '../../../src/lib/data/db.ts';
import { EXAMPLE_IDS, EXAMPLES } from '../../../src/lib/sql/examples.ts';
import { SQL_SETUP } from '../../../src/lib/sql/guard.ts';
import { runConsoleQuery, type SqlBackend } from '../../../src/lib/sql/run.ts';
import type { SqlResult } from '../../../src/lib/sql/result.ts';
import { SQL_TEXT } from '../../../src/lib/i18n/sql.ts';
import { resultToCsv } from '../../../src/lib/sql/download.ts';
import { decodeQuery, encodeQuery } from '../../../src/lib/sql/share.ts';

let db: Db;
let backend: SqlBackend;
beforeAll(async () => {
  ({ db } = await openBuiltData('public/data'));
  for (const s of SQL_SETUP) await db.exec(s);
  backend = { prepare: async () => {}, run: (sql) => db.query(sql) };
});

async function result(id: keyof typeof EXAMPLES): Promise<SqlResult> {
  const o = await runConsoleQuery(backend, EXAMPLES[id]);
  if (!o.ok) throw new Error(JSON.stringify(o.error));
  return o.result;
}
const col = (r: SqlResult, name: string) => r.columns.findIndex((c) => c.name === name);

describe('example queries', () => {
  it.each(EXAMPLE_IDS)('%s runs, has rows and a title in both languages', async (id) => {
    const r = await result(id);
    expect(r.rows.length).toBeGreaterThan(0);
    expect(SQL_TEXT.de.example[id]).toBeTruthy();
    expect(SQL_TEXT.en.example[id]).toBeTruthy();
  });

  it('shrinking Gemeinden with < 90 % at 50 Mbit/s: all lost people and all are below 90 %', async () => {
    const r = await result('shrinkingSlow');
    expect(r.rows.length).toBe(30);
    for (const row of r.rows) {
      expect(row[col(r, 'ew_2023')] as number).toBeLessThan(row[col(r, 'ew_2013')] as number);
      expect(row[col(r, 'bb50_2021')] as number).toBeLessThan(90);
    }
    expect(r.rows[0]!.slice(0, 3)).toEqual(['06634010', 'Jesberg', 'Schwalm-Eder-Kreis']);
    // Wesertal: 45,67 % (the atlas' harmonised value of Oberweser and Wahlsburg).
    expect(r.rows.find((x) => x[1] === 'Wesertal')![col(r, 'bb50_2021')]).toBe(45.67);
  });

  it('gigabit gap: Landkreise only (kreisfreie Städte have no Landgemeinden), widest first', async () => {
    const r = await result('gigabitGap');
    expect(r.rows.length).toBe(17);
    expect(r.rows[0]!.slice(0, 2)).toEqual(['06531', 'Gießen']);
    const gaps = r.rows.map((x) => x[col(r, 'luecke_prozentpunkte')] as number);
    expect([...gaps].sort((a, b) => b - a)).toEqual(gaps);
  });

  it("Kreis population 2023 sums to Hessen's official total", async () => {
    const r = await result('kreisPopulation');
    expect(r.rows.length).toBe(27);
    expect(r.rows.reduce((s, x) => s + (x[col(r, 'ew_2023')] as number), 0)).toBe(6420729);
  });
});

describe('sharing and downloads', () => {
  it('a query survives the link (deflate-raw + base64url) and a damaged link is refused', async () => {
    const sql = EXAMPLES.gigabitGap;
    const param = await encodeQuery(sql);
    expect(param).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(param.length).toBeLessThan(sql.length);
    expect(await decodeQuery(param)).toBe(sql);
    expect(await decodeQuery(param.slice(0, 20) + 'x!')).toBeNull();
    expect(await decodeQuery('AAAA')).toBeNull();
  });

  it('CSV for German Excel: BOM, ";", decimal comma, the query and the sources below', async () => {
    const r = await result('gigabitGap');
    const csv = resultToCsv(
      r,
      r.rows.map((_, i) => i),
      { sql: EXAMPLES.gigabitGap, date: '2026-01-05', credits: ['Breitbandatlas | Gigabit-Grundbuch'] },
      'de',
    );
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('\ufeffags;kreis;staedte_pct;landgemeinden_pct;luecke_prozentpunkte');
    expect(lines[1]).toBe('06531;Gießen;54,3;0,1;54,2');
    expect(lines).toContain('# Quelle;Breitbandatlas | Gigabit-Grundbuch');
  });
});

describe('a result on the map', () => {
  it('finds the AGS column and the numbers of an example and builds the same own dataset', async () => {
    const { createKeyResolver } = await import('../../../src/lib/owndata/keys.ts');
    const { Boot } = await import('../../../src/lib/data/boot.ts');
    const { readFileSync } = await import('node:fs');
    const { mapCandidate, resultToDataset, titleOf } = await import('../../../src/lib/sql/to-dataset.ts');
    const b = Boot.parse(JSON.parse(readFileSync('public/data/boot.json', 'utf8')));
    const resolver = createKeyResolver(b.regions, b.changes);
    const r = await result('gigabitGap');
    const c = mapCandidate(r, resolver)!;
    expect(c).toEqual({ keyColumn: 0, valueColumns: [2, 3, 4] });
    const title = titleOf(EXAMPLES.gigabitGap)!;
    expect(title).toBe('Gigabit-Versorgung (Mitte 2021) in Städten und Landgemeinden (BBSR-Stadt- und Gemeindetyp)');
    const ds = resultToDataset(r, EXAMPLES.gigabitGap, c, { title, source: 'SQL-Abfrage' }, resolver);
    expect(ds.kind).toBe('share');
    expect(ds.units).toHaveLength(17);
    expect(ds.units.find((u) => u.ags === '06531')).toMatchObject({ level: 'kreis', values: [54.3, 0.1, 54.2] });
    expect(ds.report.counts.matched).toBe(17);
    expect(mapCandidate(await result('describeFacts'), resolver)).toBeNull();
  });
});
