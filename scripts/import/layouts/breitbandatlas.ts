// Breitbandatlas CSV (historic BNetzA bundles): household availability per Gemeinde and per Kreis, mobile area coverage per Kreis.
//
// API (all rows of Germany, one row per region × technology × class; empty cells give share null):
//   detectBbaGemeinde / parseBbaGemeinde  header "AGS", "<Technologie> ≥ <N> Mbit/s" …  (gemeinde_[bezirke_]privat_JJJJ_mitte|ende.csv)
//   detectBbaKreis / parseBbaKreis        header "ags", "verf_<tech>_<N>" …              (landkreis_privat_JJJJ_1|2.csv)
//   detectBbaMobil / parseBbaMobil        header "AGS";"Technologie";"Flaechenart";…     (landkreis_mobilfunk_stats_JJJJ_1|2.csv)
// `;` or `,` separated; values as published (a few exceed 100 by rounding, e.g. 100.39). The files carry no date: `period` comes from the file name (null if it does not
// follow the pattern): _mitte / _1 → "JJJJ-06", _ende / _2 → "JJJJ-12".
// Technologies use the atlas' vocabulary: alle, leitungsgebunden, drahtlos, DSL, CATV, FTTH/B, LTE, UMTS, 5G, 2G, PLC, WLAN, WiMAX.
import { CellReader } from './cells.ts';
import { parseDelimited } from './delimited.ts';
import { type Detection, LayoutError, NO, type SourceFile } from './source.ts';

export const BBA_GEMEINDE_ID = 'breitbandatlas-gemeinde';
export const BBA_KREIS_ID = 'breitbandatlas-kreis';
export const BBA_MOBIL_ID = 'breitbandatlas-mobilfunk-kreis';
export const BBA_GEMEINDE_TITLE = 'Breitbandatlas Gemeinde-CSV (Haushalte)';
export const BBA_KREIS_TITLE = 'Breitbandatlas Kreis-CSV (Haushalte)';
export const BBA_MOBIL_TITLE = 'Breitbandatlas Mobilfunk-Flächenabdeckung je Kreis (CSV)';
export const BBA_GEMEINDE_EXPECTS =
  'CSV (; oder ,) mit Spalte „AGS“ und Spalten „<Technologie> ≥ <N> Mbit/s“ (z. B. „alle Technologien ≥ 50 Mbit/s“)';
export const BBA_KREIS_EXPECTS = 'CSV (; oder ,) mit Spalte „ags“ und Spalten „verf_<Technologie>_<N>“ (z. B. „verf_300_50“)';
export const BBA_MOBIL_EXPECTS =
  'CSV (; oder ,) mit den Spalten AGS, Technologie, Flaechenart, Flaechen Gruppe, Flaechen Gruppe Name, Verfügbarkeit';

/** Gemeinde file labels → technology. */
export const BBA_GEMEINDE_TECH: Readonly<Record<string, string>> = {
  'alle Technologien': 'alle',
  'leitungsg. Technologien': 'leitungsgebunden',
  'mobile Technologien': 'drahtlos',
  DSL: 'DSL',
  CATV: 'CATV',
  'FTTH/B': 'FTTH/B',
};
/** Kreis file codes (verf_<code>_<N>) → technology. */
export const BBA_KREIS_TECH: Readonly<Record<string, string>> = {
  '100': 'leitungsgebunden',
  '200': 'drahtlos',
  '300': 'alle',
  dsl: 'DSL',
  catv: 'CATV',
  ftth: 'FTTH/B',
  lte: 'LTE',
  '5g': '5G',
  umts: 'UMTS',
  '2g': '2G',
  plc: 'PLC',
  wlan: 'WLAN',
  wimax: 'WiMAX',
};

export interface BbaShareRow {
  /** Line in the file (header = 1). */
  line: number;
  /** AGS as written, left-padded: 8 digits (Gemeinde files) or 5 (Kreis files). */
  ags: string;
  technology: string;
  minMbps: number;
  /** Share of private households (%) with ≥ minMbps available; null for an empty cell. */
  sharePct: number | null;
}

export interface BbaMobilRow {
  line: number;
  ags: string;
  /** As written: "LTE2", "LTE6", "LTE10", "5G2", "Mobil Alle". */
  technologyCode: string;
  areaType: string;
  areaGroupCode: string;
  areaGroup: string;
  /** Share of the area of that land use (%) covered. */
  sharePct: number | null;
}

export interface BbaMeta {
  delimiter: ';' | ',';
  /** "JJJJ-06" / "JJJJ-12" from the file name, or null. */
  period: string | null;
  /** Columns that are not a technology × class (e.g. "verf_2g" without class in landkreis_privat_2019_*.csv); not read. */
  ignoredColumns: string[];
}

export interface BbaShares {
  meta: BbaMeta;
  rows: BbaShareRow[];
}

export interface BbaMobil {
  meta: BbaMeta;
  rows: BbaMobilRow[];
}

const GEMEINDE_COLUMN = /^(.+?) ≥ (\d+) Mbit\/s$/;
const KREIS_COLUMN = /^verf_([a-z0-9]+)_(\d+)$/;
const MOBIL_COLUMNS = ['AGS', 'Technologie', 'Flaechenart', 'Flaechen Gruppe', 'Flaechen Gruppe Name', 'Verfügbarkeit'];

