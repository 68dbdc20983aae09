// Published projections drawn as chains of segments from an observed (or published) base value.
// Only published percentages and levels are used; the values in between are never filled in.
import type { ProjectionRow } from './trend-queries.ts';

export interface ProjectionPoint {
  year: string;
  value: number;
}

export interface ProjectionChain {
  ags: string;
  projection: string;
  /** Where the first point comes from: the published base level or the observed population. */
  anchor: 'published' | 'bbsr' | 'destatis';
  points: ProjectionPoint[];
  rows: ProjectionRow[];
  /** Change from the first to the last point, per cent. */
  totalChange: number;
  sourceUrls: string[];
}

/** Chains the rows of each (region, projection): base value × Π(1 + change/100), or published levels. */
export function chainProjections(rows: ProjectionRow[]): ProjectionChain[] {
  const groups = new Map<string, ProjectionRow[]>();
  for (const r of rows) {
    const key = `${r.ags}|${r.projection}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  const chains: ProjectionChain[] = [];
  for (const list of groups.values()) {
    const sorted = [...list].sort((a, b) => (a.base === b.base ? a.target.localeCompare(b.target) : a.base.localeCompare(b.base)));
    const first = sorted[0]!;
    const publishedBase = sorted.find((r) => r.indicator === 'pop_level_base');
    let anchor: ProjectionChain['anchor'];
    let start: ProjectionPoint;
    if (publishedBase) {
      anchor = 'published';
      start = { year: publishedBase.base, value: publishedBase.value };
    } else if (first.observedBase !== null && first.observedBaseSeries) {
      anchor = first.observedBaseSeries;
      start = { year: first.base, value: first.observedBase };
    } else continue;
    const points = [start];
    for (const r of sorted) {
      const last = points[points.length - 1]!;
      if (r.indicator === 'pop_change' && r.base === last.year) points.push({ year: r.target, value: last.value * (1 + r.value / 100) });
      else if (r.indicator === 'pop_level_target' && r.base === start.year) points.push({ year: r.target, value: r.value });
    }
    if (points.length < 2) continue;
    const end = points[points.length - 1]!;
    chains.push({
      ags: first.ags,
      projection: first.projection,
      anchor,
      points,
      rows: sorted,
      totalChange: 100 * (end.value / start.value - 1),
      sourceUrls: [...new Set(sorted.map((r) => r.sourceUrl).filter(Boolean))],
    });
  }
  return chains;
}

/** Short label of a projection with its vintage and base, e.g. "Prognose HSL 2016 (Basis 2014)". */
export function projectionLabel(projection: string, lang: 'de' | 'en'): string {
  const de = lang === 'de';
  if (/HSL regionalisierte Bevölkerungsvorausberechnung \(Basis 31\.12\.2014, Mai 2016\)/.test(projection))
    return de ? 'Prognose HSL 2016 (Basis 2014)' : 'HSL projection 2016 (base 2014)';
  if (/Prognose aus dem Jahr 2017/.test(projection))
    return de ? 'Prognose 2017 (Basis 2014, laut Quelle HSL)' : 'Projection 2017 (base 2014, HSL according to the source)';
  if (/Modellrechnung \(Basis 31\.12\.2018/.test(projection))
    return de ? 'Modellrechnung HSL (Basis 2018)' : 'HSL model calculation (base 2018)';
  if (/14\. koordinierte Bevölkerungsvorausberechnung/.test(projection))
    return de
      ? '14. koordinierte Bevölkerungsvorausberechnung 2019 (Basis 2018)'
      : '14th coordinated population projection 2019 (base 2018)';
  return projection;
}
