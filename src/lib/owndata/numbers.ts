// Numbers from text, decided per column: German "1.234,5" or English "1,234.5". A cell such as
// "159.878" fits both; the column as a whole decides (other cells, integers without grouping, the file's separator).
export type NumberFormat = 'de' | 'en';

/** What one cell can mean: the number in German and in English reading (undefined = not a number that way). */
export interface CellReading {
  kind: 'number' | 'empty' | 'placeholder' | 'invalid';
  de?: number;
  en?: number;
}

/** Official "no value" symbols (Destatis: – nichts, . unbekannt/geheim, x nicht sinnvoll, / unsicher, … folgt) and common gaps. */
const PLACEHOLDERS = new Set([
  '-',
  '–',
  '—',
  '.',
  '…',
  '...',
  'x',
  'X',
  '/',
  '()',
  'k.A.',
  'k. A.',
  'n.v.',
  'n.a.',
  'NA',
  'N/A',
  'n/a',
  '-/-',
]);

const INT = /^\d+$/;
const DE_GROUPED = /^\d{1,3}(\.\d{3})+$/;
const EN_GROUPED = /^\d{1,3}(,\d{3})+$/;
const DE_DECIMAL = /^(\d+|\d{1,3}(\.\d{3})+),\d+$/;
const EN_DECIMAL = /^(\d+|\d{1,3}(,\d{3})+)\.\d+$/;
const DE_SCI = /^\d+(,\d+)?[eE][+-]?\d+$/;
const EN_SCI = /^\d+(\.\d+)?[eE][+-]?\d+$/;

/** Reads one cell both ways. Spaces and no-break spaces between digits, "%", "€", a leading "+", "-" or "−" are allowed. */
export function readCell(raw: string): CellReading {
  const text = raw.trim();
  if (text === '') return { kind: 'empty' };
  if (PLACEHOLDERS.has(text)) return { kind: 'placeholder' };
  let s = text.replace(/[\s\u00a0\u202f\u2009]*(%|€|EUR)$/u, '');
  let sign = 1;
  if (/^[-−+]/.test(s)) {
    if (s[0] !== '+') sign = -1;
    s = s.slice(1).trimStart();
  }
  s = s.replace(/(\d)[\u0020\u00a0\u202f\u2009'](?=\d{3}(\D|$))/gu, '$1');
  const num = (t: string) => sign * Number(t);
  if (INT.test(s)) return { kind: 'number', de: num(s), en: num(s) };
  const reading: CellReading = { kind: 'number' };
  if (DE_GROUPED.test(s)) reading.de = num(s.replaceAll('.', ''));
  if (EN_GROUPED.test(s)) reading.en = num(s.replaceAll(',', ''));
  if (DE_DECIMAL.test(s) || DE_SCI.test(s)) reading.de = num(s.replaceAll('.', '').replace(',', '.'));
  if (EN_DECIMAL.test(s) || EN_SCI.test(s)) reading.en = num(s.replaceAll(',', ''));
  if (/^,\d+$/.test(s)) reading.de = num('0' + s.replace(',', '.'));
  if (/^\.\d+$/.test(s)) reading.en = num('0' + s);
  if (reading.de === undefined && reading.en === undefined) return { kind: 'invalid' };
  return reading;
}

export interface ColumnFormat {
  /** Cells that are numbers in the chosen format, empty, placeholders, not numbers. */
  numbers: number;
  empty: number;
  placeholders: number;
  invalid: number;
  format: NumberFormat;
  /** False when the column alone could be read either way (then `reason` says what decided). */
  certain: boolean;
  reason: 'deOnly' | 'enOnly' | 'majority' | 'integers' | 'ungrouped' | 'fileHint' | 'none';
  /** A cell that shows the decision, e.g. "1.234,5". */
  example?: string;
  /** Largest number of decimals seen in the chosen format (for display, at most 3). */
  decimals: number;
}

/**
 * Decides the number format of a column from all its cells. `hint` is the format the rest of the
 * file suggests (other columns, the separator); used only when the column itself cannot tell.
 * Cells marked `native` (numbers in an XLSX) are exact in either reading.
 */
export function decideColumn(cells: readonly string[], hint: NumberFormat, native?: (i: number) => boolean): ColumnFormat {
  let deOnly = 0;
  let enOnly = 0;
  let both = 0;
  let ambiguous = 0;
  let ungroupedBig = 0;
  let empty = 0;
  let placeholders = 0;
  let invalid = 0;
  let deExample: string | undefined;
  let enExample: string | undefined;
  let ambiguousExample: string | undefined;
  cells.forEach((c, i) => {
    if (native?.(i)) return void both++;
    const r = readCell(c);
    if (r.kind === 'empty') empty++;
    else if (r.kind === 'placeholder') placeholders++;
    else if (r.kind === 'invalid') invalid++;
    else if (r.de !== undefined && r.en !== undefined) {
      if (r.de === r.en) {
        both++;
        if (Math.abs(r.de) >= 1000 && INT.test(c.trim().replace(/^[-−+]/, ''))) ungroupedBig++;
      } else {
        ambiguous++;
        ambiguousExample ??= c;
      }
    } else if (r.de !== undefined) {
      deOnly++;
      deExample ??= c;
    } else {
      enOnly++;
      enExample ??= c;
    }
  });
  let format: NumberFormat;
  let certain = true;
  let reason: ColumnFormat['reason'];
  if (deOnly && !enOnly) [format, reason] = ['de', 'deOnly'];
  else if (enOnly && !deOnly) [format, reason] = ['en', 'enOnly'];
  else if (deOnly && enOnly) [format, certain, reason] = [deOnly >= enOnly ? 'de' : 'en', false, 'majority'];
  else if (ambiguous && ungroupedBig) {
    // Thousands are not grouped in this column ("1234"), so "159.878" has a decimal point and "159,878" a decimal comma.
    const sample = ambiguousExample!.trim();
    [format, reason] = [sample.includes(',') ? 'de' : 'en', 'ungrouped'];
  } else if (ambiguous) [format, certain, reason] = [hint, false, 'fileHint'];
  else [format, reason] = [hint, both ? 'integers' : 'none'];
  const example = format === 'de' ? (deExample ?? ambiguousExample) : (enExample ?? ambiguousExample);
  let numbers = 0;
  let decimals = 0;
  cells.forEach((c, i) => {
    const isNative = native?.(i);
    const v = isNative ? Number(c) : readCell(c)[format];
    if (v === undefined || Number.isNaN(v)) return;
    numbers++;
    decimals = Math.max(decimals, decimalsOf(c, isNative ? 'en' : format));
  });
  invalid = cells.length - numbers - empty - placeholders;
  return { numbers, empty, placeholders, invalid, format, certain, reason, example, decimals: Math.min(decimals, 3) };
}

function decimalsOf(cell: string, format: NumberFormat): number {
  const s = cell.trim();
  if (/[eE]/.test(s)) return 3;
  const sep = format === 'de' ? ',' : '.';
  const at = s.lastIndexOf(sep);
  if (at < 0) return 0;
  return s.slice(at + 1).replace(/\D.*$/, '').length;
}

/** The number a cell holds in `format`; null for empty cells and placeholders; undefined if it is not a number. */
export function parseNumber(cell: string, format: NumberFormat, native = false): number | null | undefined {
  if (native) return Number(cell);
  const r = readCell(cell);
  if (r.kind === 'empty' || r.kind === 'placeholder') return null;
  return r[format];
}
