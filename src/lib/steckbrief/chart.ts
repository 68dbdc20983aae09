// Layout of the Steckbrief's small trend charts: paths of the region and its reference line,
// and the x positions of method breaks (between the period before and after the break).
import { scaleLinear } from 'd3-scale';
import { line as d3line } from 'd3-shape';

export interface TrendPoint {
  period: string;
  /** ISO date of the period. */
  date: string;
  value: number;
}

export interface SparkLayout {
  width: number;
  height: number;
  own: string;
  reference: string | null;
  /** x of each break. */
  breaks: number[];
  /** The last point of the region's line (marked with a dot). */
  last: { x: number; y: number } | null;
}

const time = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

export function sparkLayout(
  own: readonly TrendPoint[],
  reference: readonly TrendPoint[],
  breaks: readonly { before: string; after: string }[],
  width = 120,
  height = 28,
): SparkLayout {
  const all = [...own, ...reference];
  const pad = 2;
  if (!all.length) return { width, height, own: '', reference: null, breaks: [], last: null };
  const ts = all.map((p) => time(p.date));
  const vs = all.map((p) => p.value);
  const [t0, t1] = [Math.min(...ts), Math.max(...ts)];
  let [v0, v1] = [Math.min(...vs), Math.max(...vs)];
  if (v0 === v1) [v0, v1] = [v0 - 1, v1 + 1];
  const x = scaleLinear()
    .domain([t0, t1 === t0 ? t0 + 1 : t1])
    .range([pad, width - pad]);
  const y = scaleLinear()
    .domain([v0, v1])
    .range([height - pad, pad]);
  const path = d3line<TrendPoint>()
    .x((p) => x(time(p.date)))
    .y((p) => y(p.value));
  const lastPoint = own[own.length - 1];
  return {
    width,
    height,
    own: own.length ? (path(own as TrendPoint[]) ?? '') : '',
    reference: reference.length ? (path(reference as TrendPoint[]) ?? null) : null,
    breaks: breaks.map((b) => (x(time(b.before)) + x(time(b.after))) / 2),
    last: lastPoint ? { x: x(time(lastPoint.date)), y: y(lastPoint.value) } : null,
  };
}
