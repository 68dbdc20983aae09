// The files the app loads, built once from the real data/ folder: what a user would notice.
import { createHash } from 'node:crypto';
import { csvParse } from 'd3-dsv';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Catalogue } from '../../../src/lib/data/catalogue.ts';
import { buildStats, type StatsSummary } from '../../../scripts/data/stats.ts';
import { writeTables } from '../../../scripts/data/tables.ts';
import { tableFile, TABLES } from '../../../src/lib/data/load.ts';
import { OUTPUT_FILES } from '../../../scripts/data/stats/pipeline.ts';
import { buildContext, CONTEXT_FILES } from '../../../scripts/data/stats/sources/index.ts';
import { parseKreisSums } from '../../../scripts/data/stats/sources/population.ts';
import { DATA_DIR, readObservations, readSource, removeDir, tempDir, type ObservationRow } from './helpers.ts';

const GEMEINDEFREI = ['06431200', '06435200', '06633200', '06636200'];

let outDir: string;
let summary: StatsSummary;
let observations: ObservationRow[];
let regions: Array<Record<string, string>>;
let catalogue: Catalogue;
let raw: Record<string, Buffer>;

beforeAll(async () => {
  outDir = await tempDir('out');
  summary = await buildStats({ dataDir: DATA_DIR, outDir });
  raw = Object.fromEntries(await Promise.all(OUTPUT_FILES.map(async (f) => [f, await readFile(join(outDir, f))] as const)));
  observations = await readObservations(outDir);
  regions = csvParse(raw['regions.csv']!.toString('utf8'));
  catalogue = Catalogue.parse(JSON.parse(raw['catalogue.json']!.toString('utf8')));
});

afterAll(async () => {
  await removeDir(outDir);
});

const values = (measure: string, period: string) => observations.filter((o) => o.measure === measure && o.period === period);
const gemeindeValues = (measure: string, period: string) => values(measure, period).filter((o) => o.ags.length === 8);

describe('population on today’s Gebietsstand (421 Gemeinden)', () => {
  it('has all 421 Gemeinden in 2023, summing to the official Hessen total', () => {
    const pop = gemeindeValues('pop_total', '2023');
    expect(pop).toHaveLength(421);
    expect(pop.reduce((s, o) => s + Number(o.value), 0)).toBe(6420729);
  });

  it('shows Frankfurt am Main 2021 as published', () => {
    expect(values('pop_total', '2021').find((o) => o.ags === '06412000')).toMatchObject({ value: '759224', flag: '' });
  });

  it('has all 421 Gemeinden in every year (predecessors summed)', () => {
    const years = new Set(observations.filter((o) => o.measure === 'pop_total').map((o) => o.period));
    expect(years.size).toBe(15);
    for (const y of years) expect(gemeindeValues('pop_total', y), y).toHaveLength(421);
  });

  it('flags 2020 as rounded to 10 persons', () => {
    const pop2020 = gemeindeValues('pop_total', '2020');
    expect(pop2020.every((o) => o.flag.split('|').includes('rounded_10'))).toBe(true);
    expect(pop2020.every((o) => Number(o.value) % 10 === 0)).toBe(true);
  });

  it('Kreis sums of pop_total equal the published Kreis/RB/Land sums (Kreise of 2023–2025) for every year', async () => {
    const { ctx, kreisChanges } = buildContext(
      Object.fromEntries(await Promise.all(CONTEXT_FILES.map(async (f) => [f, await readFile(join(DATA_DIR, f), 'utf8')] as const))),
    );
    const sums = parseKreisSums(await readFile(join(DATA_DIR, 'stats/population_kreise_rb_land.csv'), 'utf8'), ctx);
    // Hanau (06415000 since 01.01.2026) was in the Main-Kinzig-Kreis of the published sums.
    const oldKey = new Map(kreisChanges.map((c) => [c.newAgs, c.oldAgs]));
    expect(oldKey.get('06415000')).toBe('06435014');
    const byRegion = new Map<string, number>();
    for (const o of observations) {
      if (o.measure !== 'pop_total' || o.ags.length !== 8) continue;
      const ags = oldKey.get(o.ags) ?? o.ags;
      for (const key of [ags.slice(0, 5), ags.slice(0, 3), '06'])
        byRegion.set(`${key}|${o.period}`, (byRegion.get(`${key}|${o.period}`) ?? 0) + Number(o.value));
    }
    expect(sums.filter((s) => s.level === 'kreis')).toHaveLength(26 * 15);
    for (const s of sums) expect(byRegion.get(`${s.ags}|${s.year}`), `${s.ags} ${s.year}`).toBe(Number(s.pop_total));
  });

  it('the BBSR annual Kreis series covers 1991–2020 in persons, rounded to 100', () => {
    const series = observations.filter((o) => o.measure === 'pop_total_bbsr');
    const years = [...new Set(series.map((o) => o.period))].sort();
    expect(years[0]).toBe('1991');
    expect(years[years.length - 1]).toBe('2020');
    expect(series).toHaveLength(26 * 30);
    expect(series.every((o) => o.ags.length === 5 && Number(o.value) % 100 === 0 && o.flag === 'rounded_100')).toBe(true);
  });
});

