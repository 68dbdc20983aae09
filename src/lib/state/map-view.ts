// Texts around the map, built from the atlas as shown: a region's value and tooltip, the legend's
// notes, the source line and the map's accessible label. Plain inputs, plain data; the Atlas fits.
import type { Indicator, Level, Source } from '../data/catalogue.ts';
import type { Region } from '../data/boot.ts';
import type { Values } from '../data/queries.ts';
import type { Messages } from '../i18n/messages.ts';
import { formatValue, type Lang } from '../scales/format.ts';
import { regionName } from './names.ts';
import { valueOriginNote, weightedLevelNote } from './value-notes.ts';

/** What the map's texts read of the shown view (an Atlas is one). */
export interface RegionView {
  indicator: Indicator;
  regions: ReadonlyMap<string, Region>;
  values: Values;
  t: Messages;
  lang: Lang;
}

/** What the tooltip shows: name, value and period, then context (Kreis, rank) and notes on the value. */
export interface TooltipContent {
  name: string;
  value: string;
  period: string;
  context: string[];
  notes: string[];
}

/** The shown value of a region as text: "94,6 %", a category's name, "unbewohnt" or "keine Daten". */
export function regionValueText(view: RegionView, ags: string): string {
  const { indicator: ind, t, lang } = view;
  const region = view.regions.get(ags);
  const v = view.values.get(ags);
  if (region && !region.inhabited) return t.uninhabited;
  if (!v) return t.noData;
  if (ind.scale === 'categorical') return ind.categories?.find((c) => c.code === v.value)?.label[lang] ?? String(v.value);
  return formatValue(v.value, ind.decimals, ind.unit[lang], lang, ind.scale === 'diverging');
}

/** A region's accessible name on the map: "Frankfurt am Main: 94,6 %". */
export function regionLabelText(view: RegionView, ags: string): string {
  return `${regionName(view.regions.get(ags), view.lang)}: ${regionValueText(view, ags)}`;
}

/** The tooltip of `ags` in the view shown for `period` (its text, e.g. "2021-06" or "2013–2023"). */
export function regionTooltip(
  view: RegionView & { ranking: readonly { ags: string; rank: number }[] },
  ags: string,
  period: string,
): TooltipContent {
  const { t, lang } = view;
  const region = view.regions.get(ags);
  const v = view.values.get(ags);
  const context: string[] = [];
  if (region?.level === 'gemeinde' && region.kreis) context.push(`${t.kreisOf}: ${regionName(view.regions.get(region.kreis), lang)}`);
  if (region?.level === 'kreis' && region.rb) context.push(regionName(view.regions.get(region.rb), lang));
  const rank = view.ranking.find((r) => r.ags === ags);
  if (rank) context.push(t.rankOf(rank.rank, view.ranking.length));
  const notes: string[] = [];
  if (v?.flags.includes('harmonised')) notes.push(t.harmonised);
  const origin = valueOriginNote(v, t);
  if (origin) notes.push(origin);
  if (v && v.n < v.expected) notes.push(`${t.partial} (${v.n}/${v.expected})`);
  return { name: regionName(region, lang), value: regionValueText(view, ags), period, context, notes };
}

/**
 * The legend's notes on the shown values at `level`: how the level was computed (own data, weighted
 * means, sums, ratios, changes), harmonisation, and the indicator's method breaks (`periodLabel` names a period).
 */
export function mapNotes(
  view: Pick<RegionView, 'indicator' | 'values' | 't' | 'lang'>,
  level: Level,
  periodLabel: (id: string) => string,
): string[] {
  const { indicator: ind, values, t, lang } = view;
  const out: string[] = [];
  const f = ind.formula.type;
  // Own data: how the atlas computed the coarser levels from the file, and which rows it did not show.
  if (ind.theme === 'eigene_daten') out.push(ind.notes[lang]);
  else if (f === 'weighted') out.push(weightedLevelNote(ind, level, values, t)!);
  else if (level !== ind.levels[0] || level !== 'gemeinde') {
    if (f === 'sum') out.push(t.sumNote);
    else if (f === 'ratio') out.push(t.ratioNote);
    else if (f === 'change') out.push(t.changeNote);
  }
  if ([...values.values()].some((v) => v.flags.includes('harmonised'))) out.push(t.harmonisedNote);
  for (const b of ind.methodBreaks) {
    const next = ind.periods[ind.periods.indexOf(b.after) + 1];
    if (next) out.push(t.breakNote(periodLabel(b.after), periodLabel(next), b.label[lang]));
  }
  return out;
}

/** The indicator's sources with their Stand, "; "-separated, as the legend credits them. */
export function sourceLineText(indicator: Indicator, sources: readonly Source[], t: Messages, lang: Lang): string {
  return indicator.sources
    .map((id) => sources.find((x) => x.id === id))
    .filter((x) => x !== undefined)
    .map((x) => `${x.credit[lang]} (${t.stand} ${x.stand[lang]})`)
    .join('; ');
}

/** The map's accessible label: "Karte: <title>, <period>, <level>". */
export function mapLabelText(indicator: Indicator, period: string, level: Level, t: Messages, lang: Lang): string {
  return t.mapLabel(indicator.title[lang], period, t.levels[level]);
}

/** Periods the time slider offers: a change indicator's end periods after its base, else every period. */
export function sliderPeriodsOf(indicator: Indicator, base: string | undefined): string[] {
  return indicator.formula.type === 'change' ? indicator.periods.filter((p) => !base || p > base) : indicator.periods;
}

/** Regions outlined on the map, each once: the selected one, the compared ones, the annotated ones. */
export function markedAgs(
  selected: string | null | undefined,
  compare: readonly string[],
  annotations: readonly { ags: string }[],
): string[] {
  return [...new Set([...(selected ? [selected] : []), ...compare, ...annotations.map((a) => a.ags)])];
}
