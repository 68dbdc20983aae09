// The shown values as colours, legend and ranking: pure functions of the indicator, its values and
// classes (the Atlas derives them; Node tests call them directly).
import type { Indicator } from '../data/catalogue.ts';
import type { Values } from '../data/queries.ts';
import type { Shape } from '../geo/topology.ts';
import { classCounts, classIndex, type Classes } from '../scales/classify.ts';
import { categoricalColours, divergingColours, sequentialColours } from '../scales/palette.ts';
import type { Lang } from '../scales/format.ts';

export interface LegendItem {
  colour: string;
  lower?: number;
  upper?: number;
  label?: string;
  code?: number;
  count: number;
}

export interface Legend {
  kind: 'numeric' | 'categorical';
  items: LegendItem[];
  noData: number;
  uninhabited: number;
  classes: Classes | null;
}

/** One colour per class (or category). */
export function coloursFor(ind: Indicator, classes: Classes | null): string[] {
  if (ind.scale === 'categorical') return categoricalColours(ind.categories?.length ?? 1);
  const n = (classes?.thresholds.length ?? 0) + 1;
  return ind.scale === 'diverging' && classes ? divergingColours(classes) : sequentialColours(n);
}

/** Fill colour per AGS for regions with a value. */
export function fillsFor(ind: Indicator, values: Values, classes: Classes | null, colours: readonly string[]): Map<string, string> {
  const fills = new Map<string, string>();
  if (ind.scale === 'categorical') {
    const index = new Map((ind.categories ?? []).map((c, i) => [c.code, i]));
    for (const [ags, v] of values) {
      const i = index.get(v.value);
      if (i !== undefined) fills.set(ags, colours[i]!);
    }
  } else if (classes) {
    for (const [ags, v] of values) fills.set(ags, colours[classIndex(classes, v.value)]!);
  }
  return fills;
}

/** The legend of the shown level: classes (or categories) with counts, and the regions without a value. */
export function legendFor(
  ind: Indicator,
  shapes: readonly Shape[],
  inhabited: (ags: string) => boolean,
  values: Values,
  classes: Classes | null,
  colours: readonly string[],
  lang: Lang,
): Legend {
  const uninhabited = shapes.filter((s) => !inhabited(s.ags)).length;
  const noData = shapes.length - uninhabited - shapes.filter((s) => values.has(s.ags)).length;
  if (ind.scale === 'categorical') {
    const counts = new Map<number, number>();
    for (const v of values.values()) counts.set(v.value, (counts.get(v.value) ?? 0) + 1);
    const items = (ind.categories ?? []).map((c, i) => ({
      colour: colours[i]!,
      label: c.label[lang],
      code: c.code,
      count: counts.get(c.code) ?? 0,
    }));
    return { kind: 'categorical', items, noData, uninhabited, classes: null };
  }
  const counts = classCounts(
    classes!,
    [...values.values()].map((v) => v.value),
  );
  const t = classes!.thresholds;
  const items = counts.map((count, i) => ({ colour: colours[i]!, lower: t[i - 1], upper: t[i], count }));
  return { kind: 'numeric', items, noData, uninhabited, classes };
}

/** Regions ranked by value, highest first; equal values share a rank ("1, 2, 2, 4"). */
export function rankingOf(values: Values): { ags: string; value: number; rank: number }[] {
  const sorted = [...values].map(([ags, v]) => ({ ags, value: v.value })).sort((a, b) => b.value - a.value);
  let rank = 0;
  return sorted.map((r, i) => {
    if (i === 0 || r.value !== sorted[i - 1]!.value) rank = i + 1;
    return { ...r, rank };
  });
}
