// Applies an extractor's update to a data/ table in memory and measures what changed (rows added, removed, changed > 1 %).
import type { Origin, TargetUpdate } from './extract/common.ts';
import { compareKeys, TARGETS } from './targets.ts';
import type { TidyTable } from './tidy-csv.ts';

type Cells = Record<string, string>;

export interface RowChange {
  key: string;
  name: string;
  /** Changed cells: column → [before, after]. */
  cells: Record<string, [string, string]>;
  /** Largest relative change of a numeric column (Infinity from 0 or from/to empty), 0 if only text changed. */
  relative: number;
}

export interface SliceDiff {
  file: string;
  slice: string;
  before: number;
  after: number;
  added: string[];
  removed: string[];
  changed: RowChange[];
}

export interface Applied {
  table: TidyTable;
  /** Origin of each row of `table` (null: a row that was already in data/). */
  rowOrigins: Array<Origin | null>;
  diff: SliceDiff;
}

const keyOf = (c: Cells, key: readonly string[]) => key.map((k) => c[k] ?? '').join(' ');

function relativeChange(before: string, after: string): number {
  if (before === after) return 0;
  if (before === '' || after === '') return Infinity;
  const a = Number(before);
  const b = Number(after);
  if (Number.isNaN(a) || Number.isNaN(b)) return Infinity;
  if (a === 0) return b === 0 ? 0 : Infinity;
  return Math.abs(b - a) / Math.abs(a);
}

/**
 * The table after replacing the update's slice with its rows (new file if `table` is undefined). `rowOrigins`
 * carries the origins of rows imported by an earlier update in the same run.
 */
export function applyUpdate(table: TidyTable | undefined, update: TargetUpdate, rowOrigins: ReadonlyArray<Origin | null> = []): Applied {
  const spec = TARGETS[update.file];
  if (!spec) throw new Error(`kein Ziel ${update.file}`);
  const header = update.header ?? table?.header ?? [...(spec.columns ?? [])];
  type Entry = { cells: Cells; origin: Origin | null };
  const existing: Entry[] = (table?.rows ?? []).map((r, i) => ({
    cells: Object.fromEntries((table?.header ?? []).map((h, j) => [h, r[j] ?? ''])),
    origin: rowOrigins[i] ?? null,
  }));
  const old = existing.filter((e) => update.replaces(e.cells));
  const firstOld = existing.findIndex((e) => update.replaces(e.cells));
  const kept = existing.filter((e) => !update.replaces(e.cells));
  const fresh: Entry[] = update.rows.map((r) => ({
    cells: Object.fromEntries(header.map((h) => [h, r.cells[h] ?? ''])),
    origin: r.origin,
  }));
  let all: Entry[];
  if (spec.order) {
    const order = spec.order;
    all = [...kept, ...fresh].sort((a, b) => compareKeys(order(a.cells), order(b.cells)));
  } else {
    const at = firstOld < 0 ? kept.length : existing.slice(0, firstOld).filter((e) => !update.replaces(e.cells)).length;
    all = [...kept.slice(0, at), ...fresh, ...kept.slice(at)];
  }
  return {
    table: { header, rows: all.map((e) => header.map((h) => e.cells[h] ?? '')), eol: table?.eol ?? '\r\n' },
    rowOrigins: all.map((e) => e.origin),
    diff: diffSlice(
      update,
      old.map((e) => e.cells),
      fresh.map((f) => f.cells),
      spec.key,
      spec.numeric,
    ),
  };
}

const labelled = (key: string, c: Cells) => {
  const name = c.name || c.new_name || '';
  return name ? `${key} ${name}` : key;
};

function diffSlice(update: TargetUpdate, before: Cells[], after: Cells[], key: readonly string[], numeric: readonly string[]): SliceDiff {
  const was = new Map(before.map((c) => [keyOf(c, key), c]));
  const now = new Map(after.map((c) => [keyOf(c, key), c]));
  const changed: RowChange[] = [];
  for (const [k, c] of now) {
    const b = was.get(k);
    if (!b) continue;
    const cells: Record<string, [string, string]> = {};
    let relative = 0;
    for (const col of Object.keys(c)) {
      if ((b[col] ?? '') === c[col]) continue;
      cells[col] = [b[col] ?? '', c[col]!];
      if (numeric.includes(col)) relative = Math.max(relative, relativeChange(b[col] ?? '', c[col]!));
    }
    if (Object.keys(cells).length) changed.push({ key: k, name: c.name ?? c.new_name ?? '', cells, relative });
  }
  return {
    file: update.file,
    slice: update.slice,
    before: before.length,
    after: after.length,
    added: [...now].filter(([k]) => !was.has(k)).map(([k, c]) => labelled(k, c)),
    removed: [...was].filter(([k]) => !now.has(k)).map(([k, c]) => labelled(k, c)),
    changed,
  };
}
