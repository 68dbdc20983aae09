// What the gap analysis can compute for an indicator, and how its numbers read.
import type { Formula, Indicator } from '../data/catalogue.ts';
import type { Finish, Interval } from './bootstrap.ts';

/** Indicators whose class values are ratios of sums over Gemeinden (shares, densities, changes). */
export function gapSupported(ind: Indicator): boolean {
  const f = ind.formula.type;
  return ind.levels.includes('gemeinde') && (f === 'weighted' || f === 'ratio' || f === 'change');
}

/** Σnum/Σden → value, matching the generic indicator query's aggregate. */
export function finishFor(formula: Formula): Finish {
  switch (formula.type) {
    case 'ratio': {
      const factor = formula.factor;
      return (x) => factor * x;
    }
    case 'change':
      return (x) => 100 * (x - 1);
    default:
      return (x) => x;
  }
}

/** A ratio rural/urban only makes sense for values that cannot be negative. */
export function ratioMeaningful(ind: Indicator): boolean {
  return ind.formula.type !== 'change' && ind.scale !== 'diverging';
}

/** Unit of a difference: percentage points for per-cent values, else the indicator's unit. */
export function differenceUnit(ind: Indicator, lang: 'de' | 'en'): string {
  const unit = ind.unit[lang];
  if (unit.trim().startsWith('%')) return lang === 'de' ? 'Prozentpunkte' : 'percentage points';
  return unit;
}

export type Verdict = 'closing' | 'widening' | 'unclear';

/**
 * Whether the gap closed between two periods: the paired interval of the change lies wholly
 * below (closing) or above (widening) zero; a gap that changed sign counts by its size.
 */
export function verdict(from: number, to: number, ci: Interval | null): Verdict {
  if (!ci) return 'unclear';
  const closing = Math.abs(to) < Math.abs(from);
  if (from >= 0 && to >= 0) return ci.hi < 0 ? 'closing' : ci.lo > 0 ? 'widening' : 'unclear';
  if (from <= 0 && to <= 0) return ci.lo > 0 ? 'closing' : ci.hi < 0 ? 'widening' : 'unclear';
  return ci.lo > 0 || ci.hi < 0 ? (closing ? 'closing' : 'widening') : 'unclear';
}
