// BBSR reference tables (xlsx): „Referenz Gemeinden, Kreise, NUTS“ and the Umstiegsschlüssel for Gemeinden and Kreise.
//
// API (all rows of Germany):
//   detectBbsrReferenz / parseBbsrReferenz   sheets „Gemeinden-Gemeindeverbände“ and „Kreise“: row 1 „Gemeinden 31.12.2019“ …,
//                                            row 2 column titles „<Merkmal> Kennziffer“ / „<Merkmal> Name“
//   detectBbsrUmstieg / parseBbsrUmstieg     one sheet per year (ref-gemeinden-ab-2020.xlsx, ref-kreise-umrech-2021-1990-2020.xlsx):
//                                            key of the year, name, Umsteigeschlüssel, Fläche, Bevölkerung (in 1 / 100 / 1000), target key
// Keys: BBSR writes AGS as numbers without the leading zero ("6411000"); rows carry them padded: Gemeinde 8 digits,
// Kreis 5 (the 8-digit Kreis Kennziffer "06411000" shortened).
import { CellReader } from './cells.ts';
import { columnLetter, type Detection, isoFromGerman, LayoutError, NO, norm, type Sheet, type SourceFile } from './source.ts';

export const BBSR_REFERENZ_ID = 'bbsr-referenz';
export const BBSR_REFERENZ_TITLE = 'BBSR „Referenz Gemeinden, Kreise, NUTS“';
export const BBSR_REFERENZ_EXPECTS =
  'xlsx mit den Blättern „Gemeinden-Gemeindeverbände“ (Zeile 1 „Gemeinden TT.MM.JJJJ“) und „Kreise“, Zeile 2 „Gemeinden Kennziffer“, „Gemeinden Name“, „… Kennziffer“, „… Name“';
export const BBSR_UMSTIEG_ID = 'bbsr-umstieg';
export const BBSR_UMSTIEG_TITLE = 'BBSR Umstiegsschlüssel (Gemeinden oder Kreise)';
export const BBSR_UMSTIEG_EXPECTS =
  'xlsx mit einem Blatt je Jahr (Name JJJJ), Zeile 1 „Gemeinden|Kreise TT.MM.JJJJ“, „…name JJJJ“, Umsteigeschlüssel, „Fläche am … in km²“, „Bevölkerung am … [in 100|in 1000]“';

export interface BbsrReferenzRow {
  /** Row in the sheet (1-based). */
  row: number;
  /** Gemeinde: 8-digit AGS; Kreis: 5-digit key. */
  key: string;
  name: string;
  /** Every further column by its title as in the file (row 2), e.g. "Stadt- und Gemeindetyp Kennziffer" → "10". */
  values: Record<string, string | null>;
}

export interface BbsrReferenz {
  meta: {
    /** Gebietsstand (ISO) from „Gemeinden 31.12.2019“. */
    gebietsstand: string;
    gemeindeSheet: string;
    kreisSheet: string;
    /** Column titles of row 2 (including the key and name columns), in file order. */
    gemeindeColumns: string[];
    kreisColumns: string[];
  };
  gemeinden: BbsrReferenzRow[];
  kreise: BbsrReferenzRow[];
}

const REF_GEMEINDEN = 'gemeindengemeindeverbände';
const REF_KREISE = 'kreise';

function refSheets(file: SourceFile): { g: Sheet; k: Sheet } | null {
  if (file.kind !== 'xlsx') return null;
  const g = file.sheets.find((s) => norm(s.name) === REF_GEMEINDEN);
  const k = file.sheets.find((s) => norm(s.name) === REF_KREISE);
  return g && k ? { g, k } : null;
}

function refProblem(s: Sheet, unit: 'Gemeinden' | 'Kreise'): string | null {
  if (!isoFromGerman(s.rows[0]?.[0]) || !norm(s.rows[0]?.[0]).startsWith(unit.toLowerCase()))
    return `Zeile 1 beginnt nicht mit „${unit} TT.MM.JJJJ“`;
  const h = s.rows[1] ?? [];
  if (norm(h[0]) !== `${unit.toLowerCase()}kennziffer` || norm(h[1]) !== `${unit.toLowerCase()}name`)
    return `Zeile 2 beginnt nicht mit „${unit} Kennziffer“, „${unit} Name“`;
  const bad = h.findIndex((c) => !/ (Kennziffer|Name)$/.test(c ?? ''));
  return bad >= 0 ? `Spalte ${columnLetter(bad)} in Zeile 2 („${h[bad] ?? ''}“) endet nicht auf „Kennziffer“ oder „Name“` : null;
}

