// The Stadt–Land view's numbers as text (a missing value says so) and its typology table's row.
import type { GapPoint, Interval } from '../../analysis/bootstrap.ts';
import type { TypologyId } from '../../analysis/typologies.ts';
import type { AnalysisText } from '../../i18n/analysis.ts';
import { formatNumber, type Lang } from '../../scales/format.ts';

/** One typology in the sensitivity table: the gap at the table's period and at the first. */
export interface SensitivityRow {
  typology: TypologyId;
  at: GapPoint | null;
  start: GapPoint | null;
  change: { change: number; ci: Interval | null } | null;
  edition: string;
}

export function gapFormat(T: AnalysisText, lang: Lang, decimals: number) {
  return {
    fmt: (v: number | null | undefined, d = decimals) =>
      v === null || v === undefined || !Number.isFinite(v) ? T.noValue : formatNumber(v, d, lang),
    fmtSigned: (v: number | null | undefined) =>
      v === null || v === undefined || !Number.isFinite(v) ? T.noValue : formatNumber(v, decimals, lang, true),
    ci: (c: Interval | null, d = decimals) => (c ? `${formatNumber(c.lo, d, lang)} … ${formatNumber(c.hi, d, lang)}` : T.noValue),
  };
}
