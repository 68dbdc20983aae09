// XLSX → rows of text cells with the cells that were numbers marked (their text is the exact number,
// so "159.878" from Excel is never read as 159878). read-excel-file's worker entry: no workers of its own.
import readXlsxFile from 'read-excel-file/web-worker';
import { ImportError } from './errors.ts';

export interface XlsxRecords {
  records: string[][];
  /** `${record}:${column}` of numeric cells. */
  numeric: Set<string>;
  sheet: string;
  sheets: string[];
}

type Cell = string | number | boolean | Date | { n: string } | null;

function text(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : cell.toISOString().slice(0, 10);
  if (typeof cell === 'object') return cell.n;
  return String(cell);
}

/** Reads the chosen sheet (default: the first with content). */
export async function readXlsx(bytes: ArrayBuffer, sheet?: string): Promise<XlsxRecords> {
  let sheets: { sheet: string; data: Cell[][] }[];
  try {
    sheets = (await readXlsxFile(bytes, { parseNumber: (s: string) => ({ n: s }) } as never)) as unknown as typeof sheets;
  } catch {
    throw new ImportError('xlsxBroken');
  }
  const chosen =
    sheets.find((s) => s.sheet === sheet) ?? sheets.find((s) => s.data.some((r) => r.some((c) => text(c) !== ''))) ?? sheets[0];
  if (!chosen) throw new ImportError('empty');
  const numeric = new Set<string>();
  const records = chosen.data.map((row, r) =>
    row.map((cell, c) => {
      if (cell !== null && typeof cell === 'object' && !(cell instanceof Date)) numeric.add(`${r}:${c}`);
      return text(cell);
    }),
  );
  return { records, numeric, sheet: chosen.sheet, sheets: sheets.map((s) => s.sheet) };
}