describe('Stadt–Land types', () => {
  it('BBSR Stadt- und Gemeindetyp: 5 Großstädte and 118 Landgemeinden among 421', () => {
    const types = gemeindeValues('bbsr_sgtyp', '2019');
    expect(types).toHaveLength(421);
    expect(types.filter((o) => o.value === '10')).toHaveLength(5);
    expect(types.filter((o) => o.value === '50')).toHaveLength(118);
  });

  it('Kreis types are given for all 26 Kreise', () => {
    expect(values('bbsr_kreistyp', '2019').filter((o) => o.ags.length === 5)).toHaveLength(26);
  });
});

describe('regions', () => {
  it('has 1 Land, 3 RB, 27 Kreise (Gebietsstand 2026) and 425 Gemeinde units, the 4 gemeindefreie Gebiete uninhabited', () => {
    const count = (level: string) => regions.filter((r) => r.level === level).length;
    expect([count('land'), count('rb'), count('kreis'), count('gemeinde')]).toEqual([1, 3, 27, 425]);
    expect(regions.find((r) => r.ags === '06415')).toMatchObject({ level: 'kreis', name: 'Hanau', bez: 'Kreisfreie Stadt', rb: '064' });
    expect(regions.find((r) => r.ags === '06415000')).toMatchObject({ level: 'gemeinde', name: 'Hanau', kreis: '06415', rb: '064' });
    expect(regions.some((r) => r.ags === '06435014')).toBe(false);
    const uninhabited = regions.filter((r) => r.inhabited === 'false').map((r) => r.ags);
    expect(uninhabited).toEqual(GEMEINDEFREI);
    expect(regions.filter((r) => GEMEINDEFREI.includes(r.ags!)).every((r) => r.area_km2 === '')).toBe(true);
  });

  it('areas: Gemeinden from Destatis 2023, Kreise/RB/Land = sums of inhabited Gemeinden', async () => {
    const sums = (await readSource('stats/population_kreise_rb_land.csv')).filter((r) => r.year === '2023');
    const area = (ags: string) => regions.find((r) => r.ags === ags)!.area_km2!;
    for (const s of sums) {
      const ags = s.ags!;
      // the published Main-Kinzig-Kreis still contains Hanau
      if (ags === '06435')
        expect((Number(area('06435')) + Number(area('06415'))).toFixed(2)).toBe(Number(s.area_km2_inhabited_gemeinden).toFixed(2));
      else expect(area(ags), ags).toBe(s.area_km2_inhabited_gemeinden);
    }
    expect(area('06415')).toBe(area('06415000'));
    const frankfurt = regions.find((r) => r.ags === '06412000')!;
    expect(frankfurt).toMatchObject({ level: 'gemeinde', name: 'Frankfurt am Main', kreis: '06412', rb: '064', inhabited: 'true' });
    expect(frankfurt.area_km2).toBe(values('area_km2', '2023').find((o) => o.ags === '06412000')!.value);
  });

  it('is ordered land, rb, kreis, gemeinde, then by key', () => {
    const order = ['land', 'rb', 'kreis', 'gemeinde'];
    const keys = regions.map((r) => `${order.indexOf(r.level!)}|${r.ags}`);
    expect(keys).toEqual([...keys].sort());
  });
});

