// Any table already in memory (a SQL console result, a pasted grid) → the same own dataset as a file
// import: numbers stay exact, keys go through the one resolver, the same report counts every row.
import type { Level } from '../data/catalogue.ts';
import { finish, type DatasetMeta } from './import.ts';
import type { KeyResolver } from './keys.ts';
import { mapRows } from './mapping.ts';
import type { OwnDataset, Weight } from './dataset.ts';
import type { ParsedFile } from './parse.ts';
import type { RawTable } from './table.ts';

export interface RecordsInput {
  header: string[];
  rows: readonly (readonly (string | number | bigint | boolean | null | undefined)[])[];
  /** Shown as the file name (e.g. "SQL"). */
  name: string;
  format: ParsedFile['file']['format'];
  /** Size of what produced the rows (bytes of the query text, of the pasted text …). */
  bytes: number;
}

/** Index of the first column whose non-empty cells mostly resolve to today's units (keys of any level), or -1. */
export function keyColumnOf(input: Pick<RecordsInput, 'header' | 'rows'>, resolver: KeyResolver, nameLevel: Level = 'gemeinde'): number {
  let best = -1;
  let bestHits = 0;
  input.header.forEach((_, c) => {
    const cells = input.rows.slice(0, 500).map((r) => r[c]);
    const texts = cells.filter((v) => v !== null && v !== undefined && String(v).trim() !== '').map(String);
    const found = texts.filter((t) => resolver.resolve(t, { nameLevel }).status !== 'unmatched');
    // Keys beat names on a tie (a name may change spelling, a key does not).
    const hits = found.length + found.filter((t) => /^\d+$/.test(t.trim())).length / (found.length + 1);
    if (texts.length && found.length / texts.length >= 0.8 && hits > bestHits) [best, bestHits] = [c, hits];
  });
  return best;
}

export function recordsTable(input: RecordsInput): RawTable {
  const width = input.header.length;
  const native = new Set<number>();
  const rows = input.rows.map((r, i) =>
    input.header.map((_, c) => {
      const v = r[c];
      if (typeof v === 'number' || typeof v === 'bigint') {
        if (typeof v === 'number' && !Number.isFinite(v)) return '';
        native.add(i * width + c);
        return String(v);
      }
      return v === null || v === undefined ? '' : String(v);
    }),
  );
  return {
    header: input.header,
    rows,
    rowNumbers: rows.map((_, i) => i + 1),
    headerRow: 0,
    above: [],
    below: [],
    blankRows: 0,
    droppedColumns: 0,
    native,
  };
}

/**
 * Builds an own dataset from records. Key and value columns are indices into `header`; shares
 * may name a weight column. The report is the same as for a file (every record counted once).
 */
export function datasetFromRecords(
  input: RecordsInput,
  choice: {
    keyColumn: number;
    valueColumns: number[];
    kind: 'count' | 'share';
    weight: Weight | null;
    weightColumn?: number;
    nameLevel?: Level;
  },
  meta: DatasetMeta,
  resolver: KeyResolver,
  takenTables: Iterable<string> = [],
): OwnDataset {
  const table = recordsTable(input);
  const options = {
    keyColumn: choice.keyColumn,
    valueColumns: choice.valueColumns,
    formats: {},
    kind: choice.kind,
    weight: choice.weight,
    weightColumn: choice.weightColumn,
    nameLevel: choice.nameLevel ?? 'gemeinde',
  } as const;
  const result = mapRows(table, { ...options, formats: {} }, resolver);
  const parsed: ParsedFile = { table, file: { name: input.name, format: input.format, bytes: input.bytes } };
  return finish(parsed, { ...options, formats: {} }, result, meta, takenTables);
}
