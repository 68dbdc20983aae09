// A console result as plain rows for the table, copy and downloads: columns typed coarsely
// (number, text, boolean, date), values converted from Arrow once, sorting without a copy of the rows.
import type { Table } from 'apache-arrow';
import { DataType } from 'apache-arrow';

export type Cell = string | number | boolean | null;
export type ColumnKind = 'number' | 'text' | 'boolean' | 'date';

export interface SqlColumn {
  name: string;
  kind: ColumnKind;
  /** DuckDB's/Arrow's type as text (shown in the header's title). */
  type: string;
}

export interface SqlResult {
  columns: SqlColumn[];
  rows: Cell[][];
  /** More rows existed than `limit`; only `limit` are kept. */
  truncated: boolean;
  limit: number;
  elapsedMs: number;
}

function kindOf(type: DataType): ColumnKind {
  if (DataType.isInt(type) || DataType.isFloat(type) || DataType.isDecimal(type)) return 'number';
  if (DataType.isBool(type)) return 'boolean';
  if (DataType.isDate(type) || DataType.isTimestamp(type)) return 'date';
  return 'text';
}

function cell(v: unknown, kind: ColumnKind, type: DataType): Cell {
  if (v === null || v === undefined) return null;
  if (kind === 'number') {
    if (typeof v === 'bigint') return Number.isSafeInteger(Number(v)) ? Number(v) : v.toString();
    if (DataType.isDecimal(type) && typeof v === 'object') {
      const scale = (type as unknown as { scale: number }).scale;
      return Number(String(v)) / 10 ** scale;
    }
    return typeof v === 'number' ? v : Number(v);
  }
  if (kind === 'boolean') return Boolean(v);
  if (kind === 'date') {
    const d = v instanceof Date ? v : new Date(typeof v === 'bigint' ? Number(v) : (v as number));
    if (Number.isNaN(d.getTime())) return String(v);
    const iso = d.toISOString();
    return DataType.isDate(type) ? iso.slice(0, 10) : iso.replace('T', ' ').replace(/\.000Z$|Z$/, '');
  }
  if (typeof v === 'string') return v;
  if (typeof v === 'bigint') return v.toString();
  return JSON.stringify(v, (_, x) => (typeof x === 'bigint' ? x.toString() : x));
}

/** Converts an Arrow result of the wrapped query (limit + 1 rows at most) into a SqlResult. */
export function resultFromArrow(table: Table, limit: number, elapsedMs: number): SqlResult {
  const columns: SqlColumn[] = table.schema.fields.map((f) => ({ name: f.name, kind: kindOf(f.type), type: String(f.type) }));
  const n = Math.min(table.numRows, limit);
  const rows: Cell[][] = Array.from({ length: n }, () => new Array<Cell>(columns.length));
  columns.forEach((c, j) => {
    const vector = table.getChildAt(j)!;
    const type = table.schema.fields[j]!.type;
    for (let i = 0; i < n; i++) rows[i]![j] = cell(vector.get(i), c.kind, type);
  });
  return { columns, rows, truncated: table.numRows > limit, limit, elapsedMs };
}

/** Row order for a column (ascending or descending; empty cells last), as indices into `rows`. */
export function sortOrder(result: SqlResult, column: number, direction: 'asc' | 'desc'): number[] {
  const sign = direction === 'asc' ? 1 : -1;
  const collator = new Intl.Collator('de', { numeric: true });
  return result.rows
    .map((_, i) => i)
    .sort((a, b) => {
      const x = result.rows[a]![column];
      const y = result.rows[b]![column];
      if (x === null || y === null) return x === y ? a - b : x === null ? 1 : -1;
      const c = typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y));
      return c === 0 ? a - b : sign * c;
    });
}

/** Tab-separated text for the clipboard (pastes into Excel as cells); numbers with the language's decimal sign. */
export function resultToTsv(result: SqlResult, order: readonly number[], lang: 'de' | 'en'): string {
  const text = (c: Cell) => {
    if (c === null) return '';
    if (typeof c === 'number') return lang === 'de' ? String(c).replace('.', ',') : String(c);
    return String(c).replace(/[\t\r\n]+/g, ' ');
  };
  return [result.columns.map((c) => c.name).join('\t'), ...order.map((i) => result.rows[i]!.map(text).join('\t'))].join('\r\n') + '\r\n';
}
