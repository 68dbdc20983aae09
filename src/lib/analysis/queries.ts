// Named SQL queries of the analyses. Each takes the atlas' Db, binds every value and returns plain
// typed values. Class and group values use the same ratio-of-sums rule as the map's aggregates
// (src/lib/data/queries.ts): weighted shares Σ(share·pop)/Σpop, ratios Σnum/Σden, changes of sums.
import type { Formula, Indicator } from '../data/catalogue.ts';
import { ADDED_TABLES, OWN_PREFIX } from '../data/added.ts';
import { column, type Db, type Param } from '../data/db.ts';
import type { GapUnit } from './bootstrap.ts';
import { TYPOLOGIES, type RuralDefinition, type TypologyId } from './typologies.ts';

/** Collects bound parameters and hands out their placeholders ($1, $2 … in order of use). */
class Params {
  readonly values: Param[] = [];
  add(v: Param): string {
    this.values.push(v);
    return `$${this.values.length}`;
  }
}

/** The visitor's own data (added at run time) are in their own table, with the same columns. */
const factsOf = (measure: string) => (measure.startsWith(OWN_PREFIX) ? ADDED_TABLES.facts : 'facts');

/** Per unit and period: num and den whose ratio of sums gives the indicator's value. */
function unitsSql(formula: Formula, p: Params, base: string | undefined): string {
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
function aggregateSql(formula: Formula, p: Params): string {
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

/**
 * A Kreis typology was published for the Kreise of its files: a Gemeinde takes the class of the Kreis
 * it lay in then (Hanau, kreisfrei since 2026: the class of the old Main-Kinzig-Kreis).
 */
const KREIS_OF_TYPOLOGY: Partial<Record<string, string>> = { kreis: 'kreis_native' };

/**
 * Class of every Gemeinde per edition of some typologies (Kreis typologies: the class of its
 * Kreis), and per period and typology the edition it uses: the latest on or before the period's
 * year, else the first.
 */
function typologyCtes(typologies: readonly TypologyId[], p: Params): string {
  const parts = typologies.map((id) => {
    const t = TYPOLOGIES[id];
    return `SELECT ${p.add(id)}::VARCHAR AS typology, m.ags, o.period AS edition, o.value::INTEGER AS code
            FROM membership m JOIN observations o ON o.ags = m.key AND o.measure = ${p.add(t.measure)}
            WHERE m.native = 'gemeinde' AND m.level = ${p.add(KREIS_OF_TYPOLOGY[t.native] ?? t.native)}`;
  });
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
  const only = r.periods?.length ? ` AND period IN (SELECT unnest(string_split(${p.add(r.periods.join(','))}, ',')))` : '';
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

/** `typologyClasses`: class of every Gemeinde in one edition (default: the latest). */
export async function typologyClasses(
  db: Db,
  typology: TypologyId,
  edition?: string,
): Promise<{ edition: string; classes: Map<string, number> }> {
  const p = new Params();
  const t = TYPOLOGIES[typology];
  const table = await db.query(
    `WITH typ AS (
       SELECT m.ags, o.period AS edition, o.value::INTEGER AS code
       FROM membership m JOIN observations o ON o.ags = m.key AND o.measure = ${p.add(t.measure)}
       WHERE m.native = 'gemeinde' AND m.level = ${p.add(KREIS_OF_TYPOLOGY[t.native] ?? t.native)}
     ),
     ed AS (SELECT coalesce(${p.add(edition ?? null)}::VARCHAR, (SELECT max(edition) FROM typ)) AS edition)
     SELECT typ.ags, typ.code, typ.edition FROM typ JOIN ed ON ed.edition = typ.edition ORDER BY typ.ags`,
    p.values,
  );
  const ags = column<string>(table, 'ags');
  const code = column<number>(table, 'code');
  const eds = column<string>(table, 'edition');
  return { edition: eds[0] ?? edition ?? '', classes: new Map(ags.map((a, i) => [a!, code[i]!])) };
}

/**
 * Area shares divide by the whole area of Hessen, as the strategy's "Landesfläche": the Gemeinden
 * plus the uninhabited gemeindefreie Gebiete (which belong to no class) of the same year.
 */
const WHOLE_AREA_EXTRA = (year: string) =>
  `coalesce((SELECT SUM(value) FROM observations WHERE measure = 'area_km2_gemeindefrei' AND period = ${year}), 0)`;

export interface ClassProfile {
  code: number;
  /** Gemeinden, their area (km²) and population in the class. */
  n: number;
  area: number;
  pop: number;
  areaShare: number;
  popShare: number;
}

/** `typologyProfile`: Gemeinden, area and population of every class (areas and population of `year`). */
export async function typologyProfile(db: Db, typology: TypologyId, year = '2023'): Promise<{ edition: string; classes: ClassProfile[] }> {
  const t = TYPOLOGIES[typology];
  const p = new Params();
  const y = p.add(year);
  const table = await db.query(
    `WITH g AS (
       SELECT a.ags, a.value AS area, b.value AS pop FROM observations a
       JOIN observations b ON b.ags = a.ags AND b.measure = 'pop_total' AND b.period = a.period
       WHERE a.measure = 'area_km2' AND a.period = ${y}
     ),
     typ AS (
       SELECT m.ags, o.period AS edition, o.value::INTEGER AS code
       FROM membership m JOIN observations o ON o.ags = m.key AND o.measure = ${p.add(t.measure)}
       WHERE m.native = 'gemeinde' AND m.level = ${p.add(KREIS_OF_TYPOLOGY[t.native] ?? t.native)}
     ),
     ed AS (SELECT coalesce((SELECT max(edition) FROM typ WHERE edition <= left(${y}, 4)), (SELECT min(edition) FROM typ)) AS edition),
     c AS (SELECT g.*, typ.code, typ.edition FROM g JOIN typ ON typ.ags = g.ags JOIN ed ON ed.edition = typ.edition)
     SELECT code, ANY_VALUE(edition) AS edition, COUNT(*)::INTEGER AS n, SUM(area)::DOUBLE AS area, SUM(pop)::DOUBLE AS pop,
            (100 * SUM(area) / (SUM(SUM(area)) OVER () + ${WHOLE_AREA_EXTRA(y)}))::DOUBLE AS area_share,
            (100 * SUM(pop) / SUM(SUM(pop)) OVER ())::DOUBLE AS pop_share
     FROM c GROUP BY code ORDER BY code`,
    p.values,
  );
  const code = column<number>(table, 'code');
  const edition = column<string>(table, 'edition');
  const n = column<number>(table, 'n');
  const area = column<number>(table, 'area');
  const pop = column<number>(table, 'pop');
  const areaShare = column<number>(table, 'area_share');
  const popShare = column<number>(table, 'pop_share');
  return {
    edition: edition[0] ?? '',
    classes: code.map((c, i) => ({ code: c!, n: n[i]!, area: area[i]!, pop: pop[i]!, areaShare: areaShare[i]!, popShare: popShare[i]! })),
  };
}

export interface RuralShare {
  id: string;
  edition: string;
  /** Area and population of the rural classes; whole area of Hessen (incl. gemeindefreie Gebiete) and population of all Gemeinden. */
  area: number;
  pop: number;
  areaTotal: number;
  popTotal: number;
  areaShare: number;
  popShare: number;
  /** Gemeinden in the rural classes, and all Gemeinden. */
  n: number;
  nTotal: number;
}

/**
 * `ruralShare`: share of Hessen's area and population in the classes a definition calls rural
 * (Gemeinde areas and population of `year`, typology edition latest on or before `year`).
 */
export async function ruralShare(db: Db, def: RuralDefinition, year = '2023'): Promise<RuralShare> {
  const t = TYPOLOGIES[def.typology];
  const p = new Params();
  const y = p.add(year);
  const table = await db.query(
    `WITH g AS (
       SELECT a.ags, a.value AS area, b.value AS pop FROM observations a
       JOIN observations b ON b.ags = a.ags AND b.measure = 'pop_total' AND b.period = a.period
       WHERE a.measure = 'area_km2' AND a.period = ${y}
     ),
     typ AS (
       SELECT m.ags, o.period AS edition, o.value::INTEGER AS code
       FROM membership m JOIN observations o ON o.ags = m.key AND o.measure = ${p.add(t.measure)}
       WHERE m.native = 'gemeinde' AND m.level = ${p.add(KREIS_OF_TYPOLOGY[t.native] ?? t.native)}
     ),
     ed AS (SELECT coalesce((SELECT max(edition) FROM typ WHERE edition <= left(${y}, 4)), (SELECT min(edition) FROM typ)) AS edition),
     c AS (
       SELECT g.*, list_contains(string_split(${p.add(def.codes.join(','))}, ',')::INTEGER[], typ.code) AS rural, typ.edition
       FROM g JOIN typ ON typ.ags = g.ags JOIN ed ON ed.edition = typ.edition
     )
     SELECT ANY_VALUE(edition) AS edition,
            coalesce(SUM(area) FILTER (WHERE rural), 0)::DOUBLE AS area, (SUM(area) + ${WHOLE_AREA_EXTRA(y)})::DOUBLE AS area_total,
            coalesce(SUM(pop) FILTER (WHERE rural), 0)::DOUBLE AS pop, SUM(pop)::DOUBLE AS pop_total,
            COUNT(*) FILTER (WHERE rural)::INTEGER AS n, COUNT(*)::INTEGER AS n_total
     FROM c`,
    p.values,
  );
  const get = <T>(name: string) => column<T>(table, name)[0]!;
  const area = get<number>('area');
  const areaTotal = get<number>('area_total');
  const pop = get<number>('pop');
  const popTotal = get<number>('pop_total');
  return {
    id: def.id,
    edition: get<string>('edition'),
    area,
    pop,
    areaTotal,
    popTotal,
    areaShare: (100 * area) / areaTotal,
    popShare: (100 * pop) / popTotal,
    n: get<number>('n'),
    nTotal: get<number>('n_total'),
  };
}

export interface PopulationPoint {
  ags: string;
  /** 'destatis': Gemeinde sums at 15 reference dates; 'bbsr': annual Kreis series (rounded to 100). */
  series: 'destatis' | 'bbsr';
  period: string;
  value: number;
  /** value / Destatis value of the base period × 100 (null without a base). */
  index: number | null;
}

const LEVEL_OF_KEY = `CASE length(m.key) WHEN 8 THEN 'gemeinde' WHEN 5 THEN 'kreis' WHEN 3 THEN 'rb' ELSE 'land' END`;

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
       FROM observations o
       JOIN membership m ON m.ags = o.ags AND m.native = CASE o.measure WHEN 'pop_total' THEN 'gemeinde' ELSE 'kreis' END
       WHERE o.measure IN ('pop_total', 'pop_total_bbsr')
         AND m.key IN (SELECT unnest(string_split(${list}, ',')))
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
       FROM projections WHERE ags IN (SELECT unnest(string_split($1, ',')))
     ),
     obs AS (
       SELECT m.key AS ags, o.measure, o.period, SUM(o.value)::DOUBLE AS value
       FROM observations o
       JOIN membership m ON m.ags = o.ags AND m.native = CASE o.measure WHEN 'pop_total' THEN 'gemeinde' ELSE 'kreis' END
       WHERE o.measure IN ('pop_total', 'pop_total_bbsr') AND m.key IN (SELECT ags FROM pr) AND m.level = ${LEVEL_OF_KEY}
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

/** Regions of a group: a list of regions of any level, or one class of a typology. */
export type GroupSpec = { kind: 'regions'; regions: string[] } | { kind: 'class'; typology: TypologyId; code: number };

/**
 * `groupMembers`: the units (Gemeinden, or Kreise for Kreis-only indicators) of a group. A
 * typology class uses the typology's latest edition.
 */
export async function groupMembers(db: Db, spec: GroupSpec, native: 'gemeinde' | 'kreis'): Promise<string[]> {
  const p = new Params();
  let sql: string;
  if (spec.kind === 'regions') {
    sql = `SELECT DISTINCT m.ags FROM membership m
           WHERE m.native = ${p.add(native)} AND m.key IN (SELECT unnest(string_split(${p.add(spec.regions.join(','))}, ',')))
             AND m.level = ${LEVEL_OF_KEY}
           ORDER BY m.ags`;
  } else {
    const t = TYPOLOGIES[spec.typology];
    if (native === 'kreis' && t.native === 'gemeinde') return [];
    sql = `WITH o AS (SELECT ags, value FROM observations WHERE measure = ${p.add(t.measure)}
                      AND period = (SELECT max(period) FROM observations WHERE measure = ${p.add(t.measure)}))
           SELECT DISTINCT m.ags FROM membership m JOIN o ON o.ags = m.key
           WHERE m.native = ${p.add(native)} AND m.level = ${p.add(native === 'gemeinde' ? (KREIS_OF_TYPOLOGY[t.native] ?? t.native) : t.native)}
             AND o.value = ${p.add(spec.code)}
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
             GROUP BY m.key HAVING bool_and(m.ags IN (SELECT unnest(string_split(${list}, ','))))))`
      : '';
  const table = await db.query(
    `WITH u AS (SELECT *, TRUE AS counted FROM (${units}) WHERE ags IN (SELECT unnest(string_split(${list}, ','))) ${extra})
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

export interface Project {
  id: number;
  program: string;
  round: string;
  year: number | null;
  project: string;
  lead: string;
  participants: string[];
  ags: string[];
  amountEur: number | null;
  amountKind: string;
  amountWording: string;
  themes: string;
  sourceUrl: string;
  sourceDate: string;
  /** Curator's note in German and English (empty where none). */
  note: { de: string; en: string };
  /** The curator's confidence in the row: high, medium or low. */
  confidence: string;
}

/** `projectsList`: the cited selection of Smart-City / Starke-Heimat projects, in file order. */
export async function projectsList(db: Db): Promise<Project[]> {
  const table = await db.query(
    `SELECT row_number() OVER ()::INTEGER AS id, program, coalesce(round, '') AS round, year, project, coalesce(lead, '') AS lead,
            coalesce(participants, '') AS participants, coalesce(ags, '') AS ags, amount_eur, coalesce(amount_kind, '') AS amount_kind,
            coalesce(amount_wording_de, '') AS amount_wording_de, coalesce(themes, '') AS themes, coalesce(source_url, '') AS source_url,
            coalesce(source_date, '') AS source_date, coalesce(note_de, '') AS note_de, coalesce(note_en, '') AS note_en,
            coalesce(confidence, '') AS confidence
     FROM projects`,
  );
  const get = <T>(name: string) => column<T>(table, name);
  const id = get<number>('id');
  const program = get<string>('program');
  const round = get<string>('round');
  const year = get<number>('year');
  const project = get<string>('project');
  const lead = get<string>('lead');
  const participants = get<string>('participants');
  const ags = get<string>('ags');
  const amount = get<number>('amount_eur');
  const kind = get<string>('amount_kind');
  const wording = get<string>('amount_wording_de');
  const themes = get<string>('themes');
  const url = get<string>('source_url');
  const date = get<string>('source_date');
  const noteDe = get<string>('note_de');
  const noteEn = get<string>('note_en');
  const confidence = get<string>('confidence');
  const split = (s: string | null) =>
    s
      ? s
          .split('|')
          .map((x) => x.trim())
          .filter(Boolean)
      : [];
  return id.map((x, i) => ({
    id: x!,
    program: program[i] ?? '',
    round: round[i] ?? '',
    year: year[i] ?? null,
    project: project[i] ?? '',
    lead: lead[i] ?? '',
    participants: split(participants[i] ?? null),
    ags: split(ags[i] ?? null),
    amountEur: amount[i] ?? null,
    amountKind: kind[i] ?? '',
    amountWording: wording[i] ?? '',
    themes: themes[i] ?? '',
    sourceUrl: url[i] ?? '',
    sourceDate: date[i] ?? '',
    note: { de: noteDe[i] ?? '', en: noteEn[i] ?? '' },
    confidence: confidence[i] ?? '',
  }));
}
