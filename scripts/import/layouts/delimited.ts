// Delimited text (`;` or `,`, optional "…" quoting) with the physical line of every record, for precise messages.
import { type Cell, LayoutError } from './source.ts';

export interface DelimitedTable {
  delimiter: ';' | ',';
  header: string[];
  /** Records after the header; blank lines are skipped. `line` is the physical line where the record starts. */
  rows: Array<{ line: number; cells: Cell[] }>;
}

/** The delimiter of the header line: `;` if it has more of them than commas. */
export function sniffDelimiter(text: string): ';' | ',' {
  const first = text.slice(0, text.search(/\r?\n|$/));
  return (first.match(/;/g)?.length ?? 0) > (first.match(/,/g)?.length ?? 0) ? ';' : ',';
}

/** RFC 4180 records; a record with a different number of fields than the header is an error. */
export function parseDelimited(file: string, text: string, delimiter: ';' | ',' = sniffDelimiter(text)): DelimitedTable {
  const records: Array<{ line: number; fields: string[] }> = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let start = 1;
  let empty = true;
  const endRecord = () => {
    fields.push(field);
    if (!(empty && fields.length === 1 && field === '')) records.push({ line: start, fields });
    fields = [];
    field = '';
    empty = true;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else {
        if (ch === '\n') line++;
        field += ch;
      }
      continue;
    }
    if (ch === '"' && field === '') {
      quoted = true;
      empty = false;
    } else if (ch === delimiter) {
      fields.push(field);
      field = '';
      empty = false;
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRecord();
      line++;
      start = line;
    } else {
      field += ch;
      empty = false;
    }
  }
  if (quoted) throw new LayoutError(file, 'Anführungszeichen nicht geschlossen (Datei abgeschnitten?)', start, '?');
  if (!empty || field !== '' || fields.length > 0) endRecord();
  const [head, ...body] = records;
  if (!head) throw new LayoutError(file, 'Datei ist leer');
  const header = head.fields.map((h) => h.trim());
  const rows = body.map((r) => {
    if (r.fields.length !== header.length) {
      throw new LayoutError(
        file,
        `${r.fields.length} statt ${header.length} Felder (Trennzeichen „${delimiter}“)`,
        r.line,
        header[Math.min(r.fields.length, header.length) - 1] ?? '?',
      );
    }
    return { line: r.line, cells: r.fields.map((f) => (f.trim() === '' ? null : f.trim())) };
  });
  return { delimiter, header, rows };
}