describe('observations.csv', () => {
  it('gives the gemeindefreie Gebiete no observations but their area (for the density of their Kreis)', () => {
    const gfg = observations.filter((o) => GEMEINDEFREI.includes(o.ags));
    expect(gfg.length).toBeGreaterThan(0);
    expect(gfg.filter((o) => o.measure !== 'area_km2_gemeindefrei')).toEqual([]);
  });

  it('is sorted by measure, ags, period, in plain decimals with known flags', () => {
    const text = raw['observations.csv']!.toString('utf8');
    expect(text.startsWith('measure,ags,period,value,flag\n')).toBe(true);
    expect(text.includes('\r')).toBe(false);
    const flags = new Set(['', 'harmonised', 'rounded_10', 'rounded_100', 'computed', 'harmonised|rounded_10', 'harmonised|computed']);
    const keys = observations.map((o) => `${o.measure}\u0000${o.ags}\u0000${o.period}`);
    expect(keys.findIndex((k, i) => i > 0 && k <= keys[i - 1]!)).toBe(-1);
    expect(observations.filter((o) => !/^\d+(\.\d+)?$/.test(o.value))).toEqual([]);
    expect(observations.filter((o) => !flags.has(o.flag))).toEqual([]);
    expect(summary.observations).toBe(observations.length);
  });
});

describe('catalogue.json', () => {
  it('names the Zensus 2022 as the other basis of the population, and refuses another basis that is missing or measures something else', () => {
    const bev = catalogue.indicators.find((i) => i.id === 'bev')!;
    expect(bev.otherBasis).toBe('bev_zensus2022');
    const json = JSON.parse(raw['catalogue.json']!.toString('utf8')) as { indicators: { id: string; otherBasis?: string }[] };
    const withBasis = (id: string) => ({
      ...json,
      indicators: json.indicators.map((i) => (i.id === 'bev' ? { ...i, otherBasis: id } : i)),
    });
    expect(Catalogue.safeParse(withBasis('bev_zensus2022')).success).toBe(true);
    expect(Catalogue.safeParse(withBasis('gibt_es_nicht')).success).toBe(false);
    expect(Catalogue.safeParse(withBasis('bev_veraenderung')).success).toBe(false);
  });

  it('parses with the app schema, states the Gebietsstand and credits every source', () => {
    expect(catalogue.gebietsstand.de).toBe('Gebietsstand ab 01.01.2026: 421 Gemeinden, 27 Kreise, 3 Regierungsbezirke');
    const credit = Object.fromEntries(catalogue.sources.map((s) => [s.id, s.credit.de]));
    expect(credit.bkg).toBe(
      'Verwaltungsgrenzen: © BKG (2026) dl-de/by-2-0 (Daten verändert), Datenquellen: https://sgx.geodatenzentrum.de/web_public/gdz/datenquellen/datenquellen_vg_nuts.pdf',
    );
    expect(credit.breitbandatlas).toBe('Breitbandatlas | Gigabit-Grundbuch (https://gigabitgrundbuch.bund.de), Daten verändert');
    expect(credit.bbsr_raumabgrenzungen).toBe('© BBSR Bonn, Raumabgrenzungen (Gebietsstand 31.12.2019)');
    expect(credit.destatis).toBe(
      'Quelle: Statistisches Bundesamt (Destatis), GV-ISys, Gebietsstand 31.12.1983–31.12.2023; eigene Aufbereitung',
    );
  });

  it('every indicator period has observations of its measures at its native level', () => {
    const have = new Set(observations.map((o) => `${o.measure}|${o.period}|${o.ags.length === 8 ? 'gemeinde' : 'kreis'}`));
    for (const ind of catalogue.indicators) {
      const f = ind.formula;
      const measures = f.type === 'ratio' ? [f.numerator, f.denominator] : [f.measure];
      const native = ind.levels.includes('gemeinde') ? 'gemeinde' : 'kreis';
      for (const p of ind.periods) for (const m of measures) expect(have.has(`${m}|${p}|${native}`), `${ind.id} ${m} ${p}`).toBe(true);
      if (f.type === 'weighted') expect(observations.some((o) => o.measure === f.weight && o.period <= ind.periods[0]!)).toBe(true);
    }
  });

  it('has the indicators a user looks for, with method breaks where the data span them', () => {
    const ind = (id: string) => catalogue.indicators.find((i) => i.id === id)!;
    expect(ind('bev_veraenderung')).toMatchObject({ defaultBase: '2013', defaultPeriod: '2023', scale: 'diverging', midpoint: 0 });
    expect(ind('bev').methodBreaks.map((b) => b.after)).toEqual(['2009']);
    expect(ind('bev_frauenanteil').periods).not.toContain('2020');
    expect(ind('bb_alle_50').methodBreaks.map((b) => b.after)).toEqual(['2014', '2018']);
    expect(ind('bb_alle_1000').methodBreaks).toEqual([]);
    expect(ind('bb_dsl_any').periods).toEqual(['2005', '2006', '2007', '2008']);
    expect(ind('bbk_5g_2')).toMatchObject({ levels: ['kreis', 'rb', 'land'], periods: ['2021-06'] });
    expect(catalogue.indicators.some((i) => i.id === 'bbk_dsl_16')).toBe(false);
    expect(ind('bbk21_schools_alle_1000').levels).toEqual(['kreis']);
    expect(ind('mob_lte10_wohnbauflaeche').levels).toEqual(['kreis']);
    expect(ind('degurba').periods).toEqual(['2013', '2017', '2019', '2021', '2023']);
    expect(ind('bbsr_sgtyp').categories!.map((c) => c.code)).toEqual([10, 20, 30, 40, 50]);
    const periods = new Map(catalogue.periods.map((p) => [p.id, p]));
    expect(periods.get('2021-06')).toMatchObject({ date: '2021-06-30', label: { de: 'Juni 2021', en: 'June 2021' } });
    expect(periods.get('2018-12')).toMatchObject({ date: '2018-12-31', label: { de: 'Dez. 2018', en: 'Dec 2018' } });
  });
});

