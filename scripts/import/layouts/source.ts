// What every layout parser takes (an official file as sheets of text cells, or as text) and the errors it throws.
//
// Stable API for the importer, the pipeline and a later national build:
//   type Cell, Sheet, SourceFile          — input (see read.ts for reading one from disk)
//   class LayoutError                     — `<file>:<row>: <column>: <reason>` (German), or `<file>: <reason>`
//   type Detection                        — result of a layout's fingerprint check
// Cells are the text as stored in the file: numbers as their XML text ("17.329999999999998"), dates of
// date-formatted cells as ISO "YYYY-MM-DD", text trimmed; empty cells are null.

export type Cell = string | null;

export interface Sheet {
  name: string;
  /** Rows from the first row of the sheet (index 0 = Excel row 1). */
  rows: Cell[][];
}

export type SourceFile =
  | { name: string; kind: 'xlsx'; sheets: Sheet[] }
  /** A text file (CSV), decoded as UTF-8 (BOM removed). */
  | { name: string; kind: 'text'; text: string };

/**
 * A file that cannot be read in its layout. With `row`, the message is `<file>:<row>: <column>: <reason>`
 * (row 1-based as a spreadsheet or editor shows it; `file` may carry the sheet as `name.xlsx[Blatt]`).
 */
export class LayoutError extends Error {
  override name = 'LayoutError';
  constructor(
    readonly file: string,
    readonly reason: string,
    readonly row?: number,
    readonly column?: string,
  ) {
    super(row === undefined ? `${file}: ${reason}` : `${file}:${row}: ${column ?? '?'}: ${reason}`);
  }
}

/** Outcome of a fingerprint check: this layout (and which variant), almost this layout (why not), or not it. */
export type Detection = { status: 'match'; variant: string } | { status: 'near'; reason: string } | { status: 'no' };

export const NO: Detection = { status: 'no' };

/** Spreadsheet column letter of a 0-based index (0 → A, 26 → AA). */
export function columnLetter(index: number): string {
  let s = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** Header text compared loosely: lower case, without soft hyphens, hyphens, line breaks and spaces. */
export function norm(cell: Cell | undefined): string {
  return (cell ?? '').toLowerCase().replace(/[\s\u00ad-]+/g, '');
}

/** "31.12.2023" → "2023-12-31"; null if `s` holds no such date. */
export function isoFromGerman(s: string | null | undefined): string | null {
  const m = /(\d{2})\.(\d{2})\.(\d{4})/.exec(s ?? '');
  return m ? `${m[3]}-${m[2]}-${m[1]}` : null;
}

/** All dates "DD.MM.YYYY" in `s`, as ISO. */
export function allIsoDates(s: string): string[] {
  return [...s.matchAll(/(\d{2})\.(\d{2})\.(\d{4})/g)].map((m) => `${m[3]}-${m[2]}-${m[1]}`);
}
