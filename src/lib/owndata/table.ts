// Rows of text cells → one table: the header row found below any title lines, data rows, notes
// below the table, empty trailing columns dropped. Every data row keeps its row number in the file.
import { ImportError, LIMITS } from './errors.ts';
import { trimmedWidth } from './csv.ts';
import { readCell } from './numbers.ts';

export interface RawTable {
  /** Column names (trimmed; empty ones named by position, repeated ones numbered). */
  header: string[];
  /** Data rows, each exactly header.length text cells. */
  rows: string[][];
  /** 1-based row number in the file of each data row (as Excel counts rows). */
  rowNumbers: number[];
  /** 1-based row number of the header; 0 when the table has none (pasted cells). */
  headerRow: number;
  /** Text rows above the header (titles) and below the table (notes, footnotes), as read. */
  above: string[];
  below: string[];
  /** Blank rows inside the table (skipped, not data). */
  blankRows: number;
  /** Empty columns at the right that were dropped. */
  droppedColumns: number;
  /** Cells that were numbers in an XLSX file (index row * header.length + column); their text is the exact number. */
  native?: Set<number>;
}

const isBlank = (r: readonly string[]) => r.every((c) => c.trim() === '');

/** Where the table starts: the first row at least 60 % as wide as the table's usual width (titles are narrower). */
export function findHeaderRow(records: readonly (readonly string[])[]): number {
  const widths = records.map(trimmedWidth);
  const counts = new Map<number, number>();
  for (const w of widths) if (w >= 2) counts.set(w, (counts.get(w) ?? 0) + 1);
  let usual = 0;
  let most = 0;
  for (const [w, c] of counts) if (c > most || (c === most && w > usual)) [usual, most] = [w, c];
  if (!usual) return widths.findIndex((w) => w >= 1);
  return widths.findIndex((w) => w >= 2 && w >= usual * 0.6);
}

/**
 * Builds the table from records (`offset` = rows before them in the file, e.g. Excel's "sep=" line).
 * `headerRow` (1-based, from the user) overrides the detected header. `native` flags cells by record index.
 */
export function buildTable(
  records: string[][],
  opts: { headerRow?: number; offset?: number; native?: (record: number, column: number) => boolean } = {},
): RawTable {
  const offset = opts.offset ?? 0;
  const h = opts.headerRow !== undefined ? opts.headerRow - 1 - offset : findHeaderRow(records);
  if (h < 0 || h >= records.length || records.every(isBlank)) throw new ImportError('noTable');
  let last = records.length - 1;
  while (last > h && trimmedWidth(records[last]!) <= 1) last--;
  let width = 0;
  let full = 0;
  for (let i = h; i <= last; i++) {
    width = Math.max(width, trimmedWidth(records[i]!));
    full = Math.max(full, records[i]!.length);
  }
  if (width > LIMITS.columns) throw new ImportError('tooManyColumns', { columns: width, limit: LIMITS.columns });
  if (width === 0) throw new ImportError('noTable');

  // Pasted cells often have no header: a first row that is mostly numbers is data.
  const first = records[h]!.slice(0, width);
  const headless = opts.headerRow === undefined && first.filter((c) => readCell(c).kind === 'number').length * 2 >= width;
  const header = names(headless ? first.map(() => '') : first);
  const rows: string[][] = [];
  const rowNumbers: number[] = [];
  const native = opts.native ? new Set<number>() : undefined;
  let blankRows = 0;
  for (let i = headless ? h : h + 1; i <= last; i++) {
    const r = records[i]!;
    if (isBlank(r)) {
      blankRows++;
      continue;
    }
    const cells = r.slice(0, width).map((c) => c.trim());
    while (cells.length < width) cells.push('');
    if (native) for (let c = 0; c < width; c++) if (opts.native!(i, c)) native.add(rows.length * width + c);
    rows.push(cells);
    rowNumbers.push(i + 1 + offset);
  }
  const text = (r: readonly string[]) => r.filter((c) => c.trim() !== '').join(' ');
  return {
    header,
    rows,
    rowNumbers,
    headerRow: headless ? 0 : h + 1 + offset,
    above: records
      .slice(0, h)
      .filter((r) => !isBlank(r))
      .map(text),
    below: records
      .slice(last + 1)
      .filter((r) => !isBlank(r))
      .map(text),
    blankRows,
    droppedColumns: Math.max(0, full - width),
    native,
  };
}

function names(cells: string[]): string[] {
  const seen = new Map<string, number>();
  return cells.map((c, i) => {
    const base = c.replace(/\s+/g, ' ').trim() || `#${i + 1}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base} (${n})`;
  });
}
