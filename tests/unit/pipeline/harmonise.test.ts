// Harmonisation to a Gebietsstand: tiny fixtures for the rules, the real sources for the numbers a
// user sees (Allendorf (Eder), Oberzent, Wesertal) and for another asOf date.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { harmonise, type PopulationPoint } from '../../../scripts/data/stats/harmonise.ts';
import { gemeindeSourceObservations } from '../../../scripts/data/stats/measures.ts';
import type { Observation, SourceObservation } from '../../../scripts/data/stats/observations.ts';
import { parseSources, SOURCE_FILES } from '../../../scripts/data/stats/sources/index.ts';
import { populationPoints } from '../../../scripts/data/stats/sources/population.ts';
import type { Merger } from '../../../scripts/data/stats/territory.ts';
import { DATA_DIR, readSource } from './helpers.ts';

const MERGERS: Merger[] = [
  { date: '2018-01-01', oldAgs: '06000001', oldName: 'A', newAgs: '06000009', newName: 'AB', kind: 'Zusammenschluss' },
  { date: '2018-01-01', oldAgs: '06000002', oldName: 'B', newAgs: '06000009', newName: 'AB', kind: 'Zusammenschluss' },
  { date: '2023-01-01', oldAgs: '06000004', oldName: 'D', newAgs: '06000003', newName: 'C', kind: 'Eingliederung' },
];

function obs(
  measure: string,
  kind: SourceObservation['kind'],
  ags: string,
  value: string,
  gebietsstand = '2017-12-31',
  period = '2017',
): SourceObservation {
  return { measure, ags, period, value, flags: [], kind, gebietsstand };
}

const byAgs = (rows: Observation[]) => Object.fromEntries(rows.map((r) => [r.ags, r]));

