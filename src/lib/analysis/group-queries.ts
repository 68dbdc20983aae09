// Named queries of the group comparison: the units of a group, and an indicator aggregated over them.
import type { Indicator } from '../data/catalogue.ts';
import { column, type Db } from '../data/db.ts';
import { aggregateSql, inList, LEVEL_OF_KEY, Params, unitsSql } from './sql.ts';
import { gemeindeClassLevel } from './typology-sql.ts';
import { TYPOLOGIES, type TypologyId } from './typologies.ts';

/**
 * Regions of a group: a list of regions of any level, or one class of a typology, optionally only
 * within one region (`within`: e.g. Hessen's Landgemeinden in the national data set).
 */
export type GroupSpec = { kind: 'regions'; regions: string[] } | { kind: 'class'; typology: TypologyId; code: number; within?: string };

/**
 * `groupMembers`: the units (Gemeinden, or Kreise for Kreis-only indicators) of a group. A
 * typology class uses the typology's latest edition.
 */
export async function groupMembers(db: Db, spec: GroupSpec, native: 'gemeinde' | 'kreis'): Promise<string[]> {
  const p = new Params();
  let sql: string;
  if (spec.kind === 'regions') {
    sql = `SELECT DISTINCT m.ags FROM membership m
           WHERE m.native = ${p.add(native)} AND m.key ${inList(p.add(spec.regions.join(',')))}
             AND m.level = ${LEVEL_OF_KEY}
           ORDER BY m.ags`;
  } else {
    const t = TYPOLOGIES[spec.typology];
    if (native === 'kreis' && t.native === 'gemeinde') return [];
    sql = `WITH o AS (SELECT ags, value FROM observations WHERE measure = ${p.add(t.measure)}
                      AND period = (SELECT max(period) FROM observations WHERE measure = ${p.add(t.measure)}))
           SELECT DISTINCT m.ags FROM membership m JOIN o ON o.ags = m.key
           WHERE m.native = ${p.add(native)} AND m.level = ${p.add(native === 'gemeinde' ? gemeindeClassLevel(t) : t.native)}
             AND o.value = ${p.add(spec.code)}${
               spec.within
                 ? `
             AND m.ags IN (SELECT m.ags FROM membership m WHERE m.native = ${p.add(native)} AND m.key = ${p.add(spec.within)} AND m.level = ${LEVEL_OF_KEY})`
                 : ''
             }
           ORDER BY m.ags`;
  }
  const table = await db.query(sql, p.values);
  return column<string>(table, 'ags').filter((x): x is string => x !== null);
}

export interface GroupValue {
  period: string;
  value: number;
  /** Units with a value in the period. */
  n: number;
}

/** `groupSeries`: an indicator aggregated over a set of units, every period (same rule as the map). */
export async function groupSeries(db: Db, indicator: Indicator, members: string[], base?: string): Promise<GroupValue[]> {
  if (!members.length || indicator.formula.type === 'category') return [];
  const p = new Params();
  const units = unitsSql(indicator.formula, p, base);
  const list = p.add(members.join(','));
  const agg = aggregateSql(indicator.formula, p);
  const f = indicator.formula;
  // Area outside any Gemeinde (density) counts for a group that holds every Gemeinde of its Kreis,
  // as on the map; it adds to the denominator only, not to n.
  const extra =
    f.type === 'ratio' && f.extraDenominator
      ? `UNION ALL
         SELECT ags, period, 0 AS num, value AS den, FALSE AS counted FROM facts
         WHERE measure = ${p.add(f.extraDenominator)} AND ags IN (
           SELECT g.ags FROM membership g WHERE g.native = 'gemeindefrei' AND g.level = 'kreis' AND g.key IN (
             SELECT m.key FROM membership m WHERE m.native = 'gemeinde' AND m.level = 'kreis'
             GROUP BY m.key HAVING bool_and(m.ags ${inList(list)})))`
      : '';
  const table = await db.query(
    `WITH u AS (SELECT *, TRUE AS counted FROM (${units}) WHERE ags ${inList(list)} ${extra})
     SELECT u.period, (${agg})::DOUBLE AS value, COUNT(*) FILTER (WHERE u.counted)::INTEGER AS n FROM u GROUP BY u.period ORDER BY u.period`,
    p.values,
  );
  const period = column<string>(table, 'period');
  const value = column<number>(table, 'value');
  const n = column<number>(table, 'n');
  const out: GroupValue[] = [];
  period.forEach((per, i) => {
    const v = value[i];
    if (per !== null && v !== null && v !== undefined && Number.isFinite(v)) out.push({ period: per, value: v, n: n[i] ?? 0 });
  });
  return out;
}
