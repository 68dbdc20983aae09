// Destatis GV-ISys „Gemeinden in Deutschland nach Fläche, Bevölkerung (und Postleitzahl)“ (Auszug), every variant 1983–2024.
//
// API: detectGvAuszug(file) → Detection; parseGvAuszug(file) → GvAuszug { meta, rows } with ALL rows of
// Germany (Satzart 10 Land … 60 Gemeinde). Columns are found by their header labels (rows 3–4), so the
// variants differ only in which optional columns exist:
//   gv-1983  1983–1990: Gemeindeschlüssel Land/RB/Kreis/Gemeinde, Verbandszugehörigkeit, no ARS
//   gv-1994  1994–2009: Regionalschlüssel with VB (ARS), Textkennzeichen, Postleitzahl (2009: coordinates)
//   gv-2013  2013–: as gv-1994 plus Reisegebiete and DEGURBA („EU-Stadt-/Landgliederung“ 2013,
//            „Grad der Verstädterung“ 2017–); 2024-Q4 states the population basis „Zensus 2011“ in the header
import { CellReader } from './cells.ts';
import {
  allIsoDates,
  type Cell,
  columnLetter,
  type Detection,
  isoFromGerman,
  LayoutError,
  NO,
  norm,
  type Sheet,
  type SourceFile,
} from './source.ts';

export const GV_AUSZUG_ID = 'destatis-gv-auszug';
export const GV_AUSZUG_TITLE = 'Destatis GV-ISys „Gemeinden in Deutschland nach Fläche, Bevölkerung“ (Auszug)';
export const GV_AUSZUG_EXPECTS =
  'xlsx mit einem Blatt, dessen Zeile 1 mit „Gemeinden in Deutschland“ beginnt und dessen Kopf (Zeilen 3–4) „Satz-art“, ' +
  'den Gemeindeschlüssel (Land, RB, Kreis, [VB,] Gem), „Gemeindename“, „Fläche“ und Bevölkerung „insgesamt/männlich/weiblich“ hat';

export type GvVariant = 'gv-1983' | 'gv-1994' | 'gv-2013';
export type GvLevel = 'land' | 'regierungsbezirk' | 'region' | 'kreis' | 'gemeindeverband' | 'gemeinde';

const LEVEL: Readonly<Record<string, GvLevel>> = {
  '10': 'land',
  '20': 'regierungsbezirk',
  '30': 'region',
  '40': 'kreis',
  '50': 'gemeindeverband',
  '60': 'gemeinde',
};

export interface GvRow {
  /** Row in the sheet (1-based, as Excel shows it). */
  row: number;
  satzart: string;
  level: GvLevel;
  /** Textkennzeichen (1994–), e.g. "61" kreisfreie Stadt, "64" Gemeinde; null in gv-1983. */
  textkennzeichen: string | null;
  /**
   * Key of the unit on its level: Land 2 digits, Regierungsbezirk 3, Region 4 (Land+RB+Region), Kreis 5,
   * Gemeindeverband 9 (Land+RB+Kreis+VB), Gemeinde 8 (AGS).
   */
  key: string;
  /** 12-digit ARS of a Gemeinde (Land+RB+Kreis+VB+Gem); null in gv-1983 and for other levels. */
  ars: string | null;
  name: string;
  /** True when the file marks the row as gemeindefreies Gebiet (name „…, gemfr. Gebiet“). */
  gemeindefrei: boolean;
  areaKm2: number | null;
  popTotal: number | null;
  popMale: number | null;
  popFemale: number | null;
  postcode: string | null;
  /** DEGURBA (1 dicht, 2 mittel, 3 gering besiedelt) as written, e.g. { code: "01", name: "dicht besiedelt" }. */
  degurba: { code: string; name: string } | null;
}

export interface GvAuszugMeta {
  variant: GvVariant;
  sheet: string;
  /** Row 1 of the data sheet. */
  title: string;
  /** Gebietsstand (ISO), e.g. "2023-12-31"; 1987: "1988-01-01". */
  gebietsstand: string;
  /** Reference date of the population (ISO); differs from the Gebietsstand in 1987, 1990 and 2024-Q4. */
  populationDate: string;
  /** Reference date of the area, if stated. */
  areaDate: string | null;
  /** Population basis if the file states it („auf Grundlage des Zensus 2011“ → "Zensus 2011"), else null. */
  populationBasis: string | null;
  /** „Erscheinungsmonat“ from the cover sheet, e.g. "Oktober 2024". */
  published: string | null;
  /** Header of the DEGURBA column („EU-Stadt-/Landgliederung“ or „Grad der Verstädterung“), null if absent. */
  degurbaColumn: string | null;
}

export interface GvAuszug {
  meta: GvAuszugMeta;
  rows: GvRow[];
}

