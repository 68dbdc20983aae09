// The ranked table's pure parts: what a click on a column header does, the header's sort marks,
// the cell texts, the legend filter in words, and how far the table scrolls to show a row.
import type { Indicator } from '../data/catalogue.ts';
import type { Messages } from '../i18n/messages.ts';
import { formatNumber, type Lang } from '../scales/format.ts';
import { legendLabel } from './legend-text.ts';
import type { LegendItem } from './map-colours.ts';
import { valueText, type SortDir, type SortKey, type TableRow } from './panel.ts';

export interface TableSort {
  key: SortKey;
  dir: SortDir;
}

/** Rank and name start ascending, values start with the highest. */
const DEFAULT_DIR: Record<SortKey, SortDir> = { rank: 'asc', name: 'asc', value: 'desc' };

/** A click on column `k`: the sorted column flips its direction, another starts in its default one. */
export function nextSort(sort: TableSort, k: SortKey): TableSort {
  return sort.key === k ? { key: k, dir: sort.dir === 'asc' ? 'desc' : 'asc' } : { key: k, dir: DEFAULT_DIR[k] };
}

/** aria-sort of column `k` while the table is sorted by `sort`. */
export function ariaSort(sort: TableSort, k: SortKey): 'ascending' | 'descending' | 'none' {
  return sort.key === k ? (sort.dir === 'asc' ? 'ascending' : 'descending') : 'none';
}

/** The visible sort mark of column `k`: ▲/▼ on the sorted column, ↕ on the others. */
export function sortArrow(sort: TableSort, k: SortKey): string {
  return sort.key === k ? (sort.dir === 'asc' ? '▲' : '▼') : '↕';
}

/**
 * A value cell: the number without its unit (the unit is in the header; signed on a diverging
 * scale), a typology's class label, or why there is no value.
 */
export function cellText(
  row: TableRow,
  ind: Indicator,
  numeric: boolean,
  lang: Lang,
  none: { noInhabitants: string; noData: string },
): string {
  if (row.value === null) return row.status === 'uninhabited' ? none.noInhabitants : none.noData;
  return numeric
    ? formatNumber(row.value, ind.decimals, lang, ind.scale === 'diverging' && row.value !== 0)
    : valueText(ind, row.value, lang);
}

/** The legend class the table is narrowed to, in the legend's words; '' without a class or bounds. */
export function filterClassLabel(item: LegendItem | undefined, ind: Indicator, t: Messages, lang: Lang): string {
  if (!item || (!item.label && item.lower === undefined && item.upper === undefined)) return '';
  return legendLabel(item, ind, t, lang);
}

/**
 * The scrollTop that centres a row in its scroll box, or null when the row already shows in full
 * below the sticky head. `top` is the row's offset in the box's content, all in px.
 */
export function scrollToShow(
  row: { top: number; height: number },
  box: { scrollTop: number; clientHeight: number },
  head: number,
): number | null {
  if (row.top >= box.scrollTop + head && row.top + row.height <= box.scrollTop + box.clientHeight) return null;
  return Math.max(0, row.top - (box.clientHeight - row.height) / 2);
}
