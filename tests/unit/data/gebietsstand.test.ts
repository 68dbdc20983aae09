// Both Gebietsstände as built (npm run data), through the app's own queries on DuckDB in Node:
// 01.01.2026 (27 Kreise, Hanau kreisfrei) in public/data, 2023–2025 (26 Kreise) in public/data/gs2025.
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { csvParse } from 'd3-dsv';
import { indicatorOf, openBothGebietsstaende, type Built } from '../../support/built-data.ts';
import { valuesFor } from '../../../src/lib/data/queries.ts';
import type { Db } from '../../../src/lib/data/db.ts';
import type { Level } from '../../../src/lib/data/catalogue.ts';

let now: Built;
let old: Built;

beforeAll(async () => {
  [now, old] = await openBothGebietsstaende();
});

const values = (d: Built, id: string, level: Level, period: string) =>
  valuesFor(d.db, { indicator: indicatorOf(d.catalogue, id), level, period, base: indicatorOf(d.catalogue, id).defaultBase });

describe('Gebietsstand 01.01.2026', () => {
  it('every Smart-City project lies in regions of its Gebietsstand (Hanau’s projects under 06415000 from 2026)', async () => {
    const unknown = async (db: Db) =>
      (
        await db.query(
          `SELECT p.project, a.ags FROM (SELECT project, unnest(string_split(ags, '|')) AS ags FROM projects) a
           JOIN projects p USING (project) LEFT JOIN regions r ON r.ags = a.ags WHERE r.ags IS NULL`,
        )
      ).numRows;
    expect(await unknown(now.db)).toBe(0);
    expect(await unknown(old.db)).toBe(0);
    const hanau = async (db: Db) => (await db.query(`SELECT count(*)::INT AS n FROM projects WHERE ags LIKE '%06415000%'`)).toArray()[0]!.n;
    expect(await hanau(now.db)).toBeGreaterThan(0);
    expect(await hanau(old.db)).toBe(0);
  });

  it('has 27 Kreise with Hanau (06415) kreisfrei; the old one 26 with Hanau in the Main-Kinzig-Kreis', async () => {
    const kreise = async (db: Db) => (await db.query(`SELECT ags, name FROM regions WHERE level = 'kreis' ORDER BY ags`)).toArray().map((r) => r.toJSON());
    const k26 = await kreise(now.db);
    expect(k26).toHaveLength(27);
    expect(k26).toContainEqual({ ags: '06415', name: 'Hanau' });
    expect(await kreise(old.db)).toHaveLength(26);
    const hanau = async (db: Db) => (await db.query(`SELECT ags, kreis FROM regions WHERE level = 'gemeinde' AND name = 'Hanau'`)).toArray().map((r) => r.toJSON());
    expect(await hanau(now.db)).toEqual([{ ags: '06415000', kreis: '06415' }]);
    expect(await hanau(old.db)).toEqual([{ ags: '06435014', kreis: '06435' }]);
    expect(now.catalogue.gebietsstand.de).toBe('Gebietsstand ab 01.01.2026: 421 Gemeinden, 27 Kreise, 3 Regierungsbezirke');
    expect(old.catalogue.gebietsstand.de).toBe('Gebietsstand 01.01.2023–31.12.2025: 421 Gemeinden, 26 Kreise, 3 Regierungsbezirke');
  });

  it('gives Kreis Hanau exactly its Gemeinde population, and MKK(2026) + Hanau = MKK(2023–2025) in every year', async () => {
    for (const period of indicatorOf(now.catalogue, 'bev').periods) {
      const kreis = await values(now, 'bev', 'kreis', period);
      const gemeinde = await values(now, 'bev', 'gemeinde', period);
      const oldKreis = await values(old, 'bev', 'kreis', period);
      expect(kreis.size, period).toBe(27);
      expect(kreis.get('06415')?.value, period).toBe(gemeinde.get('06415000')?.value);
      expect(kreis.get('06415')?.n).toBe(1);
      expect(kreis.get('06435')!.value + kreis.get('06415')!.value, period).toBe(oldKreis.get('06435')!.value);
      expect((await values(old, 'bev', 'gemeinde', period)).get('06435014')?.value).toBe(gemeinde.get('06415000')?.value);
    }
    const published = csvParse(readFileSync('data/stats/population_gemeinden_long.csv', 'utf8'));
    const hanau2023 = Number(published.find((r) => r.ags === '06435014' && r.year === '2023')!.pop_total);
    expect((await values(now, 'bev', 'kreis', '2023')).get('06415')?.value).toBe(hanau2023);
  });

  it('leaves Hessen and the Regierungsbezirke unchanged, also for values published only per Kreis', async () => {
    for (const [id, period] of [
      ['bev', '2023'],
      ['bev_dichte', '2023'],
      ['bb_alle_50', '2021-06'],
      ['bev_kreis_jaehrlich', '2020'],
      ['bbk_lte_10', '2021-06'],
    ] as const) {
      for (const level of ['land', 'rb'] as const) {
        const a = await values(now, id, level, period);
        const b = await values(old, id, level, period);
        expect(a.size, `${id} ${level}`).toBeGreaterThan(0);
        for (const [ags, v] of b) {
          expect(a.get(ags)?.value, `${id} ${ags}`).toBeCloseTo(v.value, 9);
          expect(a.get(ags)?.n, `${id} ${ags}`).toBe(a.get(ags)?.expected);
        }
      }
    }
    expect((await values(now, 'bev', 'land', '2023')).get('06')?.value).toBe(6420729);
  });

  it('shows a value published for the old Main-Kinzig-Kreis only on the old Gebietsstand', async () => {
    const lte26 = await values(now, 'bbk_lte_10', 'kreis', '2021-06');
    const lte25 = await values(old, 'bbk_lte_10', 'kreis', '2021-06');
    expect(lte25.get('06435')).toBeDefined();
    expect(lte26.has('06435')).toBe(false);
    expect(lte26.has('06415')).toBe(false);
    expect(lte26.size).toBe(25);
    expect(lte26.get('06611')?.value).toBe(lte25.get('06611')?.value);
    const bbsr26 = await values(now, 'bev_kreis_jaehrlich', 'kreis', '2020');
    expect(bbsr26.has('06435')).toBe(false);
    // and the legend says why
    expect(indicatorOf(now.catalogue, 'bbk_lte_10').notes.de).toContain('Main-Kinzig-Kreis und Hanau haben hier keinen Wert');
    expect(indicatorOf(now.catalogue, 'bbk_lte_10').notes.en).toContain('Main-Kinzig-Kreis and Hanau have no value here');
    expect(indicatorOf(old.catalogue, 'bbk_lte_10').notes.de).not.toContain('keinen Wert');
    expect(indicatorOf(now.catalogue, 'bev').notes.de).not.toContain('keinen Wert');
  });
});
