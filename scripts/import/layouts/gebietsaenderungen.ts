// Destatis „Gebietsänderungen vom TT.MM. – TT.MM.JJJJ“ (Gemeindeverzeichnis): every territorial change in Germany in a period.
//
// API: detectGebietsaenderungen(file) → Detection; parseGebietsaenderungen(file) → Gebietsaenderungen
// { meta, rows } with ALL rows (Gemeinde and Gemeindeverband) of the sheet „Gebietsaenderungen“, same
// layout every year (2023, 2024, 2025-02 staged). One change (Kennziffer, e.g. "06/2023/0002-R") has
// one row per giving unit and receiving unit; Änderungsart codes per the sheet's legend (1 Auflösung,
// 2 Teilausgliederung, 3 Schlüsseländerung, 4 Namensänderung), possibly several ("3, 4").
import { CellReader } from './cells.ts';
import { type Cell, columnLetter, type Detection, isoFromGerman, LayoutError, NO, norm, type Sheet, type SourceFile } from './source.ts';

export const GEBIETSAENDERUNGEN_ID = 'destatis-gebietsaenderungen';
export const GEBIETSAENDERUNGEN_TITLE = 'Destatis Gebietsänderungen (Gemeindeverzeichnis)';
export const GEBIETSAENDERUNGEN_EXPECTS =
  'xlsx mit dem Blatt „Gebietsaenderungen“, Zeile 1 „Gebietsänderungen vom TT.MM. - TT.MM.JJJJ“, Kopf (Zeilen 2–3) ' +
  '„Kennziffer“, „Regionaleinheit“, je ARS/AGS/Name der abgebenden und aufnehmenden Gemeinde, „Änderungs-art“, ' +
  '„Fläche qm“, „Einwohner“, Wirksamkeitsdatum „juristisch“/„statistisch“';

export interface GebietsaenderungUnit {
  /** ARS: 12 digits for a Gemeinde, 9 for a Gemeindeverband. */
  ars: string;
  /** 8-digit AGS (Gemeinde rows only). */
  ags: string | null;
  name: string;
}

export interface GebietsaenderungRow {
  /** Row in the sheet (1-based). */
  row: number;
  kennziffer: string;
  regionaleinheit: 'Gemeinde' | 'Gemeindeverband';
  old: GebietsaenderungUnit;
  /** Receiving / new unit; null only for a dissolved Gemeindeverband without successor (cells empty). */
  new: GebietsaenderungUnit | null;
  /** Änderungsart codes, e.g. ["1"] or ["3", "4"]. */
  kinds: string[];
  /** Area moved (m²) and persons moved; null where the list leaves them empty (renamings, key changes). */
  areaM2: number | null;
  population: number | null;
  /** Effective dates (ISO): legal and statistical. */
  legal: string;
  statistical: string;
}

export interface GebietsaenderungenMeta {
  sheet: string;
  title: string;
  /** Period covered (ISO), e.g. 2023-01-01 … 2023-12-31. */
  from: string;
  to: string;
  /** „Erscheinungsmonat“ from the cover sheet, e.g. "Januar 2024". */
  published: string | null;
  /** Änderungsart code → label, from the legend under the table. */
  kinds: Record<string, string>;
}

export interface Gebietsaenderungen {
  meta: GebietsaenderungenMeta;
  rows: GebietsaenderungRow[];
}

const SHEET = 'gebietsaenderungen';
/** Header cells (row 3) that fix the columns: label → index. */
const HEADER: ReadonlyArray<[number, string, (n: string) => boolean]> = [
  [2, 'Amtlicher Regionalschlüssel (ARS)', (n) => n.startsWith('amtlicherregionalschlüssel')],
  [3, 'Amtlicher Gemeinde-schlüssel (AGS)', (n) => n.startsWith('amtlichergemeindeschlüssel')],
  [4, 'Name', (n) => n === 'name'],
  [5, 'Änderungs-art', (n) => n.startsWith('änderungsart')],
  [6, 'Fläche qm', (n) => n.startsWith('fläche')],
  [7, 'Einwohner', (n) => n.startsWith('einwohner')],
  [8, 'Amtlicher Regionalschlüssel (ARS)', (n) => n.startsWith('amtlicherregionalschlüssel')],
  [9, 'Amtlicher Gemeinde-schlüssel (AGS)', (n) => n.startsWith('amtlichergemeindeschlüssel')],
  [10, 'Name', (n) => n === 'name'],
  [11, 'juristisch', (n) => n === 'juristisch'],
  [12, 'statistisch', (n) => n === 'statistisch'],
];
const COLUMN_NAMES: Record<number, string> = {
  0: 'Kennziffer',
  1: 'Regionaleinheit',
  2: 'ARS abgebend',
  3: 'AGS abgebend',
  4: 'Name abgebend',
  5: 'Änderungsart',
  6: 'Fläche qm',
  7: 'Einwohner',
  8: 'ARS aufnehmend',
  9: 'AGS aufnehmend',
  10: 'Name aufnehmend',
  11: 'Wirksamkeit juristisch',
  12: 'Wirksamkeit statistisch',
};

function sheetOf(file: SourceFile): Sheet | null {
  if (file.kind !== 'xlsx') return null;
  return file.sheets.find((s) => norm(s.name) === SHEET && norm(s.rows[0]?.[0]).startsWith('gebietsänderungenvom')) ?? null;
}

