// Area of the uninhabited gemeindefreie Gebiete (Destatis GV-ISys / BBSR, same years as the Gemeinden):
// the part of a Kreis' official area that lies in no Gemeinde.
import { z } from 'zod';
import { parseCsv } from '../csv.ts';
import type { Observation } from '../observations.ts';
import { ags, checkUnique, decimal, isoDate, oneOf, text, validateRows } from '../validate.ts';
import type { Context } from './context.ts';
import { POPULATION_GEBIETSSTAND } from './population.ts';

export const GEMEINDEFREI_AREA_FILE = 'stats/area_gemeindefreie_gebiete.csv';
/** km² of a gemeindefreies Gebiet (outside any Gemeinde); added to the area of its Kreis, RB and Land. */
export const GEMEINDEFREI_AREA_MEASURE = 'area_km2_gemeindefrei';

export interface GemeindefreiAreaRow {
  line: number;
  ags: string;
  year: string;
  area_km2: string;
}

export function parseGemeindefreiAreas(text_: string, ctx: Context): GemeindefreiAreaRow[] {
  const file = GEMEINDEFREI_AREA_FILE;
  const schema = z
    .object({
      ags: ags('gemeinde', ctx.gemeindefrei),
      name: text(),
      year: oneOf(Object.keys(POPULATION_GEBIETSSTAND), 'kein erwartetes Jahr'),
      gebietsstand: isoDate(),
      area_km2: decimal({ min: 0 }),
      source: text(),
    })
    .superRefine((r, c) => {
      if (r.gebietsstand !== POPULATION_GEBIETSSTAND[r.year]) {
        c.addIssue({ code: 'custom', path: ['gebietsstand'], message: `${r.gebietsstand} ist nicht der Gebietsstand von ${r.year} (${POPULATION_GEBIETSSTAND[r.year]})` });
      }
    });
  const rows = validateRows(file, parseCsv(file, text_, ['ags', 'name', 'year', 'gebietsstand', 'area_km2', 'source']), schema);
  checkUnique(file, rows, ['ags', 'year']);
  return rows;
}

/**
 * area_km2_gemeindefrei per gemeindefreies Gebiet and year. Keyed by the Gebiet itself, not its
 * Kreis: the membership (scripts/data/tables.ts) adds it to its Kreis on every Gebietsstand, also to
 * a Kreis whose other territory changed (Main-Kinzig-Kreis without Hanau from 2026).
 */
export function gemeindefreiAreaObservations(rows: readonly GemeindefreiAreaRow[], kreisOf: ReadonlyMap<string, string>): Observation[] {
  for (const r of rows) if (!kreisOf.get(r.ags)) throw new Error(`${GEMEINDEFREI_AREA_FILE}: ${r.ags} liegt in keinem Kreis`);
  return rows.map((r) => ({ measure: GEMEINDEFREI_AREA_MEASURE, ags: r.ags, period: r.year, value: r.area_km2, flags: [] }));
}
