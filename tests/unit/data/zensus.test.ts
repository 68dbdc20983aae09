// Zensus 2022 in the built data (npm run data), through the app's queries: the raw file's values,
// harmonised to today's Gemeinden, summed to Kreise (both Gebietsstände), RB and Hessen, and the
// comparison with the Zensus-2011-based update of 31.12.2021.
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { csvParse } from 'd3-dsv';
import { indicatorOf, openBothGebietsstaende, type Built } from '../../support/built-data.ts';
import { valuesFor } from '../../../src/lib/data/queries.ts';
import type { Level } from '../../../src/lib/data/catalogue.ts';

let now: Built;
let old: Built;
const zensus = csvParse(readFileSync('data/stats/zensus2022_gemeinden.csv', 'utf8'));
const published = csvParse(readFileSync('data/stats/population_gemeinden_long.csv', 'utf8'));
const raw = (ags: string) => Number(zensus.find((r) => r.ags === ags)!.pop_total);

beforeAll(async () => {
  [now, old] = await openBothGebietsstaende();
});

const values = (d: Built, id: string, level: Level) => {
  const i = indicatorOf(d.catalogue, id);
  return valuesFor(d.db, { indicator: i, level, period: i.defaultPeriod, base: i.defaultBase });
};

describe('Zensus 2022 population (15.05.2022)', () => {
  it('equals the raw file: Hessen 6.207.278, Frankfurt am Main 743.268, Darmstadt 161.767', async () => {
    expect(zensus.reduce((s, r) => s + Number(r.pop_total), 0)).toBe(6207278);
    expect(raw('06412000')).toBe(743268);
    expect(raw('06411000')).toBe(161767);
    for (const d of [now, old]) {
      expect((await values(d, 'bev_zensus2022', 'land')).get('06')).toMatchObject({ value: 6207278, n: 421, expected: 421 });
      const g = await values(d, 'bev_zensus2022', 'gemeinde');
      expect(g.size).toBe(421);
      expect(g.get('06412000')?.value).toBe(743268);
      expect(g.get('06411000')?.value).toBe(161767);
      expect((await values(d, 'bev_zensus2022', 'kreis')).get('06412')?.value).toBe(743268);
    }
  });

  it('sums Bromskirchen into Allendorf (Eder), flagged harmonised', async () => {
    const g = await values(now, 'bev_zensus2022', 'gemeinde');
    expect(g.get('06635001')).toMatchObject({ value: raw('06635001') + raw('06635005'), flags: ['harmonised'] });
    expect(g.has('06635005')).toBe(false);
  });

  it('aggregates to the Kreise of both Gebietsstände: Hanau kreisfrei, MKK(2026) + Hanau = MKK(2023–2025)', async () => {
    const k26 = await values(now, 'bev_zensus2022', 'kreis');
    const k25 = await values(old, 'bev_zensus2022', 'kreis');
    expect(k26.size).toBe(27);
    expect(k25.size).toBe(26);
    expect(k26.get('06415')?.value).toBe(raw('06435014'));
    expect(k26.get('06435')!.value + k26.get('06415')!.value).toBe(k25.get('06435')!.value);
    const mkk = zensus.filter((r) => r.ags!.startsWith('06435')).reduce((s, r) => s + Number(r.pop_total), 0);
    expect(k25.get('06435')?.value).toBe(mkk);
    const rb = await values(now, 'bev_zensus2022', 'rb');
    expect([...rb.values()].reduce((s, v) => s + v.value, 0)).toBe(6207278);
  });

  it('names its own source line', () => {
    const source = now.catalogue.sources.find((s) => s.id === 'zensus2022')!;
    expect(source.credit).toEqual({
      de: 'Zensus 2022, Statistische Ämter des Bundes und der Länder, dl-de/by-2-0',
      en: 'Census 2022, Statistical Offices of the Federation and the Länder, dl-de/by-2-0',
    });
    expect(indicatorOf(now.catalogue, 'bev_zensus2022').sources).toEqual(['zensus2022']);
  });
});

describe('Zensus 2022 gegenüber fortgeschriebener Bevölkerung (Basis Zensus 2011)', () => {
  const fs2021 = (ags: string) => Number(published.find((r) => r.ags === ags && r.year === '2021')!.pop_total);

  it('is the difference in % between the census (15.05.2022) and the update of 31.12.2021, with both dates stated', async () => {
    const i = indicatorOf(now.catalogue, 'bev_zensus_differenz');
    expect(i).toMatchObject({ scale: 'diverging', midpoint: 0, defaultBase: '2021', defaultPeriod: '2022-05', periods: ['2021', '2022-05'] });
    expect(i.notes.de).toContain('15.05.2022');
    expect(i.notes.de).toContain('31.12.2021');
    expect(i.methodBreaks).toEqual([{ after: '2021', label: expect.objectContaining({ de: expect.stringContaining('Zensus 2022') }) }]);
    const g = await values(now, 'bev_zensus_differenz', 'gemeinde');
    expect(g.get('06412000')?.value).toBeCloseTo(100 * (743268 / fs2021('06412000') - 1), 10);
    const hessen2021 = published.filter((r) => r.year === '2021').reduce((s, r) => s + Number(r.pop_total), 0);
    expect((await values(now, 'bev_zensus_differenz', 'land')).get('06')?.value).toBeCloseTo(100 * (6207278 / hessen2021 - 1), 10);
    expect((await values(now, 'bev_zensus_differenz', 'land')).get('06')!.value).toBeLessThan(0);
  });

  it('leaves the Zensus-2011-based population series unchanged', async () => {
    const bev = indicatorOf(now.catalogue, 'bev');
    expect(bev.periods).not.toContain('2022-05');
    expect((await valuesFor(now.db, { indicator: bev, level: 'land', period: '2023' })).get('06')?.value).toBe(6420729);
  });
});
