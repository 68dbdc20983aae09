// The analyses' named SQL queries on the real data (DuckDB-WASM in Node over public/data).
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { csvParse } from 'd3-dsv';
import { openBuiltData } from '../../../scripts/lib/duckdb-node.ts';
import type { Db } from '../../../src/lib/data/db.ts';
import type { Catalogue, Indicator } from '../../../src/lib/data/catalogue.ts';
import { valuesFor } from '../../../src/lib/data/queries.ts';
import { classSeries, gapUnits } from '../../../src/lib/analysis/gap-queries.ts';
import { groupMembers, groupSeries } from '../../../src/lib/analysis/group-queries.ts';
import { populationSeries, projectionsFor } from '../../../src/lib/analysis/trend-queries.ts';
import { projectsList } from '../../../src/lib/analysis/project-queries.ts';
import { ruralShare, typologyClasses, typologyProfile } from '../../../src/lib/analysis/typology-queries.ts';
import { gapChange, gapSeries } from '../../../src/lib/analysis/bootstrap.ts';
import { finishFor } from '../../../src/lib/analysis/gap.ts';
import { chainProjections } from '../../../src/lib/analysis/projections.ts';
import { bivariate } from '../../../src/lib/analysis/bivariate.ts';
import { RURAL_DEFINITIONS, TYPOLOGIES, TYPOLOGY_IDS } from '../../../src/lib/analysis/typologies.ts';

let db: Db;
let catalogue: Catalogue;
const ind = (id: string): Indicator => catalogue.indicators.find((i) => i.id === id)!;
const observations = () => csvParse(readFileSync('public/data/observations.csv', 'utf8'));

beforeAll(async () => {
  if (!existsSync('public/data/catalogue.json')) throw new Error('public/data fehlt: erst `npm run data`');
  ({ db, catalogue } = await openBuiltData('public/data'));
});

describe('typologies on today’s 421 Gemeinden', () => {
  it('counts 5 Großstädte and 118 Landgemeinden (BBSR Stadt- und Gemeindetyp)', async () => {
    const { edition, classes } = await typologyProfile(db, 'bbsr_sgtyp');
    expect(edition).toBe('2019');
    const n = new Map(classes.map((c) => [c.code, c.n]));
    expect(n.get(10)).toBe(5);
    expect(n.get(50)).toBe(118);
    expect(classes.reduce((a, c) => a + c.n, 0)).toBe(421);
    // Shares of the whole area: the gemeindefreie Gebiete belong to no class.
    const sum = classes.reduce((a, c) => a + c.areaShare, 0);
    expect(sum).toBeLessThan(100);
    expect(sum).toBeCloseTo((100 * 20788.71) / (20788.71 + 4.88 + 89.29 + 182.5 + 50.32), 6);
    expect(classes.reduce((a, c) => a + c.pop, 0)).toBe(6420729);
  });

  it('gives every Gemeinde the class of its Kreis for Kreis typologies', async () => {
    const { classes } = await typologyClasses(db, 'bbsr_kreistyp');
    expect(classes.size).toBe(421);
    expect(classes.get('06412000')).toBe(1); // Frankfurt: kreisfreie Großstadt
    expect(classes.get('06535001')).toBe(4); // Alsfeld (Vogelsbergkreis): dünn besiedelt
  });

  it('uses the DEGURBA edition of each year', async () => {
    expect((await typologyClasses(db, 'degurba', '2013')).classes.size).toBe(421);
    const units = await gapUnits(db, { indicator: ind('bb_alle_50'), typology: 'degurba', periods: ['2010', '2018-12', '2021-06'] });
    const urban = (p: string) => units.filter((u) => u.period === p && u.code === 1).length;
    expect([urban('2010'), urban('2018-12'), urban('2021-06')]).toEqual([10, 10, 20]); // editions 2013, 2017, 2021
  });
});

