// The trend view's lines as data: observed population (Destatis dates), the annual BBSR series and
// the published projections, each with the points the chart draws. The chart and the table export
// are built from the same lines, so the file holds exactly what the chart shows. Pure.
import type { TableColumn } from '../export/index.ts';
import type { AnalysisExportText } from '../i18n/analysis-export.ts';
import type { PopulationPoint } from './trend-queries.ts';
import type { ProjectionChain } from './projections.ts';

export type TrendKind = 'observed' | 'annual' | 'projection';

export interface TrendLinePoint {
  x: number;
  y: number;
  /** Row label of the chart's value table (the period or the projection's year). */
  period: string;
  /** Segment between method breaks (observed and annual values). */
  segment?: number;
  note?: string;
}

export interface TrendLine {
  id: string;
  ags: string;
  region: string;
  /** Label as in the chart's legend and value table. */
  label: string;
  /** Label at the end of the line. */
  short?: string;
  kind: TrendKind;
  source: string;
  points: TrendLinePoint[];
}

export interface TrendLinesInput {
  regions: string[];
  points: PopulationPoint[];
  chains: ProjectionChain[];
  index: boolean;
  base: string;
  projections: boolean;
  name: (ags: string) => string;
  periodX: (period: string) => number;
  /** Decimal year of a projection's target year. */
  yearX: (year: string) => number;
  periodLabel: (period: string) => string;
  segments: ReadonlyMap<string, number>;
  projectionLabel: (projection: string) => string;
  text: {
    annualSeries: string;
    projectionSeries: (region: string, label: string) => string;
    /** Source names of the observed and the annual series. */
    observedSource: string;
    annualSource: string;
    anchor: AnalysisExportText['anchor'];
    chained: string;
  };
}

/** The shown lines of every chosen region, in the chart's order. */
export function trendLines(input: TrendLinesInput): TrendLine[] {
  const { points, text } = input;
  const baseValue = (ags: string) => points.find((p) => p.ags === ags && p.series === 'destatis' && p.period === input.base)?.value ?? null;
  const yOf = (ags: string, v: number): number | null => {
    if (!input.index) return v;
    const b = baseValue(ags);
    return b ? (100 * v) / b : null;
  };
  const out: TrendLine[] = [];
  for (const ags of input.regions) {
    const region = input.name(ags);
    const own = points.filter((p) => p.ags === ags);
    const toPoint = (p: PopulationPoint, segment: number | undefined): TrendLinePoint[] => {
      const y = yOf(ags, p.value);
      return y === null ? [] : [{ x: input.periodX(p.period), y, period: input.periodLabel(p.period) || p.period, segment }];
    };
    out.push({
      id: `${ags}-d`,
      ags,
      region,
      label: region,
      kind: 'observed',
      source: text.observedSource,
      points: own.filter((p) => p.series === 'destatis').flatMap((p) => toPoint(p, input.segments.get(p.period))),
    });
    const annual = own.filter((p) => p.series === 'bbsr');
    if (annual.length)
      out.push({
        id: `${ags}-a`,
        ags,
        region,
        label: `${region} – ${text.annualSeries}`,
        kind: 'annual',
        source: text.annualSource,
        points: annual.flatMap((p) => toPoint(p, 0)),
      });
    if (!input.projections) continue;
    for (const c of input.chains.filter((c) => c.ags === ags)) {
      const chained = c.rows.some((r) => r.indicator === 'pop_change');
      const pts = c.points.flatMap((p, i): TrendLinePoint[] => {
        const y = yOf(ags, p.value);
        const note = i === 0 ? text.anchor[c.anchor] : chained ? text.chained : undefined;
        return y === null ? [] : [{ x: input.yearX(p.year), y, period: p.year, note }];
      });
      if (pts.length < 2) continue;
      const label = input.projectionLabel(c.projection);
      out.push({
        id: `${ags}-${c.projection}`,
        ags,
        region,
        label: text.projectionSeries(region, label),
        short: label,
        kind: 'projection',
        source: [label, ...c.sourceUrls].join(' – '),
        points: pts,
      });
    }
  }
  return out;
}

export interface TrendTableOptions {
  text: AnalysisExportText;
  unit: string;
  /** Decimals of the values as the chart shows them. */
  decimals: number;
  /** The label of the method break before segment `s` (s ≥ 1). */
  breakLabel: (segment: number) => string | undefined;
}

/** One row per point of every line: region, series, kind, date, value, source and notes. */
export function trendTable(
  lines: TrendLine[],
  opts: TrendTableOptions,
): { columns: TableColumn[]; rows: Record<string, string | number | null>[] } {
  const X = opts.text;
  const columns: TableColumn[] = [
    { key: 'ags', label: X.colAgs, kind: 'text' },
    { key: 'region', label: X.colRegion, kind: 'text' },
    { key: 'series', label: X.colSeries, kind: 'text' },
    { key: 'kind', label: X.colKind, kind: 'text' },
    { key: 'period', label: X.colPeriod, kind: 'text' },
    { key: 'value', label: X.colValue, kind: 'number', decimals: opts.decimals, unit: opts.unit },
    { key: 'source', label: X.colSource, kind: 'text' },
    { key: 'note', label: X.colNote, kind: 'text' },
  ];
  const rows = lines.flatMap((l) =>
    [...l.points]
      .sort((a, b) => a.x - b.x)
      .map((p) => {
        const broken = p.segment ? opts.breakLabel(p.segment) : undefined;
        return {
          ags: l.ags,
          region: l.region,
          series: l.label,
          kind: X.kinds[l.kind],
          period: p.period,
          value: p.y,
          source: l.source,
          note: [p.note, broken ? X.afterBreak(broken) : undefined].filter(Boolean).join('; '),
        };
      }),
  );
  return { columns, rows };
}