describe('determinism', () => {
  it('a second build gives byte-identical files', async () => {
    const again = await tempDir('again');
    try {
      await buildStats({ dataDir: DATA_DIR, outDir: again });
      for (const f of OUTPUT_FILES) {
        const a = createHash('sha256').update(raw[f]!).digest('hex');
        const b = createHash('sha256')
          .update(await readFile(join(again, f)))
          .digest('hex');
        expect(b, f).toBe(a);
      }
    } finally {
      await removeDir(again);
    }
  });

  it('writes the database tables byte-identically twice, one row per observation in facts', async () => {
    const hashes = async () =>
      Promise.all(
        TABLES.map(async (t) =>
          createHash('sha256')
            .update(await readFile(join(outDir, tableFile(t))))
            .digest('hex'),
        ),
      );
    const rows = await writeTables(outDir);
    const first = await hashes();
    await writeTables(outDir);
    expect(await hashes()).toEqual(first);
    expect(rows.facts).toBe(observations.length);
    expect(rows.regions).toBe(regions.length);
  });

  it('copies the curated tables unchanged in content (without the old Main-Kinzig-Kreis figure on the Gebietsstand 2026)', async () => {
    const projects = csvParse(raw['projects.csv']!.toString('utf8'));
    const source = await readSource('stats/smart_city_projects_hessen.csv');
    expect(projects.columns).toEqual(source.columns);
    // Hanau's key of 2023–2025 (06435014) is 06415000 on the Gebietsstand 2026; nothing else changes
    const rekeyed = [...source].map((r) => ({
      ...r,
      ags: r
        .ags!.split('|')
        .map((a) => (a === '06435014' ? '06415000' : a))
        .join('|'),
    }));
    expect(source.some((r) => r.ags!.includes('06435014'))).toBe(true);
    expect([...projects]).toEqual(rekeyed);
    const projections = csvParse(raw['projections.csv']!.toString('utf8'));
    const published = await readSource('stats/population_projection_published_figures.csv');
    expect(projections.columns).toEqual(published.columns);
    // a figure for the Main-Kinzig-Kreis of 2023–2025 (with Hanau) is no figure of today's Kreis
    expect([...projections]).toEqual([...published].filter((r) => !(r.level === 'kreis' && r.ags === '06435')));
    expect(published.filter((r) => r.ags === '06435')).toHaveLength(1);
  });
});