export function detectBbsrReferenz(file: SourceFile): Detection {
  const s = refSheets(file);
  if (!s) return NO;
  const problem = refProblem(s.g, 'Gemeinden') ?? refProblem(s.k, 'Kreise');
  return problem ? { status: 'near', reason: problem } : { status: 'match', variant: 'referenz' };
}

function refRows(file: SourceFile, s: Sheet, digits: 8 | 5): BbsrReferenzRow[] {
  const header = s.rows[1]!.map((c) => c ?? '');
  const cells = new CellReader(`${file.name}[${s.name}]`, Object.fromEntries(header.map((h, i) => [i, `${columnLetter(i)} (${h})`])));
  const out: BbsrReferenzRow[] = [];
  s.rows.slice(2).forEach((r, i) => {
    const rowNo = i + 3;
    if (r.every((c) => c === null)) return;
    const key = cells.digits(r, rowNo, 0, 8).slice(0, digits);
    const values: Record<string, string | null> = {};
    header.forEach((h, j) => {
      if (j > 1) values[h] = cells.text(r, rowNo, j);
    });
    out.push({ row: rowNo, key, name: cells.requiredText(r, rowNo, 1), values });
  });
  return out;
}

export function parseBbsrReferenz(file: SourceFile): BbsrReferenz {
  const s = refSheets(file);
  const problem = s && (refProblem(s.g, 'Gemeinden') ?? refProblem(s.k, 'Kreise'));
  if (!s || problem) throw new LayoutError(file.name, problem ?? `keine ${BBSR_REFERENZ_TITLE}; erwartet: ${BBSR_REFERENZ_EXPECTS}`);
  return {
    meta: {
      gebietsstand: isoFromGerman(s.g.rows[0]![0])!,
      gemeindeSheet: s.g.name,
      kreisSheet: s.k.name,
      gemeindeColumns: s.g.rows[1]!.map((c) => c ?? ''),
      kreisColumns: s.k.rows[1]!.map((c) => c ?? ''),
    },
    gemeinden: refRows(file, s.g, 8),
    kreise: refRows(file, s.k, 5),
  };
}

export interface BbsrUmstiegRow {
  row: number;
  /** Unit of the sheet's year: 8-digit AGS (Gemeinden) or 5-digit key (Kreise). */
  key: string;
  /** Name as written; empty where the sheet leaves it blank (1990 sheet, Sachsen-Anhalt). */
  name: string;
  /** Unit of the target Gebietsstand and the share of this unit that goes there. */
  targetKey: string;
  targetName: string;
  areaWeight: number | null;
  populationWeight: number | null;
  areaKm2: number | null;
  /** As published, in `populationUnit` persons (e.g. 899.3 in 100 → 89,930 persons). */
  population: number | null;
  /** Raw cell text of the population and area (for exact re-writing). */
  populationText: string | null;
  areaText: string | null;
}

export interface BbsrUmstiegSheet {
  sheet: string;
  level: 'gemeinde' | 'kreis';
  /** Gebietsstand of the sheet's units and of the targets (ISO). */
  gebietsstand: string;
  targetGebietsstand: string;
  /** Reference date of the population (ISO) and its unit (1, 100 or 1000 persons). */
  populationDate: string;
  populationUnit: 1 | 100 | 1000;
  rows: BbsrUmstiegRow[];
}

export interface BbsrUmstieg {
  level: 'gemeinde' | 'kreis';
  sheets: BbsrUmstiegSheet[];
}

interface UmstiegColumns {
  key: number;
  name: number;
  target: number;
  targetName: number;
  areaWeight: number;
  popWeight: number;
  area: number;
  pop: number;
}

