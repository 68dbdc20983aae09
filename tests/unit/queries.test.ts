// The app's own SQL on DuckDB-WASM in Node, over the built data (npm run data): known official values.
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { csvParse } from 'd3-dsv';
import { openBuiltData } from '../../scripts/lib/duckdb-node.ts';
import { seriesByLevel, valuesFor } from '../../src/lib/data/queries.ts';
import type { Db } from '../../src/lib/data/db.ts';
import type { Catalogue, Indicator } from '../../src/lib/data/catalogue.ts';

let db: Db;
let catalogue: Catalogue;
const ind = (id: string): Indicator => {
  const i = catalogue.indicators.find((x) => x.id === id);
  if (!i) throw new Error(`Indikator ${id} fehlt`);
  return i;
};
const observations = () => csvParse(readFileSync('public/data/observations.csv', 'utf8'));

beforeAll(async () => {
  if (!existsSync('public/data/catalogue.json')) throw new Error('public/data fehlt: erst `npm run data`');
  ({ db, catalogue } = await openBuiltData('public/data'));
});

describe('population (sum of Gemeinden)', () => {
  it('gives the official totals for Hessen, RB Kassel and Frankfurt am Main', async () => {
    const land = await valuesFor(db, { indicator: ind('bev'), level: 'land', period: '2023' });
    expect(land.get('06')?.value).toBe(6420729);
    expect(land.get('06')?.n).toBe(421);
    const rb = await valuesFor(db, { indicator: ind('bev'), level: 'rb', period: '2023' });
    expect(rb.get('066')?.value).toBe(1238748);
    const gem = await valuesFor(db, { indicator: ind('bev'), level: 'gemeinde', period: '2021' });
    expect(gem.get('06412000')?.value).toBe(759224);
    expect(gem.size).toBe(421);
  });

  it('sums harmonised predecessors: Allendorf (Eder) 2021 = Allendorf + Bromskirchen', async () => {
    const published = csvParse(readFileSync('data/stats/population_gemeinden_long.csv', 'utf8'));
    const pop = (ags: string) => Number(published.find((r) => r.ags === ags && r.year === '2021')!.pop_total);
    const gem = await valuesFor(db, { indicator: ind('bev'), level: 'gemeinde', period: '2021' });
    expect(gem.get('06635001')?.value).toBe(pop('06635001') + pop('06635005'));
    expect(gem.get('06635001')?.flags).toContain('harmonised');
  });

  it('agrees with the published Kreis sums (Kreise of 2023–2025) for every Kreis and year', async () => {
    const sums = csvParse(readFileSync('data/stats/population_kreise_rb_land.csv', 'utf8')).filter((r) => r.level === 'kreis');
    const series = (await seriesByLevel(db, { indicator: ind('bev'), levels: ['kreis'] })).get('kreis')!;
    // the published Main-Kinzig-Kreis still contains Hanau, kreisfrei (06415) since 01.01.2026
    const value = (year: string, ags: string) =>
      ags === '06435' ? series.get(year)!.get('06435')!.value + series.get(year)!.get('06415')!.value : series.get(year)?.get(ags)?.value;
    for (const r of sums) expect(value(r.year!, r.ags!), `${r.ags} ${r.year}`).toBe(Number(r.pop_total));
  });

  it('returns every period of an indicator in one query', async () => {
    const series = (await seriesByLevel(db, { indicator: ind('bev'), levels: ['land'] })).get('land')!;
    expect([...series.keys()]).toEqual(ind('bev').periods);
  });

  it('returns every level in one query with the same values as one level at a time', async () => {
    const all = await seriesByLevel(db, { indicator: ind('bev'), levels: ['gemeinde', 'kreis', 'rb', 'land'] });
    expect(all.get('rb')?.get('2023')?.get('066')?.value).toBe(1238748);
    expect(all.get('land')?.get('2023')?.get('06')?.value).toBe(6420729);
    expect(all.get('gemeinde')?.get('2021')?.get('06412000')?.value).toBe(759224);
    expect(all.get('gemeinde')?.get('2023')?.size).toBe(421);
    expect(all.get('kreis')?.get('2023')?.size).toBe(27);
    // The same as the one-period query the pipeline's first view uses.
    expect(all.get('kreis')?.get('2020')).toEqual(await valuesFor(db, { indicator: ind('bev'), level: 'kreis', period: '2020' }));
  });

  it('leaves levels empty where an indicator is not offered (a Kreis-only indicator)', async () => {
    const kreisOnly = catalogue.indicators.find((i) => !i.levels.includes('gemeinde') && i.levels.includes('kreis'))!;
    const all = await seriesByLevel(db, { indicator: kreisOnly, levels: ['gemeinde', 'kreis'] });
    expect(all.get('gemeinde')?.size).toBe(0);
    // values published for the old Main-Kinzig-Kreis are not shown for MKK and Hanau on the Gebietsstand 2026
    expect(all.get('kreis')?.get(kreisOnly.defaultPeriod)?.size).toBe(25);
  });
});

