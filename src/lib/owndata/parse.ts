// A dropped file or pasted text → one table with how it was read (format, encoding, separator).
// Pure and the same in the worker and in Node tests.
import { decodeText, sniffBinary, type Encoding } from './decode.ts';
import { detectSeparator, parseDelimited } from './csv.ts';
import { ImportError, LIMITS } from './errors.ts';
import { buildTable, type RawTable } from './table.ts';
import { readXlsx } from './xlsx.ts';

export interface ParsedFile {
  table: RawTable;
  file: {
    name: string;
    format: 'csv' | 'tsv' | 'xlsx' | 'paste' | 'sql';
    encoding?: Encoding;
    separator?: string;
    sheet?: string;
    sheets?: string[];
    bytes: number;
  };
}

export interface ParseInput {
  name: string;
  /** File contents, or pasted text (then `name` is the label shown). */
  bytes?: Uint8Array;
  text?: string;
  headerRow?: number;
  sheet?: string;
  onProgress?: (fraction: number) => void;
}

export async function parseFile(input: ParseInput): Promise<ParsedFile> {
  if (input.text !== undefined) return parseText(input.text, input, 'paste', undefined, input.text.length);
  const bytes = input.bytes ?? new Uint8Array();
  if (bytes.length > LIMITS.bytes) throw new ImportError('tooLarge', { mb: Math.round(bytes.length / 1e6), limit: LIMITS.bytes / 1e6 });
  if (bytes.length === 0) throw new ImportError('empty');
  if (sniffBinary(bytes) === 'xlsx') {
    const x = await readXlsx(bytes.slice().buffer as ArrayBuffer, input.sheet);
    input.onProgress?.(0.8);
    const table = buildTable(x.records, { headerRow: input.headerRow, native: (r, c) => x.numeric.has(`${r}:${c}`) });
    return { table, file: { name: input.name, format: 'xlsx', sheet: x.sheet, sheets: x.sheets, bytes: bytes.length } };
  }
  const { text, encoding } = decodeText(bytes);
  return parseText(text, input, /\.tsv$|\.tab$/i.test(input.name) ? 'tsv' : 'csv', encoding, bytes.length);
}

function parseText(
  text: string,
  input: ParseInput,
  format: 'csv' | 'tsv' | 'paste',
  encoding: Encoding | undefined,
  size: number,
): ParsedFile {
  if (text.trim() === '') throw new ImportError('empty');
  const { sep, sepLine } = detectSeparator(text);
  const body = sepLine ? text.slice(text.indexOf('\n') + 1) : text;
  const records = parseDelimited(body, sep, (f) => input.onProgress?.(f * 0.9));
  const table = buildTable(records, { headerRow: input.headerRow, offset: sepLine ? 1 : 0 });
  return {
    table,
    file: { name: input.name, format: format === 'csv' && sep === '\t' ? 'tsv' : format, encoding, separator: sep, bytes: size },
  };
}
