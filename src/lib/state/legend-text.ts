// Text of legend classes, shared by the on-screen legend and every export.
import type { Indicator } from '../data/catalogue.ts';
import type { Messages } from '../i18n/messages.ts';
import { formatNumber, type Lang } from '../scales/format.ts';
import type { LegendItem } from './atlas.svelte.ts';
import type { Classes, Method } from '../scales/classify.ts';

/** "unter 2,5", "2,5 bis unter 5,0", "5,0 und mehr" — or the category's name. */
export function legendLabel(item: LegendItem, indicator: Indicator, t: Messages, lang: Lang): string {
  if (item.label) return item.label;
  const signed = indicator.scale === 'diverging';
  const fmt = (x: number) => formatNumber(x, indicator.decimals, lang, signed && x !== 0);
  const { lower, upper } = item;
  if (lower === undefined && upper === undefined) return t.noData;
  if (lower === undefined) return t.below(fmt(upper!));
  if (upper === undefined) return t.from(fmt(lower));
  return t.range(fmt(lower), fmt(upper));
}

/**
 * The classification method in words. A diverging scale classifies each side of its midpoint
 * separately (scales/classify.ts), so the note says so and how many classes each side has.
 */
export function methodNoteText(
  method: Method,
  classes: Pick<Classes, 'thresholds' | 'midpoint' | 'midIndex'> | null,
  k: number,
  locked: boolean,
  indicator: Indicator,
  t: Messages,
  lang: Lang,
): string {
  const m = classes?.midpoint ?? null;
  const mid = m === null ? '' : formatNumber(m, indicator.decimals, lang);
  let text: string;
  if (method === 'quantile') {
    const n = classes ? classes.thresholds.length + 1 : k;
    text =
      m !== null && classes?.midIndex != null ? t.quantileDivergingNote(n, classes.midIndex, n - classes.midIndex, mid) : t.quantileNote(k);
  } else {
    text = t.methodNote[method] + (m !== null && method !== 'manual' ? ` (${t.sidesNote(mid)})` : '');
  }
  return text + (locked ? ` · ${t.lockedNote}` : '');
}
