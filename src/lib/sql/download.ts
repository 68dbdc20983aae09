// Console results as files: CSV for German Excel (BOM, ";", decimal comma) or plain CSV, and XLSX
// with typed cells; both carry the query, the date and the atlas' source credits.
import writeExcelFile, { type Cell as XlsxCell, type SheetData } from 'write-excel-file/universal';
import type { Lang } from '../scales/format.ts';
import { SQL_TEXT } from '../i18n/sql.ts';
import type { Cell, SqlResult } from './result.ts';

export interface DownloadMeta {
  sql: string;
  /** ISO date of the download. */
  date: string;
  /** Credit lines of the atlas' sources (and of own data used in the query). */
  credits: string[];
}

const defuse = (s: string) => (/^[=+@\t\r]|^-[^\d\s.,]/.test(s) ? `'${s}` : s);

export function resultToCsv(result: SqlResult, order: readonly number[], meta: DownloadMeta, lang: Lang): string {
  const excel = lang === 'de';
  const sep = excel ? ';' : ',';
  const t = SQL_TEXT[lang];
  const quote = (s: string) => (s.includes(sep) || /["\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  const text = (c: Cell) => {
    if (c === null) return '';
    if (typeof c === 'number') return Number.isFinite(c) ? (excel ? String(c).replace('.', ',') : String(c)) : '';
    return excel ? defuse(String(c)) : String(c);
  };
  const lines = [
    result.columns.map((c) => quote(c.name)).join(sep),
    ...order.map((i) => result.rows[i]!.map((c) => quote(text(c))).join(sep)),
    '',
    [`# ${t.fileQuery}`, meta.sql.replace(/\s+/g, ' ')].map(quote).join(sep),
    [`# ${t.fileDate}`, meta.date].map(quote).join(sep),
    ...meta.credits.map((c) => [`# ${t.fileSource}`, c].map(quote).join(sep)),
  ];
  return (excel ? '\ufeff' : '') + lines.join('\r\n') + '\r\n';
}

export async function resultToXlsx(result: SqlResult, order: readonly number[], meta: DownloadMeta, lang: Lang): Promise<Blob> {
  const t = SQL_TEXT[lang];
  const bold = (value: string): XlsxCell => ({ value, type: String, fontWeight: 'bold' });
  const cell = (c: Cell): XlsxCell => {
    if (c === null) return null;
    if (typeof c === 'number') return Number.isFinite(c) ? { value: c, type: Number } : null;
    if (typeof c === 'boolean') return { value: c, type: Boolean };
    return { value: c, type: String, format: '@' };
  };
  const data: SheetData = [result.columns.map((c) => bold(c.name)), ...order.map((i) => result.rows[i]!.map(cell))];
  const about: SheetData = [
    [bold(t.fileQuery), { value: meta.sql, type: String }],
    [bold(t.fileDate), { value: meta.date, type: String }],
    ...meta.credits.map((c): XlsxCell[] => [bold(t.fileSource), { value: c, type: String }]),
  ];
  const blob = await writeExcelFile([
    { data, sheet: t.sheetResult, stickyRowsCount: 1 },
    { data: about, sheet: t.sheetQuery, columns: [{ width: 14 }, { width: 100 }] },
  ]).toBlob();
  return blob;
}