describe('Wie ländlich ist Hessen?', () => {
  it('matches the README figures by area within 1 point (exact values in the comments)', async () => {
    const share = async (id: string) =>
      ruralShare(
        db,
        RURAL_DEFINITIONS.find((d) => d.id === id)!,
      );
    // The README's figures are shares of the 421 Gemeinden' area (82.77 %, 68.85 %, 45.99 %); the app
    // divides by the whole Landesfläche incl. the 4 gemeindefreie Gebiete.
    const klein = await share('sg_klein_land'); // 45.71 % of the population, 362 Gemeinden
    const rs2 = await share('rs2_land'); // 34.47 %, 252
    const kreise = await share('sl_land'); // 17.91 %, 148
    const gemeinden = 20788.71;
    for (const [s, readme] of [
      [klein, 83],
      [rs2, 69],
      [kreise, 46],
    ] as const) {
      expect(Math.abs((100 * s.area) / gemeinden - readme)).toBeLessThanOrEqual(1);
      expect(s.areaShare).toBeCloseTo((100 * s.area) / s.areaTotal, 9);
    }
    expect((100 * klein.area) / gemeinden).toBeCloseTo(82.77, 2);
    expect(klein.areaShare).toBeLessThan(82.77);
    expect([klein.n, rs2.n, kreise.n]).toEqual([362, 252, 148]);
    expect(klein.nTotal).toBe(421);
    expect(klein.popTotal).toBe(6420729);
    // Whole area: Gemeinden 20,788.71 km² + gemeindefreie Gebiete 2023 (source file).
    const gfg = csvParse(readFileSync('data/stats/area_gemeindefreie_gebiete.csv', 'utf8')).filter((r) => r.year === '2023');
    expect(gfg).toHaveLength(4);
    expect(klein.areaTotal).toBeCloseTo(gemeinden + gfg.reduce((a, r) => a + Number(r.area_km2), 0), 6);
  });

  it('agrees with a hand computation from the Gemeinde areas', async () => {
    const obs = observations();
    const area = new Map(obs.filter((r) => r.measure === 'area_km2' && r.period === '2023').map((r) => [r.ags!, Number(r.value)]));
    const typ = obs.filter((r) => r.measure === 'bbsr_sgtyp');
    const rural = typ.filter((r) => Number(r.value) >= 30).reduce((a, r) => a + area.get(r.ags!)!, 0);
    const gfg = obs.filter((r) => r.measure === 'area_km2_gemeindefrei' && r.period === '2023').reduce((a, r) => a + Number(r.value), 0);
    expect(gfg).toBeGreaterThan(300);
    const all = [...area.values()].reduce((a, b) => a + b, 0) + gfg;
    const s = await ruralShare(
      db,
      RURAL_DEFINITIONS.find((d) => d.id === 'sg_klein_land')!,
    );
    expect(s.areaShare).toBeCloseTo((100 * rural) / all, 9);
  });
});

describe('Stadt–Land-Gefälle', () => {
  it('weights gigabit shares with population: Landgemeinden June 2021 by hand from the facts rows', async () => {
    // Population-weighted: Σ(share × population 31.12.2020) / Σ population over the 118 Landgemeinden.
    const facts = await db.query(`SELECT ags, value, w FROM facts WHERE measure = 'bb_alle_1000' AND period = '2021-06'`);
    const byAgs = new Map<string, { value: number; w: number }>();
    const a = facts.getChild('ags')!.toArray() as string[];
    const v = facts.getChild('value')!.toArray() as Float64Array;
    const w = facts.getChild('w')!.toArray() as Float64Array;
    a.forEach((ags, i) => byAgs.set(ags, { value: v[i]!, w: w[i]! }));
    const obs = observations();
    const landgemeinden = obs.filter((r) => r.measure === 'bbsr_sgtyp' && r.value === '50').map((r) => r.ags!);
    expect(landgemeinden).toHaveLength(118);
    const pop2020 = new Map(obs.filter((r) => r.measure === 'pop_total' && r.period === '2020').map((r) => [r.ags!, Number(r.value)]));
    let num = 0;
    let den = 0;
    for (const g of landgemeinden) {
      const f = byAgs.get(g)!;
      expect(f.w).toBe(pop2020.get(g)); // the weight is the population of 31.12.2020
      num += f.value * f.w;
      den += f.w;
    }
    const classes = await classSeries(db, { indicator: ind('bb_alle_1000'), typology: 'bbsr_sgtyp' });
    const at = (code: number) => classes.find((c) => c.period === '2021-06' && c.code === code)!;
    expect(at(50).value).toBeCloseTo(num / den, 9);
    expect(at(50).n).toBe(118);
    expect(at(10).n).toBe(5);
    // Values found: Großstadt 82.11, Mittelstadt 59.28, Größere Kleinstadt 38.66, Kleine Kleinstadt 27.03, Landgemeinde 13.30.
    expect(at(10).value).toBeCloseTo(82.11, 2);
    expect(at(50).value).toBeCloseTo(13.3, 2);
  });

  it('computes the same class values in the bootstrap as in SQL, for every typology', async () => {
    for (const typology of TYPOLOGY_IDS) {
      const t = TYPOLOGIES[typology];
      const r = { indicator: ind('bb_alle_50'), typology };
      const [classes, units] = await Promise.all([classSeries(db, r), gapUnits(db, r)]);
      const points = gapSeries(units, { urban: t.urban, rural: t.rural, finish: finishFor(r.indicator.formula), b: 10 });
      for (const p of points) {
        expect(p.urban, `${typology} ${p.period}`).toBeCloseTo(classes.find((c) => c.period === p.period && c.code === t.urban)!.value!, 9);
        expect(p.rural, `${typology} ${p.period}`).toBeCloseTo(classes.find((c) => c.period === p.period && c.code === t.rural)!.value!, 9);
      }
    }
  });

  it('gives a reproducible 95 % interval around the gigabit gap Großstadt − Landgemeinde', async () => {
    const r = { indicator: ind('bb_alle_1000'), typology: 'bbsr_sgtyp' as const };
    const units = await gapUnits(db, r);
    const opts = { urban: 10, rural: 50, finish: finishFor(r.indicator.formula) };
    const a = gapSeries(units, opts).find((p) => p.period === '2021-06')!;
    const b = gapSeries(units, opts).find((p) => p.period === '2021-06')!;
    expect(a.gap).toBeCloseTo(82.1124 - 13.2964, 3); // 68.82 points
    expect(a.gapCi).toEqual(b.gapCi);
    expect(a.gapCi!.lo).toBeLessThan(a.gap!);
    expect(a.gapCi!.hi).toBeGreaterThan(a.gap!);
    expect(a.ratio).toBeCloseTo(13.2964 / 82.1124, 3);
  });

  it('shows the ≥ 50 Mbit/s gap closing from 2010 to June 2021 (paired interval below zero)', async () => {
    const r = { indicator: ind('bb_alle_50'), typology: 'bbsr_sgtyp' as const };
    const units = await gapUnits(db, r);
    const opts = { urban: 10, rural: 50, finish: finishFor(r.indicator.formula) };
    const points = gapSeries(units, opts);
    const gap = (p: string) => points.find((x) => x.period === p)!.gap!;
    expect(gap('2010')).toBeCloseTo(83.49, 1);
    expect(gap('2021-06')).toBeCloseTo(9.49, 1);
    const change = gapChange(units, '2010', '2021-06', opts)!;
    expect(change.change).toBeCloseTo(gap('2021-06') - gap('2010'), 9);
    expect(change.ci!.hi).toBeLessThan(0);
  });
});

