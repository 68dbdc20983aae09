// Pure helpers of the side panel: ranks, context regions, table rows and sorting, comparison rows,
// and the layout of the small line charts (d3-scale / d3-shape, no DOM).
import { scaleLinear } from 'd3-scale';
import { line as d3line } from 'd3-shape';
import type { Indicator, Level } from '../data/catalogue.ts';
import type { Region } from '../data/boot.ts';
import type { Value, Values } from '../data/queries.ts';
import { formatValue, type Lang } from '../scales/format.ts';
import { regionName } from './names.ts';

/** Ranks of every region with a value: 1 = highest, equal values share a rank ("1, 2, 2, 4"). */
export function ranks(values: Values): Map<string, number> {
  const sorted = [...values].map(([ags, v]) => ({ ags, value: v.value })).sort((a, b) => b.value - a.value);
  const out = new Map<string, number>();
  let rank = 0;
  sorted.forEach((r, i) => {
    if (i === 0 || r.value !== sorted[i - 1]!.value) rank = i + 1;
    out.set(r.ags, rank);
  });
  return out;
}

/** Keys of the two areas every profile compares with, where the data set has them. */
export const HESSEN_AGS = '06';
export const GERMANY_AGS = 'DG';

/**
 * The larger regions a profile shows for context, smallest first: a Gemeinde's Kreis, RB (Hessen
 * only), its Land, then Hessen and Deutschland where the data set has them (`known`) and they are
 * not already in the list; a Kreis' RB and Land and so on.
 */
export function contextOf(region: Region, known: (ags: string) => boolean = (a) => a !== GERMANY_AGS): { level: Level; ags: string }[] {
  const out: { level: Level; ags: string }[] = [];
  const add = (level: Level, ags: string) => {
    if (ags && ags !== region.ags && known(ags) && !out.some((c) => c.ags === ags)) out.push({ level, ags });
  };
  if (region.level === 'gemeinde') add('kreis', region.kreis);
  if (region.level === 'gemeinde' || region.level === 'kreis') add('rb', region.rb);
  if (region.level !== 'bund') {
    if (region.level !== 'land') add('land', region.ags.slice(0, 2));
    add('land', HESSEN_AGS);
    add('bund', GERMANY_AGS);
  }
  return out;
}

/**
 * What a region is, under its name: "Gemeinde · Landkreis Rosenheim", and nationally (where names
 * repeat) its Land too: "Gemeinde · Landkreis Rosenheim · Bayern".
 */
export function kindLine(region: Region, regions: ReadonlyMap<string, Region>, kind: string, lang: Lang): string {
  const parts = [kind];
  if (region.level === 'gemeinde' && region.inhabited) parts.push(regionName(regions.get(region.kreis), lang));
  const land = regions.get(region.ags.slice(0, 2));
  if (regions.has(GERMANY_AGS) && (region.level === 'gemeinde' || region.level === 'kreis') && land) parts.push(land.name);
  return parts.filter((p) => p).join(' · ');
}

/** A short, still unambiguous name for chart labels: "LK Kassel", "Kassel (Stadt)", "RB Kassel". */
export function shortName(r: Region | undefined, lang: Lang): string {
  if (!r) return '';
  switch (r.level) {
    case 'land':
      return lang === 'de' ? r.name : r.name === 'Hessen' ? 'Hesse' : r.name;
    case 'rb':
      return lang === 'de' ? `RB ${r.name}` : `${r.name} (GR)`;
    case 'kreis':
      if (r.bez === 'Kreisfreie Stadt') return lang === 'de' ? `${r.name} (Stadt)` : `${r.name} (city)`;
      if (/kreis$/i.test(r.name)) return r.name;
      return lang === 'de' ? `LK ${r.name}` : `${r.name} (distr.)`;
    case 'gemeinde':
      return r.name;
    case 'bund':
      return lang === 'de' ? r.name : 'Germany';
  }
}

/** A value as shown: class label for typologies, else number and unit ("+2,3 %" on diverging scales). */
export function valueText(ind: Indicator, value: number, lang: Lang): string {
  if (ind.scale === 'categorical') return ind.categories?.find((c) => c.code === value)?.label[lang] ?? String(value);
  return formatValue(value, ind.decimals, ind.unit[lang], lang, ind.scale === 'diverging' && value !== 0);
}

