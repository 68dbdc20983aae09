// Colour classes for numeric choropleths: pure functions of the values shown.
import { ckmeans } from 'simple-statistics';
import { quantileSorted, bisectRight } from 'd3-array';

export const METHODS = ['quantile', 'jenks', 'equal', 'manual'] as const;
export type Method = (typeof METHODS)[number];

export interface ClassSpec {
  method: Method;
  /** Number of classes, 3–9. */
  k: number;
  /** Inner thresholds for `manual`, ascending. */
  manual?: number[];
  /** Midpoint of a diverging scale: it is always a class boundary, classes on each side. */
  midpoint?: number;
}

export interface Classes {
  /** Ascending inner thresholds; class i holds values in [t[i-1], t[i]). */
  thresholds: number[];
  /**
   * Diverging only: index of the first class that is not entirely below the midpoint (the number
   * of classes below it). With manual limits that do not contain the midpoint, that class holds
   * values on both sides (see classSides).
   */
  midIndex: number | null;
  /** Midpoint of a diverging scale (null for a sequential one). */
  midpoint: number | null;
  min: number;
  max: number;
}

function unique(xs: number[]): number[] {
  return [...new Set(xs)].sort((a, b) => a - b);
}

/** Inner thresholds splitting sorted values into k classes with the given method. */
function thresholdsFor(sorted: number[], k: number, method: Exclude<Method, 'manual'>): number[] {
  if (sorted.length === 0 || k < 2) return [];
  const min = sorted[0]!;
  const max = sorted[sorted.length - 1]!;
  if (min === max) return [];
  switch (method) {
    case 'quantile':
      return unique(Array.from({ length: k - 1 }, (_, i) => quantileSorted(sorted, (i + 1) / k)!)).filter((t) => t > min && t <= max);
    case 'equal':
      return Array.from({ length: k - 1 }, (_, i) => min + ((max - min) * (i + 1)) / k);
    case 'jenks': {
      const groups = ckmeans(sorted, Math.min(k, new Set(sorted).size));
      return groups.slice(1).map((g) => g[0]!);
    }
  }
}

/**
 * Classes for the values shown. With a midpoint the midpoint is a threshold and each side gets
 * classes in proportion to how many values lie on it (at least one if it has any).
 */
export function classify(values: number[], spec: ClassSpec): Classes {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  const min = sorted[0] ?? 0;
  const max = sorted[sorted.length - 1] ?? 0;
  if (spec.method === 'manual') {
    const t = unique((spec.manual ?? []).filter(Number.isFinite));
    const m = spec.midpoint;
    return { thresholds: t, midIndex: m === undefined ? null : belowCount(t, m), midpoint: m ?? null, min, max };
  }
  const k = Math.max(2, Math.min(9, Math.round(spec.k)));
  if (spec.midpoint === undefined) return { thresholds: thresholdsFor(sorted, k, spec.method), midIndex: null, midpoint: null, min, max };

  const m = spec.midpoint;
  const below = sorted.filter((v) => v < m);
  const above = sorted.filter((v) => v >= m);
  let kBelow = below.length === 0 ? 0 : above.length === 0 ? k : Math.round((k * below.length) / sorted.length);
  if (below.length > 0 && above.length > 0) kBelow = Math.min(k - 1, Math.max(1, kBelow));
  const kAbove = k - kBelow;
  const lower = kBelow > 1 ? thresholdsFor(below, kBelow, spec.method).filter((t) => t < m) : [];
  const upper = kAbove > 1 ? thresholdsFor(above, kAbove, spec.method).filter((t) => t > m) : [];
  const thresholds = [...lower, m, ...upper];
  return { thresholds, midIndex: lower.length + 1, midpoint: m, min, max };
}

/** Classes entirely below m: class i ends at thresholds[i] (exclusive), so those with thresholds[i] ≤ m. */
function belowCount(thresholds: readonly number[], m: number): number {
  return bisectRight(thresholds, m);
}

export type Side = 'below' | 'above' | 'both';

/**
 * Which side of the midpoint each class lies on, from its limits (not from its position), so
 * colours follow the data for every method and every set of limits: a class ending at or before
 * the midpoint is "below", one starting at or after it "above", one spanning it "both".
 * Null for a sequential scale.
 */
export function classSides(classes: Pick<Classes, 'thresholds' | 'midpoint'>): Side[] | null {
  const m = classes.midpoint;
  if (m === null) return null;
  const t = classes.thresholds;
  return Array.from({ length: t.length + 1 }, (_, i): Side => {
    const lo = i === 0 ? -Infinity : t[i - 1]!;
    const hi = i === t.length ? Infinity : t[i]!;
    if (hi <= m) return 'below';
    if (lo >= m) return 'above';
    return 'both';
  });
}

/**
 * Thresholds rounded to the decimals shown in the legend, so a value's class always agrees with
 * the printed class limits. The midpoint stays a threshold.
 */
export function roundClasses(classes: Classes, decimals: number): Classes {
  const f = 10 ** decimals;
  const thresholds = unique(classes.thresholds.map((t) => Math.round(t * f) / f));
  if (classes.midpoint === null) return { ...classes, thresholds };
  const midpoint = Math.round(classes.midpoint * f) / f;
  return { ...classes, thresholds, midpoint, midIndex: belowCount(thresholds, midpoint) };
}

/** Index of the class a value falls in (0 … thresholds.length). */
export function classIndex(classes: Classes, value: number): number {
  return bisectRight(classes.thresholds, value);
}

/** How many of the values fall in each class. */
export function classCounts(classes: Classes, values: Iterable<number>): number[] {
  const counts = new Array<number>(classes.thresholds.length + 1).fill(0);
  for (const v of values) counts[classIndex(classes, v)]!++;
  return counts;
}
