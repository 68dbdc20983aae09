// Named queries of the typologies: the classes of the Gemeinden, each class's share of Hessen's area
// and population, and the share of the classes a definition calls rural.
import { column, type Db } from '../data/db.ts';
import { Params } from './sql.ts';
import { gemeindeClassesSql } from './typology-sql.ts';
import type { RuralDefinition, TypologyId } from './typologies.ts';

/** `typologyClasses`: class of every Gemeinde in one edition (default: the latest). */
export async function typologyClasses(
  db: Db,
  typology: TypologyId,
  edition?: string,
): Promise<{ edition: string; classes: Map<string, number> }> {
  const p = new Params();
  const table = await db.query(
    `WITH typ AS (${gemeindeClassesSql(typology, p)}),
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

/**
 * CTEs g (area and population of every Gemeinde in year `y`, a placeholder), typ (its classes) and ed
 * (the typology's edition latest on or before `y`, else the first).
 */
function areaPopCtes(typology: TypologyId, p: Params, y: string): string {
  return `g AS (
       SELECT a.ags, a.value AS area, b.value AS pop FROM observations a
       JOIN observations b ON b.ags = a.ags AND b.measure = 'pop_total' AND b.period = a.period
       WHERE a.measure = 'area_km2' AND a.period = ${y}
     ),
     typ AS (${gemeindeClassesSql(typology, p)}),
     ed AS (SELECT coalesce((SELECT max(edition) FROM typ WHERE edition <= left(${y}, 4)), (SELECT min(edition) FROM typ)) AS edition)`;
}

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
  const p = new Params();
  const y = p.add(year);
  const table = await db.query(
    `WITH ${areaPopCtes(typology, p, y)},
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
  const p = new Params();
  const y = p.add(year);
  const table = await db.query(
    `WITH ${areaPopCtes(def.typology, p, y)},
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
