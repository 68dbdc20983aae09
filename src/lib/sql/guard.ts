// The console accepts exactly one read statement (SELECT, WITH, FROM-first, DESCRIBE, SUMMARIZE)
// and says clearly why anything else is refused. This is the first of three locks: the statement is
// then prepared wrapped in a sub-select (only a query parses there), on an engine whose external
// access is disabled and configuration locked.

export type RefusalCode =
  'empty' | 'multiple' | 'unterminated' | 'unbalanced' | 'statement' | 'keyword' | 'fileReader' | 'sqlFromText' | 'notRead';

export interface Refusal {
  ok: false;
  code: RefusalCode;
  /** The word that was refused ("DROP", "read_csv"). */
  word?: string;
}

export interface Accepted {
  ok: true;
  /** The statement without trailing semicolons. */
  sql: string;
  kind: 'select' | 'with' | 'describe' | 'summarize';
}

interface Token {
  type: 'word' | 'quoted' | 'string' | 'number' | 'punct';
  /** Lower-case word, unquoted identifier or the punctuation character. */
  text: string;
  start: number;
  end: number;
}

/** Tokens outside comments; strings ('…', E'…', $tag$…$tag$) and quoted identifiers as single tokens. */
export function tokenize(sql: string): Token[] | { unterminated: true } {
  const out: Token[] = [];
  let i = 0;
  const n = sql.length;
  while (i < n) {
    const ch = sql[i]!;
    if (/\s/.test(ch)) {
      i++;
    } else if (ch === '-' && sql[i + 1] === '-') {
      while (i < n && sql[i] !== '\n') i++;
    } else if (ch === '/' && sql[i + 1] === '*') {
      // DuckDB nests block comments.
      let depth = 0;
      do {
        if (sql.startsWith('/*', i)) [depth, i] = [depth + 1, i + 2];
        else if (sql.startsWith('*/', i)) [depth, i] = [depth - 1, i + 2];
        else i++;
      } while (depth > 0 && i < n);
      if (depth > 0) return { unterminated: true };
    } else if (ch === "'" || ((ch === 'e' || ch === 'E') && sql[i + 1] === "'")) {
      const escapes = ch !== "'";
      const start = i;
      i += escapes ? 2 : 1;
      for (;;) {
        if (i >= n) return { unterminated: true };
        if (escapes && sql[i] === '\\') i += 2;
        else if (sql[i] === "'" && sql[i + 1] === "'") i += 2;
        else if (sql[i] === "'") break;
        else i++;
      }
      i++;
      out.push({ type: 'string', text: sql.slice(start, i), start, end: i });
    } else if (ch === '$' && /^\$([A-Za-z_]\w*)?\$/.test(sql.slice(i, i + 64))) {
      const tag = /^\$([A-Za-z_]\w*)?\$/.exec(sql.slice(i, i + 64))![0];
      const close = sql.indexOf(tag, i + tag.length);
      if (close < 0) return { unterminated: true };
      out.push({ type: 'string', text: sql.slice(i, close + tag.length), start: i, end: close + tag.length });
      i = close + tag.length;
    } else if (ch === '"') {
      const start = i++;
      let text = '';
      for (;;) {
        if (i >= n) return { unterminated: true };
        if (sql[i] === '"' && sql[i + 1] === '"') [text, i] = [text + '"', i + 2];
        else if (sql[i] === '"') break;
        else text += sql[i++];
      }
      i++;
      out.push({ type: 'quoted', text: text.toLowerCase(), start, end: i });
    } else if (/[\p{L}_]/u.test(ch)) {
      const start = i;
      while (i < n && /[\p{L}\p{N}_$]/u.test(sql[i]!)) i++;
      out.push({ type: 'word', text: sql.slice(start, i).toLowerCase(), start, end: i });
    } else if (/\d/.test(ch)) {
      const start = i;
      while (i < n && /[\d._eE]/.test(sql[i]!)) i++;
      out.push({ type: 'number', text: sql.slice(start, i), start, end: i });
    } else {
      out.push({ type: 'punct', text: ch, start: i, end: i + 1 });
      i++;
    }
  }
  return out;
}

