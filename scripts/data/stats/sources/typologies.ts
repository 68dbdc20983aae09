// Categorical typologies: BBSR Raumabgrenzungen (Gemeinden, Kreise; Gebietsstand 31.12.2019) and DEGURBA (Destatis GV-ISys).
import { z } from 'zod';
import { parseCsv, type CsvRow } from '../csv.ts';
import type { Observation, SourceObservation } from '../observations.ts';
import { ags, checkLabels, checkUnique, oneOf, text, validateRows } from '../validate.ts';
import { notOnGebietsstand, type Context } from './context.ts';

export const BBSR_GEMEINDEN_FILE = 'stats/bbsr_raumtypen_gemeinden_2019.csv';
export const BBSR_KREISE_FILE = 'stats/bbsr_raumtypen_kreise_2019.csv';
export const DEGURBA_FILE = 'stats/degurba_gemeinden.csv';

export const BBSR_PERIOD = '2019';
export const BBSR_GEBIETSSTAND = '2019-12-31';

interface ClassColumn {
  measure: string;
  /** Column stem in the file: `<column>_code`, `<column>_name`. */
  column: string;
  codes: readonly string[];
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => String(from + i));

export const BBSR_GEMEINDE_CLASSES: readonly ClassColumn[] = [
  { measure: 'bbsr_sgtyp', column: 'stadt_und_gemeindetyp', codes: ['10', '20', '30', '40', '50'] },
  { measure: 'bbsr_sgtyp_diff', column: 'stadt_und_gemeindetyp_differenziert', codes: ['11', '12', '21', '22', '30', '40', '50'] },
  { measure: 'regiostar2', column: 'regiostar2', codes: ['1', '2'] },
  { measure: 'regiostar7', column: 'regiostar7', codes: range(71, 77) },
  {
    measure: 'regiostar17',
    column: 'regiostar17',
    codes: ['111', '112', '113', '114', '115', '121', '123', '124', '125', '211', '213', '214', '215', '221', '223', '224', '225'],
  },
  { measure: 'bbsr_lage', column: 'raumtyp_bezug_lage_gemeindeverbaende', codes: range(1, 4) },
  { measure: 'bbsr_zentral', column: 'zentraloertliche_einstufung_zusammengefasst', codes: range(0, 3) },
  { measure: 'bbsr_wachsend', column: 'wachsend_schrumpfend_gemeinden', codes: range(0, 5) },
];

export const BBSR_KREIS_CLASSES: readonly ClassColumn[] = [
  { measure: 'bbsr_kreistyp', column: 'siedlungsstrukturelle_kreistyp', codes: range(1, 4) },
  { measure: 'bbsr_sl_raum', column: 'staedtischer_laendlicher_raum', codes: range(1, 2) },
  { measure: 'bbsr_regionstyp', column: 'siedlungsstruktureller_regionstyp', codes: range(1, 3) },
];

/** Code 0 labelled "missing" carries no class. */
const MISSING_LABEL = 'missing';

export type ClassRow = { line: number; ags: string } & Record<string, string>;

/** code → German label, per measure, as written in the files. */
export type ClassLabels = Map<string, Map<string, string>>;

function classSchema(rows: CsvRow[], agsCell: z.ZodType<string, string>, classes: readonly ClassColumn[]) {
  const header = Object.keys(rows[0]?.cells ?? {});
  const shape: Record<string, z.ZodType<string, string>> = { ags: agsCell, name: text() };
  for (const c of classes) {
    shape[`${c.column}_code`] = oneOf(c.codes, 'kein bekannter Code');
    shape[`${c.column}_name`] = text();
  }
  const ordered = Object.fromEntries(Object.entries(shape).sort(([a], [b]) => header.indexOf(a) - header.indexOf(b)));
  return z.object(ordered);
}

function columnsOf(classes: readonly ClassColumn[]): string[] {
  return ['ags', 'name', ...classes.flatMap((c) => [`${c.column}_code`, `${c.column}_name`])];
}

function parseClasses(file: string, text_: string, agsCell: z.ZodType<string, string>, classes: readonly ClassColumn[], check?: (r: ClassRow) => [string, string] | null): ClassRow[] {
  const csv = parseCsv(file, text_, columnsOf(classes));
  const schema = classSchema(csv, agsCell, classes).superRefine((r, c) => {
    const issue = check?.(r as ClassRow);
    if (issue) c.addIssue({ code: 'custom', path: [issue[0]], message: issue[1] });
  });
  const rows = validateRows(file, csv, schema) as ClassRow[];
  checkUnique(file, rows, ['ags']);
  for (const c of classes) checkLabels(file, rows, `${c.column}_code`, `${c.column}_name`);
  return rows;
}

