// Population and area: per Gemeinde (Destatis GV-ISys / BBSR, as published) and the BBSR annual Kreis series.
import { z } from 'zod';
import { parseCsv } from '../csv.ts';
import type { PopulationPoint } from '../harmonise.ts';
import type { Flag, Observation, SourceObservation } from '../observations.ts';
import { ags, checkUnique, count, decimal, isoDate, oneOf, optional, text, validateRows } from '../validate.ts';
import { notOnGebietsstand, type Context } from './context.ts';

export const POPULATION_FILE = 'stats/population_gemeinden_long.csv';
export const KREIS_SERIES_FILE = 'stats/population_kreise_annual_bbsr_1990_2020.csv';
export const KREIS_SUMS_FILE = 'stats/population_kreise_rb_land.csv';

/** Reference years and the Gebietsstand of each Destatis/BBSR extract (stats/SOURCES.md §3.1). */
export const POPULATION_GEBIETSSTAND: Readonly<Record<string, string>> = {
  '1983': '1983-12-31', '1987': '1988-01-01', '1990': '1991-01-01', '1994': '1994-12-31', '1997': '1997-12-31',
  '2002': '2002-12-31', '2005': '2005-12-31', '2009': '2009-12-31', '2013': '2013-12-31', '2017': '2017-12-31',
  '2019': '2019-12-31', '2020': '2020-12-31', '2021': '2021-12-31', '2022': '2022-12-31', '2023': '2023-12-31',
};
/** 1983 pop_female was computed by the staging as total − male (uncached Excel formula in the source). */
const FEMALE_COMPUTED_YEARS = new Set(['1983']);

const PRECISION_FLAG: Readonly<Record<string, Flag | null>> = { exact: null, rounded_to_10: 'rounded_10' };

export interface PopulationRow {
  line: number;
  ags: string;
  name: string;
  year: string;
  ref_date: string;
  gebietsstand: string;
  pop_total: string;
  pop_male: string;
  pop_female: string;
  area_km2: string;
  precision: string;
  pop_basis: string;
  source: string;
}

const COLUMNS = ['ags', 'name', 'year', 'ref_date', 'gebietsstand', 'pop_total', 'pop_male', 'pop_female', 'area_km2', 'precision', 'pop_basis', 'source'];

export function parsePopulation(text_: string, ctx: Context): PopulationRow[] {
  const file = POPULATION_FILE;
  const years = Object.keys(POPULATION_GEBIETSSTAND);
  const schema = z
    .object({
      ags: ags('gemeinde', ctx.gemeinden),
      name: text(),
      year: oneOf(years, 'kein erwartetes Jahr'),
      ref_date: isoDate(),
      gebietsstand: isoDate(),
      pop_total: count(),
      pop_male: optional(count()),
      pop_female: optional(count()),
      area_km2: decimal({ min: 0 }),
      precision: oneOf(Object.keys(PRECISION_FLAG), 'keine bekannte Genauigkeit'),
      pop_basis: oneOf(['VZ1970-Fortschreibung', 'VZ1987-Fortschreibung', 'Zensus2011-Fortschreibung'], 'keine bekannte Basis'),
      source: text(),
    })
    .superRefine((r, c) => {
      const issue = (path: string, message: string) => c.addIssue({ code: 'custom', path: [path], message });
      if (r.ref_date !== `${r.year}-12-31`) return issue('ref_date', `${r.ref_date} ist nicht der 31.12.${r.year}`);
      if (r.gebietsstand !== POPULATION_GEBIETSSTAND[r.year]) return issue('gebietsstand', `${r.gebietsstand} ist nicht der Gebietsstand von ${r.year} (${POPULATION_GEBIETSSTAND[r.year]})`);
      const gone = notOnGebietsstand(r.ags, r.gebietsstand, ctx);
      if (gone) return issue('ags', gone);
      if ((r.pop_male === '') !== (r.pop_female === '')) return issue(r.pop_male === '' ? 'pop_male' : 'pop_female', 'nur eines von Männern/Frauen angegeben');
      if (r.pop_male !== '' && Number(r.pop_male) + Number(r.pop_female) !== Number(r.pop_total)) {
        return issue('pop_female', `Männer ${r.pop_male} + Frauen ${r.pop_female} ≠ insgesamt ${r.pop_total}`);
      }
    });
  const rows = validateRows(file, parseCsv(file, text_, COLUMNS), schema);
  checkUnique(file, rows, ['ags', 'year']);
  return rows;
}

/** pop_total, pop_male, pop_female and area_km2 per Gemeinde and year, on the source's Gebietsstand. */
export function populationObservations(rows: readonly PopulationRow[], ctx: Context): SourceObservation[] {
  const out: SourceObservation[] = [];
  for (const r of rows) {
    if (ctx.gemeindefrei.has(r.ags)) continue;
    const rounded = PRECISION_FLAG[r.precision];
    const persons: Flag[] = rounded ? [rounded] : [];
    const base = { ags: r.ags, period: r.year, kind: 'count' as const, gebietsstand: r.gebietsstand };
    out.push({ ...base, measure: 'pop_total', value: r.pop_total, flags: persons });
    if (r.pop_male !== '') out.push({ ...base, measure: 'pop_male', value: r.pop_male, flags: persons });
    if (r.pop_female !== '') {
      const flags: Flag[] = FEMALE_COMPUTED_YEARS.has(r.year) ? [...persons, 'computed'] : persons;
      out.push({ ...base, measure: 'pop_female', value: r.pop_female, flags });
    }
    out.push({ ...base, measure: 'area_km2', value: r.area_km2, flags: [] });
  }
  return out;
}

