// Which key figures a Steckbrief shows: catalogue indicators by id, with the base period of a
// change chosen from the catalogue's own periods. Indicators missing from the catalogue are left out.
import type { Catalogue, Indicator } from '../data/catalogue.ts';

export interface FigureSpec {
  /** Stable key of the row (also its test id). */
  key: string;
  /** Catalogue indicator id. */
  indicator: string;
  /** For a change: the span in years before the latest period. */
  span?: number;
  /** Whether the row has a small trend chart. */
  chart: boolean;
}

export const FIGURES: readonly FigureSpec[] = [
  { key: 'bev', indicator: 'bev', chart: true },
  { key: 'bev_10', indicator: 'bev_veraenderung', span: 10, chart: false },
  { key: 'bev_30', indicator: 'bev_veraenderung', span: 30, chart: false },
  { key: 'dichte', indicator: 'bev_dichte', chart: false },
  { key: 'frauen', indicator: 'bev_frauenanteil', chart: true },
  { key: 'bb50', indicator: 'bb_alle_50', chart: true },
  { key: 'bb1000', indicator: 'bb_alle_1000', chart: true },
  { key: 'ftthb', indicator: 'bb_ftthb_1000', chart: true },
];

export interface ResolvedFigure extends FigureSpec {
  ind: Indicator;
  /** The latest period of the indicator. */
  period: string;
  /** Base period of a change. */
  base?: string;
}

const year = (period: string) => Number(period.slice(0, 4));

/** The latest period at least `span` years before `period` (null if the series is shorter). */
export function baseFor(ind: Indicator, period: string, span: number): string | null {
  const target = year(period) - span;
  const candidates = ind.periods.filter((p) => p < period && year(p) <= target);
  return candidates.length ? candidates[candidates.length - 1]! : null;
}

/** The figures the catalogue can give, each at its latest period. */
export function resolveFigures(catalogue: Catalogue, specs: readonly FigureSpec[] = FIGURES): ResolvedFigure[] {
  return specs.flatMap((spec) => {
    const ind = catalogue.indicators.find((i) => i.id === spec.indicator);
    if (!ind) return [];
    const period = ind.periods[ind.periods.length - 1]!;
    if (ind.formula.type !== 'change') return [{ ...spec, ind, period }];
    const base = spec.span !== undefined ? baseFor(ind, period, spec.span) : (ind.defaultBase ?? null);
    return base ? [{ ...spec, ind, period, base }] : [];
  });
}