export function parseBbsrGemeinden(text_: string, ctx: Context): ClassRow[] {
  return parseClasses(BBSR_GEMEINDEN_FILE, text_, ags('gemeinde', ctx.gemeinden), BBSR_GEMEINDE_CLASSES, (r) => {
    const gone = notOnGebietsstand(r.ags, BBSR_GEBIETSSTAND, ctx);
    return gone ? ['ags', gone] : null;
  });
}

export function parseBbsrKreise(text_: string, ctx: Context): ClassRow[] {
  return parseClasses(BBSR_KREISE_FILE, text_, ags('kreis', ctx.kreise), BBSR_KREIS_CLASSES);
}

function classRows(rows: readonly ClassRow[], classes: readonly ClassColumn[]) {
  return classes.flatMap((c) =>
    rows
      .filter((r) => r[`${c.column}_name`] !== MISSING_LABEL)
      .map((r) => ({ measure: c.measure, ags: r.ags, value: r[`${c.column}_code`]! })),
  );
}

/** BBSR Gemeinde types (period 2019, Gebietsstand 31.12.2019); gemeindefreie Gebiete dropped. */
export function bbsrGemeindeObservations(rows: readonly ClassRow[], ctx: Context): SourceObservation[] {
  return classRows(rows.filter((r) => !ctx.gemeindefrei.has(r.ags)), BBSR_GEMEINDE_CLASSES).map((o) => ({
    ...o,
    period: BBSR_PERIOD,
    flags: [],
    kind: 'class' as const,
    gebietsstand: BBSR_GEBIETSSTAND,
  }));
}

/** BBSR Kreis types (period 2019). */
export function bbsrKreisObservations(rows: readonly ClassRow[]): Observation[] {
  return classRows(rows, BBSR_KREIS_CLASSES).map((o) => ({ ...o, period: BBSR_PERIOD, flags: [] }));
}

export function classLabels(rows: readonly ClassRow[], classes: readonly ClassColumn[], into: ClassLabels = new Map()): ClassLabels {
  for (const c of classes) {
    const labels = into.get(c.measure) ?? new Map<string, string>();
    for (const r of rows) labels.set(r[`${c.column}_code`]!, r[`${c.column}_name`]!);
    into.set(c.measure, labels);
  }
  return into;
}

export const DEGURBA_YEARS = ['2013', '2017', '2019', '2021', '2023'];

export interface DegurbaRow {
  line: number;
  ags: string;
  name: string;
  year: string;
  degurba_code: string;
  degurba_name: string;
}

export function parseDegurba(text_: string, ctx: Context): DegurbaRow[] {
  const file = DEGURBA_FILE;
  const schema = z
    .object({
      ags: ags('gemeinde', ctx.gemeinden),
      name: text(),
      year: oneOf(DEGURBA_YEARS, 'kein erwartetes Jahr'),
      degurba_code: oneOf(['1', '2', '3'], 'kein bekannter Code'),
      degurba_name: text(),
      source: text(),
    })
    .superRefine((r, c) => {
      const gone = notOnGebietsstand(r.ags, degurbaGebietsstand(r.year), ctx);
      if (gone) c.addIssue({ code: 'custom', path: ['ags'], message: gone });
    });
  const rows = validateRows(file, parseCsv(file, text_, ['ags', 'name', 'year', 'degurba_code', 'degurba_name', 'source']), schema);
  checkUnique(file, rows, ['ags', 'year']);
  checkLabels(file, rows, 'degurba_code', 'degurba_name');
  return rows;
}

/** Each DEGURBA edition is on the Gebietsstand of 31.12. of its year. */
export const degurbaGebietsstand = (year: string): string => `${year}-12-31`;

/** DEGURBA class per Gemeinde and year (from the GV-ISys extract of 31.12. of that year). */
export function degurbaObservations(rows: readonly DegurbaRow[], ctx: Context): SourceObservation[] {
  return rows
    .filter((r) => !ctx.gemeindefrei.has(r.ags))
    .map((r) => ({ measure: 'degurba', ags: r.ags, period: r.year, value: r.degurba_code, flags: [], kind: 'class' as const, gebietsstand: degurbaGebietsstand(r.year) }));
}

export function degurbaLabels(rows: readonly DegurbaRow[], into: ClassLabels = new Map()): ClassLabels {
  const labels = into.get('degurba') ?? new Map<string, string>();
  for (const r of rows) labels.set(r.degurba_code, r.degurba_name);
  into.set('degurba', labels);
  return into;
}
