// Typed reading of single cells with precise German errors (`<file>:<row>: <column>: <reason>`).
import { type Cell, LayoutError } from './source.ts';

/** Cells that official tables use for "no value" (secrecy, not applicable, nothing). */
const PLACEHOLDERS = new Set(['', '-', '–', '.', '...', '…', 'x', '/']);
const INTEGER = /^-?\d+$/;
const DECIMAL = /^-?\d+(\.\d+)?(e[+-]?\d+)?$/i;

/** Reads cells of one table; `columns` names each column for messages, e.g. "J (Bevölkerung insgesamt)". */
export class CellReader {
  constructor(
    readonly where: string,
    readonly columns: Readonly<Record<number, string>>,
  ) {}

  fail(rowNo: number, col: number, reason: string): never {
    throw new LayoutError(this.where, reason, rowNo, this.columns[col] ?? `Spalte ${col + 1}`);
  }

  /** Trimmed text, or null when empty. */
  text(row: readonly Cell[], rowNo: number, col: number): string | null {
    void rowNo;
    const v = row[col];
    return v === null || v === undefined || v.trim() === '' ? null : v.trim();
  }

  requiredText(row: readonly Cell[], rowNo: number, col: number): string {
    return this.text(row, rowNo, col) ?? this.fail(rowNo, col, 'Wert fehlt');
  }

  /** Whole number; placeholders ("-", ".", "x" …) and empty cells are null. Decimal noise ("1917.0000001") is rejected. */
  int(row: readonly Cell[], rowNo: number, col: number): number | null {
    const v = this.text(row, rowNo, col);
    if (v === null || PLACEHOLDERS.has(v)) return null;
    if (INTEGER.test(v)) return Number(v);
    if (DECIMAL.test(v) && Number.isInteger(Number(v))) return Number(v);
    return this.fail(rowNo, col, `„${v}“ ist keine ganze Zahl`);
  }

  /** Number with "." as decimal separator (as stored in xlsx) or "," (German CSV); placeholders are null. */
  decimal(row: readonly Cell[], rowNo: number, col: number, opts: { comma?: boolean } = {}): number | null {
    const raw = this.text(row, rowNo, col);
    if (raw === null || PLACEHOLDERS.has(raw)) return null;
    const v = opts.comma ? raw.replace(',', '.') : raw;
    if (DECIMAL.test(v)) return Number(v);
    return this.fail(rowNo, col, `„${raw}“ ist keine Zahl`);
  }

  /** A key part of exactly `digits` digits; shorter all-digit values are left-padded (cells stored as numbers lose zeros). */
  digits(row: readonly Cell[], rowNo: number, col: number, digits: number): string {
    const v = this.text(row, rowNo, col);
    if (v === null) return this.fail(rowNo, col, `Schlüssel fehlt (${digits} Ziffern erwartet)`);
    if (!/^\d+$/.test(v) || v.length > digits) return this.fail(rowNo, col, `„${v}“ ist kein ${digits}-stelliger Schlüssel`);
    return v.padStart(digits, '0');
  }
}
