// Tables as XLSX: sheet "Daten" (typed cells) and sheet "Quellen" (citation and sources).
// write-excel-file/universal returns a Blob in the browser and in Node (tests use the same path).
import writeExcelFile, { type Cell, type Sheet, type SheetData } from 'write-excel-file/universal';
import { formatDate } from '../scales/format.ts';
import { EXPORT_MESSAGES } from '../i18n/export.ts';
import type { TableColumn, TableModel } from './model.ts';
import { roundedNumber } from './number.ts';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Excel number format for `decimals` places with a thousands separator ("#,##0.0"). */
function numberFormat(decimals: number | undefined): string {
  if (decimals === undefined) return 'General';
  return decimals > 0 ? `#,##0.${'0'.repeat(decimals)}` : '#,##0';
}

function dataCell(value: string | number | null | undefined, column: TableColumn): Cell {
  if (value === null || value === undefined) return null;
  if (column.kind === 'number' && typeof value === 'number') {
    if (!Number.isFinite(value)) return null;
    return { value: roundedNumber(value, column.decimals), type: Number, format: numberFormat(column.decimals) };
  }
  // Text format "@" keeps an AGS such as "06411000" as text (Excel would drop the leading zero).
  return { value: String(value), type: String, format: '@' };
}

function width(texts: string[], min = 8, max = 60): number {
  return Math.min(max, Math.max(min, ...texts.map((t) => t.length + 2)));
}

/** The two sheets as write-excel-file sheet data (pure; exported for tests). */
export function xlsxSheets(table: TableModel): Sheet<Blob>[] {
  const t = EXPORT_MESSAGES[table.lang];
  const bold = (value: string): Cell => ({ value, type: String, fontWeight: 'bold' });
  const header = table.columns.map((c) => bold(c.unit ? `${c.label} [${c.unit}]` : c.label));
  const data: SheetData = [header, ...table.rows.map((row) => table.columns.map((c) => dataCell(row[c.key], c)))];
  const dataColumns = table.columns.map((c) => ({
    width: width([
      c.unit ? `${c.label} [${c.unit}]` : c.label,
      ...table.rows.slice(0, 500).map((r) => {
        const v = r[c.key];
        return v === null || v === undefined ? '' : typeof v === 'number' ? v.toFixed(c.decimals ?? 2) : v;
      }),
    ]),
  }));

  const text = (value: string): Cell => ({ value, type: String });
  const c = t.sourceColumns;
  const sources: SheetData = [
    [bold(t.title), text(table.title)],
    [bold(t.citation), text(table.citation)],
    [bold(t.gebietsstand), text(table.gebietsstand)],
    [bold(t.exportedOn), text(formatDate(table.exportDate, table.lang))],
    [bold(t.link), text(table.link)],
    [],
    [bold(c.name), bold(c.credit), bold(c.licence), bold(c.url), bold(c.stand)],
    ...table.sources.map((s) => [text(s.name), text(s.credit), text(s.licence), text(s.url), text(s.stand)]),
  ];
  const column = (key: 'credit' | 'licence' | 'url' | 'stand', min = 14, max = 50) => ({
    width: width(
      table.sources.map((s) => s[key]),
      min,
      max,
    ),
  });
  const sourceColumns = [
    { width: width([t.title, t.citation, t.gebietsstand, t.exportedOn, ...table.sources.map((s) => s.name)], 14, 50) },
    column('credit'),
    column('licence'),
    column('url'),
    column('stand', 10, 30),
  ];

  return [
    { data, sheet: t.sheetData, columns: dataColumns, stickyRowsCount: 1 },
    { data: sources, sheet: t.sheetSources, columns: sourceColumns },
  ];
}

/** The table as an XLSX file: "Daten" with numbers as numeric cells, "Quellen" with the citation. */
export async function tableToXlsx(table: TableModel): Promise<Blob> {
  const blob = await writeExcelFile(xlsxSheets(table)).toBlob();
  return blob.type === XLSX_TYPE ? blob : new Blob([blob], { type: XLSX_TYPE });
}
