// Named queries of the population trend: observed series of regions of any level, and the published
// projections with the observed population of their base year.
import { column, type Db } from '../data/db.ts';
import { inList, LEVEL_OF_KEY, Params } from './sql.ts';

/** Population observations (o) of the region keys (m.key) they sum to: Destatis by Gemeinde, BBSR by Kreis. */
const POPULATION_OF_KEYS = `FROM observations o
       JOIN membership m ON m.ags = o.ags AND m.native = CASE o.measure WHEN 'pop_total' THEN 'gemeinde' ELSE 'kreis' END
       WHERE o.measure IN ('pop_total', 'pop_total_bbsr')`;

export interface PopulationPoint {
  ags: string;
  /** 'destatis': Gemeinde sums at 15 reference dates; 'bbsr': annual Kreis series (rounded to 100). */
  series: 'destatis' | 'bbsr';
  period: string;
  value: number;
  /** value / Destatis value of the base period × 100 (null without a base). */
  index: number | null;
}

/**
 * `populationSeries`: population of regions of any level over time (sums of Gemeinden at the
 * Destatis dates; for Kreise, RB and Land also the annual BBSR Kreis series), with an index on
 * the Destatis value of `base` (= 100).
 */
export async function populationSeries(db: Db, regions: string[], base?: string): Promise<PopulationPoint[]> {
  if (!regions.length) return [];
  const p = new Params();
  const list = p.add(regions.join(','));
  const b = p.add(base ?? null);
  const table = await db.query(
    `WITH s AS (
       SELECT m.key AS ags, CASE o.measure WHEN 'pop_total' THEN 'destatis' ELSE 'bbsr' END AS series, o.period,
              SUM(o.value)::DOUBLE AS value
       ${POPULATION_OF_KEYS}
         AND m.key ${inList(list)}
         AND m.level = ${LEVEL_OF_KEY}
       GROUP BY ALL
     ),
     b AS (SELECT ags, value AS base FROM s WHERE series = 'destatis' AND period = ${b}::VARCHAR)
     SELECT s.ags, s.series, s.period, s.value, (100 * s.value / b.base)::DOUBLE AS idx
     FROM s LEFT JOIN b ON b.ags = s.ags
     ORDER BY s.ags, s.series, s.period`,
    p.values,
  );
  const ags = column<string>(table, 'ags');
  const series = column<'destatis' | 'bbsr'>(table, 'series');
  const period = column<string>(table, 'period');
  const value = column<number>(table, 'value');
  const idx = column<number>(table, 'idx');
  return ags.map((a, i) => ({ ags: a!, series: series[i]!, period: period[i]!, value: value[i]!, index: idx[i] ?? null }));
}

export interface ProjectionRow {
  ags: string;
  name: string;
  projection: string;
  /** Years of base and target ("2014", "2030"). */
  base: string;
  target: string;
  indicator: 'pop_change' | 'pop_level_base' | 'pop_level_target' | string;
  value: number;
  unit: string;
  sourceUrl: string;
  note: string;
  /** Observed population in the base year: BBSR annual series, else the Destatis sum (null if neither). */
  observedBase: number | null;
  observedBaseSeries: 'bbsr' | 'destatis' | null;
}

/** `projectionsFor`: the published projection figures of regions, with the observed base population. */
export async function projectionsFor(db: Db, regions: string[]): Promise<ProjectionRow[]> {
  if (!regions.length) return [];
  const table = await db.query(
    `WITH pr AS (
       SELECT ags, name, projection, left(base, 4) AS base, left(target, 4) AS target, indicator, value, unit,
              coalesce(source_url, '') AS source_url, coalesce(note, '') AS note
       FROM projections WHERE ags ${inList('$1')}
     ),
     obs AS (
       SELECT m.key AS ags, o.measure, o.period, SUM(o.value)::DOUBLE AS value
       ${POPULATION_OF_KEYS} AND m.key IN (SELECT ags FROM pr) AND m.level = ${LEVEL_OF_KEY}
       GROUP BY ALL
     )
     SELECT pr.*, coalesce(a.value, d.value) AS observed, CASE WHEN a.value IS NOT NULL THEN 'bbsr' WHEN d.value IS NOT NULL THEN 'destatis' END AS observed_series
     FROM pr
     LEFT JOIN obs a ON a.ags = pr.ags AND a.measure = 'pop_total_bbsr' AND a.period = pr.base
     LEFT JOIN obs d ON d.ags = pr.ags AND d.measure = 'pop_total' AND d.period = pr.base
     ORDER BY pr.ags, pr.projection, pr.base, pr.indicator`,
    [regions.join(',')],
  );
  const get = <T>(name: string) => column<T>(table, name);
  const ags = get<string>('ags');
  const name = get<string>('name');
  const projection = get<string>('projection');
  const base = get<string>('base');
  const target = get<string>('target');
  const indicator = get<string>('indicator');
  const value = get<number>('value');
  const unit = get<string>('unit');
  const sourceUrl = get<string>('source_url');
  const note = get<string>('note');
  const observed = get<number>('observed');
  const observedSeries = get<'bbsr' | 'destatis'>('observed_series');
  return ags.map((a, i) => ({
    ags: a!,
    name: name[i] ?? '',
    projection: projection[i] ?? '',
    base: base[i]!,
    target: target[i]!,
    indicator: indicator[i]!,
    value: value[i]!,
    unit: unit[i] ?? '',
    sourceUrl: sourceUrl[i] ?? '',
    note: note[i] ?? '',
    observedBase: observed[i] ?? null,
    observedBaseSeries: observedSeries[i] ?? null,
  }));
}