describe('harmonise (rules on fixtures)', () => {
  it('sums counts of all predecessors and flags the result', () => {
    const out = byAgs(
      harmonise(
        [
          obs('pop', 'count', '06000001', '100'),
          obs('pop', 'count', '06000002', '50'),
          obs('pop', 'count', '06000003', '7'),
          obs('pop', 'count', '06000004', '3'),
        ],
        MERGERS,
        '2025-12-31',
      ),
    );
    expect(Object.keys(out).sort()).toEqual(['06000003', '06000009']);
    expect(out['06000009']).toMatchObject({ value: '150', flags: ['harmonised'] });
    expect(out['06000003']).toMatchObject({ value: '10', flags: ['harmonised'] });
  });

  it('sums areas exactly, without float noise', () => {
    const out = harmonise([obs('area', 'count', '06000001', '40.71'), obs('area', 'count', '06000002', '33.92')], MERGERS, '2025-12-31');
    expect(out[0]!.value).toBe('74.63');
  });

  it('never writes a partial sum: a missing predecessor drops the successor value', () => {
    const out = harmonise([obs('pop', 'count', '06000001', '100'), obs('pop', 'count', '06000003', '7')], MERGERS, '2025-12-31');
    expect(out.map((o) => o.ags)).toEqual([]);
  });

  it('passes untouched units through unchanged, keeping their flags and decimals', () => {
    const row = { ...obs('area', 'count', '06000005', '12.30'), flags: ['rounded_10' as const] };
    expect(harmonise([row], MERGERS, '2025-12-31')).toEqual([
      { measure: 'area', ags: '06000005', period: '2017', value: '12.30', flags: ['rounded_10'] },
    ]);
  });

  it('averages shares weighted by the population at the latest date on or before the period', () => {
    const population: PopulationPoint[] = [
      { ags: '06000001', date: '2013-12-31', gebietsstand: '2013-12-31', value: 1000 },
      { ags: '06000002', date: '2013-12-31', gebietsstand: '2013-12-31', value: 1000 },
      { ags: '06000001', date: '2017-12-31', gebietsstand: '2017-12-31', value: 300 },
      { ags: '06000002', date: '2017-12-31', gebietsstand: '2017-12-31', value: 100 },
      // after the merger: AB only, so A and B keep their 2017 weights
      { ags: '06000009', date: '2019-12-31', gebietsstand: '2019-12-31', value: 999 },
    ];
    const rows = [
      obs('bb', 'share', '06000001', '90', '2017-12-31', '2021-06'),
      obs('bb', 'share', '06000002', '50', '2017-12-31', '2021-06'),
    ];
    const [ab] = harmonise(rows, MERGERS, '2025-12-31', { population });
    expect(ab).toMatchObject({ ags: '06000009', value: '80', flags: ['harmonised'] });
    const early = harmonise(
      [obs('bb', 'share', '06000001', '90', '2017-12-31', '2014'), obs('bb', 'share', '06000002', '45.55', '2017-12-31', '2014')],
      MERGERS,
      '2025-12-31',
      { population },
    );
    expect(early[0]!.value).toBe('67.78'); // (90 + 45.55) / 2 = 67.775 → 2 decimals
  });

  it('drops a share when a weight is missing', () => {
    const rows = [obs('bb', 'share', '06000001', '90'), obs('bb', 'share', '06000002', '50')];
    expect(harmonise(rows, MERGERS, '2025-12-31', { population: [] })).toEqual([]);
  });

  it('classes: Eingliederung keeps the absorbing class, Zusammenschluss only if all agree', () => {
    const agree = harmonise(
      [
        obs('t', 'class', '06000001', '50'),
        obs('t', 'class', '06000002', '50'),
        obs('t', 'class', '06000003', '40'),
        obs('t', 'class', '06000004', '50'),
      ],
      MERGERS,
      '2025-12-31',
    );
    expect(byAgs(agree)['06000009']).toMatchObject({ value: '50', flags: ['harmonised'] });
    expect(byAgs(agree)['06000003']).toMatchObject({ value: '40', flags: ['harmonised'] });
    const disagree = harmonise([obs('t', 'class', '06000001', '50'), obs('t', 'class', '06000002', '40')], MERGERS, '2025-12-31');
    expect(disagree).toEqual([]);
  });

  it('drops values of units merged after asOf (not splittable) and keeps the rest', () => {
    const rows = [
      obs('pop', 'count', '06000003', '10', '2023-12-31', '2023'),
      obs('pop', 'count', '06000009', '150', '2023-12-31', '2023'),
    ];
    expect(harmonise(rows, MERGERS, '2022-12-31')).toEqual([{ measure: 'pop', ags: '06000009', period: '2023', value: '150', flags: [] }]);
  });
});

