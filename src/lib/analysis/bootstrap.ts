// Population-weighted gap between the most urban and the most rural class, with a stratified
// percentile bootstrap: Gemeinden are resampled with replacement within each class.
import { quantileSorted } from 'd3-array';
import { mixSeed, mulberry32 } from './prng.ts';

/** One unit (Gemeinde) in one period: the class value is finish(Σ num / Σ den) over its units. */
export interface GapUnit {
  ags: string;
  period: string;
  num: number;
  den: number;
  code: number;
}

/** Turns Σnum/Σden into the indicator's value (identity, ×factor, or per cent change). */
export type Finish = (ratio: number) => number;

export interface Interval {
  lo: number;
  hi: number;
}

export interface GapPoint {
  period: string;
  urban: number | null;
  rural: number | null;
  /** urban − rural (points for shares). */
  gap: number | null;
  /** rural / urban (null where urban is 0 or the indicator can be negative). */
  ratio: number | null;
  gapCi: Interval | null;
  ratioCi: Interval | null;
  nUrban: number;
  nRural: number;
}

export interface GapOptions {
  urban: number;
  rural: number;
  finish: Finish;
  /** Replicates (default 1000). */
  b?: number;
  seed?: number;
  /** Whether a ratio rural/urban is meaningful (values never negative). */
  withRatio?: boolean;
}

export const DEFAULT_B = 1000;
export const DEFAULT_SEED = 20240611;

function percentile(sorted: number[], p: number): number {
  return quantileSorted(sorted, p)!;
}

function interval(xs: number[]): Interval | null {
  const finite = xs.filter(Number.isFinite).sort((a, b) => a - b);
  if (finite.length < xs.length * 0.9 || finite.length === 0) return null;
  return { lo: percentile(finite, 0.025), hi: percentile(finite, 0.975) };
}

interface ClassUnits {
  num: Float64Array;
  den: Float64Array;
}

function classUnits(units: GapUnit[]): ClassUnits {
  // Sorted by AGS: the same stream then draws the same Gemeinden in every period (paired).
  const sorted = [...units].sort((a, b) => (a.ags < b.ags ? -1 : a.ags > b.ags ? 1 : 0));
  return { num: Float64Array.from(sorted, (u) => u.num), den: Float64Array.from(sorted, (u) => u.den) };
}

function mean(c: ClassUnits, finish: Finish): number | null {
  let n = 0;
  let d = 0;
  for (let i = 0; i < c.num.length; i++) {
    n += c.num[i]!;
    d += c.den[i]!;
  }
  return d > 0 ? finish(n / d) : null;
}

/** Σnum/Σden of a resample of a class drawn with the given stream. */
function resampledMean(c: ClassUnits, random: () => number, finish: Finish): number {
  const k = c.num.length;
  let n = 0;
  let d = 0;
  for (let i = 0; i < k; i++) {
    const j = Math.floor(random() * k);
    n += c.num[j]!;
    d += c.den[j]!;
  }
  return d > 0 ? finish(n / d) : NaN;
}

/** Replicate gaps (urban − rural) per period; replicate r of every period uses the same streams. */
export function bootstrapGaps(units: GapUnit[], opts: GapOptions): Map<string, { gaps: Float64Array; ratios: Float64Array }> {
  const b = opts.b ?? DEFAULT_B;
  const seed = opts.seed ?? DEFAULT_SEED;
  const out = new Map<string, { gaps: Float64Array; ratios: Float64Array }>();
  for (const [period, rows] of groupBy(units, (u) => u.period)) {
    const urban = classUnits(rows.filter((u) => u.code === opts.urban));
    const rural = classUnits(rows.filter((u) => u.code === opts.rural));
    const gaps = new Float64Array(b).fill(NaN);
    const ratios = new Float64Array(b).fill(NaN);
    if (urban.num.length && rural.num.length) {
      for (let r = 0; r < b; r++) {
        const u = resampledMean(urban, mulberry32(mixSeed(seed, r, opts.urban)), opts.finish);
        const v = resampledMean(rural, mulberry32(mixSeed(seed, r, opts.rural)), opts.finish);
        gaps[r] = u - v;
        ratios[r] = u !== 0 ? v / u : NaN;
      }
    }
    out.set(period, { gaps, ratios });
  }
  return out;
}

/** Gap per period with its 95 % percentile bootstrap interval, periods ascending. */
export function gapSeries(units: GapUnit[], opts: GapOptions): GapPoint[] {
  const reps = bootstrapGaps(units, opts);
  const points: GapPoint[] = [];
  for (const [period, rows] of [...groupBy(units, (u) => u.period)].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const urbanUnits = rows.filter((u) => u.code === opts.urban);
    const ruralUnits = rows.filter((u) => u.code === opts.rural);
    const urban = urbanUnits.length ? mean(classUnits(urbanUnits), opts.finish) : null;
    const rural = ruralUnits.length ? mean(classUnits(ruralUnits), opts.finish) : null;
    const gap = urban !== null && rural !== null ? urban - rural : null;
    const withRatio = opts.withRatio ?? true;
    const ratio = withRatio && urban !== null && rural !== null && urban !== 0 ? rural / urban : null;
    const rep = reps.get(period)!;
    points.push({
      period,
      urban,
      rural,
      gap,
      ratio,
      gapCi: gap === null ? null : interval([...rep.gaps]),
      ratioCi: ratio === null ? null : interval([...rep.ratios]),
      nUrban: urbanUnits.length,
      nRural: ruralUnits.length,
    });
  }
  return points;
}

/** Change of the gap between two periods (to − from) with a paired bootstrap interval. */
export function gapChange(units: GapUnit[], from: string, to: string, opts: GapOptions): { change: number; ci: Interval | null } | null {
  const sub = units.filter((u) => u.period === from || u.period === to);
  const points = gapSeries(sub, { ...opts, b: 1 });
  const a = points.find((p) => p.period === from)?.gap;
  const z = points.find((p) => p.period === to)?.gap;
  if (a === null || a === undefined || z === null || z === undefined) return null;
  const reps = bootstrapGaps(sub, opts);
  const ra = reps.get(from)!.gaps;
  const rz = reps.get(to)!.gaps;
  return { change: z - a, ci: interval(Array.from(rz, (v, i) => v - ra[i]!)) };
}

function groupBy<T>(xs: T[], key: (x: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const x of xs) {
    const k = key(x);
    let list = m.get(k);
    if (!list) m.set(k, (list = []));
    list.push(x);
  }
  return m;
}
