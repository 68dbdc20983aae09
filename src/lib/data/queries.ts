// Named, typed queries. Each returns plain values keyed by AGS; parameters are always bound.
import type { Formula, Indicator, Level } from './catalogue.ts';
import type { Table } from 'apache-arrow';
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
  /** Where its facts are (default: the atlas' tables). */
  tables?: FactTables;
}

// Parameters: $1 measure (numerator), $2 period or NULL, $3 levels (comma-separated), $4 denominator
// measure, base period or (weighted) the Kreis measure, $5 ratio factor, $6 extra denominator
// measure. Each statement uses a contiguous prefix of them.

/** What a statement binds: a period (null: every period) and the levels, e.g. "gemeinde,kreis". */
interface Binding {
  indicator: Indicator;
  period: string | null;
  levels: string;
  base?: string;
}

/** The tables a statement reads: the atlas' own, or those of indicators added at run time (data/added.ts). */
export interface FactTables {
  facts: string;
  membership: string;
}
export const ATLAS_TABLES: FactTables = { facts: 'facts', membership: 'membership' };

/**
 * Per native unit: (ags, p, num, den, flags, counted); the aggregate is computed from num and den.
 * Rows with counted = FALSE add only to den (area outside any Gemeinde) and not to n/expected.
 */
function unitRows(formula: Formula, { facts }: FactTables = ATLAS_TABLES): { sql: string; params: (r: Binding) => Param[] } {
  switch (formula.type) {
    case 'sum':
    case 'category':
      return {
        sql: `SELECT ags, p, value AS num, NULL::DOUBLE AS den, flags, TRUE AS counted FROM ${facts}
              WHERE measure = $1 AND ($2::VARCHAR IS NULL OR period = $2)`,
        params: (r) => [formula.measure, r.period, r.levels],
      };
    case 'weighted':
      return {
        sql: `SELECT ags, p, value * w AS num, w AS den, flags, TRUE AS counted FROM ${facts}
              WHERE measure = $1 AND ($2::VARCHAR IS NULL OR period = $2) AND w IS NOT NULL`,
        params: (r) => [formula.measure, r.period, r.levels, ...(formula.kreisMeasure ? [formula.kreisMeasure] : [])],
      };
    case 'ratio': {
      const extra = formula.extraDenominator;
      return {
        sql: `SELECT a.ags, a.p, a.value AS num, b.value AS den, a.flags | b.flags AS flags, TRUE AS counted
              FROM ${facts} a JOIN ${facts} b ON b.ags = a.ags AND b.p = a.p AND b.measure = $4
              WHERE a.measure = $1 AND ($2::VARCHAR IS NULL OR a.period = $2)${
                extra
                  ? `
              UNION ALL
              SELECT ags, p, 0 AS num, value AS den, flags, FALSE AS counted FROM ${facts}
              WHERE measure = $6 AND ($2::VARCHAR IS NULL OR period = $2)`
                  : ''
              }`,
        params: (r) => [formula.numerator, r.period, r.levels, formula.denominator, formula.factor, ...(extra ? [extra] : [])],
      };
    }
    case 'change':
      return {
        sql: `SELECT t.ags, t.p, t.value AS num, b.value AS den, t.flags | b.flags AS flags, TRUE AS counted
              FROM ${facts} t JOIN ${facts} b ON b.ags = t.ags AND b.measure = t.measure AND b.period = $4
              WHERE t.measure = $1 AND ($2::VARCHAR IS NULL OR t.period = $2)`,
        params: (r) => {
          if (!r.base) throw new Error(`Veränderung ${r.indicator.id}: Basisperiode fehlt`);
          return [formula.measure, r.period, r.levels, r.base];
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

/** Flags stored as bits in facts.flags, in bit order; `weighted` marks a computed weighted mean. */
export const FLAG_BITS = ['harmonised', 'rounded_10', 'rounded_100', 'computed', 'weighted'] as const;
const FLAG_LISTS = Array.from({ length: 1 << FLAG_BITS.length }, (_, bits) => FLAG_BITS.filter((_, i) => bits & (1 << i)));
const WEIGHTED_BIT = 1 << FLAG_BITS.indexOf('weighted');

function valuesSql(formula: Formula, tables: FactTables = ATLAS_TABLES): string {
  // Only numbers come back (region and period as indices, flags as bits): reading numeric Arrow
  // columns is fast, reading strings row by row costs as much as the query.
  // A weighted mean over units of a finer level is the app's own computation: flagged `weighted`.
  const computedBit = formula.type === 'weighted' ? `| CASE WHEN m.level <> m.native THEN ${WEIGHTED_BIT} ELSE 0 END` : '';
  const computed = `
    SELECT m.key_idx AS k, u.p AS p,
           (${aggregate(formula)})::DOUBLE AS value,
           COUNT(*) FILTER (WHERE u.counted)::INTEGER AS n,
           ANY_VALUE(m.expected) FILTER (WHERE u.counted)::INTEGER AS expected,
           BIT_OR(u.flags ${computedBit})::INTEGER AS flags
    FROM u
    JOIN ${tables.membership} m ON m.ags = u.ags AND list_contains(string_split($3, ','), m.level)
    GROUP BY m.key_idx, u.p`;
  if (formula.type !== 'weighted' || !formula.kreisMeasure) return `WITH u AS (${unitRows(formula, tables).sql}) ${computed}`;
  // Where the source publishes a Kreis value, the Kreis shows it instead of the mean of its Gemeinden.
  return `
    WITH u AS (${unitRows(formula, tables).sql}),
    c AS (${computed}),
    o AS (
      SELECT m.key_idx AS k, f.p, f.value::DOUBLE AS value, 1 AS n, 1 AS expected, f.flags::INTEGER AS flags
      -- through the membership: a value published for a Kreis whose territory changed since
      -- (old Main-Kinzig-Kreis on the Gebietsstand 2026) is no Kreis value
      FROM ${tables.facts} f JOIN ${tables.membership} m ON m.ags = f.ags AND m.level = 'kreis' AND m.native = 'kreis'
      WHERE f.measure = $4 AND ($2::VARCHAR IS NULL OR f.period = $2) AND list_contains(string_split($3, ','), 'kreis')
    )
    SELECT * FROM o
    UNION ALL
    SELECT c.* FROM c WHERE NOT EXISTS (SELECT 1 FROM o WHERE o.k = c.k AND o.p = c.p)`;
}

/** Region and period keys by index, read once per database. */
const keysOf = new WeakMap<Db, Promise<{ regions: string[]; levels: Level[]; periods: string[] }>>();
function keys(db: Db) {
  let k = keysOf.get(db);
  if (!k) {
    k = Promise.all([db.query('SELECT idx, ags, level FROM regions ORDER BY idx'), db.query('SELECT idx, id FROM periods ORDER BY idx')]).then(
      ([r, p]) => ({
        regions: column<string>(r, 'ags') as string[],
        levels: column<Level>(r, 'level') as Level[],
        periods: column<string>(p, 'id') as string[],
      }),
    );
    keysOf.set(db, k);
  }
  return k;
}

/** After periods were added to the database (data/added.ts): the next query reads the keys again. */
export function forgetKeys(db: Db): void {
  keysOf.delete(db);
}

function numbers(table: Table, name: string): ArrayLike<number> {
  const v = table.getChild(name);
  if (!v) throw new Error(`Spalte ${name} fehlt im Abfrageergebnis`);
  // Typed arrays turn nulls into 0; only values can be null (division by zero), checked below.
  return v.toArray() as ArrayLike<number>;
}

/** Values by level, then period. */
async function toValues(db: Db, table: Table): Promise<Map<Level, Map<string, Values>>> {
  const { regions, levels, periods } = await keys(db);
  const k = numbers(table, 'k');
  const p = numbers(table, 'p');
  const value = numbers(table, 'value');
  const valid = table.getChild('value')!;
  const n = numbers(table, 'n');
  const expected = numbers(table, 'expected');
  const flags = numbers(table, 'flags');
  const out = new Map<Level, Map<string, Values>>();
  for (let i = 0; i < table.numRows; i++) {
    const v = value[i]!;
    if (!Number.isFinite(v) || (valid.nullCount > 0 && !valid.isValid(i))) continue;
    const level = levels[k[i]!]!;
    let byPeriod = out.get(level);
    if (!byPeriod) out.set(level, (byPeriod = new Map()));
    const period = periods[p[i]!]!;
    let values = byPeriod.get(period);
    if (!values) byPeriod.set(period, (values = new Map()));
    values.set(regions[k[i]!]!, { value: v, n: n[i]!, expected: expected[i]!, flags: FLAG_LISTS[flags[i]! & (FLAG_LISTS.length - 1)]! });
  }
  return out;
}

function run(db: Db, r: Omit<ValuesRequest, 'level'>, levels: Level[]) {
  const f = r.indicator.formula;
  return db.query(valuesSql(f, r.tables), unitRows(f, r.tables).params({ ...r, levels: levels.join(',') }));
}

/** Values of one indicator for every region of a level in one period (empty where not offered). */
export async function valuesFor(db: Db, r: ValuesRequest & { period: string }): Promise<Values> {
  if (!r.indicator.levels.includes(r.level)) return new Map();
  return (await toValues(db, await run(db, r, [r.level]))).get(r.level)?.get(r.period) ?? new Map();
}

/**
 * Every period at several levels in one query: after the first view of an indicator, switching
 * level or year needs no query. Levels the indicator is not offered at come back empty.
 */
export async function seriesByLevel(
  db: Db,
  r: Omit<ValuesRequest, 'period' | 'level'> & { levels: Level[] },
): Promise<Map<Level, Map<string, Values>>> {
  const levels = r.levels.filter((l) => r.indicator.levels.includes(l));
  const out = levels.length ? await toValues(db, await run(db, { ...r, period: null }, levels)) : new Map<Level, Map<string, Values>>();
  for (const l of r.levels) if (!out.has(l)) out.set(l, new Map());
  return out;
}
