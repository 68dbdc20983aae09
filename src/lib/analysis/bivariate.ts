// Bivariate classes "Bedarf × Abdeckung": terciles of two variables, 3 × 3 cells, a colour per
// cell. Tercile 0 holds the lowest values; cell (0, 0) – lowest of both – gets the darkest colour.
import { quantileSorted } from 'd3-array';

export interface Terciles {
  /** Inner limits: t1 (lower third ends), t2 (middle third ends). */
  t1: number;
  t2: number;
  min: number;
  max: number;
}

/** Tercile limits of the values (type-7 quantiles at 1/3 and 2/3); null for fewer than 3 values. */
export function terciles(values: number[]): Terciles | null {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length < 3) return null;
  return { t1: quantileSorted(sorted, 1 / 3)!, t2: quantileSorted(sorted, 2 / 3)!, min: sorted[0]!, max: sorted[sorted.length - 1]! };
}

/** 0, 1 or 2: lower third up to and including t1, upper third above t2. */
export function tercileOf(t: Terciles, v: number): 0 | 1 | 2 {
  return v <= t.t1 ? 0 : v <= t.t2 ? 1 : 2;
}

/** Cell index 0…8 = 3·x + y. */
export function cellIndex(x: 0 | 1 | 2, y: 0 | 1 | 2): number {
  return 3 * x + y;
}

/**
 * J. Stevens' purple–gold 3 × 3 scheme, turned so that purple grows as x falls and gold as y
 * falls: cell (0, 0) – lowest of both – is the darkest. Distinct for normal vision and
 * deuteranopia/protanopia (tests check the colour differences).
 * Index 3·x + y, x and y the terciles (0 = lowest values).
 */
export const BIVARIATE_COLOURS = [
  '#804d36',
  '#976b82',
  '#9972af', // x lowest third: y low, mid, high
  '#af8e53',
  '#c8ada0',
  '#cbb8d7', // x middle third
  '#c8b35a',
  '#e4d9ac',
  '#e8e8e8', // x highest third
] as const;

export interface BivariateCell {
  x: 0 | 1 | 2;
  y: 0 | 1 | 2;
  colour: string;
  members: string[];
}

export interface Bivariate {
  x: Terciles;
  y: Terciles;
  cells: BivariateCell[];
  /** AGS → cell index. */
  cellOf: Map<string, number>;
}

/** Classifies every region with both values into one of the nine cells. */
export function bivariate(xs: Map<string, number>, ys: Map<string, number>): Bivariate | null {
  const both = [...xs.keys()].filter((a) => ys.has(a) && Number.isFinite(xs.get(a)) && Number.isFinite(ys.get(a)));
  const x = terciles(both.map((a) => xs.get(a)!));
  const y = terciles(both.map((a) => ys.get(a)!));
  if (!x || !y) return null;
  const cells: BivariateCell[] = [];
  for (const cx of [0, 1, 2] as const)
    for (const cy of [0, 1, 2] as const) cells.push({ x: cx, y: cy, colour: BIVARIATE_COLOURS[cellIndex(cx, cy)]!, members: [] });
  const cellOf = new Map<string, number>();
  for (const a of both) {
    const i = cellIndex(tercileOf(x, xs.get(a)!), tercileOf(y, ys.get(a)!));
    cells[i]!.members.push(a);
    cellOf.set(a, i);
  }
  return { x, y, cells, cellOf };
}

export type AxisKind = 'change' | 'coverage' | 'level';

/**
 * Plain words for the three terciles of an axis. For a change, the words say whether the regions
 * in the third actually shrank (share of negative values), not just "low".
 */
export function tercileWords(
  kind: AxisKind,
  lang: 'de' | 'en',
  negativeShare: [number, number, number] = [0, 0, 0],
): [string, string, string] {
  const de = lang === 'de';
  if (kind === 'coverage')
    return de ? ['schlecht versorgt', 'mittel versorgt', 'gut versorgt'] : ['poorly served', 'moderately served', 'well served'];
  if (kind === 'level') return de ? ['niedrig', 'mittel', 'hoch'] : ['low', 'medium', 'high'];
  const word = (share: number, i: number): string => {
    if (share >= 1) return de ? 'schrumpfend' : 'shrinking';
    if (share >= 0.5) return de ? 'überwiegend schrumpfend' : 'mostly shrinking';
    if (share > 0) return de ? 'überwiegend wachsend' : 'mostly growing';
    return de ? ['schwach wachsend', 'wachsend', 'stark wachsend'][i]! : ['growing slowly', 'growing', 'growing strongly'][i]!;
  };
  return [word(negativeShare[0], 0), word(negativeShare[1], 1), word(negativeShare[2], 2)];
}

/** Share of negative values in each tercile (for the words of a change axis). */
export function negativeShares(t: Terciles, values: number[]): [number, number, number] {
  const n = [0, 0, 0];
  const neg = [0, 0, 0];
  for (const v of values) {
    const i = tercileOf(t, v);
    n[i]!++;
    if (v < 0) neg[i]!++;
  }
  return [0, 1, 2].map((i) => (n[i] ? neg[i]! / n[i]! : 0)) as [number, number, number];
}

/** Black or white, whichever contrasts more with the background (WCAG relative luminance). */
export function textOn(hex: string): '#000' | '#fff' {
  const lin = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  const [r, g, b] = [1, 3, 5].map((i) => lin(parseInt(hex.slice(i, i + 2), 16) / 255)) as [number, number, number];
  const l = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  return (l + 0.05) / 0.05 >= 1.05 / (l + 0.05) ? '#000' : '#fff';
}