/** Unit of a difference between two values: percentage points for shares, else the unit. */
export function diffUnit(unit: string, percentPoints: string): string {
  return unit.startsWith('%') ? percentPoints : unit;
}

/** Values of one region over `periods` (ascending), skipping periods without a value. */
export function seriesPoints(
  series: Map<string, Values> | undefined,
  ags: string,
  periods: readonly string[],
): { period: string; value: number }[] {
  if (!series) return [];
  return periods.flatMap((period) => {
    const v = series.get(period)?.get(ags);
    return v ? [{ period, value: v.value }] : [];
  });
}

// ─── Ranked table ────────────────────────────────────────────────────────────────────────────

export type RowStatus = 'data' | 'nodata' | 'uninhabited';

export interface TableRow {
  ags: string;
  name: string;
  value: number | null;
  rank: number | null;
  status: RowStatus;
}

/** One row per region; ranks only for numeric indicators. */
export function tableRows(regions: Region[], values: Values, numeric: boolean, nameOf: (r: Region) => string): TableRow[] {
  const rank = numeric ? ranks(values) : new Map<string, number>();
  return regions.map((r) => {
    const v = values.get(r.ags);
    return {
      ags: r.ags,
      name: nameOf(r),
      value: v ? v.value : null,
      rank: rank.get(r.ags) ?? null,
      status: !r.inhabited ? 'uninhabited' : v ? 'data' : 'nodata',
    };
  });
}

export type SortKey = 'rank' | 'name' | 'value';
export type SortDir = 'asc' | 'desc';

const STATUS_ORDER: Record<RowStatus, number> = { data: 0, nodata: 1, uninhabited: 2 };

/**
 * Rows sorted by rank, name or value; regions without data and uninhabited areas always come
 * last (by name). `order` maps a value to its sort position (e.g. a typology's class order).
 */
export function sortRows(
  rows: readonly TableRow[],
  key: SortKey,
  dir: SortDir,
  collator: Intl.Collator,
  order: (value: number) => number = (v) => v,
): TableRow[] {
  const sign = dir === 'asc' ? 1 : -1;
  const byName = (a: TableRow, b: TableRow) => collator.compare(a.name, b.name);
  return [...rows].sort((a, b) => {
    const s = STATUS_ORDER[a.status] - STATUS_ORDER[b.status];
    if (s !== 0) return s;
    if (a.status !== 'data') return byName(a, b);
    let c: number;
    if (key === 'name') c = byName(a, b);
    else if (key === 'rank') c = (a.rank ?? Infinity) - (b.rank ?? Infinity);
    else c = order(a.value!) - order(b.value!);
    return c !== 0 ? sign * c : byName(a, b);
  });
}

// ─── Comparison ──────────────────────────────────────────────────────────────────────────────

export interface CompareEntry {
  ags: string;
  /** Every period of the indicator at the region's level (undefined while loading or not offered). */
  series: Map<string, Values> | undefined;
}

export interface CompareRow {
  ags: string;
  now: Value | null;
  first: Value | null;
  /** now − first, in the indicator's unit (percentage points for shares). */
  diff: number | null;
}

/**
 * Rows of the comparison table: the value in `period` and in the first period before it where
 * every region has a value (else where any has one), and the difference.
 */
export function compareRows(
  entries: readonly CompareEntry[],
  periods: readonly string[],
  period: string,
): { firstPeriod: string | null; rows: CompareRow[] } {
  const before = periods.filter((p) => p < period);
  const has = (e: CompareEntry, p: string) => e.series?.get(p)?.has(e.ags) ?? false;
  const firstPeriod =
    before.find((p) => entries.length > 0 && entries.every((e) => has(e, p))) ?? before.find((p) => entries.some((e) => has(e, p))) ?? null;
  const rows = entries.map((e) => {
    const now = e.series?.get(period)?.get(e.ags) ?? null;
    const first = firstPeriod ? (e.series?.get(firstPeriod)?.get(e.ags) ?? null) : null;
    return { ags: e.ags, now, first, diff: now && first ? now.value - first.value : null };
  });
  return { firstPeriod, rows };
}

