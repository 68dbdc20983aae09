// Delimited text → rows of text cells: separator detection (";", ",", tab, "|"), quoted fields with
// separators, quotes and line breaks inside, Excel's "sep=;" line. Cells stay text (numbers are decided per column later).
import { ImportError, LIMITS } from './errors.ts';

export const SEPARATORS = [';', '\t', ',', '|'] as const;
export type Separator = (typeof SEPARATORS)[number];

/**
 * Splits `text` into records. `onProgress(fraction)` is called about every megabyte; throws
 * ImportError('tooManyColumns') as soon as a record has more than LIMITS.columns fields.
 */
export function parseDelimited(text: string, sep: string, onProgress?: (fraction: number) => void, maxRecords = Infinity): string[][] {
  const out: string[][] = [];
  let row: string[] = [];
  let field = '';
  let inQuotes = false;
  let fieldStart = true;
  const n = text.length;
  let nextReport = 1 << 20;
  const endField = () => {
    row.push(field);
    field = '';
    fieldStart = true;
    if (row.length > LIMITS.columns) throw new ImportError('tooManyColumns', { columns: countFields(text, sep), limit: LIMITS.columns });
  };
  for (let i = 0; i < n; i++) {
    if (i >= nextReport) {
      onProgress?.(i / n);
      nextReport += 1 << 20;
    }
    const ch = text[i]!;
    if (inQuotes) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else inQuotes = false;
      } else field += ch;
      continue;
    }
    if (ch === '"' && fieldStart) {
      inQuotes = true;
      fieldStart = false;
    } else if (ch === sep) endField();
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endField();
      out.push(row);
      row = [];
      if (out.length >= maxRecords) return out;
    } else {
      field += ch;
      fieldStart = false;
    }
  }
  if (field !== '' || row.length) {
    endField();
    out.push(row);
  }
  onProgress?.(1);
  return out;
}

/** Fields of the widest of the first lines (for the message about too many columns). */
function countFields(text: string, sep: string): number {
  let widest = 0;
  for (const line of text.slice(0, 4_000_000).split(/\r?\n/, 20)) widest = Math.max(widest, line.split(sep).length);
  return widest;
}

/**
 * The separator whose split of the first records gives the most rows with one consistent field
 * count above 1. An Excel "sep=X" first line decides by itself.
 */
export function detectSeparator(text: string): { sep: Separator; sepLine: boolean } {
  const first = /^sep=(.)\r?\n/i.exec(text);
  if (first && (SEPARATORS as readonly string[]).includes(first[1]!)) return { sep: first[1] as Separator, sepLine: true };
  const sample = text.slice(0, 65_536);
  let best: { sep: Separator; score: number } = { sep: ';', score: -1 };
  for (const sep of SEPARATORS) {
    let records: string[][];
    try {
      records = parseDelimited(sample, sep, undefined, 60);
    } catch {
      records = sample.split(/\r?\n/, 60).map((l) => l.split(sep));
    }
    const widths = records.map((r) => trimmedWidth(r)).filter((w) => w > 1);
    const counts = new Map<number, number>();
    for (const w of widths) counts.set(w, (counts.get(w) ?? 0) + 1);
    let score = 0;
    for (const [w, c] of counts) score = Math.max(score, c * Math.min(w, 50) ** 0.5);
    if (score > best.score) best = { sep, score };
  }
  return { sep: best.sep, sepLine: false };
}

/** Number of fields up to the last non-empty one. */
export function trimmedWidth(row: readonly string[]): number {
  let w = row.length;
  while (w > 0 && row[w - 1]!.trim() === '') w--;
  return w;
}
