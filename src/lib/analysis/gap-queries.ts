// Named queries of the urban–rural gap: the value of every typology class per period, and the
// Gemeinde rows behind it for the bootstrap. Each binds every value and returns plain typed values.
import type { Indicator } from '../data/catalogue.ts';
import { column, type Db } from '../data/db.ts';
import type { GapUnit } from './bootstrap.ts';
import { aggregateSql, inList, Params, unitsSql } from './sql.ts';
import { gemeindeClassesSql } from './typology-sql.ts';
import type { TypologyId } from './typologies.ts';

/**
 * Class of every Gemeinde per edition of some typologies (Kreis typologies: the class of its
 * Kreis), and per period and typology the edition it uses: the latest on or before the period's
 * year, else the first.
 */
function typologyCtes(typologies: readonly TypologyId[], p: Params): string {
  const parts = typologies.map((id) => gemeindeClassesSql(id, p, `${p.add(id)}::VARCHAR AS typology, `));
  return `
    typ AS (${parts.join(' UNION ALL ')}),
    eds AS (SELECT DISTINCT typology, edition FROM typ),
    pe AS (
      SELECT q.period, e.typology,
             coalesce(max(e.edition) FILTER (WHERE e.edition <= left(q.period, 4)), min(e.edition)) AS edition
      FROM (SELECT DISTINCT period FROM u) q CROSS JOIN eds e
      GROUP BY q.period, e.typology
    )`;
}

const JOIN_TYPOLOGY = `FROM u JOIN pe ON pe.period = u.period JOIN typ t ON t.typology = pe.typology AND t.ags = u.ags AND t.edition = pe.edition`;

export interface GapRequest {
  indicator: Indicator;
  typology: TypologyId;
  /** Base period of a change indicator. */
  base?: string;
  /** Only these periods (default: every period). */
  periods?: string[];
}

/** Units of Gemeinden, optionally restricted to some periods. */
function gemeindeUnits(r: Omit<GapRequest, 'typology'>, p: Params): string {
  const units = unitsSql(r.indicator.formula, p, r.base);
  const only = r.periods?.length ? ` AND period ${inList(p.add(r.periods.join(',')))}` : '';
  return `SELECT * FROM (${units}) WHERE length(ags) = 8${only}`;
}

export interface ClassValue {
  typology: TypologyId;
  code: number;
  period: string;
  /** Edition of the typology used for the period (e.g. DEGURBA "2019"). */
  edition: string;
  value: number | null;
  /** Gemeinden in the class with a value. */
  n: number;
}

/** `classSeries`: population-weighted value of every class of some typologies in every period. */
export async function classSeriesOf(db: Db, r: Omit<GapRequest, 'typology'>, typologies: readonly TypologyId[]): Promise<ClassValue[]> {
  const p = new Params();
  const units = gemeindeUnits(r, p);
  const ctes = typologyCtes(typologies, p);
  const agg = aggregateSql(r.indicator.formula, p);
  const table = await db.query(
    `WITH u AS (${units}), ${ctes}
     SELECT t.typology, t.code, u.period, pe.edition, (${agg})::DOUBLE AS value, COUNT(*)::INTEGER AS n
     ${JOIN_TYPOLOGY}
     GROUP BY t.typology, t.code, u.period, pe.edition
     ORDER BY t.typology, u.period, t.code`,
    p.values,
  );
  const typology = column<TypologyId>(table, 'typology');
  const code = column<number>(table, 'code');
  const period = column<string>(table, 'period');
  const edition = column<string>(table, 'edition');
  const value = column<number>(table, 'value');
  const n = column<number>(table, 'n');
  return code.map((c, i) => ({
    typology: typology[i]!,
    code: c!,
    period: period[i]!,
    edition: edition[i]!,
    value: Number.isFinite(value[i]) ? value[i]! : null,
    n: n[i] ?? 0,
  }));
}

/** `classSeries` of one typology. */
export function classSeries(db: Db, r: GapRequest): Promise<ClassValue[]> {
  return classSeriesOf(db, r, [r.typology]);
}

/** `gapUnits`: the Gemeinde rows behind `classSeries` (for the bootstrap), per typology, every period at once. */
export async function gapUnitsOf(
  db: Db,
  r: Omit<GapRequest, 'typology'>,
  typologies: readonly TypologyId[],
): Promise<Map<TypologyId, GapUnit[]>> {
  const p = new Params();
  const units = gemeindeUnits(r, p);
  const ctes = typologyCtes(typologies, p);
  const table = await db.query(
    `WITH u AS (${units}), ${ctes}
     SELECT t.typology, u.ags, u.period, u.num::DOUBLE AS num, u.den::DOUBLE AS den, t.code
     ${JOIN_TYPOLOGY}
     WHERE u.num IS NOT NULL AND u.den IS NOT NULL
     ORDER BY t.typology, u.period, u.ags`,
    p.values,
  );
  const typology = column<TypologyId>(table, 'typology');
  const ags = column<string>(table, 'ags');
  const period = column<string>(table, 'period');
  const num = column<number>(table, 'num');
  const den = column<number>(table, 'den');
  const code = column<number>(table, 'code');
  const out = new Map<TypologyId, GapUnit[]>(typologies.map((t) => [t, []]));
  ags.forEach((a, i) => out.get(typology[i]!)!.push({ ags: a!, period: period[i]!, num: num[i]!, den: den[i]!, code: code[i]! }));
  return out;
}

/** `gapUnits` of one typology. */
export async function gapUnits(db: Db, r: GapRequest): Promise<GapUnit[]> {
  return (await gapUnitsOf(db, r, [r.typology])).get(r.typology)!;
}
