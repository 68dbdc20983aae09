// Named queries of the region profile: the typology classes of one region.
import type { Indicator } from './catalogue.ts';
import type { Region } from './boot.ts';
import { column, type Db } from './db.ts';

export interface TypologyRequest {
  indicator: Indicator;
  /** The region classified: the region itself, or a Gemeinde's Kreis for Kreis typologies. */
  ags: string;
  period: string;
}

export interface TypologyClass extends TypologyRequest {
  code: number;
  flags: string[];
}

/**
 * Which typologies a profile shows: the categorical indicators of the region's own level at their
 * default period (DEGURBA: the latest year); for a Gemeinde also its Kreis' Kreis typologies.
 */
export function typologyRequests(indicators: readonly Indicator[], region: Region): TypologyRequest[] {
  const typologies = indicators.filter((i) => i.formula.type === 'category');
  const at = (level: Region['level'], ags: string) =>
    typologies.filter((i) => i.levels[0] === level).map((indicator) => ({ indicator, ags, period: indicator.defaultPeriod }));
  if (region.level === 'gemeinde') return region.inhabited ? [...at('gemeinde', region.ags), ...at('kreis', region.kreis)] : [];
  return at(region.level, region.ags);
}

/** Typology classes for the requests (one query); requests without a class are left out. */
export async function typologyClasses(db: Db, requests: readonly TypologyRequest[]): Promise<TypologyClass[]> {
  if (!requests.length) return [];
  const key = (measure: string, ags: string, period: string) => `${measure}|${ags}|${period}`;
  const measureOf = (i: Indicator) => (i.formula.type === 'category' ? i.formula.measure : i.id);
  const keys = requests.map((r) => key(measureOf(r.indicator), r.ags, r.period));
  const table = await db.query(
    `SELECT measure, ags, period, value::INTEGER AS code, flag
     FROM observations
     WHERE list_contains(string_split($1, ','), ags)
       AND list_contains(string_split($2, ','), measure || '|' || ags || '|' || period)`,
    [[...new Set(requests.map((r) => r.ags))].join(','), keys.join(',')],
  );
  const measure = column<string>(table, 'measure');
  const ags = column<string>(table, 'ags');
  const period = column<string>(table, 'period');
  const code = column<number>(table, 'code');
  const flag = column<string>(table, 'flag');
  const found = new Map<string, { code: number; flags: string[] }>();
  for (let i = 0; i < measure.length; i++) {
    const c = code[i];
    if (c === null || c === undefined) continue;
    const f = flag[i];
    found.set(key(measure[i]!, ags[i]!, period[i]!), { code: c, flags: f ? f.split('|') : [] });
  }
  return requests.flatMap((r, i) => {
    const hit = found.get(keys[i]!);
    return hit ? [{ ...r, ...hit }] : [];
  });
}
