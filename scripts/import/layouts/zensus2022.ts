// Zensus 2022 GENESIS flat CSV (ergebnisse.zensus2022.de, e.g. table 1000A-0000 „Bevölkerung kompakt“): one value per region.
//
// API: detectZensusFlat(file) → Detection; parseZensusFlat(file) → ZensusFlat { meta, rows } with ALL
// rows: Gemeinden (12-digit ARS → 8-digit AGS = ARS[0:5] + ARS[9:12]) and the other area levels the
// table has (e.g. "DG" Deutschland). `;`-separated, UTF-8 (BOM removed by read.ts), header row with
// statistics_code … value_q.
import { CellReader } from './cells.ts';
import { type Detection, LayoutError, NO, type SourceFile } from './source.ts';
import { parseDelimited } from './delimited.ts';

export const ZENSUS_ID = 'zensus2022-flat';
export const ZENSUS_TITLE = 'Zensus 2022 GENESIS-Flat-CSV';
export const ZENSUS_EXPECTS =
  'CSV (;) mit den Spalten statistics_code, statistics_label, time_code, time_label, time, 1_variable_code, 1_variable_label, ' +
  '1_variable_attribute_code, 1_variable_attribute_label, value, value_unit, value_variable_code, value_variable_label, value_q';

const COLUMNS = [
  'statistics_code',
  'statistics_label',
  'time_code',
  'time_label',
  'time',
  '1_variable_code',
  '1_variable_label',
  '1_variable_attribute_code',
  '1_variable_attribute_label',
  'value',
  'value_unit',
  'value_variable_code',
  'value_variable_label',
  'value_q',
] as const;

export interface ZensusRow {
  /** Line in the file (header = 1). */
  line: number;
  /** Area level code of the table, e.g. "GEOGM4" (Gemeinden), "GEODL1" (Deutschland). */
  areaLevel: string;
  /** Key as written: 12-digit ARS for Gemeinden, "DG" for Deutschland. */
  key: string;
  /** AGS of a Gemeinde (from the 12-digit ARS); null for other levels. */
  ags: string | null;
  name: string;
  /** Stichtag (ISO), e.g. "2022-05-15". */
  date: string;
  value: number | null;
  unit: string;
  /** Value variable, e.g. "PRS018" „Personen“. */
  variable: string;
  variableLabel: string;
  /** Quality flag as published („e“ = endgültig). */
  quality: string;
}

export interface ZensusFlatMeta {
  statisticsCode: string;
  statisticsLabel: string;
  /** Gebietsstand from the table label „(Gebietsstand 15.05.2022)“ (ISO), else the Stichtag. */
  gebietsstand: string;
  /** Stichtage present (ISO). */
  dates: string[];
}

export interface ZensusFlat {
  meta: ZensusFlatMeta;
  rows: ZensusRow[];
}

function header(file: SourceFile): string[] | null {
  if (file.kind !== 'text') return null;
  const first = file.text.slice(0, file.text.search(/\r?\n|$/));
  return first.split(';').map((h) => h.trim().replace(/^"|"$/g, ''));
}

export function detectZensusFlat(file: SourceFile): Detection {
  const h = header(file);
  if (!h || h[0] !== 'statistics_code') return NO;
  const missing = COLUMNS.filter((c) => !h.includes(c));
  return missing.length
    ? { status: 'near', reason: `Spalte ${missing.map((c) => `„${c}“`).join(', ')} fehlt` }
    : { status: 'match', variant: 'genesis-flat' };
}

export function parseZensusFlat(file: SourceFile): ZensusFlat {
  if (detectZensusFlat(file).status !== 'match' || file.kind !== 'text')
    throw new LayoutError(file.name, `keine ${ZENSUS_TITLE}; erwartet: ${ZENSUS_EXPECTS}`);
  const table = parseDelimited(file.name, file.text, ';');
  const col = Object.fromEntries(COLUMNS.map((c) => [c, table.header.indexOf(c)])) as Record<(typeof COLUMNS)[number], number>;
  const cells = new CellReader(file.name, Object.fromEntries(table.header.map((h, i) => [i, h])));
  const rows: ZensusRow[] = [];
  for (const { line, cells: r } of table.rows) {
    const key = cells.requiredText(r, line, col['1_variable_attribute_code']);
    const date = cells.requiredText(r, line, col.time);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) cells.fail(line, col.time, `„${date}“ ist kein Datum JJJJ-MM-TT`);
    const gemeinde = /^\d{12}$/.test(key);
    rows.push({
      line,
      areaLevel: cells.requiredText(r, line, col['1_variable_code']),
      key,
      ags: gemeinde ? key.slice(0, 5) + key.slice(9) : null,
      name: cells.requiredText(r, line, col['1_variable_attribute_label']),
      date,
      value: cells.int(r, line, col.value),
      unit: cells.text(r, line, col.value_unit) ?? '',
      variable: cells.requiredText(r, line, col.value_variable_code),
      variableLabel: cells.text(r, line, col.value_variable_label) ?? '',
      quality: cells.text(r, line, col.value_q) ?? '',
    });
  }
  if (rows.length === 0) throw new LayoutError(file.name, 'keine Datenzeilen');
  const first = table.rows[0]!.cells;
  const label = first[col.statistics_label] ?? '';
  const gs = /Gebietsstand (\d{2})\.(\d{2})\.(\d{4})/.exec(label);
  const dates = [...new Set(rows.map((r) => r.date))].sort();
  return {
    meta: {
      statisticsCode: first[col.statistics_code] ?? '',
      statisticsLabel: label,
      gebietsstand: gs ? `${gs[3]}-${gs[2]}-${gs[1]}` : dates[0]!,
      dates,
    },
    rows,
  };
}
