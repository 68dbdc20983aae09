// One console query, the same in the browser's console engine and in Node tests: checked, wrapped
// with a row limit, prepared (a second statement cannot parse there), run; errors turned into codes.
import type { Table } from 'apache-arrow';
import type { Lang } from '../scales/format.ts';
import { SQL_TEXT } from '../i18n/sql.ts';
import { checkStatement, wrapWithLimit, type RefusalCode } from './guard.ts';
import { resultFromArrow, type SqlResult } from './result.ts';

export const ROW_LIMIT = 10_000;

export interface SqlBackend {
  /** Parses and binds the statement without running it; rejects with DuckDB's error. */
  prepare(sql: string): Promise<void>;
  /** Runs it; rejects when interrupted or failing. */
  run(sql: string): Promise<Table>;
}

export type SqlError =
  | { kind: 'refused'; code: RefusalCode; word?: string }
  | { kind: 'engine'; code: 'external' | 'multiple' | 'interrupted' | 'memory' | 'error'; detail: string };

export type SqlOutcome = { ok: true; result: SqlResult } | { ok: false; error: SqlError };

/** DuckDB's message → what the user is told (the original stays as detail). */
export function engineError(e: unknown): SqlError {
  const detail = (e instanceof Error ? e.message : String(e)).replace(/^Error:\s*/, '');
  const code = /Permission Error|file system operations are disabled|external access/i.test(detail)
    ? 'external'
    : /multiple statements/i.test(detail)
      ? 'multiple'
      : /INTERRUPT|interrupted|cancel/i.test(detail)
        ? 'interrupted'
        : /Out of Memory|memory limit/i.test(detail)
          ? 'memory'
          : 'error';
  return { kind: 'engine', code, detail: detail.split('\n')[0]!.slice(0, 400) };
}

export async function runConsoleQuery(
  backend: SqlBackend,
  sql: string,
  limit = ROW_LIMIT,
  now = () => performance.now(),
): Promise<SqlOutcome> {
  const checked = checkStatement(sql);
  if (!checked.ok) return { ok: false, error: { kind: 'refused', code: checked.code, word: checked.word } };
  const wrapped = wrapWithLimit(checked, limit);
  const start = now();
  try {
    await backend.prepare(wrapped);
    const table = await backend.run(wrapped);
    return { ok: true, result: resultFromArrow(table, limit, now() - start) };
  } catch (e) {
    return { ok: false, error: engineError(e) };
  }
}

/** The message for an error in the user's language. */
export function errorMessage(error: SqlError, lang: Lang): string {
  const t = SQL_TEXT[lang];
  if (error.kind === 'refused') return t.refusal[error.code]!(error.word);
  return error.code === 'error' ? t.engine.error(error.detail) : t.engine[error.code];
}
