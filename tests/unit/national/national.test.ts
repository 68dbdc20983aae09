// The national data set (public/data/de, `npm run data`) through the app's own queries, against the
// official files it was built from (data/national/) and against the Hessen data set.
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { openBuiltData } from '../../../scripts/lib/duckdb-node.ts';
import { readRows } from '../../../scripts/data/national/csv.ts';
import { changeRow, crosswalk } from '../../../scripts/data/national/crosswalk.ts';
import { valuesFor } from '../../../src/lib/data/queries.ts';
import type { Db } from '../../../src/lib/data/db.ts';
import type { Catalogue, Indicator, Level } from '../../../src/lib/data/catalogue.ts';

let de: { db: Db; catalogue: Catalogue };
let hessen: { db: Db; catalogue: Catalogue };
const ind = (c: Catalogue, id: string): Indicator => c.indicators.find((x) => x.id === id) ?? expect.fail(`Indikator ${id} fehlt`);
const values = (d: typeof de, id: string, level: Level, period: string) =>
  valuesFor(d.db, { indicator: ind(d.catalogue, id), level, period });
const rows = (f: string) => readRows(readFileSync(`data/national/${f}`, 'utf8'));
const sum = (xs: Iterable<number>) => [...xs].reduce((a, b) => a + b, 0);

beforeAll(async () => {
  if (!existsSync('public/data/de/catalogue.json')) throw new Error('public/data/de fehlt: erst `npm run data`');
  de = await openBuiltData('public/data/de');
  hessen = await openBuiltData('public/data/gs2025');
});

describe('population 31.12.2023 (GV-ISys)', () => {
  it('sums to 84,669,326 over all Gemeinden, as the GV-ISys Gemeinde rows do, and Germany (level bund) says the same', async () => {
    expect(sum(rows('gv_gemeinden_2023.csv').map((r) => Number(r.pop_total || 0)))).toBe(84669326);
    const gemeinden = await values(de, 'bev', 'gemeinde', '2023');
    expect(gemeinden.size).toBe(10753);
    expect(sum([...gemeinden.values()].map((v) => v.value))).toBe(84669326);
    const bund = await values(de, 'bev', 'bund', '2023');
    expect(bund.get('DG')).toMatchObject({ value: 84669326, n: 10753, expected: 10753 });
  });

  it('gives each Land the sum of its GV-ISys Gemeinde rows (the Land rows, Satzart 10, carry no population)', async () => {
    const byLand = new Map<string, number>();
    for (const r of rows('gv_gemeinden_2024q4.csv'))
      byLand.set(r.ags!.slice(0, 2), (byLand.get(r.ags!.slice(0, 2)) ?? 0) + Number(r.pop_total || 0));
    const land = await values(de, 'bev', 'land', '2023');
    expect(land.size).toBe(16);
    for (const [ags, v] of land) expect(v.value, ags).toBe(byLand.get(ags));
    expect(land.get('06')?.value).toBe(6420729);
  });

  it('has Hessen as in the Hessen data set (Gebietsstand 2023–2025): every Gemeinde, Kreis and the Land, 2020–2023', async () => {
    for (const period of ['2020', '2021', '2022', '2023'])
      for (const level of ['gemeinde', 'kreis', 'land'] as const) {
        const h = await values(hessen, 'bev', level, period);
        const d = await values(de, 'bev', level, period);
        expect(h.size).toBeGreaterThan(0);
        for (const [ags, v] of h) expect(d.get(ags)?.value, `${period} ${level} ${ags}`).toBe(v.value);
      }
    const change = await valuesFor(de.db, {
      indicator: ind(de.catalogue, 'bev_veraenderung'),
      level: 'land',
      period: '2023',
      base: '2021',
    });
    const hChange = await valuesFor(hessen.db, {
      indicator: ind(hessen.catalogue, 'bev_veraenderung'),
      level: 'land',
      period: '2023',
      base: '2021',
    });
    expect(change.get('06')?.value).toBeCloseTo(hChange.get('06')!.value, 10);
  });

  it('has the regions of Hessen with the names, Kreise and areas of the Hessen data set', () => {
    const h = new Map(readRows(readFileSync('public/data/gs2025/regions.csv', 'utf8')).map((r) => [r.ags!, r]));
    const d = readRows(readFileSync('public/data/de/regions.csv', 'utf8')).filter((r) => r.ags!.startsWith('06'));
    expect(d.length).toBe(h.size - 3); // no Regierungsbezirke nationally
    const columns = ['level', 'name', 'kreis', 'area_km2', 'inhabited'];
    for (const r of d)
      expect(
        columns.map((c) => r[c]),
        r.ags,
      ).toEqual(columns.map((c) => h.get(r.ags!)?.[c]));
  });

  it("keeps the sums of earlier years on today's keys: 31.12.2021 (GV-ISys) 83,237,124; Germany changes by +1.7 % to 2023", async () => {
    const gv2021 = sum(rows('gv_gemeinden_2021.csv').map((r) => Number(r.pop_total || 0)));
    expect(gv2021).toBe(83237124);
    expect((await values(de, 'bev', 'bund', '2021')).get('DG')?.value).toBe(gv2021);
    const change = await valuesFor(de.db, {
      indicator: ind(de.catalogue, 'bev_veraenderung'),
      level: 'bund',
      period: '2023',
      base: '2021',
    });
    expect(change.get('DG')?.value).toBeCloseTo(100 * (84669326 / 83237124 - 1), 10);
  });

  it('is exact where Destatis re-keyed it: the 2024 mergers applied to 31.12.2023 give the extract of 31.12.2024', () => {
    const changes = rows('gebietsaenderungen.csv')
      .map(changeRow)
      .filter((c) => c.date <= '2024-12-31');
    const source = new Map(rows('gv_gemeinden_2023.csv').map((r) => [r.ags!, Number(r.pop_total || 0)]));
    const { values: mapped, partial } = crosswalk(source, changes, '2023-12-31', { weight: (c) => c.population, digits: 0 });
    const destatis = new Map(rows('gv_gemeinden_2024q4.csv').map((r) => [r.ags!, Number(r.pop_total || 0)]));
    const touchedByPartial = new Set(partial.flatMap((c) => [c.oldAgs, c.newAgs]));
    const harmonised = [...mapped].filter(([, m]) => m.from.length > 1 && !m.estimated);
    expect(harmonised.length).toBeGreaterThan(10);
    for (const [ags, m] of harmonised) expect(m.value, ags).toBe(destatis.get(ags));
    // everything else differs only where a partial transfer moved people
    const differ = [...mapped].filter(([ags, m]) => destatis.get(ags) !== m.value).map(([ags]) => ags);
    expect(differ.filter((a) => !touchedByPartial.has(a))).toEqual([]);
  });
});