describe('change, ratio and weighted aggregates', () => {
  it('computes the change of the sum: Hessen 2013→2023', async () => {
    const sums = csvParse(readFileSync('data/stats/population_kreise_rb_land.csv', 'utf8'));
    const hessen = (y: string) => Number(sums.find((r) => r.ags === '06' && r.year === y)!.pop_total);
    const v = await valuesFor(db, { indicator: ind('bev_veraenderung'), level: 'land', period: '2023', base: '2013' });
    expect(v.get('06')?.value).toBeCloseTo(100 * (hessen('2023') / hessen('2013') - 1), 10);
  });

  it('computes density from sums of population and area', async () => {
    const v = await valuesFor(db, { indicator: ind('bev_dichte'), level: 'gemeinde', period: '2023' });
    const obs = observations();
    const get = (m: string) => Number(obs.find((r) => r.measure === m && r.ags === '06412000' && r.period === '2023')!.value);
    expect(v.get('06412000')?.value).toBeCloseTo(get('pop_total') / get('area_km2'), 10);
  });

  it('gives the official Destatis density of every Kreis, RB and Hessen: full area incl. gemeindefreie Gebiete (2021)', async () => {
    // Destatis, Kreisfreie Städte und Landkreise nach Fläche, Bevölkerung und Bevölkerungsdichte, 31.12.2021.
    const official = csvParse(readFileSync('data/stats/kreise_flaeche_dichte_destatis_2021.csv', 'utf8'));
    const all = await seriesByLevel(db, { indicator: ind('bev_dichte'), levels: ['kreis', 'rb', 'land'] });
    const kreise = all.get('kreis')!.get('2021')!;
    expect(kreise.size).toBe(27);
    // The table is of 2021, before Hanau (06415) left the Main-Kinzig-Kreis (06435): those two
    // together must give the old Kreis' official density.
    const pops = await valuesFor(db, { indicator: ind('bev'), level: 'kreis', period: '2021' });
    const [mkk, hanau] = ['06435', '06415'].map((a) => ({ pop: pops.get(a)!.value, area: pops.get(a)!.value / kreise.get(a)!.value }));
    const oldMkk = official.find((r) => r.ags === '06435')!;
    expect(Math.round((mkk!.pop + hanau!.pop) / (mkk!.area + hanau!.area))).toBe(Number(oldMkk.density_per_km2));
    for (const r of official) {
      if (r.ags === '06435') continue;
      const v = kreise.get(r.ags!)!;
      expect(Math.round(v.value), `${r.ags} ${r.name}`).toBe(Number(r.density_per_km2));
      expect(v.n, `${r.ags} counts Gemeinden only`).toBe(v.expected);
    }
    expect(Math.round(kreise.get('06633')!.value)).toBe(183); // LK Kassel (was 213,6 without Reinhardswald)
    const area = (rows: Array<(typeof official)[number]>) => rows.reduce((a, r) => a + Number(r.area_km2), 0);
    const pop = (rows: Array<(typeof official)[number]>) => rows.reduce((a, r) => a + Number(r.pop_total), 0);
    const kassel = official.filter((r) => r.ags!.startsWith('066'));
    // (Kreis areas are published rounded to 0.01 km², so sums agree to about 0.001 Einw./km²)
    expect(all.get('rb')!.get('2021')!.get('066')!.value).toBeCloseTo(pop(kassel) / area(kassel), 2);
    expect(all.get('land')!.get('2021')!.get('06')!.value).toBeCloseTo(pop(official) / area(official), 2);
    // Gemeinden keep their own area; the gemeindefreie Gebiete get no Gemeinde value.
    const gem = await valuesFor(db, { indicator: ind('bev_dichte'), level: 'gemeinde', period: '2021' });
    expect(gem.size).toBe(421);
    expect(gem.has('06633200')).toBe(false);
  });

  it('weights household shares with the population at the latest date on or before the period', async () => {
    // June 2021 is weighted with the population of 31.12.2020.
    const obs = observations();
    const pop = new Map(obs.filter((r) => r.measure === 'pop_total' && r.period === '2020').map((r) => [r.ags!, Number(r.value)]));
    const share = obs.filter((r) => r.measure === 'bb_alle_1000' && r.period === '2021-06' && r.ags!.startsWith('066'));
    const expected = share.reduce((a, r) => a + Number(r.value) * pop.get(r.ags!)!, 0) / share.reduce((a, r) => a + pop.get(r.ags!)!, 0);
    const rb = await valuesFor(db, { indicator: ind('bb_alle_1000'), level: 'rb', period: '2021-06' });
    expect(rb.get('066')?.value).toBeCloseTo(expected, 8);
    const gem = await valuesFor(db, { indicator: ind('bb_alle_1000'), level: 'gemeinde', period: '2021-06' });
    expect(gem.get('06412000')?.value).toBe(94.63); // Frankfurt, as published
  });

  it('shows the Breitbandatlas Kreis values where the source publishes them; RB and Hessen are flagged as computed means', async () => {
    const published = csvParse(readFileSync('data/stats/broadband_kreise_long.csv', 'utf8'));
    const slug: Record<string, string> = {
      alle: 'alle',
      leitungsgebunden: 'leitungsgebunden',
      drahtlos: 'drahtlos',
      DSL: 'dsl',
      CATV: 'catv',
      'FTTH/B': 'ftthb',
    };
    const byIndicator = new Map<string, Array<(typeof published)[number]>>();
    for (const r of published) {
      const id = slug[r.technology!] && `bb_${slug[r.technology!]}_${r.min_mbps}`;
      if (!id || !catalogue.indicators.some((i) => i.id === id)) continue;
      if (!byIndicator.has(id)) byIndicator.set(id, []);
      byIndicator.get(id)!.push(r);
    }
    expect(byIndicator.size).toBeGreaterThan(30);
    let compared = 0;
    let maxDiff = 0;
    for (const [id, rows] of byIndicator) {
      const all = await seriesByLevel(db, { indicator: ind(id), levels: ['kreis', 'rb'] });
      const kreise = all.get('kreis')!;
      for (const r of rows) {
        const v = kreise.get(r.period!)?.get(r.ags!);
        if (!ind(id).periods.includes(r.period!)) continue;
        // published for the Main-Kinzig-Kreis with Hanau: on the Gebietsstand 2026 a computed mean
        if (r.ags === '06435') {
          expect(v?.flags, `${id} ${r.period} MKK 2026`).toContain('weighted');
          continue;
        }
        maxDiff = Math.max(maxDiff, Math.abs((v?.value ?? NaN) - Number(r.share_households_pct)));
        expect(v?.value, `${id} ${r.ags} ${r.period}`).toBe(Number(r.share_households_pct));
        expect(v?.flags).not.toContain('weighted');
        compared++;
      }
      for (const v of all.get('rb')!.get(ind(id).defaultPeriod)!.values()) expect(v.flags).toContain('weighted');
    }
    expect(compared).toBeGreaterThan(5000);
    expect(maxDiff).toBe(0);
    // Gemeinden are as published, not flagged.
    const gem = await valuesFor(db, { indicator: ind('bb_alle_50'), level: 'gemeinde', period: '2021-06' });
    expect(gem.get('06412000')?.flags).not.toContain('weighted');
  });

  it('marks aggregates with missing Gemeinden as partial', async () => {
    // Three 2005 DSL cells in Schwalm-Eder-Kreis are corrupt in the source and were dropped.
    const kreis = await valuesFor(db, { indicator: ind('bb_dsl_any'), level: 'kreis', period: '2005' });
    const se = kreis.get('06634')!;
    expect(se.n).toBeLessThan(se.expected);
    expect(kreis.get('06412')!.n).toBe(kreis.get('06412')!.expected);
  });
});

