// The Steckbrief's model on the built data in DuckDB-WASM (Node): its numbers are the atlas' own
// query results (valuesFor, as the map, table and profile use), for every region of every level.
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { openBuiltData } from '../../../scripts/lib/duckdb-node.ts';
import { seriesByLevel, valuesFor } from '../../../src/lib/data/queries.ts';
import { typologyClasses, typologyRequests } from '../../../src/lib/data/profile.ts';
import { projectsList } from '../../../src/lib/analysis/project-queries.ts';
import { LEVELS, type Catalogue, type Indicator } from '../../../src/lib/data/catalogue.ts';
import { Boot, type Region } from '../../../src/lib/data/boot.ts';
import type { Db } from '../../../src/lib/data/db.ts';
import { ranks, valueText } from '../../../src/lib/state/panel.ts';
import { buildGeometry, PlanarTopology, type MapGeometry } from '../../../src/lib/geo/topology.ts';
import { baseFor, resolveFigures } from '../../../src/lib/steckbrief/figures.ts';
import { formatNumber } from '../../../src/lib/scales/format.ts';
import { buildSteckbrief, loadSteckbrief, projectsIn, trueMinus, type Labels, type Loaders } from '../../../src/lib/steckbrief/model.ts';
import { locatorModel, visibleLabels } from '../../../src/lib/steckbrief/locator.ts';
import { sparkLayout } from '../../../src/lib/steckbrief/chart.ts';

let db: Db;
let catalogue: Catalogue;
let regions: Map<string, Region>;
let geometry: MapGeometry;
let loaders: Loaders;
let labels: Labels;
const ind = (id: string): Indicator => catalogue.indicators.find((i) => i.id === id)!;
const latest = (i: Indicator) => i.periods[i.periods.length - 1]!;

beforeAll(async () => {
  if (!existsSync('public/data/catalogue.json')) throw new Error('public/data fehlt: erst `npm run data`');
  ({ db, catalogue } = await openBuiltData('public/data'));
  const boot = Boot.parse(JSON.parse(readFileSync('public/data/boot.json', 'utf8')));
  regions = new Map(boot.regions.map((r) => [r.ags, r]));
  geometry = buildGeometry(PlanarTopology.parse(JSON.parse(readFileSync('public/data/geo.topo.json', 'utf8'))));
  const periods = new Map(catalogue.periods.map((p) => [p.id, p]));
  labels = {
    periodLabel: (id) => periods.get(id)!.label.de,
    periodDate: (id) => periods.get(id)!.date,
    levelSingular: { gemeinde: 'Gemeinde', kreis: 'Kreis', rb: 'Regierungsbezirk', land: 'Land', bund: 'Deutschland' },
  };
  const cache = new Map<string, ReturnType<Loaders['series']>>();
  loaders = {
    series: (id, base) => {
      const key = `${id}|${base ?? ''}`;
      if (!cache.has(key)) cache.set(key, seriesByLevel(db, { indicator: ind(id), levels: [...LEVELS], base }));
      return cache.get(key)!;
    },
    typologies: (r) => typologyClasses(db, typologyRequests(catalogue.indicators, r)),
    projects: () => projectsList(db),
  };
});

const build = async (ags: string, lang: 'de' | 'en' = 'de') =>
  buildSteckbrief(await loadSteckbrief(catalogue, regions.get(ags)!, loaders), regions, lang, labels);

describe('base periods of the changes', () => {
  it('takes the latest catalogue period at least 10 and 30 years before the latest', () => {
    const i = ind('bev_veraenderung');
    const p = latest(i);
    for (const span of [10, 30]) {
      const b = baseFor(i, p, span)!;
      expect(Number(p.slice(0, 4)) - Number(b.slice(0, 4))).toBeGreaterThanOrEqual(span);
      const next = i.periods[i.periods.indexOf(b) + 1]!;
      expect(Number(p.slice(0, 4)) - Number(next.slice(0, 4))).toBeLessThan(span);
    }
    expect(baseFor(i, i.periods[1]!, 30)).toBeNull();
  });

  it('leaves out figures whose indicator is not in the catalogue', () => {
    const keys = resolveFigures(catalogue, [
      { key: 'x', indicator: 'gibt_es_nicht', chart: false },
      { key: 'bev', indicator: 'bev', chart: true },
    ]).map((f) => f.key);
    expect(keys).toEqual(['bev']);
  });
});