describe('population and projections', () => {
  it('sums RB Kassel’s Kreise to the BBSR base 1.201.100 on 31.12.2014 and chains −1,6 % and −10,8 % to −12,2 %', async () => {
    const pop = await populationSeries(db, ['066'], '2013');
    expect(pop.find((p) => p.series === 'bbsr' && p.period === '2014')!.value).toBe(1201100);
    expect(pop.find((p) => p.series === 'destatis' && p.period === '2023')!.value).toBe(1238748);
    expect(pop.find((p) => p.series === 'destatis' && p.period === '2013')!.index).toBe(100);
    const rows = await projectionsFor(db, ['066']);
    expect(rows.map((r) => [r.base, r.target, r.value])).toEqual([
      ['2014', '2030', -1.6],
      ['2030', '2050', -10.8],
    ]);
    expect(rows[0]!.observedBase).toBe(1201100);
    const [chain] = chainProjections(rows);
    expect(chain!.totalChange).toBeCloseTo(100 * ((1 - 0.016) * (1 - 0.108) - 1), 10);
    expect(chain!.totalChange.toFixed(1)).toBe('-12.2');
    expect(Math.round(chain!.points.at(-1)!.value - 1201100)).toBe(-146861); // "≈ −147.000" in the strategy
    expect(chain!.sourceUrls).toEqual(['https://bad-hersfeld.de/newsletter/1339']);
  });

  it('has HSL 2016 Kreis projections for 24 Kreise (not for the old Main-Kinzig-Kreis on the Gebietsstand 2026) and never a Gemeinde projection', async () => {
    const kreise = [
      ...new Set(
        csvParse(readFileSync('public/data/regions.csv', 'utf8'))
          .filter((r) => r.level === 'kreis')
          .map((r) => r.ags!),
      ),
    ];
    const rows = await projectionsFor(db, kreise);
    const hsl2016 = rows.filter((r) => r.projection.includes('Mai 2016'));
    expect(hsl2016).toHaveLength(24);
    expect(hsl2016.some((r) => r.ags === '06435' || r.ags === '06415')).toBe(false);
    expect(hsl2016.every((r) => r.observedBaseSeries === 'bbsr')).toBe(true);
    const gemeinden = await projectionsFor(db, ['06611000', '06412000']);
    expect(gemeinden).toEqual([]);
  });
});