/** Reporting period from the file name: gemeinde_…_2021_mitte.csv → 2021-06, landkreis_…_2020_2.csv → 2020-12. */
export function bbaPeriodFromName(name: string): string | null {
  const m = /_(\d{4})_(mitte|ende|1|2)\.csv$/i.exec(name);
  if (!m) return null;
  return `${m[1]}-${m[2] === 'mitte' || m[2] === '1' ? '06' : '12'}`;
}

function headerOf(file: SourceFile): string[] | null {
  if (file.kind !== 'text') return null;
  const first = file.text.slice(0, file.text.search(/\r?\n|$/));
  const sep = (first.match(/;/g)?.length ?? 0) > (first.match(/,/g)?.length ?? 0) ? ';' : ',';
  return first.split(sep).map((h) => h.trim().replace(/^"|"$/g, ''));
}

function detectShares(
  file: SourceFile,
  keyColumn: string,
  pattern: RegExp,
  techs: Readonly<Record<string, string>>,
  example: string,
): Detection {
  const h = headerOf(file);
  if (!h || h[0] !== keyColumn || h.length < 2) return NO;
  const matching = h.slice(1).filter((c) => pattern.test(c)).length;
  if (matching === 0) return NO;
  const bad = h.slice(1).find((c) => {
    const m = pattern.exec(c);
    return m !== null && !(m[1]! in techs);
  });
  if (bad !== undefined) return { status: 'near', reason: `Spalte „${bad}“ ist keine bekannte Angabe (erwartet z. B. „${example}“)` };
  return { status: 'match', variant: `${h.length - 1} Spalten` };
}

export const detectBbaGemeinde = (file: SourceFile): Detection =>
  detectShares(file, 'AGS', GEMEINDE_COLUMN, BBA_GEMEINDE_TECH, 'alle Technologien ≥ 50 Mbit/s');
export const detectBbaKreis = (file: SourceFile): Detection => detectShares(file, 'ags', KREIS_COLUMN, BBA_KREIS_TECH, 'verf_300_50');

function parseShares(
  file: SourceFile,
  digits: number,
  pattern: RegExp,
  techs: Readonly<Record<string, string>>,
  detect: (f: SourceFile) => Detection,
  what: string,
): BbaShares {
  if (detect(file).status !== 'match' || file.kind !== 'text') throw new LayoutError(file.name, `keine ${what}`);
  const table = parseDelimited(file.name, file.text);
  const cols = table.header.slice(1).map((h) => pattern.exec(h));
  const cells = new CellReader(file.name, Object.fromEntries(table.header.map((h, i) => [i, h])));
  const rows: BbaShareRow[] = [];
  for (const { line, cells: r } of table.rows) {
    const ags = cells.digits(r, line, 0, digits);
    cols.forEach((m, j) => {
      if (m)
        rows.push({
          line,
          ags,
          technology: techs[m[1]!]!,
          minMbps: Number(m[2]),
          sharePct: cells.decimal(r, line, j + 1, { comma: true }),
        });
    });
  }
  const ignoredColumns = table.header.slice(1).filter((_, j) => cols[j] === null);
  return { meta: { delimiter: table.delimiter, period: bbaPeriodFromName(file.name), ignoredColumns }, rows };
}

export const parseBbaGemeinde = (file: SourceFile): BbaShares =>
  parseShares(file, 8, GEMEINDE_COLUMN, BBA_GEMEINDE_TECH, detectBbaGemeinde, `${BBA_GEMEINDE_TITLE}; erwartet: ${BBA_GEMEINDE_EXPECTS}`);
export const parseBbaKreis = (file: SourceFile): BbaShares =>
  parseShares(file, 5, KREIS_COLUMN, BBA_KREIS_TECH, detectBbaKreis, `${BBA_KREIS_TITLE}; erwartet: ${BBA_KREIS_EXPECTS}`);

export function detectBbaMobil(file: SourceFile): Detection {
  const h = headerOf(file);
  if (!h || h[0] !== 'AGS' || h[1] !== 'Technologie') return NO;
  const missing = MOBIL_COLUMNS.filter((c) => !h.includes(c));
  return missing.length
    ? { status: 'near', reason: `Spalte ${missing.map((c) => `„${c}“`).join(', ')} fehlt` }
    : { status: 'match', variant: 'flaechen' };
}

export function parseBbaMobil(file: SourceFile): BbaMobil {
  if (detectBbaMobil(file).status !== 'match' || file.kind !== 'text')
    throw new LayoutError(file.name, `keine ${BBA_MOBIL_TITLE}; erwartet: ${BBA_MOBIL_EXPECTS}`);
  const table = parseDelimited(file.name, file.text);
  const [ags, tech, type, groupCode, group, share] = MOBIL_COLUMNS.map((c) => table.header.indexOf(c)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const cells = new CellReader(file.name, Object.fromEntries(table.header.map((h, i) => [i, h])));
  const rows = table.rows.map(({ line, cells: r }) => ({
    line,
    ags: cells.digits(r, line, ags, 5),
    technologyCode: cells.requiredText(r, line, tech),
    areaType: cells.requiredText(r, line, type),
    areaGroupCode: cells.requiredText(r, line, groupCode),
    areaGroup: cells.requiredText(r, line, group),
    sharePct: cells.decimal(r, line, share, { comma: true }),
  }));
  return { meta: { delimiter: table.delimiter, period: bbaPeriodFromName(file.name), ignoredColumns: [] }, rows };
}
