// The data/ files the importer writes: row identity (for the diff), compared numbers, and the row order the staging used.
import {
  DESTATIS_CHANGES_COLUMNS,
  DESTATIS_CHANGES_FILE,
  DESTATIS_LISTS_COLUMNS,
  DESTATIS_LISTS_FILE,
} from '../data/stats/sources/destatis-changes.ts';
import { BB_GEMEINDEN_FILE, BB_KREISE_FILE, MOBILE_FILE } from '../data/stats/sources/broadband.ts';
import { KREIS_SERIES_FILE, POPULATION_FILE } from '../data/stats/sources/population.ts';
import { BBSR_GEMEINDEN_FILE, BBSR_KREISE_FILE, DEGURBA_FILE } from '../data/stats/sources/typologies.ts';
import { ZENSUS_COLUMNS, ZENSUS_FILE } from '../data/stats/sources/zensus.ts';

type Cells = Record<string, string>;

export interface TargetSpec {
  /** Columns identifying a row. */
  key: readonly string[];
  /** Numeric columns whose relative change the diff report measures. */
  numeric: readonly string[];
  /** Sort key of a row; absent: rows stay in file order (new slice where the old one was, else appended). */
  order?: (c: Cells) => Array<string | number>;
  /** Header of a file that does not exist yet. */
  columns?: readonly string[];
}

const mbps = (v: string | undefined) => (v && /^\d+$/.test(v) ? Number(v) : -1);

export const TARGETS: Readonly<Record<string, TargetSpec>> = {
  [POPULATION_FILE]: {
    key: ['ags', 'year'],
    numeric: ['pop_total', 'pop_male', 'pop_female', 'area_km2'],
    order: (c) => [c.ags!, Number(c.year)],
  },
  [DEGURBA_FILE]: { key: ['ags', 'year'], numeric: [], order: (c) => [c.ags!, Number(c.year)] },
  [KREIS_SERIES_FILE]: { key: ['ags', 'year'], numeric: ['pop_thousands', 'area_km2'] },
  [BB_GEMEINDEN_FILE]: {
    key: ['ags', 'period', 'technology', 'min_mbps'],
    numeric: ['share_households_pct'],
    order: (c) => [c.ags!, c.period!, c.technology!, mbps(c.min_mbps)],
  },
  [BB_KREISE_FILE]: {
    key: ['ags', 'period', 'technology', 'min_mbps'],
    numeric: ['share_households_pct'],
    order: (c) => [c.ags!, c.period!, c.technology!, mbps(c.min_mbps)],
  },
  [MOBILE_FILE]: { key: ['ags', 'period', 'technology_code', 'area_type'], numeric: ['share_area_pct'] },
  [BBSR_GEMEINDEN_FILE]: { key: ['ags'], numeric: [] },
  [BBSR_KREISE_FILE]: { key: ['ags'], numeric: [] },
  [ZENSUS_FILE]: { key: ['ags', 'ref_date'], numeric: ['pop_total'], order: (c) => [c.ref_date!, c.ags!], columns: ZENSUS_COLUMNS },
  [DESTATIS_CHANGES_FILE]: {
    key: ['kennziffer', 'regionaleinheit', 'old_ars', 'new_ars'],
    numeric: ['area_m2', 'population'],
    order: (c) => [c.list_from!],
    columns: DESTATIS_CHANGES_COLUMNS,
  },
  [DESTATIS_LISTS_FILE]: {
    key: ['list_from', 'list_to'],
    numeric: ['changes_germany', 'changes_hessen'],
    order: (c) => [c.list_from!],
    columns: DESTATIS_LISTS_COLUMNS,
  },
};

/** Lexicographic comparison of sort keys (strings by code unit, like the staging's Python sort). */
export function compareKeys(a: ReadonlyArray<string | number>, b: ReadonlyArray<string | number>): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i];
    const y = b[i];
    if (x === y) continue;
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    return x < y ? -1 : 1;
  }
  return 0;
}
