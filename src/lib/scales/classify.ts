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
  /** Index of the first class at or above the midpoint (diverging only). */
  midIndex: number | null;
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
    const midIndex = spec.midpoint === undefined ? null : bisectRight(t, spec.midpoint - Number.EPSILON);
    return { thresholds: t, midIndex, min, max };
  }
  const k = Math.max(2, Math.min(9, Math.round(spec.k)));
  if (spec.midpoint === undefined) return { thresholds: thresholdsFor(sorted, k, spec.method), midIndex: null, min, max };

  const m = spec.midpoint;
  const below = sorted.filter((v) => v < m);
  const above = sorted.filter((v) => v >= m);
  let kBelow = below.length === 0 ? 0 : above.length === 0 ? k : Math.round((k * below.length) / sorted.length);
  if (below.length > 0 && above.length > 0) kBelow = Math.min(k - 1, Math.max(1, kBelow));
  const kAbove = k - kBelow;
  const lower = kBelow > 1 ? thresholdsFor(below, kBelow, spec.method).filter((t) => t < m) : [];
  const upper = kAbove > 1 ? thresholdsFor(above, kAbove, spec.method).filter((t) => t > m) : [];
  const thresholds = [...lower, m, ...upper];
  return { thresholds, midIndex: lower.length + 1, min, max };
}

/**
 * Thresholds rounded to the decimals shown in the legend, so a value's class always agrees with
 * the printed class limits. The midpoint stays a threshold.
 */
export function roundClasses(classes: Classes, decimals: number): Classes {
  const f = 10 ** decimals;
  const thresholds = unique(classes.thresholds.map((t) => Math.round(t * f) / f));
  if (classes.midIndex === null) return { ...classes, thresholds };
  const midpoint = classes.thresholds[classes.midIndex - 1]!;
  return { ...classes, thresholds, midIndex: thresholds.indexOf(Math.round(midpoint * f) / f) + 1 };
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
