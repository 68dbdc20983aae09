// What each column of an imported table looks like: its number format (decided per column), how
// many cells are numbers and how many resolve as keys or names — for the defaults the user confirms.
import type { Level } from '../data/catalogue.ts';
import type { KeyResolver } from './keys.ts';
import { decideColumn, type ColumnFormat, type NumberFormat } from './numbers.ts';
import type { RawTable } from './table.ts';

export interface ColumnProfile {
  index: number;
  name: string;
  format: ColumnFormat;
  /** Share of filled cells that are numbers (0–1). */
  numericShare: number;
  /** Sampled cells that resolve to a unit (as key or name), and the level names fit best. */
  keyHits: number;
  keySample: number;
  nameLevel: Level;
}

const SAMPLE = 600;

function column(table: RawTable, c: number): string[] {
  return table.rows.map((r) => r[c]!);
}

function nativeOf(table: RawTable, c: number): ((i: number) => boolean) | undefined {
  const n = table.native;
  return n ? (i) => n.has(i * table.header.length + c) : undefined;
}

/** The format a file suggests: German with ";", English with ","; otherwise what the clear columns say, else German. */
export function fileHint(table: RawTable, separator?: string): NumberFormat {
  if (separator === ';') return 'de';
  if (separator === ',') return 'en';
  let de = 0;
  let en = 0;
  table.header.forEach((_, c) => {
    const f = decideColumn(column(table, c), 'de', nativeOf(table, c));
    if (f.reason === 'deOnly') de++;
    if (f.reason === 'enOnly') en++;
  });
  return en > de ? 'en' : 'de';
}

export function profileColumns(table: RawTable, resolver: KeyResolver, hint: NumberFormat): ColumnProfile[] {
  const sampleRows =
    table.rows.length <= SAMPLE ? table.rows : table.rows.filter((_, i) => i % Math.ceil(table.rows.length / SAMPLE) === 0);
  return table.header.map((name, c) => {
    const format = decideColumn(column(table, c), hint, nativeOf(table, c));
    const filled = table.rows.length - format.empty;
    const cells = sampleRows.map((r) => r[c]!).filter((t) => t.trim() !== '');
    let best = { level: 'gemeinde' as Level, hits: -1 };
    for (const level of ['gemeinde', 'kreis', 'rb', 'land'] as const) {
      const hits = cells.filter((t) => resolver.resolve(t, { nameLevel: level }).status !== 'unmatched').length;
      if (hits > best.hits) best = { level, hits };
    }
    return {
      index: c,
      name,
      format,
      numericShare: filled ? format.numbers / filled : 0,
      keyHits: Math.max(0, best.hits),
      keySample: cells.length,
      nameLevel: best.level,
    };
  });
}

/** The column that resolves best (keys before names on a tie); null if none resolves at all. */
export function detectKeyColumn(profiles: readonly ColumnProfile[]): ColumnProfile | null {
  let best: ColumnProfile | null = null;
  const digits = (p: ColumnProfile) => p.format.reason === 'integers' || p.format.reason === 'deOnly';
  for (const p of profiles)
    if (p.keyHits > 0 && (!best || p.keyHits > best.keyHits || (p.keyHits === best.keyHits && digits(p) && !digits(best)))) best = p;
  return best;
}

/** Columns to offer as values by default: mostly numbers and not the key (nor another key column). */
export function defaultValueColumns(profiles: readonly ColumnProfile[], key: number): number[] {
  return profiles
    .filter((p) => p.index !== key && p.format.numbers > 0 && p.numericShare >= 0.5 && p.keyHits < p.keySample * 0.5)
    .map((p) => p.index);
}
