// Reads and writes the tidy CSVs in data/ byte for byte the way they were staged (Python csv: minimal quoting, CRLF).
import { csvParseRows } from 'd3-dsv';

export interface TidyTable {
  header: string[];
  rows: string[][];
  /** Line ending of the file ("\r\n" for the staged stats files). */
  eol: '\n' | '\r\n';
}

/** Parses a tidy CSV as the pipeline does (d3-dsv, BOM dropped). */
export function readTable(text: string): TidyTable {
  const body = text.startsWith('\ufeff') ? text.slice(1) : text;
  const eol = /\r\n/.test(body.slice(0, body.indexOf('\n') + 1)) ? '\r\n' : '\n';
  const [header = [], ...rows] = csvParseRows(body.replace(/\r\n/g, '\n'));
  return { header, rows: rows.filter((r) => !(r.length === 1 && r[0] === '')), eol };
}

/** A field quoted only where needed (delimiter, quote or line break), like Python's csv.QUOTE_MINIMAL. */
function field(v: string): string {
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/** Serialises a table; every line, the last included, ends with `eol`. */
export function writeTable(t: TidyTable): string {
  return [t.header, ...t.rows].map((r) => r.map(field).join(',') + t.eol).join('');
}