/** Okabe–Ito colours (colour-blind safe), most distinct first; yellow is left out (too light on white). */
export const COMPARE_COLOURS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00'] as const;
/** A marker shape per compared region, so lines differ by more than colour. */
export const MARKERS = ['circle', 'square', 'triangle', 'diamond', 'cross'] as const;
export type Marker = (typeof MARKERS)[number];

/** SVG path of a marker of radius r centred on (x, y). */
export function markerPath(shape: Marker, x: number, y: number, r: number): string {
  const f = (n: number) => Number(n.toFixed(1));
  switch (shape) {
    case 'circle':
      return `M${f(x - r)},${f(y)}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0Z`;
    case 'square':
      return `M${f(x - r)},${f(y - r)}h${2 * r}v${2 * r}h${-2 * r}Z`;
    case 'triangle':
      return `M${f(x)},${f(y - r * 1.2)}L${f(x + r * 1.1)},${f(y + r * 0.8)}L${f(x - r * 1.1)},${f(y + r * 0.8)}Z`;
    case 'diamond':
      return `M${f(x)},${f(y - r * 1.3)}L${f(x + r * 1.1)},${f(y)}L${f(x)},${f(y + r * 1.3)}L${f(x - r * 1.1)},${f(y)}Z`;
    case 'cross':
      return `M${f(x - r)},${f(y - r)}L${f(x + r)},${f(y + r)}M${f(x - r)},${f(y + r)}L${f(x + r)},${f(y - r)}`;
  }
}

// ─── Line chart layout ───────────────────────────────────────────────────────────────────────

export interface ChartLine {
  id: string;
  points: { period: string; value: number }[];
}

/** How a chart draws one line. */
export interface LineStyle {
  colour: string;
  width?: number;
  dash?: string;
  marker?: Marker;
  /** Direct label at the line's end (so lines differ by more than colour). */
  label?: string;
}

export interface ChartInput {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
  /** Every period of the x axis, ascending, with its ISO date. */
  periods: { id: string; date: string }[];
  lines: ChartLine[];
  /** Values the y axis must include (e.g. 0, the midpoint of a change). */
  include?: number[];
  /** 'extent': label the lowest and highest value; 'nice': rounded ticks. */
  yTicks: 'extent' | 'nice';
  /** Periods after which a method break lies. */
  breaks?: string[];
  current?: string | null;
  /** Width in px of a period's x label (first and last are always labelled, others where they fit). */
  xLabelWidth?: (period: string) => number;
  /** Least vertical distance in px between two end labels. */
  labelGap?: number;
}

export interface ChartLayout {
  plot: { x0: number; x1: number; y0: number; y1: number };
  lines: { id: string; d: string; points: { period: string; value: number; x: number; y: number }[]; labelY: number | null }[];
  xTicks: { period: string; x: number }[];
  yTicks: { value: number; y: number }[];
  breaks: { after: string; x: number }[];
  current: { period: string; x: number } | null;
}

/**
 * Positions of periods on a time axis (ms). Periods with the same date (a year dated 31.12. and
 * its December month) are pulled apart by 1 % of the span so each keeps its own place.
 */
export function periodTimes(periods: { id: string; date: string }[]): number[] {
  const t = periods.map((p) => Date.parse(p.date));
  const span = t.length > 1 ? Math.max(t[t.length - 1]! - t[0]!, 1) : 1;
  for (let i = 1; i < t.length; i++) t[i] = Math.max(t[i]!, t[i - 1]! + span / 100);
  return t;
}

/** Moves positions apart to at least `gap` (keeping their order) within [lo, hi]. */
export function dodge(positions: readonly number[], gap: number, lo: number, hi: number): number[] {
  const order = positions.map((p, i) => ({ p, i })).sort((a, b) => a.p - b.p);
  const ys = order.map((o) => Math.min(hi, Math.max(lo, o.p)));
  for (let i = 1; i < ys.length; i++) ys[i] = Math.max(ys[i]!, ys[i - 1]! + gap);
  if (ys.length && ys[ys.length - 1]! > hi) {
    ys[ys.length - 1] = hi;
    for (let i = ys.length - 2; i >= 0; i--) ys[i] = Math.min(ys[i]!, ys[i + 1]! - gap);
  }
  const out = new Array<number>(positions.length);
  order.forEach((o, k) => (out[o.i] = ys[k]!));
  return out;
}

