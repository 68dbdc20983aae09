// Pure helpers of the analyses' charts: time as decimal years, line segments split at method
// breaks, ticks and colour sets for lines.
import { interpolatePlasma } from 'd3-scale-chromatic';
import type { MethodBreak } from '../data/catalogue.ts';

/** Decimal year of an ISO date (2021-06-30 → 2021.49; 2018-12-31 → 2018.997). */
export function dateX(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const start = Date.UTC(y, 0, 1);
  const days = (Date.UTC(y + 1, 0, 1) - start) / 86400000;
  return y + (Date.UTC(y, m - 1, d) - start) / 86400000 / days;
}

/** Decimal year of a period id, from the catalogue's period dates (fallback: 31.12. of its year). */
export function periodX(period: string, dates: ReadonlyMap<string, string>): number {
  const iso = dates.get(period) ?? (/^\d{4}$/.test(period) ? `${period}-12-31` : `${period}-28`);
  return dateX(iso);
}

/** Segment number of each period: it grows after every method break (lines are not drawn across). */
export function segmentsOf(periods: readonly string[], breaks: readonly MethodBreak[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const p of periods) out.set(p, breaks.filter((b) => b.after < p).length);
  return out;
}

/** Year ticks between a and b, at most about `max` of them, on round steps (1, 2, 5, 10 …). */
export function yearTicks(a: number, b: number, max: number): number[] {
  const from = Math.ceil(a);
  const to = Math.floor(b);
  const span = Math.max(1, to - from);
  const step = [1, 2, 5, 10, 20, 25, 50].find((s) => span / s <= Math.max(1, max)) ?? 50;
  const out: number[] = [];
  for (let y = Math.ceil(from / step) * step; y <= to; y += step) out.push(y);
  return out;
}

/** Okabe–Ito colours (distinguishable with colour-vision deficiencies), without the pale yellow. */
export const LINE_COLOURS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#000000', '#8a6d00'] as const;

/** Ordered colours for typology classes, most urban (dark blue) to most rural (orange), on white. */
export function classColours(n: number): string[] {
  if (n <= 1) return [interpolatePlasma(0.1)];
  return Array.from({ length: n }, (_, i) => interpolatePlasma(0.05 + (0.72 * i) / (n - 1)));
}

/** Year ticks placed at 31 December (where annual values sit), labelled with the year. */
export function yearEndTicks(a: number, b: number, max: number): { year: number; x: number }[] {
  return yearTicks(a - 1, b, max)
    .map((year) => ({ year, x: dateX(`${year}-12-31`) }))
    .filter((t) => t.x >= a - 1e-9 && t.x <= b + 1e-9);
}

/**
 * The values of a chart as a table: one row per x (and its label), one column per series not
 * hidden from the table, the points' texts as cells.
 */
export function valueTable<S extends { id: string; hideInTable?: boolean; points: { x: number; label: string; text: string }[] }>(
  series: S[],
): { columns: S[]; rows: { label: string; cells: Map<string, string> }[] } {
  const shown = series.filter((s) => !s.hideInTable);
  const byLabel = new Map<string, { x: number; cells: Map<string, string> }>();
  for (const s of shown)
    for (const p of s.points) {
      let row = byLabel.get(`${p.x}|${p.label}`);
      if (!row) byLabel.set(`${p.x}|${p.label}`, (row = { x: p.x, cells: new Map() }));
      row.cells.set(s.id, p.text);
    }
  return {
    columns: shown,
    rows: [...byLabel].sort(([, a], [, b]) => a.x - b.x).map(([key, r]) => ({ label: key.slice(key.indexOf('|') + 1), cells: r.cells })),
  };
}
