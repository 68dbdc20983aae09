// Which values of a view are the source's own and which the app computed (weighted means), said
// the same way in legend, tooltip, table and every export.
import type { Indicator, Level } from '../data/catalogue.ts';
import type { Value, Values } from '../data/queries.ts';
import type { Messages } from '../i18n/messages.ts';

/** True if the value is the app's population-weighted mean, not a value of the source. */
export function isComputedMean(v: Value | undefined): boolean {
  return v?.flags.includes('weighted') ?? false;
}

/** Short note on one value (tooltip, table, export row), or null for a value of the source. */
export function valueOriginNote(v: Value | undefined, t: Messages): string | null {
  return isComputedMean(v) ? t.computedMean : null;
}

/**
 * Legend note on how the values of a weighted indicator at `level` came about: computed means
 * (with the method), or values as published; null for other formulas (they have their own note).
 */
export function weightedLevelNote(indicator: Indicator, level: Level, values: Values, t: Messages): string | null {
  if (indicator.formula.type !== 'weighted') return null;
  const all = [...values.values()];
  const computed = all.filter(isComputedMean).length;
  if (computed) {
    const units = indicator.levels.includes('gemeinde') ? t.meanUnits.gemeinde : t.meanUnits.kreis;
    // e.g. Kreise on the Gebietsstand 2026: the Main-Kinzig-Kreis and Hanau have no published value
    if (computed < all.length) return t.mixedMeanNote(t.levels[level], computed, units);
    return t.computedMeanNote(t.levels[level], units);
  }
  if (level !== 'gemeinde' && all.length) return t.publishedNote(t.levels[level]);
  return t.weightedNote;
}
