// Indicators added at run time (the user's own data): their facts live in `added_facts` and are
// aggregated through `added_membership` (today's units of every level) by the same statements as
// the atlas' own (queries.ts), so map, table, profile and exports treat them alike.
import { LEVELS, type Indicator, type Level, type Period, type Source } from './catalogue.ts';
import { column, type Db } from './db.ts';
import { forgetKeys, type FactTables } from './queries.ts';

/** Ids of added indicators (and their periods and sources) start with this: a link naming one may come from another browser. */
export const OWN_PREFIX = 'own_';

export const ADDED_TABLES: FactTables = { facts: 'added_facts', membership: 'added_membership' };

/** The atlas' population measure: shares are weighted by it, as the atlas weights its own shares. */
export const POPULATION_MEASURE = 'pop_total';

export interface AddedMeasure {
  measure: string;
  /** Period of the values (its own id; added to `periods` if new) and its date (ISO). */
  period: { id: string; date: string };
  /** Values of units of one level (the finest the data have): aggregates are computed from them. */
  units: { ags: string; value: number | null; weight: number | null }[];
  /** Shares weighted by the population: `weight` is replaced by the unit's population. */
  populationWeight: boolean;
}

/** What is added to the catalogue, and the facts behind it. */
export interface AddedIndicators {
  indicators: Indicator[];
  sources: Source[];
  periods: Period[];
  measures: AddedMeasure[];
}

export const NO_ADDED: AddedIndicators = { indicators: [], sources: [], periods: [], measures: [] };

const SETUP = `
CREATE TABLE IF NOT EXISTS added_facts (measure VARCHAR, ags VARCHAR, period VARCHAR, value DOUBLE, w DOUBLE, p SMALLINT, flags INTEGER);
CREATE TABLE IF NOT EXISTS added_membership AS
  WITH base AS (
    SELECT ags, level, key, native FROM membership WHERE native = 'gemeinde' AND level IN ('gemeinde', 'kreis', 'rb', 'land')
    UNION ALL SELECT ags, 'kreis', ags, 'kreis' FROM regions WHERE level = 'kreis'
    UNION ALL SELECT ags, 'rb', rb, 'kreis' FROM regions WHERE level = 'kreis'
    UNION ALL SELECT ags, 'land', '06', 'kreis' FROM regions WHERE level = 'kreis'
    UNION ALL SELECT ags, 'rb', ags, 'rb' FROM regions WHERE level = 'rb'
    UNION ALL SELECT ags, 'land', '06', 'rb' FROM regions WHERE level = 'rb'
    UNION ALL SELECT ags, 'land', '06', 'land' FROM regions WHERE level = 'land'
  ),
  e AS (SELECT level, key, native, COUNT(*)::INTEGER AS n FROM base GROUP BY ALL)
  SELECT b.*, r.idx AS key_idx, e.n AS expected
  FROM base b JOIN regions r ON r.ags = b.key JOIN e ON e.level = b.level AND e.key = b.key AND e.native = b.native;
`;

/** The population period a share of `date` is weighted with: the latest on or before it, else the first. */
export async function populationPeriod(db: Db, date: string): Promise<{ id: string; date: string } | null> {
  const t = await db.query(
    `SELECT DISTINCT p.id, strftime(p.date, '%Y-%m-%d') AS date FROM facts f JOIN periods p ON p.id = f.period
     WHERE f.measure = $1 ORDER BY date`,
    [POPULATION_MEASURE],
  );
  const ids = column<string>(t, 'id') as string[];
  const dates = column<string>(t, 'date') as string[];
  if (!ids.length) return null;
  let i = 0;
  while (i + 1 < dates.length && dates[i + 1]! <= date) i++;
  return { id: ids[i]!, date: dates[i]! };
}

/** Population of every region of every level (today's units) in a period. */
async function populations(db: Db, period: string): Promise<Map<string, number>> {
  const t = await db.query(
    `SELECT m.key AS ags, SUM(f.value)::DOUBLE AS w FROM facts f
     JOIN membership m ON m.ags = f.ags AND m.native = 'gemeinde' AND m.level IN ('gemeinde', 'kreis', 'rb', 'land')
     WHERE f.measure = $1 AND f.period = $2 GROUP BY m.key`,
    [POPULATION_MEASURE, period],
  );
  const ags = column<string>(t, 'ags');
  const w = column<number>(t, 'w');
  return new Map(ags.map((a, i) => [a!, w[i]!]));
}

/** Replaces the added facts with `measures` (all of them: the list is the whole state); periods not yet known are added. */
export async function setAddedMeasures(db: Db, measures: readonly AddedMeasure[]): Promise<void> {
  await db.exec(SETUP);
  await db.exec('DELETE FROM added_facts;');
  const known = new Set(column<string>(await db.query('SELECT id FROM periods'), 'id'));
  const fresh = [...new Map(measures.filter((m) => !known.has(m.period.id)).map((m) => [m.period.id, m.period])).values()];
  for (const p of fresh) {
    await db.query(`INSERT INTO periods SELECT $1, $2::DATE, (SELECT max(idx) + 1 FROM periods)::SMALLINT`, [p.id, p.date]);
  }
  if (fresh.length) forgetKeys(db);
  const popCache = new Map<string, Map<string, number>>();
  for (const m of measures) {
    let units = m.units;
    if (m.populationWeight) {
      const pp = await populationPeriod(db, m.period.date);
      if (pp) {
        if (!popCache.has(pp.id)) popCache.set(pp.id, await populations(db, pp.id));
        const pop = popCache.get(pp.id)!;
        units = units.map((u) => ({ ...u, weight: pop.get(u.ags) ?? null }));
      }
    }
    const list = (f: (u: AddedMeasure['units'][number]) => string) => units.map(f).join(',');
    await db.query(
      `INSERT INTO added_facts
       SELECT $1, ags, $2, TRY_CAST(v AS DOUBLE), TRY_CAST(w AS DOUBLE), (SELECT idx FROM periods WHERE id = $2), 0
       FROM (SELECT unnest(string_split($3, ',')) AS ags, unnest(string_split($4, ',')) AS v, unnest(string_split($5, ',')) AS w)
       WHERE TRY_CAST(v AS DOUBLE) IS NOT NULL`,
      [
        m.measure,
        m.period.id,
        list((u) => u.ags),
        list((u) => (u.value === null ? '' : String(u.value))),
        list((u) => (u.weight === null ? '' : String(u.weight))),
      ],
    );
  }
}

/** The finest level of a set of units (their values are what the aggregates are computed from). */
export function finestLevel(levels: Iterable<Level>): Level | null {
  const present = new Set(levels);
  return LEVELS.find((l) => present.has(l)) ?? null;
}