interface Columns {
  satzart: number;
  tkz: number | null;
  land: number;
  rb: number;
  kreis: number;
  vb: number | null;
  gem: number;
  name: number;
  area: number;
  total: number;
  male: number;
  female: number;
  postcode: number | null;
  degurba: number | null;
}

const TITLE = 'gemeindenindeutschland';

function dataSheet(file: SourceFile): Sheet | null {
  if (file.kind !== 'xlsx') return null;
  return file.sheets.find((s) => norm(s.rows[0]?.[0]).startsWith(TITLE) && norm(s.rows[2]?.[0]) === 'satzart') ?? null;
}

const find = (row: readonly Cell[] | undefined, test: (n: string) => boolean): number | null => {
  const i = (row ?? []).findIndex((c) => test(norm(c)));
  return i < 0 ? null : i;
};

/** Column indices from the header rows; a missing required column is reported by its label. */
function columns(sheet: Sheet): Columns | string {
  const h3 = sheet.rows[2] ?? [];
  const h4 = sheet.rows[3] ?? [];
  const old = norm(h3[1]) === 'gemeindeschlüssel';
  const at = (row: readonly Cell[], label: string, test: (n: string) => boolean) => ({ label, i: find(row, test) });
  const req = [
    at(h4, 'Land', (n) => n === 'land'),
    at(h4, 'RB', (n) => n === 'rb'),
    at(h4, 'Kreis', (n) => n === 'kreis'),
    at(h4, old ? 'Gemeinde' : 'Gem', (n) => n === 'gem' || n === 'gemeinde'),
    at(h3, 'Gemeindename', (n) => n === 'gemeindename'),
    at(h3, 'Fläche', (n) => n.startsWith('fläche')),
    at(h4, 'insgesamt', (n) => n === 'insgesamt'),
    at(h4, 'männlich', (n) => n === 'männlich'),
    at(h4, 'weiblich', (n) => n === 'weiblich'),
  ];
  const missing = req.filter((r) => r.i === null).map((r) => `„${r.label}“`);
  if (missing.length > 0) return `Kopfzeile unvollständig: ${missing.join(', ')} fehlt in Zeile 3–4`;
  const [land, rb, kreis, gem, name, area, total, male, female] = req.map((r) => r.i!) as [
    number,
    number,
    number,
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  return {
    satzart: 0,
    tkz: old ? null : find(h3, (n) => n.startsWith('textkenn')),
    land,
    rb,
    kreis,
    vb: find(h4, (n) => n === 'vb'),
    gem,
    name,
    area,
    total,
    male,
    female,
    postcode: find(h3, (n) => n.startsWith('postleit')),
    degurba: find(h3, (n) => n.startsWith('gradderverstädterung') || n.startsWith('eustadt')),
  };
}

export function detectGvAuszug(file: SourceFile): Detection {
  const sheet = dataSheet(file);
  if (!sheet) return NO;
  const c = columns(sheet);
  if (typeof c === 'string') return { status: 'near', reason: `Blatt „${sheet.name}“: ${c}` };
  return { status: 'match', variant: variantOf(c) };
}

function variantOf(c: Columns): GvVariant {
  if (c.vb === null) return 'gv-1983';
  return c.degurba === null ? 'gv-1994' : 'gv-2013';
}

function metaOf(file: SourceFile & { kind: 'xlsx' }, sheet: Sheet, c: Columns): GvAuszugMeta {
  const head = sheet.rows.slice(0, 6);
  const title = sheet.rows[0]?.[0] ?? '';
  const headText = head.flat().filter((x): x is string => x !== null);
  const gsCell = headText.find((t) => /Gebietsstand/.test(t) && isoFromGerman(t));
  const gebietsstand = isoFromGerman(gsCell?.slice(gsCell.indexOf('Gebietsstand')));
  if (!gebietsstand) throw new LayoutError(file.name, `Blatt „${sheet.name}“: kein „Gebietsstand am TT.MM.JJJJ“ in Zeile 1–6`);
  const dateAt = (r: number, col: number) => isoFromGerman(sheet.rows[r]?.[col]);
  const titleDates = allIsoDates(title.slice(title.lastIndexOf(' am ')));
  const populationDate = dateAt(4, c.total) ?? dateAt(4, c.area) ?? titleDates[0] ?? null;
  if (!populationDate)
    throw new LayoutError(file.name, `Blatt „${sheet.name}“: Stichtag der Bevölkerung nicht angegeben (Zeile 5 oder Titel)`);
  const cover = file.sheets.filter((s) => s !== sheet).flatMap((s) => s.rows.flat().filter((x): x is string => x !== null));
  const basisText = [sheet.rows[2]?.[c.total], sheet.rows[4]?.[c.total], ...cover].find((t) => t && /Grundlage des Zensus \d{4}/.test(t));
  const published = cover.map((t) => /Erscheinungsmonat:\s*(.+)/.exec(t)?.[1]?.trim()).find(Boolean) ?? null;
  return {
    variant: variantOf(c),
    sheet: sheet.name,
    title,
    gebietsstand,
    populationDate,
    areaDate: dateAt(4, c.area) ?? isoFromGerman(sheet.rows[2]?.[c.area]),
    populationBasis: basisText ? `Zensus ${/Grundlage des Zensus (\d{4})/.exec(basisText)![1]}` : null,
    published,
    degurbaColumn: c.degurba === null ? null : (sheet.rows[2]?.[c.degurba] ?? null),
  };
}

/** Every Satzart row of the data sheet, typed; throws {@link LayoutError} on a malformed cell. */
export function parseGvAuszug(file: SourceFile): GvAuszug {
  const sheet = dataSheet(file);
  if (!sheet || file.kind !== 'xlsx') throw new LayoutError(file.name, `kein ${GV_AUSZUG_TITLE}; erwartet: ${GV_AUSZUG_EXPECTS}`);
  const c = columns(sheet);
  if (typeof c === 'string') throw new LayoutError(file.name, `Blatt „${sheet.name}“: ${c}`);
  const meta = metaOf(file, sheet, c);
  const label = (i: number | null, text: string) => (i === null ? [] : [[i, `${columnLetter(i)} (${text})`] as const]);
  const cells = new CellReader(
    file.name,
    Object.fromEntries([
      ...label(c.satzart, 'Satzart'),
      ...label(c.tkz, 'Textkennzeichen'),
      ...label(c.land, 'Land'),
      ...label(c.rb, 'RB'),
      ...label(c.kreis, 'Kreis'),
      ...label(c.vb, 'VB'),
      ...label(c.gem, 'Gemeinde'),
      ...label(c.name, 'Gemeindename'),
      ...label(c.area, 'Fläche km²'),
      ...label(c.total, 'Bevölkerung insgesamt'),
      ...label(c.male, 'Bevölkerung männlich'),
      ...label(c.female, 'Bevölkerung weiblich'),
      ...label(c.postcode, 'Postleitzahl'),
      ...label(c.degurba, meta.degurbaColumn ?? 'DEGURBA'),
    ]),
  );
  const rows: GvRow[] = [];
  sheet.rows.forEach((r, i) => {
    const satzart = r[c.satzart]?.trim() ?? '';
    if (i < 5 || !/^\d{2}$/.test(satzart)) return; // title, header, blank and footnote rows
    const rowNo = i + 1;
    const level = LEVEL[satzart] ?? cells.fail(rowNo, c.satzart, `unbekannte Satzart ${satzart} (erwartet 10, 20, 30, 40, 50, 60)`);
    rows.push(gvRow(r, rowNo, satzart, level, c, cells));
  });
  if (!rows.some((r) => r.level === 'gemeinde'))
    throw new LayoutError(file.name, `Blatt „${sheet.name}“ enthält keine Gemeindezeilen (Satzart 60)`);
  return { meta, rows };
}

function gvRow(r: readonly Cell[], rowNo: number, satzart: string, level: GvLevel, c: Columns, cells: CellReader): GvRow {
  const land = cells.digits(r, rowNo, c.land, 2);
  const part = (col: number | null, n: number) => (col === null ? '' : cells.digits(r, rowNo, col, n));
  let key = land;
  let ars: string | null = null;
  if (level !== 'land') key += part(c.rb, 1);
  if (level === 'region') key += part(c.kreis, 1);
  if (level === 'kreis' || level === 'gemeindeverband' || level === 'gemeinde') key += part(c.kreis, 2);
  if (level === 'gemeindeverband') key += part(c.vb, 4);
  if (level === 'gemeinde') {
    const gem = part(c.gem, 3);
    if (c.vb !== null) ars = key + part(c.vb, 4) + gem;
    key += gem;
  }
  const name = cells.requiredText(r, rowNo, c.name);
  const degurbaCode = c.degurba === null ? null : cells.text(r, rowNo, c.degurba);
  return {
    row: rowNo,
    satzart,
    level,
    textkennzeichen: c.tkz === null ? null : cells.text(r, rowNo, c.tkz),
    key,
    ars,
    name,
    gemeindefrei: /gemfr\. Gebiet/.test(name),
    areaKm2: cells.decimal(r, rowNo, c.area),
    popTotal: cells.int(r, rowNo, c.total),
    popMale: cells.int(r, rowNo, c.male),
    popFemale: cells.int(r, rowNo, c.female),
    postcode: c.postcode === null ? null : cells.text(r, rowNo, c.postcode),
    degurba: degurbaCode === null ? null : { code: degurbaCode, name: cells.text(r, rowNo, c.degurba! + 1) ?? '' },
  };
}