describe('typologies and Kreis-only indicators', () => {
  it('counts BBSR Stadt- und Gemeindetyp classes on today’s 421 Gemeinden', async () => {
    const v = await valuesFor(db, { indicator: ind('bbsr_sgtyp'), level: 'gemeinde', period: '2019' });
    const count = (code: number) => [...v.values()].filter((x) => x.value === code).length;
    expect(v.size).toBe(421);
    expect(count(10)).toBe(5);
    expect(count(50)).toBe(118);
  });

  it('does not aggregate categories above their level', async () => {
    const v = await valuesFor(db, { indicator: ind('bbsr_sgtyp'), level: 'kreis', period: '2019' });
    expect(v.size).toBe(0);
  });

  it('aggregates Kreis-only LTE coverage to RB but offers no Gemeinde values', async () => {
    const lte = catalogue.indicators.find((i) => i.id.startsWith('bbk_lte_'))!;
    const rb = await valuesFor(db, { indicator: lte, level: 'rb', period: lte.defaultPeriod });
    expect(rb.size).toBe(3);
    const gem = await valuesFor(db, { indicator: lte, level: 'gemeinde', period: lte.defaultPeriod });
    expect(gem.size).toBe(0);
  });

  it('cannot read files or URLs once loaded', async () => {
    await expect(db.query(`SELECT * FROM read_csv('regions.csv')`)).rejects.toThrow();
  });
});
