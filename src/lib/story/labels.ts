// Labels for the highlighted regions of a step: name and value on the map, so nothing needs hover.
import type { Indicator } from '../data/catalogue.ts';
import type { Value } from '../data/queries.ts';
import { formatValue, type Lang } from '../scales/format.ts';

export interface MapLabel {
  ags: string;
  text: string;
  /** Shift of the label from the region's label point, in map units (set by `declutter`). */
  dy?: number;
}

interface LabelSource {
  regions: ReadonlyMap<string, { name: string }>;
  values: ReadonlyMap<string, Value>;
  indicator: Indicator;
}

/** "Kassel +5,5 %" for numbers; the name alone for typologies (the colour and legend say the class). */
export function mapLabels(highlight: readonly string[], src: LabelSource, lang: Lang): MapLabel[] {
  const ind = src.indicator;
  return highlight.flatMap((ags) => {
    const name = src.regions.get(ags)?.name;
    if (!name) return [];
    const v = src.values.get(ags);
    if (!v || ind.scale === 'categorical') return [{ ags, text: name }];
    return [{ ags, text: `${name} ${formatValue(v.value, ind.decimals, shortUnit(ind, lang), lang, ind.scale === 'diverging')}` }];
  });
}

/** Size of region labels while presenting, in map units (the map is 1000 units wide). */
export const LABEL_FONT_SIZE = 30;

/**
 * Keeps labels from overlapping: in order of the list (the story's priority), a label goes at its
 * region's point, or else just above or below it, wherever its box is clear of those already
 * placed (Wiesbaden next to Frankfurt moves instead of vanishing); only a label with no clear
 * place keeps an empty text, so its region is still outlined and named in the overlay. Widths are
 * estimated (no DOM needed).
 */
export function declutter(labels: MapLabel[], at: (ags: string) => [number, number] | undefined, fontSize = LABEL_FONT_SIZE): MapLabel[] {
  const placed: [number, number, number, number][] = [];
  return labels.map((l) => {
    const p = at(l.ags);
    if (!p || !l.text) return { ...l, text: '' };
    const w = l.text.length * fontSize * 0.6;
    const h = fontSize * 1.25;
    for (const dy of [0, -h, h, -1.5 * h, 1.5 * h]) {
      const box: [number, number, number, number] = [p[0] - w / 2, p[1] + dy - h / 2, p[0] + w / 2, p[1] + dy + h / 2];
      if (placed.some((b) => box[0] < b[2] && b[0] < box[2] && box[1] < b[3] && b[1] < box[3])) continue;
      placed.push(box);
      return dy === 0 ? l : { ...l, dy };
    }
    return { ...l, text: '' };
  });
}

/** Units next to values stay short: "% der Haushalte" becomes "%" (the legend names the full unit). */
export function shortUnit(ind: Indicator, lang: Lang): string {
  const unit = ind.unit[lang];
  return unit.startsWith('%') ? '%' : unit;
}

/**
 * Hands the labels to the map through `atlas.annotations`, once the Atlas has that field (App
 * outlines every entry and draws the texts that are not empty); until then this does nothing.
 */
export function publishLabels(atlas: object, labels: MapLabel[]): void {
  if ('annotations' in atlas) (atlas as { annotations: MapLabel[] }).annotations = labels;
}