describe('Steckbrief of Willingen (Upland)', () => {
  it('shows the same values, ranks and context as the atlas queries', async () => {
    const sb = await build('06635022');
    expect(sb.name).toBe('Willingen (Upland)');
    expect(sb.columns.map((c) => c.ags)).toEqual(['06635', '066', '06']);
    for (const row of sb.rows) {
      const i = ind(row.indicator);
      const fig = resolveFigures(catalogue).find((f) => f.key === row.key)!;
      const gem = await valuesFor(db, { indicator: i, level: 'gemeinde', period: fig.period, base: fig.base });
      const v = gem.get('06635022')!;
      expect(row.value, row.key).toBe(v.value);
      expect(row.text).toBe(trueMinus(valueText(i, v.value, 'de')));
      expect(row.rank?.text).toBe(`Rang ${ranks(gem).get('06635022')} von ${gem.size}`);
      const kreis = await valuesFor(db, { indicator: i, level: 'kreis', period: fig.period, base: fig.base });
      expect(row.context[0]!.value).toBe(kreis.get('06635')!.value);
      const land = await valuesFor(db, { indicator: i, level: 'land', period: fig.period, base: fig.base });
      expect(row.context[2]!.text.replace('\u2212', '-')).toBe(
        formatNumber(land.get('06')!.value, i.decimals, 'de', i.scale === 'diverging'),
      );
    }
    expect(sb.rows.map((r) => r.key)).toEqual(['bev', 'bev_10', 'bev_30', 'dichte', 'frauen', 'bb50', 'bb1000', 'ftthb']);
    expect(sb.rows.find((r) => r.key === 'bev')!.rank!.n).toBe(421);
  });

  it('marks the method breaks inside its trend charts', async () => {
    const sb = await build('06635022');
    const bb = sb.rows.find((r) => r.key === 'bb50')!;
    expect(bb.trend!.breaks.length).toBe(ind('bb_alle_50').methodBreaks.length);
    const layout = sparkLayout(bb.trend!.own, bb.trend!.reference, bb.trend!.breaks);
    for (const x of layout.breaks) {
      expect(x).toBeGreaterThan(0);
      expect(x).toBeLessThan(layout.width);
    }
    expect(bb.trend!.reference.length).toBeGreaterThan(1);
  });

  it('lists the BBSR, RegioStaR and DEGURBA types of the Gemeinde and its Kreis', async () => {
    const sb = await build('06635022');
    const titles = sb.typologies.map((t) => t.title).join(' ');
    expect(titles).toMatch(/RegioStaR/);
    expect(titles).toMatch(/DEGURBA/);
    expect(sb.typologies.some((t) => t.ofKreis)).toBe(true);
  });

  it('is English with English number formats', async () => {
    const sb = await build('06635022', 'en');
    expect(sb.rows[0]!.rank!.text).toMatch(/^Rank \d+ of 421$/);
    expect(sb.rows[0]!.text).toBe(valueText(ind('bev'), sb.rows[0]!.value!, 'en'));
    expect(sb.rows.find((r) => r.key === 'bev_30')!.text).toMatch(/^[+\u2212]\d/);
  });
});

describe('every region of every level', () => {
  it('builds with a value for population and a rank except for Hessen', async () => {
    for (const r of regions.values()) {
      const sb = await build(r.ags);
      const bev = sb.rows.find((x) => x.key === 'bev')!;
      if (!r.inhabited) {
        expect(bev.value).toBeNull();
        continue;
      }
      expect(bev.value, r.ags).not.toBeNull();
      if (r.level === 'land') expect(bev.rank).toBeNull();
      else expect(bev.rank!.rank).toBeGreaterThanOrEqual(1);
      expect(sb.columns.length).toBe({ gemeinde: 3, kreis: 2, rb: 1, land: 0, bund: 0 }[r.level]);
    }
  }, 120_000);

  it('names every neighbour inside the locator map', () => {
    for (const r of regions.values()) {
      const loc = locatorModel(geometry, r);
      const [x, y, w, h] = loc.viewBox;
      expect(loc.region || r.level === 'land', r.ags).toBeTruthy();
      for (const o of loc.others) {
        expect(o.label[0]).toBeGreaterThanOrEqual(x);
        expect(o.label[0]).toBeLessThanOrEqual(x + w);
        expect(o.label[1]).toBeGreaterThanOrEqual(y);
        expect(o.label[1]).toBeLessThanOrEqual(y + h);
      }
      // Shown labels never overlap; the largest neighbour is always labelled.
      const shown = visibleLabels(loc.others, (a) => regions.get(a)!.name, 10);
      if (loc.others.length) expect(shown.size).toBeGreaterThan(0);
      if (r.level === 'land') expect(loc.others.map((o) => o.shape.ags).sort()).toEqual(['064', '065', '066']);
    }
  });
});

describe('Smart-City projects', () => {
  it('belong to a region through their AGS (Gemeinde, Kreis, RB, Hessen)', async () => {
    const all = await projectsList(db);
    const hessen = projectsIn(all, regions.get('06')!);
    expect(hessen.length).toBe(all.filter((p) => p.ags.length).length);
    for (const p of all) {
      for (const a of p.ags) {
        const r = regions.get(a)!;
        expect(projectsIn(all, r).some((x) => x.project.id === p.id)).toBe(true);
        expect(projectsIn(all, regions.get(r.level === 'gemeinde' ? r.rb : a.slice(0, 3))!).some((x) => x.project.id === p.id)).toBe(true);
      }
    }
    const kreisProject = all.find((p) => p.ags.some((a) => regions.get(a)?.level === 'kreis'))!;
    const kreis = kreisProject.ags.find((a) => regions.get(a)?.level === 'kreis')!;
    const gemeinde = [...regions.values()].find((r) => r.kreis === kreis && r.level === 'gemeinde' && !kreisProject.ags.includes(r.ags))!;
    expect(projectsIn(all, gemeinde).find((x) => x.project.id === kreisProject.id)?.ofKreis).toBe(true);
  });
});
