// SQL pieces shared by the analyses' named queries. Class and group values use the same ratio-of-sums
// rule as the map's aggregates (src/lib/data/queries.ts): weighted shares Σ(share·pop)/Σpop, ratios
// Σnum/Σden, changes of sums.
import type { Formula } from '../data/catalogue.ts';
import { ADDED_TABLES, OWN_PREFIX } from '../data/added.ts';
import type { Param } from '../data/db.ts';

/** Collects bound parameters and hands out their placeholders ($1, $2 … in order of use). */
export class Params {
  readonly values: Param[] = [];
  add(v: Param): string {
    this.values.push(v);
    return `$${this.values.length}`;
  }
}

/** `IN` a comma-separated list bound at `placeholder`. */
export const inList = (placeholder: string) => `IN (SELECT unnest(string_split(${placeholder}, ',')))`;

/** The level of a region key by its length (Gemeinde 8, Kreis 5, RB 3, Land 2; DG is Deutschland). */
export const LEVEL_OF_KEY = `CASE WHEN m.key = 'DG' THEN 'bund' ELSE CASE length(m.key) WHEN 8 THEN 'gemeinde' WHEN 5 THEN 'kreis' WHEN 3 THEN 'rb' ELSE 'land' END END`;

/** The visitor's own data (added at run time) are in their own table, with the same columns. */
const factsOf = (measure: string) => (measure.startsWith(OWN_PREFIX) ? ADDED_TABLES.facts : 'facts');

/** Per unit and period: num and den whose ratio of sums gives the indicator's value. */
export function unitsSql(formula: Formula, p: Params, base: string | undefined): string {
  switch (formula.type) {
    case 'weighted':
      return `SELECT ags, period, value * w AS num, w AS den FROM ${factsOf(formula.measure)}
              WHERE measure = ${p.add(formula.measure)} AND w IS NOT NULL AND value IS NOT NULL`;
    case 'ratio':
      return `SELECT a.ags, a.period, a.value AS num, b.value AS den FROM facts a
              JOIN facts b ON b.ags = a.ags AND b.period = a.period AND b.measure = ${p.add(formula.denominator)}
              WHERE a.measure = ${p.add(formula.numerator)}`;
    case 'change': {
      const b = p.add(base ?? null);
      return `SELECT t.ags, t.period, t.value AS num, b.value AS den FROM facts t
              JOIN facts b ON b.ags = t.ags AND b.measure = t.measure AND b.period = ${b}::VARCHAR
              WHERE t.measure = ${p.add(formula.measure)} AND t.period > ${b}::VARCHAR`;
    }
    case 'sum':
      return `SELECT ags, period, value AS num, 1.0 AS den FROM ${factsOf(formula.measure)} WHERE measure = ${p.add(formula.measure)}`;
    case 'category':
      throw new Error('Kategorien werden nicht aggregiert');
  }
}

/** SQL aggregate of the units of a class or group. */
export function aggregateSql(formula: Formula, p: Params): string {
  switch (formula.type) {
    case 'weighted':
      return 'SUM(u.num) / SUM(u.den)';
    case 'ratio':
      return `${p.add(formula.factor)}::DOUBLE * SUM(u.num) / SUM(u.den)`;
    case 'change':
      return '100 * (SUM(u.num) / SUM(u.den) - 1)';
    case 'sum':
      return 'SUM(u.num)';
    case 'category':
      throw new Error('Kategorien werden nicht aggregiert');
  }
}
