// Text of legend classes, shared by the on-screen legend and every export.
import type { Indicator } from '../data/catalogue.ts';
import type { Messages } from '../i18n/messages.ts';
import { formatNumber, type Lang } from '../scales/format.ts';
import type { LegendItem } from './atlas.svelte.ts';

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
