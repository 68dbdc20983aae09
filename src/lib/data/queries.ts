// Named, typed queries. Each returns plain values keyed by AGS; parameters are always bound.
import type { Formula, Indicator, Level } from './catalogue.ts';
import { column, type Db, type Param } from './db.ts';

export interface Value {
  value: number;
  /** Number of Gemeinden (or Kreise) that contributed. */
  n: number;
  /** Number a complete aggregate would have; n < expected means the value is partial. */
  expected: number;
  /** Flags of the contributing values, e.g. "harmonised", "rounded_10". */
  flags: string[];
}

export type Values = Map<string, Value>;

export interface ValuesRequest {
  indicator: Indicator;
  level: Level;
  /** A single period, or null for every period of the indicator at once (time slider). */
  period: string | null;
  /** Base period of a `change` indicator. */
  base?: string;
}

// Parameters: $1 measure (numerator), $2 period or NULL, $3 level, $4 denominator measure or base
// period, $5 ratio factor. Each statement uses a contiguous prefix of them.

/** Per native unit: (ags, period, num, den, flag); the aggregate is computed from num and den. */
function unitRows(formula: Formula): { sql: string; params: (r: ValuesRequest) => Param[] } {
  switch (formula.type) {
    case 'sum':
    case 'category':
      return {
        sql: `SELECT ags, period, value AS num, NULL::DOUBLE AS den, flag FROM facts
              WHERE measure = $1 AND ($2::VARCHAR IS NULL OR period = $2)`,
        params: (r) => [formula.measure, r.period, r.level],
      };
    case 'weighted':
      return {
        sql: `SELECT ags, period, value * w AS num, w AS den, flag FROM facts
              WHERE measure = $1 AND ($2::VARCHAR IS NULL OR period = $2) AND w IS NOT NULL`,
        params: (r) => [formula.measure, r.period, r.level],
      };
    case 'ratio':
      return {
        sql: `SELECT a.ags, a.period, a.value AS num, b.value AS den, concat_ws('|', nullif(a.flag, ''), nullif(b.flag, '')) AS flag
              FROM facts a JOIN facts b ON b.ags = a.ags AND b.period = a.period AND b.measure = $4
              WHERE a.measure = $1 AND ($2::VARCHAR IS NULL OR a.period = $2)`,
        params: (r) => [formula.numerator, r.period, r.level, formula.denominator, formula.factor],
      };
    case 'change':
      return {
        sql: `SELECT t.ags, t.period, t.value AS num, b.value AS den, concat_ws('|', nullif(t.flag, ''), nullif(b.flag, '')) AS flag
              FROM facts t JOIN facts b ON b.ags = t.ags AND b.measure = t.measure AND b.period = $4
              WHERE t.measure = $1 AND ($2::VARCHAR IS NULL OR t.period = $2)`,
        params: (r) => {
          if (!r.base) throw new Error(`Veränderung ${r.indicator.id}: Basisperiode fehlt`);
          return [formula.measure, r.period, r.level, r.base];
        },
      };
  }
}

/** Aggregate of num/den over the units of a region. */
function aggregate(formula: Formula): string {
  switch (formula.type) {
    case 'sum':
      return 'SUM(u.num)';
    case 'category':
      // Categories are never aggregated: only the native level has exactly one unit per region.
      return 'CASE WHEN COUNT(*) = 1 THEN ANY_VALUE(u.num) END';
    case 'weighted':
      return 'SUM(u.num) / SUM(u.den)';
    case 'ratio':
      return '$5::DOUBLE * SUM(u.num) / SUM(u.den)';
    case 'change':
      return '100 * (SUM(u.num) / SUM(u.den) - 1)';
  }
}

function valuesSql(formula: Formula): string {
  return `
    WITH u AS (${unitRows(formula).sql})
    SELECT m.key AS ags, u.period,
           (${aggregate(formula)})::DOUBLE AS value,
           COUNT(*)::INTEGER AS n,
           ANY_VALUE(e.n)::INTEGER AS expected,
           string_agg(DISTINCT nullif(u.flag, ''), '|' ORDER BY nullif(u.flag, '')) AS flags
    FROM u
    JOIN membership m ON m.ags = u.ags AND m.level = $3
    JOIN expected e ON e.level = m.level AND e.key = m.key AND e.native = m.native
    GROUP BY m.key, u.period
    ORDER BY m.key, u.period`;
}

function toValues(table: Awaited<ReturnType<Db['query']>>): Map<string, Values> {
  const ags = column<string>(table, 'ags');
  const period = column<string>(table, 'period');
  const value = column<number>(table, 'value');
  const n = column<number>(table, 'n');
  const expected = column<number>(table, 'expected');
  const flags = column<string>(table, 'flags');
  const byPeriod = new Map<string, Values>();
  for (let i = 0; i < ags.length; i++) {
    const v = value[i];
    if (v === null || v === undefined || !Number.isFinite(v)) continue;
    const p = period[i]!;
    let values = byPeriod.get(p);
    if (!values) byPeriod.set(p, (values = new Map()));
    const f = flags[i];
    values.set(ags[i]!, {
      value: v,
      n: n[i] ?? 0,
      expected: expected[i] ?? 0,
      flags: f ? [...new Set(f.split('|'))] : [],
    });
  }
  return byPeriod;
}

function run(db: Db, r: ValuesRequest) {
  const f = r.indicator.formula;
  return db.query(valuesSql(f), unitRows(f).params(r));
}

/** Values of one indicator for every region of a level in one period (empty where not offered). */
export async function valuesFor(db: Db, r: ValuesRequest & { period: string }): Promise<Values> {
  if (!r.indicator.levels.includes(r.level)) return new Map();
  return toValues(await run(db, r)).get(r.period) ?? new Map();
}

/** Values of one indicator for every region of a level in every period (one query). */
export async function seriesFor(db: Db, r: Omit<ValuesRequest, 'period'>): Promise<Map<string, Values>> {
  if (!r.indicator.levels.includes(r.level)) return new Map();
  return toValues(await run(db, { ...r, period: null }));
}