function headerProblem(sheet: Sheet): string | null {
  const h2 = sheet.rows[1] ?? [];
  const h3 = sheet.rows[2] ?? [];
  if (norm(h2[0]) !== 'kennziffer' || norm(h2[1]) !== 'regionaleinheit') return 'Zeile 2 beginnt nicht mit „Kennziffer“, „Regionaleinheit“';
  const bad = HEADER.find(([i, , test]) => !test(norm(h3[i])));
  return bad ? `Spalte ${columnLetter(bad[0])} in Zeile 3 ist nicht „${bad[1]}“ (gefunden: „${h3[bad[0]] ?? ''}“)` : null;
}

export function detectGebietsaenderungen(file: SourceFile): Detection {
  const sheet = sheetOf(file);
  if (!sheet) return NO;
  const problem = headerProblem(sheet);
  return problem ? { status: 'near', reason: `Blatt „${sheet.name}“: ${problem}` } : { status: 'match', variant: 'ga-2023' };
}

function unit(cells: CellReader, r: readonly Cell[], rowNo: number, first: number, gemeinde: boolean): GebietsaenderungUnit {
  const ars = cells.requiredText(r, rowNo, first);
  if (!new RegExp(`^\\d{${gemeinde ? 12 : 9}}$`).test(ars))
    cells.fail(rowNo, first, `„${ars}“ ist kein ${gemeinde ? 12 : 9}-stelliger ARS`);
  const ags = cells.text(r, rowNo, first + 1);
  if (gemeinde && (ags === null || !/^\d{8}$/.test(ags) || ags !== ars.slice(0, 5) + ars.slice(9))) {
    cells.fail(rowNo, first + 1, `„${ags ?? ''}“ ist nicht der AGS zum ARS ${ars}`);
  }
  return { ars, ags: gemeinde ? ags : null, name: cells.requiredText(r, rowNo, first + 2) };
}

export function parseGebietsaenderungen(file: SourceFile): Gebietsaenderungen {
  const sheet = sheetOf(file);
  if (!sheet || file.kind !== 'xlsx')
    throw new LayoutError(file.name, `keine ${GEBIETSAENDERUNGEN_TITLE}; erwartet: ${GEBIETSAENDERUNGEN_EXPECTS}`);
  const problem = headerProblem(sheet);
  if (problem) throw new LayoutError(file.name, `Blatt „${sheet.name}“: ${problem}`);
  const title = sheet.rows[0]![0]!;
  const m = /vom (\d{2})\.(\d{2})\.\s*(?:(\d{4})\s*)?[-–]\s*(\d{2})\.(\d{2})\.(\d{4})/.exec(title);
  if (!m) throw new LayoutError(file.name, `Zeile 1 „${title}“ nennt keinen Zeitraum „vom TT.MM. - TT.MM.JJJJ“`);
  const from = `${m[3] ?? m[6]}-${m[2]}-${m[1]}`;
  const to = `${m[6]}-${m[5]}-${m[4]}`;
  const cells = new CellReader(`${file.name}`, COLUMN_NAMES);
  const rows: GebietsaenderungRow[] = [];
  const kinds: Record<string, string> = {};
  sheet.rows.forEach((r, i) => {
    const legend = /^(\d+)\s*=\s*(.+)$/.exec(r[0] ?? '');
    if (legend && r.slice(1).every((c) => c === null)) kinds[legend[1]!] = legend[2]!.trim();
    if (i < 3 || !/^\d{2}\/\d{4}\/\d{4}-[A-Z]$/.test(r[0] ?? '')) return;
    const rowNo = i + 1;
    const einheit = cells.requiredText(r, rowNo, 1);
    if (einheit !== 'Gemeinde' && einheit !== 'Gemeindeverband')
      cells.fail(rowNo, 1, `„${einheit}“ ist weder Gemeinde noch Gemeindeverband`);
    const gemeinde = einheit === 'Gemeinde';
    const kindText = cells.requiredText(r, rowNo, 5);
    const kindList = kindText.split(/\s*,\s*/);
    if (!kindList.every((k) => /^\d$/.test(k)))
      cells.fail(rowNo, 5, `„${kindText}“ ist keine Änderungsart (Ziffern, durch Komma getrennt)`);
    const date = (col: number) => {
      const v = cells.requiredText(r, rowNo, col);
      return (/^\d{4}-\d{2}-\d{2}$/.test(v) ? v : isoFromGerman(v)) ?? cells.fail(rowNo, col, `„${v}“ ist kein Datum TT.MM.JJJJ`);
    };
    rows.push({
      row: rowNo,
      kennziffer: r[0]!,
      regionaleinheit: gemeinde ? 'Gemeinde' : 'Gemeindeverband',
      old: unit(cells, r, rowNo, 2, gemeinde),
      kinds: kindList,
      areaM2: cells.int(r, rowNo, 6),
      population: cells.int(r, rowNo, 7),
      new: !gemeinde && r.slice(8, 11).every((x) => x === null) ? null : unit(cells, r, rowNo, 8, gemeinde),
      legal: date(11),
      statistical: date(12),
    });
  });
  const cover = file.sheets.filter((s) => s !== sheet).flatMap((s) => s.rows.flat().filter((x): x is string => x !== null));
  const published = cover.map((t) => /Erscheinungsmonat:\s*(.+)/.exec(t)?.[1]?.trim()).find(Boolean) ?? null;
  return { meta: { sheet: sheet.name, title, from, to, published, kinds }, rows };
}
