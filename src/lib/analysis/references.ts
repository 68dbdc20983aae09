// Statements of the state strategy the analyses compare with. They come from the catalogue
// (data/stats/strategy_statements.csv, with their citation) and are shown as "laut Strategie",
// never as data.
import type { Catalogue, Reference } from '../data/catalogue.ts';

export type StrategyId = 'rural_area_share' | 'rural_gemeinden' | 'rb_kassel_change_pct' | 'rb_kassel_change_persons';

/** The statement with this id, or null if the catalogue has none (the view then leaves it out). */
export function strategyFigure(catalogue: Catalogue, id: StrategyId): Reference | null {
  return catalogue.references.find((r) => r.id === id) ?? null;
}