describe('group comparison', () => {
  it('RB Kassel vs RB Darmstadt equals the map’s RB values in every period', async () => {
    const kassel = await groupMembers(db, { kind: 'regions', regions: ['066'] }, 'gemeinde');
    const darmstadt = await groupMembers(db, { kind: 'regions', regions: ['064'] }, 'gemeinde');
    expect(kassel.length + darmstadt.length + (await groupMembers(db, { kind: 'regions', regions: ['065'] }, 'gemeinde')).length).toBe(421);
    for (const [id, base] of [
      ['bev', undefined],
      ['bb_alle_1000', undefined],
      ['bb_alle_50', undefined],
      ['bev_veraenderung', '2013'],
      ['bev_dichte', undefined],
    ] as const) {
      const i = ind(id);
      for (const [members, rb] of [
        [kassel, '066'],
        [darmstadt, '064'],
      ] as const) {
        const series = await groupSeries(db, i, members, base);
        expect(series.length, id).toBeGreaterThan(0);
        for (const g of series) {
          const map = await valuesFor(db, { indicator: i, level: 'rb', period: g.period, base });
          expect(g.value, `${id} ${rb} ${g.period}`).toBeCloseTo(map.get(rb)!.value, 8);
        }
      }
    }
  });

  it('resolves a typology class and a hand-picked set of regions', async () => {
    const land = await groupMembers(db, { kind: 'class', typology: 'bbsr_sgtyp', code: 50 }, 'gemeinde');
    expect(land).toHaveLength(118);
    const mixed = await groupMembers(db, { kind: 'regions', regions: ['06611', '06412000'] }, 'gemeinde');
    expect(mixed).toContain('06412000');
    expect(mixed).toContain('06611000');
    expect(mixed).toHaveLength(2);
    const kreise = await groupMembers(db, { kind: 'class', typology: 'bbsr_kreistyp', code: 4 }, 'kreis');
    expect(kreise).toEqual(['06535', '06632', '06635', '06636']);
    expect(await groupMembers(db, { kind: 'class', typology: 'bbsr_sgtyp', code: 50 }, 'kreis')).toEqual([]);
  });

  it('limits a typology class to the Gemeinden within a region (RB Kassel’s Landgemeinden)', async () => {
    const all = await groupMembers(db, { kind: 'class', typology: 'bbsr_sgtyp', code: 50 }, 'gemeinde');
    const kassel = await groupMembers(db, { kind: 'class', typology: 'bbsr_sgtyp', code: 50, within: '066' }, 'gemeinde');
    expect(kassel).toEqual(all.filter((a) => a.startsWith('066')));
    expect(kassel.length).toBeGreaterThan(0);
    expect(kassel.length).toBeLessThan(all.length);
    const kreis = await groupMembers(db, { kind: 'class', typology: 'bbsr_sgtyp', code: 50, within: '06635' }, 'gemeinde');
    expect(kreis).toEqual(all.filter((a) => a.startsWith('06635')));
  });
});

describe('Bedarf × Abdeckung', () => {
  it('puts each Gemeinde and each Kreis with both values into exactly one of nine cells', async () => {
    for (const [level, n] of [
      ['gemeinde', 421],
      ['kreis', 27],
    ] as const) {
      const x = await valuesFor(db, { indicator: ind('bev_veraenderung'), level, period: '2023', base: '2013' });
      const y = await valuesFor(db, { indicator: ind('bb_alle_1000'), level, period: '2021-06' });
      const plain = (v: typeof x) => new Map([...v].map(([k, { value }]) => [k, value]));
      const b = bivariate(plain(x), plain(y))!;
      const members = b.cells.flatMap((c) => c.members);
      expect(members).toHaveLength(n);
      expect(new Set(members).size).toBe(n);
      expect(b.cells.reduce((a, c) => a + c.members.length, 0)).toBe(n);
    }
  });
});

describe('projects', () => {
  it('lists the 70 cited projects with programme, source, German and English note and confidence', async () => {
    const projects = await projectsList(db);
    expect(projects).toHaveLength(70);
    expect(projects.every((p) => p.sourceUrl.startsWith('https://'))).toBe(true);
    expect(projects.filter((p) => p.program.startsWith('Modellprojekte Smart Cities'))).toHaveLength(5);
    expect(projects.filter((p) => p.program.startsWith('Starke Heimat Hessen'))).toHaveLength(65);
    expect(projects.filter((p) => p.confidence === 'high')).toHaveLength(43);
    expect(projects.every((p) => (p.note.de === '') === (p.note.en === ''))).toBe(true);
    const neuhof = projects.find((p) => p.project === 'Modulare Smart Region Plattform 2.0')!;
    expect(neuhof.ags).toEqual(['06631018']);
    expect(neuhof.amountEur).toBe(742500);
    expect(neuhof.note.de).toMatch(/^Auch flieden\.de/);
    expect(neuhof.note.en).not.toBe(neuhof.note.de);
  });
});
