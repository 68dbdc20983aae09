// Narrowing the ranked table: by the typed name (umlaut- and case-insensitive, any part of the name
// or its AGS) and, for Gemeinden, by their Kreis. Ranks stay those of all of Hessen.
import type { Region } from '../data/boot.ts';
import { normalise } from './search.ts';

export interface TableFilter {
  /** Typed text; empty: every name. */
  text: string;
  /** AGS of a Kreis; empty: every Kreis. */
  kreis: string;
}

/** The rows whose region matches every typed word and lies in the chosen Kreis. */
export function filterRows<R extends { ags: string; name: string }>(
  rows: readonly R[],
  regions: ReadonlyMap<string, Region>,
  filter: TableFilter,
): R[] {
  const words = normalise(filter.text).split(' ').filter(Boolean);
  if (words.length === 0 && !filter.kreis) return [...rows];
  return rows.filter((row) => {
    if (filter.kreis && regions.get(row.ags)?.kreis !== filter.kreis && row.ags !== filter.kreis) return false;
    const name = normalise(row.name);
    return words.every((w) => name.includes(w) || row.ags.startsWith(w));
  });
}

/** The Kreise to choose from: every Kreis that holds a region of `rows`, by name. */
export function kreiseOf(
  rows: readonly { ags: string }[],
  regions: ReadonlyMap<string, Region>,
  nameOf: (r: Region) => string,
  collator: Intl.Collator,
): Region[] {
  const keys = new Set(rows.map((r) => regions.get(r.ags)?.kreis).filter((k): k is string => !!k));
  return [...keys]
    .map((k) => regions.get(k))
    .filter((r): r is Region => r?.level === 'kreis')
    .sort((a, b) => collator.compare(nameOf(a), nameOf(b)));
}
