import { csvParseRows } from 'd3-dsv';
import { SourceRowError } from './errors.ts';

export interface CsvRow {
  /** Physical line in the file (header = 1). Exact because fields with line breaks are rejected. */
  line: number;
  cells: Record<string, string>;
}

/**
 * Parses a comma-separated source file with a header row. Fails on a missing column, on a row
 * with the wrong number of fields and on any field containing a line break.
 */
export function parseCsv(file: string, text: string, columns: readonly string[]): CsvRow[] {
  const rows = csvParseRows(text.startsWith('\ufeff') ? text.slice(1) : text);
  const header = rows[0] ?? [];
  for (const c of columns) {
    if (!header.includes(c)) throw new SourceRowError(file, 1, c, 'Spalte fehlt');
  }
  const out: CsvRow[] = [];
  for (let i = 1; i < rows.length; i++) {
    const fields = rows[i]!;
    const line = i + 1;
    if (fields.length !== header.length) {
      const column = header[Math.min(fields.length, header.length - 1)] ?? '?';
      throw new SourceRowError(file, line, column, `${fields.length} statt ${header.length} Felder`);
    }
    const cells: Record<string, string> = {};
    for (let j = 0; j < header.length; j++) {
      const v = fields[j]!;
      if (v.includes('\n') || v.includes('\r')) {
        throw new SourceRowError(file, line, header[j]!, 'Zeilenumbruch im Feld ist nicht erlaubt');
      }
      cells[header[j]!] = v;
    }
    out.push({ line, cells });
  }
  return out;
}
