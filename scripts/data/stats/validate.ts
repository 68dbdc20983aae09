// zod building blocks for source cells. Every cell stays the string as published (so unmodified
// values keep their decimals); the schemas only decide whether it is acceptable, with German reasons.
import { z } from 'zod';
import type { CsvRow } from './csv.ts';
import { SourceRowError } from './errors.ts';

type Cell = z.ZodType<string, string>;

function cell(check: (v: string) => string | null): Cell {
  return z.string().transform((v, ctx) => {
    const reason = check(v);
    if (reason !== null) {
      ctx.addIssue({ code: 'custom', message: reason });
      return z.NEVER;
    }
    return v;
  });
}

const required = (check: (v: string) => string | null) => (v: string) => (v === '' ? 'Wert fehlt' : check(v));

/** Any non-empty text. */
export const text = (): Cell => cell(required(() => null));

/** Any text, may be empty. */
export const optionalText = (): Cell => cell(() => null);

/** Empty, or else valid according to `inner`. */
export function optional(inner: Cell): Cell {
  return cell((v) => {
    if (v === '') return null;
    const r = inner.safeParse(v);
    return r.success ? null : (r.error.issues[0]?.message ?? 'ungültig');
  });
}

export type AgsLevel = 'gemeinde' | 'kreis';
const AGS_FORMAT: Record<AgsLevel, { re: RegExp; what: string; unknown: string }> = {
  gemeinde: { re: /^06\d{6}$/, what: 'Gemeindeschlüssel (8 Ziffern, beginnend mit 06)', unknown: 'keine bekannte hessische Gemeinde' },
  kreis: { re: /^06\d{3}$/, what: 'Kreisschlüssel (5 Ziffern, beginnend mit 06)', unknown: 'kein bekannter hessischer Kreis' },
};

/** AGS of the given level; with `known`, it must also be one of them. */
export function ags(level: AgsLevel, known?: ReadonlySet<string>): Cell {
  const f = AGS_FORMAT[level];
  return cell(
    required((v) => {
      if (!f.re.test(v)) return `${v} ist kein gültiger ${f.what}`;
      if (known && !known.has(v)) return `${v} ist ${f.unknown}`;
      return null;
    }),
  );
}

const DECIMAL = /^-?\d+(\.\d+)?$/;

export interface NumberRule {
  min?: number;
  max?: number;
  integer?: boolean;
  maxDecimals?: number;
}

/** A number in plain decimal notation (`.` as separator, no exponent, no thousands separators). */
export function decimal(rule: NumberRule = {}): Cell {
  return cell(required((v) => numberReason(v, rule)));
}

export function numberReason(v: string, { min, max, integer, maxDecimals }: NumberRule): string | null {
  if (!DECIMAL.test(v)) return `${v} ist keine Zahl`;
  const n = Number(v);
  if (min !== undefined && max !== undefined && (n < min || n > max)) return `${v} liegt außerhalb von ${min}–${max}`;
  if (min === 0 && n < 0) return `${v} ist negativ`;
  if (min !== undefined && n < min) return `${v} ist kleiner als ${min}`;
  if (max !== undefined && n > max) return `${v} ist größer als ${max}`;
  if (integer && !Number.isInteger(n)) return `${v} ist keine ganze Zahl`;
  const decimals = v.split('.')[1]?.length ?? 0;
  if (maxDecimals !== undefined && decimals > maxDecimals) return `${v} hat mehr als ${maxDecimals} Nachkommastellen`;
  return null;
}

/** Share in per cent, 0–100. */
export const share = (): Cell => decimal({ min: 0, max: 100 });

/** Non-negative whole number (persons). */
export const count = (): Cell => decimal({ min: 0, integer: true });

/** One of a fixed set of codes or periods; `what` names the failure, e.g. "keine erwartete Periode". */
export function oneOf(values: readonly string[], what = 'kein erwarteter Wert'): Cell {
  const set = new Set(values);
  const list = values.length > 12 ? `${values.slice(0, 12).join(', ')}, …` : values.join(', ');
  return cell(required((v) => (set.has(v) ? null : `${v} ist ${what} (erlaubt: ${list})`)));
}

/** ISO date YYYY-MM-DD that exists in the calendar. */
export const isoDate = (): Cell =>
  cell(
    required((v) => {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) return `${v} ist kein Datum (JJJJ-MM-TT)`;
      const d = new Date(`${v}T00:00:00Z`);
      return Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== v ? `${v} ist kein gültiges Datum` : null;
    }),
  );

export const httpUrl = (): Cell =>
  cell(required((v) => (/^https?:\/\/\S+$/.test(v) ? null : `${v} ist keine URL`)));

/**
 * Validates every row with `schema` and stops at the first bad one (first failing column in
 * schema order) with a {@link SourceRowError}.
 */
export function validateRows<S extends z.ZodType>(file: string, rows: CsvRow[], schema: S): Array<z.output<S> & { line: number }> {
  const out: Array<z.output<S> & { line: number }> = [];
  for (const row of rows) {
    const r = schema.safeParse(row.cells);
    if (!r.success) {
      const issue = r.error.issues[0]!;
      throw new SourceRowError(file, row.line, String(issue.path[0] ?? '?'), issue.message);
    }
    out.push({ ...(r.data as object), line: row.line } as z.output<S> & { line: number });
  }
  return out;
}

/** Fails on the first row whose key repeats an earlier row. */
export function checkUnique<R extends { line: number }>(file: string, rows: R[], keys: Array<keyof R & string>): void {
  const seen = new Map<string, number>();
  for (const r of rows) {
    const k = keys.map((c) => String(r[c])).join('\u0000');
    const first = seen.get(k);
    if (first !== undefined) throw new SourceRowError(file, r.line, keys.join('+'), `doppelter Eintrag (wie Zeile ${first})`);
    seen.set(k, r.line);
  }
}

/** Fails on the first row where a code has a different label than earlier rows. */
export function checkLabels<R extends { line: number }>(file: string, rows: R[], code: keyof R & string, label: keyof R & string): void {
  const seen = new Map<string, string>();
  for (const r of rows) {
    const c = String(r[code]);
    const l = String(r[label]);
    const prev = seen.get(c);
    if (prev !== undefined && prev !== l) throw new SourceRowError(file, r.line, label, `Bezeichnung „${l}“ weicht von „${prev}“ für Code ${c} ab`);
    seen.set(c, l);
  }
}