function umstiegColumns(s: Sheet): UmstiegColumns | string {
  const h = (s.rows[0] ?? []).map((c) => norm(c));
  const level = h[0]?.startsWith('gemeinden') ? 'gemeinde' : 'kreis';
  const keyCols = h
    .map((c, i) =>
      c.startsWith(level === 'gemeinde' ? 'gemeinden' : 'kreise') && isoFromGerman(s.rows[0]![i]) && !c.includes('regionalschlüssel')
        ? i
        : -1,
    )
    .filter((i) => i >= 0);
  const nameCols = h.map((c, i) => (c.startsWith(level === 'gemeinde' ? 'gemeindename' : 'kreisname') ? i : -1)).filter((i) => i >= 0);
  const idx = (test: (c: string) => boolean) => h.findIndex(test);
  const c = {
    key: keyCols[0] ?? -1,
    name: nameCols[0] ?? -1,
    target: keyCols[1] ?? -1,
    targetName: nameCols[1] ?? -1,
    areaWeight: idx((x) => x.startsWith('flächenproportional')),
    popWeight: idx((x) => x.startsWith('bevölkerungsproportional')),
    area: idx((x) => x.startsWith('flächeam')),
    pop: idx((x) => x.startsWith('bevölkerungam')),
  };
  const missing = Object.entries(c).filter(([, i]) => i < 0);
  return missing.length ? `Blatt „${s.name}“: Spalte(n) ${missing.map(([k]) => k).join(', ')} in Zeile 1 nicht gefunden` : c;
}

function umstiegSheets(file: SourceFile): Sheet[] {
  if (file.kind !== 'xlsx') return [];
  return file.sheets.filter(
    (s) =>
      /^\d{4}$/.test(s.name) && /^(gemeinden|kreise)\d/.test(norm(s.rows[0]?.[0])) && /umsteige/.test(norm((s.rows[0] ?? []).join(' '))),
  );
}

export function detectBbsrUmstieg(file: SourceFile): Detection {
  const sheets = umstiegSheets(file);
  if (sheets.length === 0) return NO;
  for (const s of sheets) {
    const c = umstiegColumns(s);
    if (typeof c === 'string') return { status: 'near', reason: c };
  }
  return { status: 'match', variant: norm(sheets[0]!.rows[0]![0]).startsWith('gemeinden') ? 'gemeinden' : 'kreise' };
}

export function parseBbsrUmstieg(file: SourceFile): BbsrUmstieg {
  const detection = detectBbsrUmstieg(file);
  if (detection.status !== 'match')
    throw new LayoutError(
      file.name,
      detection.status === 'near' ? detection.reason : `kein ${BBSR_UMSTIEG_TITLE}; erwartet: ${BBSR_UMSTIEG_EXPECTS}`,
    );
  const level = detection.variant === 'gemeinden' ? 'gemeinde' : 'kreis';
  const digits = level === 'gemeinde' ? 8 : 5;
  const sheets = umstiegSheets(file).map((s): BbsrUmstiegSheet => {
    const c = umstiegColumns(s) as UmstiegColumns;
    const head = s.rows[0]!;
    const cells = new CellReader(
      `${file.name}[${s.name}]`,
      Object.fromEntries(head.map((h, i) => [i, `${columnLetter(i)} (${(h ?? '').replace(/\s+/g, ' ')})`])),
    );
    const popHead = head[c.pop] ?? '';
    const unit = /in 1\.?000\b/.test(popHead) ? 1000 : /in 100\b/.test(popHead) ? 100 : 1;
    const rows: BbsrUmstiegRow[] = [];
    s.rows.slice(1).forEach((r, i) => {
      const rowNo = i + 2;
      if (r.every((x) => x === null)) return;
      rows.push({
        row: rowNo,
        key: cells.digits(r, rowNo, c.key, 8).slice(0, digits),
        name: cells.text(r, rowNo, c.name) ?? '',
        targetKey: cells.digits(r, rowNo, c.target, 8).slice(0, digits),
        targetName: cells.text(r, rowNo, c.targetName) ?? '',
        areaWeight: cells.decimal(r, rowNo, c.areaWeight),
        populationWeight: cells.decimal(r, rowNo, c.popWeight),
        areaKm2: cells.decimal(r, rowNo, c.area),
        population: cells.decimal(r, rowNo, c.pop),
        populationText: cells.text(r, rowNo, c.pop),
        areaText: cells.text(r, rowNo, c.area),
      });
    });
    return {
      sheet: s.name,
      level,
      gebietsstand: isoFromGerman(head[c.key])!,
      targetGebietsstand: isoFromGerman(head[c.target])!,
      populationDate: isoFromGerman(popHead) ?? isoFromGerman(head[c.key])!,
      populationUnit: unit,
      rows,
    };
  });
  return { level, sheets };
}
