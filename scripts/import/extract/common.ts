// What an extractor gets (the atlas' territory and current tables) and returns (rows for one slice of a data/ file).
import type { Context } from '../../data/stats/sources/context.ts';
import { germanDate } from '../../data/stats/periods.ts';
import { existsAt, type Merger } from '../../data/stats/territory.ts';
import type { TidyTable } from '../tidy-csv.ts';

/** Where a tidy row came from, for messages: `<where>:<row>` and the raw column of each tidy column. */
export interface Origin {
  where: string;
  row: number;
}

export interface TidyRow {
  cells: Record<string, string>;
  origin: Origin;
}

/** New rows for one data/ file, replacing the existing rows for which `replaces` is true. */
export interface TargetUpdate {
  file: string;
  /** German label of the replaced part, e.g. "Jahr 2023", "Periode 2021-06", "ganze Datei". */
  slice: string;
  replaces: (cells: Record<string, string>) => boolean;
  rows: TidyRow[];
  /** Header of the file after the update (whole-file updates whose columns follow the source); default: the file's current header. */
  header?: string[];
  /** Raw column label of each tidy column (for messages), e.g. pop_total → "J (Bevölkerung insgesamt)". */
  columns: Readonly<Record<string, string>>;
}

export interface ExtractContext {
  ctx: Context;
  /** Current tables of data/ (missing files absent), by path relative to data/. */
  tables: ReadonlyMap<string, TidyTable>;
}

/** The result of extracting one file: its updates, and what to record about it in data/SOURCES.md. */
export interface Extraction {
  updates: TargetUpdate[];
  /** Stand as a maintainer reads it, e.g. "Gebietsstand 31.12.2023, Bevölkerung 31.12.2023, erschienen Oktober 2024". */
  stand: string;
  licence: string;
  /** Notes for the report (e.g. skipped sheets). */
  notes: string[];
}

/** A file that is readable but does not fit the atlas (wrong Gebietsstand, unexpected date, wrong table). */
export class ImportMismatch extends Error {
  override name = 'ImportMismatch';
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
  }
}

/** Rows of a current table as records. */
export function records(t: TidyTable | undefined): Array<Record<string, string>> {
  if (!t) return [];
  return t.rows.map((r) => Object.fromEntries(t.header.map((h, i) => [h, r[i] ?? ''])));
}

/**
 * Python's `f"{x:g}"` (6 significant digits, no trailing zeros), the way the staging wrote shares:
 * "100.00" → "100", "0.50" → "0.5". Exponent notation as Python for very small/large values.
 */
export function pythonG(x: number): string {
  if (x === 0) return Object.is(x, -0) ? '-0' : '0';
  const exp = Math.floor(Math.log10(Math.abs(Number(x.toPrecision(6)))));
  if (exp < -4 || exp >= 6) {
    const [m, e] = x.toExponential(5).split('e') as [string, string];
    const mant = m.includes('.') ? m.replace(/0+$/, '').replace(/\.$/, '') : m;
    const n = Number(e);
    return `${mant}e${n < 0 ? '-' : '+'}${String(Math.abs(n)).padStart(2, '0')}`;
  }
  return String(Number(x.toPrecision(6)));
}

/** Python's `f"{x:.2f}"`: correctly rounded, exact binary ties to even (JS toFixed rounds those up). */
export function fixed2(x: number): string {
  const s = x.toFixed(2);
  const scaled = x * 1000;
  if (Number.isInteger(scaled) && Math.abs(scaled) % 10 === 5 && Number.isInteger(x * 8)) {
    const down = (Math.trunc(x * 100) / 100).toFixed(2);
    const lastDown = Number(down.slice(-1));
    return lastDown % 2 === 0 ? down : s;
  }
  return s;
}

/** Hessian Gemeinde keys in `found` compared with the units the atlas expects on `date` (without gemeindefreie Gebiete). */
export function gebietsstandProblem(
  found: Iterable<string>,
  date: string,
  ctx: Context,
  names: ReadonlyMap<string, string>,
): string | null {
  const expected = new Set([...ctx.gemeinden].filter((a) => !ctx.gemeindefrei.has(a) && existsAt(a, date, ctx.mergers)));
  const got = new Set([...found].filter((a) => !ctx.gemeindefrei.has(a)));
  const unknown = [...got].filter((a) => !expected.has(a)).sort();
  const missing = [...expected].filter((a) => !got.has(a)).sort();
  if (unknown.length === 0 && missing.length === 0) return null;
  const list = (keys: string[]) =>
    keys
      .slice(0, 8)
      .map((a) => `${a}${names.get(a) ? ` ${names.get(a)}` : ''}`)
      .join(', ') + (keys.length > 8 ? ` … (${keys.length})` : '');
  const parts = [
    `Gemeindeschlüssel passen nicht zum Gebietsstand ${germanDate(date)}, den der Atlas hier erwartet (${expected.size} Gemeinden laut stats/gebietsaenderungen_destatis.csv und gebietsaenderungen_hessen.csv)`,
  ];
  if (unknown.length) parts.push(`in der Datei, aber auf diesem Gebietsstand unbekannt: ${list(unknown)}`);
  if (missing.length) parts.push(`fehlen in der Datei: ${list(missing)}`);
  const fits = fittingGebietsstand(got, ctx);
  if (fits) parts.push(`die Schlüssel der Datei passen zum Gebietsstand ${fits}`);
  return parts.join('; ');
}

/** The Gebietsstand interval (German) whose Gemeinden are exactly `keys`, if any. */
function fittingGebietsstand(keys: ReadonlySet<string>, ctx: Context): string | null {
  const dates = [...new Set(ctx.mergers.map((m) => m.date))].sort();
  const starts = ['1900-01-01', ...dates];
  for (let i = 0; i < starts.length; i++) {
    const units = [...ctx.gemeinden].filter((a) => !ctx.gemeindefrei.has(a) && existsAt(a, starts[i]!, ctx.mergers));
    if (units.length === keys.size && units.every((a) => keys.has(a))) {
      const next = starts[i + 1];
      if (i === 0) return `vor dem ${germanDate(next!)}`;
      return next ? `ab ${germanDate(starts[i]!)} (bis zum Tag vor dem ${germanDate(next)})` : `ab ${germanDate(starts[i]!)}`;
    }
  }
  return null;
}

/** Every Merger partner's name (old and new), for messages. */
export function mergerNames(mergers: readonly Merger[], tables: ReadonlyMap<string, TidyTable>): Map<string, string> {
  const names = new Map<string, string>();
  for (const r of records(tables.get('geo/hessen-gemeinden.csv'))) names.set(r.ags!, r.name!);
  for (const m of mergers) {
    if (!names.has(m.oldAgs)) names.set(m.oldAgs, m.oldName);
    if (!names.has(m.newAgs)) names.set(m.newAgs, m.newName);
  }
  return names;
}
