// The console's locks on real DuckDB (Node, the built tables): every forbidden statement kind,
// several statements, comment and quoting tricks — refused with a reason, and nothing changes.
import { beforeAll, describe, expect, it } from 'vitest';
import { openBuiltData } from '../../../scripts/lib/duckdb-node.ts';
import type { Db } from '../../../src/lib/data/db.ts';
import { checkStatement, SQL_SETUP } from '../../../src/lib/sql/guard.ts';
import { errorMessage, runConsoleQuery, type SqlBackend, type SqlOutcome } from '../../../src/lib/sql/run.ts';

let db: Db;
let backend: SqlBackend;
let factsRows = 0;
beforeAll(async () => {
  ({ db } = await openBuiltData('public/data'));
  for (const s of SQL_SETUP) await db.exec(s);
  backend = { prepare: async () => {}, run: (sql) => db.query(sql) };
  factsRows = Number((await db.query('SELECT count(*) AS n FROM facts')).toArray()[0]!.n);
});

const run = (sql: string) => runConsoleQuery(backend, sql);
const refusedBy = (o: SqlOutcome) => (o.ok ? 'ran' : o.error.kind === 'refused' ? o.error.code : `engine:${o.error.code}`);

describe('accepted', () => {
  it('SELECT, WITH, FROM-first, DESCRIBE and SUMMARIZE run with a row limit', async () => {
    const r = await run("SELECT name FROM regions WHERE ags = '06411000';");
    expect(r.ok && r.result.rows).toEqual([['Darmstadt']]);
    const w = await run('WITH k AS (SELECT * FROM regions WHERE level = $$kreis$$) SELECT count(*) AS n FROM k');
    expect(w.ok && w.result.rows).toEqual([[27]]);
    const f = await run('FROM regions SELECT ags LIMIT 2 -- trailing comment');
    expect(f.ok && f.result.rows.length).toBe(2);
    const d = await run('DESCRIBE facts');
    expect(d.ok && d.result.rows.map((x) => x[0])).toEqual(['measure', 'ags', 'period', 'value', 'flag', 'w', 'p', 'flags']);
    const s = await run('SUMMARIZE regions');
    expect(s.ok && s.result.rows.length).toBe(10);
    const big = await runConsoleQuery(backend, 'SELECT * FROM facts', 1000);
    expect(big.ok && [big.result.rows.length, big.result.truncated]).toEqual([1000, true]);
    const strings = await run('SELECT \';\' AS a, \'DROP TABLE facts\' AS b, "select".x FROM (SELECT 1 AS x) AS "select"');
    expect(strings.ok && strings.result.rows).toEqual([[';', 'DROP TABLE facts', 1]]);
  });
});

