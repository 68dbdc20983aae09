// Tables as CSV. Two dialects:
//  - excel: true — for German Excel (double-click opens it correctly): UTF-8 with BOM, ";" as
//    separator, decimal comma, no thousands separator, CRLF. No "sep=;" line: it makes Excel
//    ignore the BOM and garble umlauts.
//  - excel: false — plain CSV (RFC 4180) for scripts and English Excel: no BOM, ",", decimal
//    point, CRLF.
// Layout: row 1 is the header (column label, unit in brackets), then one row per table row. After
// one empty row come the metadata rows, each starting with a "#" cell: citation, title,
// Gebietsstand, export date, link, one row per source. Data first keeps row 1 the header for
// Excel's filter and sort (the empty row ends Excel's current region, so the metadata is not
// sorted along), and tools skip the metadata with comment="#" (pandas, R read.csv2, DuckDB).
// Numbers are written rounded to the column's `decimals`, with the same digits the app shows
// (number.ts); without `decimals`, with full precision. null, NaN and ±Infinity are empty cells.
import { formatDate, type Lang } from '../scales/format.ts';
import { EXPORT_MESSAGES } from '../i18n/export.ts';
import type { TableColumn, TableModel } from './model.ts';
import { plainNumber } from './number.ts';

export interface CsvOptions {
  /** German Excel dialect (BOM, ";", decimal comma); otherwise plain CSV with "," and ".". */
  excel: boolean;
}

const BOM = '\ufeff';
const CRLF = '\r\n';

/** Text that Excel would run as a formula (=, +, @, -x, tab, CR at the start) gets a leading '. */
function defuse(text: string): string {
  return /^[=+@\t\r]|^-[^\d\s.,]/.test(text) ? `'${text}` : text;
}

function cell(value: string | number | null | undefined, column: TableColumn | undefined, opts: CsvOptions): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return '';
    const s = plainNumber(value, column?.kind === 'number' ? column.decimals : undefined);
    return opts.excel ? s.replace('.', ',') : s;
  }
  return opts.excel ? defuse(value) : value;
}

function quote(field: string, sep: string): string {
  return field.includes(sep) || /["\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}

function headerLabel(c: TableColumn): string {
  return c.unit ? `${c.label} [${c.unit}]` : c.label;
}

/** The table as CSV text (see the dialects above); the citation is always in the file. */
export function tableToCsv(table: TableModel, opts: CsvOptions): string {
  const sep = opts.excel ? ';' : ',';
  const t = EXPORT_MESSAGES[table.lang];
  const line = (fields: string[]) => fields.map((f) => quote(f, sep)).join(sep);
  const lines = [
    line(table.columns.map(headerLabel)),
    ...table.rows.map((row) => line(table.columns.map((c) => cell(row[c.key], c, opts)))),
    '',
    line([`# ${t.citation}`, table.citation]),
    line([`# ${t.title}`, table.title]),
    line([`# ${t.gebietsstand}`, table.gebietsstand]),
    line([`# ${t.exportedOn}`, formatDate(table.exportDate, table.lang)]),
    line([`# ${t.link}`, table.link]),
    ...table.sources.map((s) => line([`# ${t.source}`, s.name, s.credit, s.licence, s.url, `${t.sourceColumns.stand} ${s.stand}`])),
  ];
  return (opts.excel ? BOM : '') + lines.join(CRLF) + CRLF;
}

/** MIME type and extension of a CSV download. */
export const CSV_TYPE = 'text/csv;charset=utf-8';

interface Field {
  text: string;
  quoted: boolean;
}

/** RFC 4180 records (quoted fields may hold separators, quotes and newlines). */
function records(text: string, sep: string): Field[][] {
  const out: Field[][] = [];
  let row: Field[] = [];
  let field = '';
  let quoted = false;
  let inQuotes = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (inQuotes) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') inQuotes = false;
      else field += ch;
    } else if (ch === '"' && field === '') {
      inQuotes = quoted = true;
    } else if (ch === sep) {
      row.push({ text: field, quoted });
      field = '';
      quoted = false;
    } else if (ch === '\r' || ch === '\n') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push({ text: field, quoted });
      out.push(row);
      row = [];
      field = '';
      quoted = false;
    } else field += ch;
  }
  if (field !== '' || quoted || row.length) {
    row.push({ text: field, quoted });
    out.push(row);
  }
  return out;
}

export interface ParsedCsv {
  header: string[];
  /** Data rows: empty cell → null; an unquoted German decimal ("1234,5", "-3") → number. */
  rows: (string | number | null)[][];
  /** Rows whose first cell starts with "#", as text. */
  meta: string[][];
}

const GERMAN_NUMBER = /^-?(0|[1-9]\d*)(,\d+)?$/;

/**
 * Reads a German-Excel CSV (as written by tableToCsv with excel: true, or saved by Excel): strips
 * the BOM, splits on ";", turns decimal-comma numbers into numbers. Text with a leading zero
 * (an AGS such as "06411000") stays text. Data ends at the first empty row.
 */
export function parseGermanCsv(text: string): ParsedCsv {
  const all = records(text.replace(/^\ufeff/, ''), ';');
  const [head, ...rest] = all;
  const rows: ParsedCsv['rows'] = [];
  const meta: string[][] = [];
  let inData = true;
  for (const r of rest) {
    const empty = r.length === 1 && r[0]!.text === '' && !r[0]!.quoted;
    if (r[0]?.text.startsWith('#') && !r[0].quoted) {
      meta.push(r.map((f) => f.text));
      continue;
    }
    if (empty) {
      inData = false;
      continue;
    }
    if (!inData) continue;
    rows.push(
      r.map((f) => {
        if (f.text === '' && !f.quoted) return null;
        if (!f.quoted && GERMAN_NUMBER.test(f.text)) return Number(f.text.replace(',', '.'));
        return f.text;
      }),
    );
  }
  return { header: (head ?? []).map((f) => f.text), rows, meta };
}

/** Whether a table export should use the German Excel dialect for this language. */
export function excelDialect(lang: Lang): boolean {
  return lang === 'de';
}