/** Statements and commands that change data, settings, files or the engine; refused wherever they appear as a word. */
const FORBIDDEN_WORDS = new Set([
  'attach',
  'detach',
  'copy',
  'export',
  'import',
  'install',
  'load',
  'set',
  'reset',
  'pragma',
  'create',
  'drop',
  'alter',
  'insert',
  'update',
  'delete',
  'truncate',
  'call',
  'checkpoint',
  'vacuum',
  'merge',
  'upsert',
  'grant',
  'revoke',
]);
/** Table functions that read files or URLs, or run SQL from a string (which would escape this check). */
const FILE_READERS = /^(read_\w+|\w+_scan|\w+_attach|glob|sniff_csv|parquet_\w+|iceberg_\w+|delta_\w+|load_\w+|httpfs\w*)$/;
const SQL_FROM_TEXT = new Set(['query', 'query_table', 'json_execute_serialized_sql', 'execute']);
const READ_STARTS: Record<string, Accepted['kind']> = {
  select: 'select',
  from: 'select',
  with: 'with',
  describe: 'describe',
  summarize: 'summarize',
};

/** Decides whether `sql` may run in the console; never throws. */
export function checkStatement(sql: string): Accepted | Refusal {
  const tokens = tokenize(sql);
  if (!Array.isArray(tokens)) return { ok: false, code: 'unterminated' };
  // Trailing semicolons end the one statement; any other semicolon starts a second one.
  let last = tokens.length;
  while (last > 0 && tokens[last - 1]!.text === ';' && tokens[last - 1]!.type === 'punct') last--;
  const body = tokens.slice(0, last);
  if (!body.length) return { ok: false, code: 'empty' };
  if (body.some((t) => t.type === 'punct' && t.text === ';')) return { ok: false, code: 'multiple' };

  let depth = 0;
  for (const t of body) {
    if (t.type !== 'punct') continue;
    if (t.text === '(') depth++;
    if (t.text === ')' && --depth < 0) return { ok: false, code: 'unbalanced' };
  }
  if (depth !== 0) return { ok: false, code: 'unbalanced' };

  const first = body.find((t) => !(t.type === 'punct' && t.text === '('))!;
  const kind = first.type === 'word' ? READ_STARTS[first.text] : undefined;
  if (!kind) {
    const word = first.type === 'word' ? first.text.toUpperCase() : first.text;
    return { ok: false, code: FORBIDDEN_WORDS.has(first.text) ? 'statement' : 'notRead', word };
  }
  for (let k = 0; k < body.length; k++) {
    const t = body[k]!;
    const name = t.type === 'word' || t.type === 'quoted' ? t.text : null;
    if (!name) continue;
    const call = body[k + 1]?.type === 'punct' && body[k + 1]!.text === '(';
    if (t.type === 'word' && FORBIDDEN_WORDS.has(name)) return { ok: false, code: 'keyword', word: name.toUpperCase() };
    if (call && FILE_READERS.test(name)) return { ok: false, code: 'fileReader', word: name };
    if (call && SQL_FROM_TEXT.has(name)) return { ok: false, code: 'sqlFromText', word: name };
    // A string where a table belongs is read as a file or URL by DuckDB ("FROM 'data.csv'").
    const cast = body[k + 2]?.type === 'punct' && body[k + 2]!.text === ':';
    if (t.type === 'word' && (name === 'from' || name === 'join') && body[k + 1]?.type === 'string' && !cast)
      return { ok: false, code: 'fileReader', word: body[k + 1]!.text };
  }
  return { ok: true, sql: sql.slice(0, body[body.length - 1]!.end), kind };
}

/** The accepted statement as a sub-select with a row limit (limit + 1 rows tell whether there were more). */
export function wrapWithLimit(statement: Accepted, limit: number): string {
  return `SELECT * FROM (\n${statement.sql}\n) AS result LIMIT ${Math.max(1, Math.floor(limit)) + 1}`;
}

/** What the engine runs once, before any user SQL: no files or URLs, no more settings. */
export const SQL_SETUP = ['SET enable_external_access = false;', "SET memory_limit = '1GB';", 'SET lock_configuration = true;'];