/** Population as published, as weights for shares. */
export function populationPoints(rows: readonly PopulationRow[]): PopulationPoint[] {
  return rows.map((r) => ({ ags: r.ags, date: r.ref_date, gebietsstand: r.gebietsstand, value: Number(r.pop_total) }));
}

export interface KreisSeriesRow {
  line: number;
  ags: string;
  year: string;
  pop_thousands: string;
  area_km2: string;
  ags_2021: string;
  pop_weight_to_2021: string;
}

const KREIS_SERIES_YEARS = Array.from({ length: 31 }, (_, i) => String(1990 + i));
/** The 1990 sheet holds an earlier reference date than 31.12.1990 (stats/SOURCES.md §3.4): not used. */
const KREIS_SERIES_SKIPPED_YEARS = new Set(['1990']);

export function parseKreisSeries(text_: string, ctx: Context): KreisSeriesRow[] {
  const file = KREIS_SERIES_FILE;
  const schema = z
    .object({
      ags: ags('kreis', ctx.kreise),
      name: text(),
      year: oneOf(KREIS_SERIES_YEARS, 'kein erwartetes Jahr'),
      pop_thousands: decimal({ min: 0, maxDecimals: 1 }),
      area_km2: decimal({ min: 0 }),
      ags_2021: ags('kreis', ctx.kreise),
      pop_weight_to_2021: decimal({ min: 0, max: 1 }),
      source: text(),
    })
    .superRefine((r, c) => {
      if (r.ags_2021 !== r.ags) c.addIssue({ code: 'custom', path: ['ags_2021'], message: `Kreis ${r.ags} wurde umgeschlüsselt (${r.ags_2021}); nicht unterstützt` });
      else if (Number(r.pop_weight_to_2021) !== 1) c.addIssue({ code: 'custom', path: ['pop_weight_to_2021'], message: `Gewicht ${r.pop_weight_to_2021} ≠ 1 (Kreisänderung) wird nicht unterstützt` });
    });
  const rows = validateRows(file, parseCsv(file, text_, ['ags', 'name', 'year', 'pop_thousands', 'area_km2', 'ags_2021', 'pop_weight_to_2021', 'source', 'note']), schema);
  checkUnique(file, rows, ['ags', 'year']);
  return rows;
}

/** pop_total_bbsr per Kreis, 1991–2020, persons = thousands × 1000 (to 100 persons, as published). */
export function kreisSeriesObservations(rows: readonly KreisSeriesRow[]): Observation[] {
  return rows
    .filter((r) => !KREIS_SERIES_SKIPPED_YEARS.has(r.year))
    .map((r) => ({ measure: 'pop_total_bbsr', ags: r.ags, period: r.year, value: String(Math.round(Number(r.pop_thousands) * 1000)), flags: ['rounded_100'] }));
}

export interface KreisSumRow {
  line: number;
  ags: string;
  level: string;
  name: string;
  year: string;
  pop_total: string;
  area_km2_inhabited_gemeinden: string;
  n_gemeinden: string;
  precision: string;
}

/** Exact Kreis/RB/Land sums published with the staging (used only to cross-check the pipeline). */
export function parseKreisSums(text_: string, ctx: Context): KreisSumRow[] {
  const file = KREIS_SUMS_FILE;
  const schema = z
    .object({
      ags: text(),
      level: oneOf(['land', 'regierungsbezirk', 'kreis'], 'keine bekannte Ebene'),
      name: text(),
      year: oneOf(Object.keys(POPULATION_GEBIETSSTAND), 'kein erwartetes Jahr'),
      pop_total: count(),
      area_km2_inhabited_gemeinden: decimal({ min: 0 }),
      n_gemeinden: count(),
      precision: oneOf(Object.keys(PRECISION_FLAG), 'keine bekannte Genauigkeit'),
    })
    .superRefine((r, c) => {
      const ok = r.level === 'land' ? r.ags === '06' : r.level === 'regierungsbezirk' ? ['064', '065', '066'].includes(r.ags) : ctx.kreise.has(r.ags);
      if (!ok) c.addIssue({ code: 'custom', path: ['ags'], message: `${r.ags} ist kein bekannter Schlüssel der Ebene ${r.level}` });
    });
  const rows = validateRows(file, parseCsv(file, text_, ['ags', 'level', 'name', 'year', 'pop_total', 'area_km2_inhabited_gemeinden', 'n_gemeinden', 'precision']), schema);
  checkUnique(file, rows, ['ags', 'year']);
  return rows;
}