describe("BBSR typologies (Gebietsstand 31.12.2019) on today's keys", () => {
  it('equal the Hessen data set for every Hessian Gemeinde and Kreis, and type nearly all German Gemeinden', async () => {
    const ids = de.catalogue.indicators.filter((i) => i.formula.type === 'category').map((i) => i.id);
    expect(ids).toEqual(expect.arrayContaining(['bbsr_sgtyp', 'regiostar2', 'regiostar7', 'regiostar17', 'bbsr_kreistyp']));
    expect(ids).toContain('degurba');
    for (const id of ids) {
      const level = ind(de.catalogue, id).levels[0]!;
      for (const period of ind(de.catalogue, id).periods) {
        const h = await values(hessen, id, level, period);
        const d = await values(de, id, level, period);
        expect(h.size, `${id} ${period}`).toBeGreaterThan(0);
        for (const [ags, v] of h) expect(d.get(ags)?.value, `${id} ${period} ${ags}`).toBe(v.value);
        expect(
          [...d.keys()].filter((a) => a.startsWith('06') && !h.has(a)),
          id,
        ).toEqual([]);
        // all but a handful listed in SOURCES.md (predecessors of a Zusammenschluss disagree or are unknown)
        expect(d.size, id).toBeGreaterThan(level === 'kreis' ? 399 : 10740);
      }
    }
  });
});

