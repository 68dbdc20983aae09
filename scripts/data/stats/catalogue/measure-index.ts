// What the observations hold per measure (periods, levels, category codes), and the orders the
// catalogue lists them in.
import { CLASS_DEFINITIONS, TECH_ORDER } from '../definitions.ts';
import type { Observation } from '../observations.ts';

export interface MeasureInfo {
  periods: Set<string>;
  levels: Set<'gemeinde' | 'kreis'>;
  /** Distinct values, kept for typologies only (their category codes). */
  codes: Set<string>;
}

export function measureIndex(observations: readonly Observation[]): Map<string, MeasureInfo> {
  const index = new Map<string, MeasureInfo>();
  for (const o of observations) {
    let m = index.get(o.measure);
    if (!m) index.set(o.measure, (m = { periods: new Set(), levels: new Set(), codes: new Set() }));
    m.periods.add(o.period);
    if (o.measure in CLASS_DEFINITIONS) m.codes.add(o.value);
    m.levels.add(o.ags.length === 8 ? 'gemeinde' : 'kreis');
  }
  return index;
}

export const sorted = (s: Iterable<string>) => [...s].sort();
export const latest = (periods: string[]) => periods[periods.length - 1]!;

/** Orders "bb_alle_16" style ids by technology, then bandwidth ("any" first). */
function techOrder(id: string, prefix: string): [number, number] {
  const [tech, mbps] = id.slice(prefix.length).split(/_(?=[^_]+$)/) as [string, string];
  return [TECH_ORDER.indexOf(tech), mbps === 'any' ? -1 : Number(mbps)];
}

export function byTech(prefix: string) {
  return (a: string, b: string) => {
    const [ta, ma] = techOrder(a, prefix);
    const [tb, mb] = techOrder(b, prefix);
    return ta - tb || ma - mb;
  };
}