describe('harmonise (real sources)', () => {
  let today: Map<string, Observation>;
  let y2022: Observation[];
  const key = (o: { measure: string; ags: string; period: string }) => `${o.measure}|${o.ags}|${o.period}`;

  beforeAll(async () => {
    const texts: Record<string, string> = {};
    for (const f of SOURCE_FILES) texts[f] = await readFile(join(DATA_DIR, f), 'utf8');
    const sources = parseSources(texts);
    // the measures these tests look at (harmonise treats every measure and period independently)
    const wanted = new Set(['pop_total', 'pop_female', 'bb_alle_50', 'bbsr_sgtyp', 'degurba']);
    const rows = gemeindeSourceObservations(sources).filter((o) => wanted.has(o.measure));
    const population = populationPoints(sources.population);
    today = new Map(harmonise(rows, sources.mergers, '2025-12-31', { population }).map((o) => [key(o), o]));
    y2022 = harmonise(rows, sources.mergers, '2022-12-31', { population });
  });

  async function popSource(ags: string, year: string): Promise<number> {
    const row = (await readSource('stats/population_gemeinden_long.csv')).find((r) => r.ags === ags && r.year === year);
    if (!row) throw new Error(`no source row ${ags} ${year}`);
    return Number(row.pop_total);
  }

  it('Allendorf (Eder) before 2023 = Allendorf + Bromskirchen, flagged harmonised', async () => {
    const expected = (await popSource('06635001', '2021')) + (await popSource('06635005', '2021'));
    expect(expected).toBe(5600 + 1917);
    const o = today.get('pop_total|06635001|2021')!;
    expect(Number(o.value)).toBe(expected);
    expect(o.flags).toEqual(['harmonised']);
    // from 2023 the published value already covers both
    expect(today.get('pop_total|06635001|2023')).toMatchObject({ value: String(await popSource('06635001', '2023')), flags: [] });
    expect(today.has('pop_total|06635005|2021')).toBe(false);
  });

  it('Oberzent 2013 = Beerfelden + Hesseneck + Rothenberg + Sensbachtal', async () => {
    const parts = await Promise.all(['06437002', '06437008', '06437014', '06437015'].map((a) => popSource(a, '2013')));
    const o = today.get('pop_total|06437016|2013')!;
    expect(Number(o.value)).toBe(parts.reduce((s, v) => s + v, 0));
    expect(o.flags).toEqual(['harmonised']);
  });

  it('Wesertal 2019 = Oberweser + Wahlsburg; 2020 is published as such', async () => {
    const sum = (await popSource('06633021', '2019')) + (await popSource('06633027', '2019'));
    expect(today.get('pop_total|06633030|2019')).toMatchObject({ value: String(sum), flags: ['harmonised'] });
    expect(today.get('pop_total|06633030|2020')).toMatchObject({
      value: String(await popSource('06633030', '2020')),
      flags: ['rounded_10'],
    });
  });

  it('1983 women are computed, and stay flagged after harmonisation', () => {
    expect(today.get('pop_female|06411000|1983')!.flags).toEqual(['computed']);
    expect(today.get('pop_female|06437016|1983')!.flags).toEqual(['harmonised', 'computed']);
  });

  it('Wesertal broadband = population-weighted mean of its predecessors (weights: last population before the period)', async () => {
    const bb = await readSource('stats/broadband_gemeinden_long.csv');
    const share = (ags: string) =>
      Number(
        bb.find((r) => r.ags === ags && r.period === '2021-06' && r.technology === 'alle' && r.min_mbps === '50')!.share_households_pct,
      );
    // the predecessors last existed separately on 31.12.2019
    const w1 = await popSource('06633021', '2019');
    const w2 = await popSource('06633027', '2019');
    const expected = (share('06633021') * w1 + share('06633027') * w2) / (w1 + w2);
    const o = today.get('bb_alle_50|06633030|2021-06')!;
    expect(Number(o.value)).toBeCloseTo(expected, 2);
    expect(o.flags).toEqual(['harmonised']);
  });

  it('no predecessor key survives, and no gemeindefreies Gebiet has a value', () => {
    const keys = new Set([...today.values()].map((o) => o.ags));
    for (const a of ['06437002', '06437008', '06437014', '06437015', '06633021', '06633027', '06635005']) expect(keys.has(a)).toBe(false);
    for (const a of ['06431200', '06435200', '06633200', '06636200']) expect(keys.has(a)).toBe(false);
  });

  it('on Gebietsstand 31.12.2022: 422 Gemeinden with a BBSR type, 119 Landgemeinden', () => {
    const types = y2022.filter((o) => o.measure === 'bbsr_sgtyp');
    expect(types).toHaveLength(422);
    expect(types.filter((o) => o.value === '50')).toHaveLength(119);
    expect(types.some((o) => o.ags === '06635005')).toBe(true);
  });

  it('on Gebietsstand 31.12.2022 the merged Allendorf of 2023 is dropped, not split', () => {
    const pop2023 = y2022.filter((o) => o.measure === 'pop_total' && o.period === '2023');
    expect(pop2023).toHaveLength(420);
    expect(pop2023.some((o) => o.ags === '06635001' || o.ags === '06635005')).toBe(false);
    const allendorf2021 = y2022.find((o) => o.measure === 'pop_total' && o.ags === '06635001' && o.period === '2021')!;
    expect(allendorf2021).toMatchObject({ value: '5600', flags: [] });
  });
});