/** Scales, paths, ticks and markers of a line chart over periods. */
export function chartLayout(input: ChartInput): ChartLayout {
  const { width, height, margin, periods, lines } = input;
  const plot = { x0: margin.left, x1: width - margin.right, y0: margin.top, y1: height - margin.bottom };
  const times = periodTimes(periods);
  const timeOf = new Map(periods.map((p, i) => [p.id, times[i]!]));
  const first = times[0] ?? 0;
  const last = times[times.length - 1] ?? 1;
  const x = scaleLinear()
    .domain(first === last ? [first - 1, last + 1] : [first, last])
    .range([plot.x0, plot.x1]);
  const xOf = (period: string) => x(timeOf.get(period) ?? first);

  const data = lines.flatMap((l) => l.points.map((p) => p.value));
  const all = [...data, ...(input.include ?? [])];
  let lo = all.length ? Math.min(...all) : 0;
  let hi = all.length ? Math.max(...all) : 1;
  if (lo === hi) {
    const pad = Math.abs(lo) * 0.05 || 1;
    lo -= pad;
    hi += pad;
  }
  const y = scaleLinear().domain([lo, hi]).range([plot.y1, plot.y0]);
  let yTicks: { value: number; y: number }[];
  if (input.yTicks === 'nice') {
    y.nice(4);
    yTicks = y.ticks(4).map((v) => ({ value: v, y: y(v) }));
  } else {
    const wanted = data.length ? [Math.min(...data), Math.max(...data), ...(input.include ?? [])] : [];
    yTicks = [];
    for (const v of wanted) if (yTicks.every((t) => Math.abs(y(v) - t.y) >= 12)) yTicks.push({ value: v, y: y(v) });
  }

  const path = d3line<{ x: number; y: number }>()
    .x((p) => p.x)
    .y((p) => p.y);
  const laid = lines.map((l) => {
    const points = l.points.filter((p) => timeOf.has(p.period)).map((p) => ({ ...p, x: xOf(p.period), y: y(p.value) }));
    return { id: l.id, d: points.length > 1 ? (path(points) ?? '') : '', points };
  });
  const ends = laid.map((l) => l.points[l.points.length - 1]?.y ?? null);
  const withEnd = ends.flatMap((e, i) => (e === null ? [] : [{ i, e }]));
  const dodged = dodge(
    withEnd.map((w) => w.e),
    input.labelGap ?? 14,
    plot.y0,
    plot.y1,
  );
  const labelY = new Map(withEnd.map((w, k) => [w.i, dodged[k]!]));

  // x labels: the first starts at its tick, the last ends at its tick, others are centred; a label
  // is shown only where it does not touch another.
  const widthOf = input.xLabelWidth ?? (() => 40);
  const xTicks: { period: string; x: number }[] = [];
  const taken: [number, number][] = [];
  const place = (period: string, anchor: 'start' | 'middle' | 'end') => {
    const px = xOf(period);
    const w = widthOf(period);
    const span: [number, number] = anchor === 'start' ? [px, px + w] : anchor === 'end' ? [px - w, px] : [px - w / 2, px + w / 2];
    if (taken.some(([a, b]) => span[0] < b + 8 && span[1] > a - 8)) return;
    taken.push(span);
    xTicks.push({ period, x: px });
  };
  if (periods.length) {
    place(periods[0]!.id, 'start');
    if (periods.length > 1) place(periods[periods.length - 1]!.id, 'end');
    for (const p of periods.slice(1, -1)) place(p.id, 'middle');
    xTicks.sort((a, b) => a.x - b.x);
  }

  const ids = periods.map((p) => p.id);
  const breaks = (input.breaks ?? []).flatMap((after) => {
    const i = ids.indexOf(after);
    if (i < 0 || i >= ids.length - 1) return [];
    return [{ after, x: (xOf(after) + xOf(ids[i + 1]!)) / 2 }];
  });
  const current = input.current && timeOf.has(input.current) ? { period: input.current, x: xOf(input.current) } : null;

  return {
    plot,
    lines: laid.map((l, i) => ({ ...l, labelY: labelY.get(i) ?? null })),
    xTicks,
    yTicks,
    breaks,
    current,
  };
}