describe('Breitbandatlas per Kreis', () => {
  it('shows every Hessian Kreis as the Hessen data set does, all periods 2018-06 … 2021-06', async () => {
    let compared = 0;
    for (const id of ['bb_alle_1000', 'bb_alle_50', 'bbk_lte_10', 'bbk_5g_2']) {
      for (const period of ind(de.catalogue, id).periods) {
        const h = await values(hessen, id, 'kreis', period);
        const d = await values(de, id, 'kreis', period);
        for (const [ags, v] of h) {
          expect(d.get(ags)?.value, `${id} ${period} ${ags}`).toBeCloseTo(v.value, 9);
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(26 * 8);
  });

  it('gives Germany the population-weighted mean of its Kreise (weights: Kreis population at the latest date before)', async () => {
    for (const [period, weightYear] of [
      ['2021-06', '2020'],
      ['2019-06', '2017'],
    ] as const) {
      const kreise = await values(de, 'bb_alle_50', 'kreis', period);
      const pop =
        weightYear === '2017'
          ? new Map(
              rows('gv_kreise_2017_2019.csv')
                .filter((r) => r.period === '2017')
                .map((r) => [r.ags!, Number(r.pop_total)]),
            )
          : new Map([...(await values(de, 'bev', 'kreis', weightYear))].map(([a, v]) => [a, v.value]));
      // all but the Wartburgkreis (territory changed 2021) and Göttingen (the files keep its pre-2016 Kreise)
      expect(kreise.size).toBe(398);
      expect(kreise.has('16063') || kreise.has('03159')).toBe(false);
      let num = 0;
      let den = 0;
      for (const [ags, v] of kreise) {
        num += v.value * pop.get(ags)!;
        den += pop.get(ags)!;
      }
      const bund = (await values(de, 'bb_alle_50', 'bund', period)).get('DG')!;
      expect(bund.value).toBeCloseTo(num / den, 8);
      expect(bund.n).toBe(398);
    }
  });
});

describe('Zensus 2022', () => {
  it('keeps the Gemeinde sum 82,711,282; the DG row 82,719,540 is 8,258 more: members of Bundeswehr, police and foreign service abroad', async () => {
    const z = rows('zensus2022_gemeinden.csv');
    const dg = Number(z.find((r) => r.ags === 'DG')!.pop_zensus2022);
    const gemeinden = sum(z.filter((r) => r.ags!.length === 8).map((r) => Number(r.pop_zensus2022)));
    expect(dg).toBe(82719540);
    expect(gemeinden).toBe(82711282);
    expect(dg - gemeinden).toBe(8258);
    const built = await values(de, 'bev_zensus2022', 'gemeinde', '2022-05');
    expect(sum([...built.values()].map((v) => v.value))).toBe(82711282);
    expect((await values(de, 'bev_zensus2022', 'bund', '2022-05')).get('DG')?.value).toBe(82711282);
    // Hessen: 422 Gemeinden of 2022 (Bromskirchen since in Allendorf (Eder)), as in the Hessen data set
    const h = await values(hessen, 'bev_zensus2022', 'land', '2022-05');
    expect((await values(de, 'bev_zensus2022', 'land', '2022-05')).get('06')?.value).toBe(h.get('06')?.value);
    expect(h.get('06')?.value).toBe(6207278);
  });
});

describe('geometry', () => {
  const topo = () => JSON.parse(readFileSync('public/data/de/geo.topo.json', 'utf8'));
  it('has 10,949 Gemeinde shapes, 400 Kreise, 16 Länder and Germany, in a file of bounded size', async () => {
    const { buildGeometry } = await import('../../../src/lib/geo/topology.ts');
    const g = buildGeometry(topo());
    expect(g.shapes.gemeinde).toHaveLength(10949);
    expect(g.shapes.kreis).toHaveLength(400);
    expect(g.shapes.land).toHaveLength(16);
    expect(g.shapes.bund.map((s) => s.ags)).toEqual(['DG']);
    expect(g.shapes.rb).toEqual([]);
    for (const s of g.shapes.gemeinde) expect(s.d.length, s.ags).toBeGreaterThan(10);
    expect(readFileSync('public/data/de/geo.topo.json').length).toBeLessThan(3_600_000);
  });

  it('keeps every Gemeinde polygon a ring of ≥ 4 points with positive area and the source winding', async () => {
    const { feature } = await import('topojson-client');
    const t = topo();
    const fc = feature(t, t.objects.gemeinden) as unknown as {
      features: Array<{ id: string; geometry: { type: string; coordinates: number[][][][] | number[][][] } }>;
    };
    const signed = (ring: number[][]) =>
      ring.reduce((a, p, i) => a + p[0]! * ring[(i + 1) % ring.length]![1]! - ring[(i + 1) % ring.length]![0]! * p[1]!, 0) / 2;
    const bad: string[] = [];
    for (const f of fc.features) {
      const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates as number[][][]] : (f.geometry.coordinates as number[][][][]);
      for (const [outer, ...holes] of polys) {
        // d3's planar convention of the source (clockwise exterior on screen, y down): positive shoelace sum
        const a = signed(outer!);
        if (outer!.length < 4 || !(a > 0) || holes.some((h) => h.length < 4 || signed(h) >= 0)) bad.push(f.id);
      }
    }
    expect(bad).toEqual([]);
  });
});
