// Reads an official file from bytes into a SourceFile: xlsx via read-excel-file (numbers kept as written), CSV as UTF-8 text.
import readXlsxFile from 'read-excel-file/node';
import { type Cell, LayoutError, type Sheet, type SourceFile } from './source.ts';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0];

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

function cellText(v: unknown): Cell {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'string') return v === '' ? null : v;
  return String(v);
}

/** All sheets of an xlsx; numbers stay the text stored in the file (no float re-formatting). */
export async function readXlsx(name: string, bytes: Uint8Array): Promise<SourceFile> {
  let sheets: Array<{ sheet: string; data: unknown[][] }>;
  try {
    sheets = (await readXlsxFile(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), {
      parseNumber: (s: string) => s,
    })) as never;
  } catch (e) {
    const detail = (e as Error).message || String(e);
    throw new LayoutError(name, `xlsx-Datei nicht lesbar: das ZIP-Archiv ist beschädigt oder unvollständig (${detail})`);
  }
  const out: Sheet[] = sheets.map((s) => ({ name: s.sheet, rows: s.data.map((r) => r.map(cellText)) }));
  return { name, kind: 'xlsx', sheets: out };
}

/**
 * Reads a file by its content, not its extension: ZIP → xlsx; OLE2 → rejected (.xls); otherwise UTF-8 text.
 * Throws {@link LayoutError} for unreadable input.
 */
export async function readSource(name: string, bytes: Uint8Array): Promise<SourceFile> {
  if (bytes.length === 0) throw new LayoutError(name, 'Datei ist leer');
  if (startsWith(bytes, ZIP)) return readXlsx(name, bytes);
  if (startsWith(bytes, OLE2)) {
    throw new LayoutError(name, 'altes Excel-Format (.xls) wird nicht gelesen; bitte in Excel oder LibreOffice als .xlsx speichern');
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new LayoutError(name, 'weder xlsx noch UTF-8-Text (CSV); unbekanntes Dateiformat');
  }
  if (text.includes('\u0000')) throw new LayoutError(name, 'Binärdatei, weder xlsx noch CSV; unbekanntes Dateiformat');
  return { name, kind: 'text', text: text.startsWith('\ufeff') ? text.slice(1) : text };
}