describe('refused, with the reason', () => {
  const cases: [string, string][] = [
    ["ATTACH 'x.db' AS x", 'statement'],
    ['DETACH x', 'statement'],
    ["COPY facts TO 'out.csv'", 'statement'],
    ["EXPORT DATABASE 'dir'", 'statement'],
    ["IMPORT DATABASE 'dir'", 'statement'],
    ['INSTALL httpfs', 'statement'],
    ['LOAD httpfs', 'statement'],
    ['SET enable_external_access = true', 'statement'],
    ['RESET lock_configuration', 'statement'],
    ['PRAGMA database_list', 'statement'],
    ['CREATE TABLE t AS SELECT 1', 'statement'],
    ['DROP TABLE facts', 'statement'],
    ['ALTER TABLE facts RENAME TO f', 'statement'],
    ['INSERT INTO regions SELECT * FROM regions', 'statement'],
    ["UPDATE regions SET name = 'x'", 'statement'],
    ['DELETE FROM facts', 'statement'],
    ['TRUNCATE facts', 'statement'],
    ['CHECKPOINT', 'statement'],
    ['CALL pragma_version()', 'statement'],
    ['EXPLAIN SELECT 1', 'notRead'],
    ['SHOW TABLES', 'notRead'],
    ["SELECT * FROM read_csv('https://example.com/data.csv')", 'fileReader'],
    ["SELECT * FROM read_csv_auto('/etc/passwd')", 'fileReader'],
    ["SELECT * FROM read_parquet('s3://bucket/x.parquet')", 'fileReader'],
    ["SELECT * FROM read_json('http://127.0.0.1/x.json')", 'fileReader'],
    ["SELECT * FROM read_text('/etc/hosts')", 'fileReader'],
    ["SELECT * FROM glob('*')", 'fileReader'],
    ["SELECT * FROM 'https://example.com/data.csv'", 'fileReader'],
    ["SELECT * FROM regions JOIN 'x.parquet' USING (ags)", 'fileReader'],
    ["SELECT * FROM sniff_csv('x.csv')", 'fileReader'],
    ["SELECT * FROM query('SELECT 1')", 'sqlFromText'],
    ["SELECT * FROM query_table('facts')", 'sqlFromText'],
  ];
  it.each(cases)('%s → %s', async (sql, code) => {
    const o = await run(sql);
    expect(refusedBy(o)).toBe(code);
    expect(errorMessage((o as { error: Parameters<typeof errorMessage>[0] }).error, 'de')).toMatch(/\S/);
  });

  it('several statements, also hidden behind comments, strings and parentheses', async () => {
    expect(refusedBy(await run('SELECT 1; DROP TABLE facts'))).toBe('multiple');
    expect(refusedBy(await run('SELECT 1;; SELECT 2'))).toBe('multiple');
    expect(refusedBy(await run('SELECT 1 /* ; */ ; DELETE FROM facts'))).toBe('multiple');
    expect(refusedBy(await run('SELECT 1) AS x; DROP TABLE facts; SELECT (1'))).toBe('multiple');
    expect(refusedBy(await run('SELECT 1) AS x UNION ALL SELECT * FROM (SELECT 2'))).toBe('unbalanced');
    expect(refusedBy(await run("SELECT 'never closed"))).toBe('unterminated');
    // DuckDB nests block comments, and so does the check: all of this is a comment.
    expect(refusedBy(await run('SELECT 1 /* /* nested */ ; DROP TABLE facts; */'))).toBe('ran');
    expect(refusedBy(await run('SELECT 1 /* /* nested */ ; DROP TABLE facts;'))).toBe('unterminated');
  });

  it('comment, case and quoting tricks do not hide a forbidden word', async () => {
    expect(refusedBy(await run('/* harmless */ DROP TABLE facts'))).toBe('statement');
    expect(refusedBy(await run('-- SELECT\nDROP TABLE facts'))).toBe('statement');
    expect(refusedBy(await run("SeLeCt * FrOm ReAd_CsV('x.csv')"))).toBe('fileReader');
    expect(refusedBy(await run('SELECT * FROM "read_csv"(\'x.csv\')'))).toBe('fileReader');
    expect(refusedBy(await run("SELECT * FROM read_csv /* gap */ ('x.csv')"))).toBe('fileReader');
    expect(refusedBy(await run("SELECT * FROM main.read_csv('x.csv')"))).toBe('fileReader');
    expect(refusedBy(await run('WITH x AS (SELECT 1) INSERT INTO regions SELECT * FROM x'))).toBe('keyword');
    expect(refusedBy(await run('(((DROP TABLE facts)))'))).toBe('statement');
    expect(refusedBy(await run("SELECT E'\\'' ; DROP TABLE facts; --'"))).toBe('multiple');
    expect(refusedBy(await run('SELECT $x$ $x$; DROP TABLE facts'))).toBe('multiple');
  });

  it('the engine is the second lock: external access off, settings locked', async () => {
    // Past the guard (a reader not on its list), the engine still refuses files and URLs.
    expect(refusedBy(await run("SELECT * FROM regions, 'https://example.com/x.csv'"))).toBe('engine:external');
    await expect(db.exec('SET enable_external_access = true')).rejects.toThrow(/locked/);
    expect(Number((await db.query('SELECT count(*) AS n FROM facts')).toArray()[0]!.n)).toBe(factsRows);
  });

  it('checkStatement returns the statement without trailing semicolons', () => {
    expect(checkStatement('SELECT 1 ;  ;\n')).toEqual({ ok: true, sql: 'SELECT 1', kind: 'select' });
    expect(checkStatement('   ')).toEqual({ ok: false, code: 'empty' });
  });
});
