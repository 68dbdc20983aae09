// The importer's exactness helpers: data/ files round-trip byte for byte, numbers are written as the staging wrote them,
// the Gebietsstand of a key set is recognised, the SOURCES.md section is stable, and the CLI answers in German.
import { execFile } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { buildContext, SOURCE_FILES } from '../../../scripts/data/stats/sources/index.ts';
import { fixed2, gebietsstandProblem, mergerNames, pythonG } from '../../../scripts/import/extract/common.ts';
import { parseDelimited } from '../../../scripts/import/layouts/delimited.ts';
import { readSection, updateSources } from '../../../scripts/import/sources-md.ts';
import { readTable, writeTable } from '../../../scripts/import/tidy-csv.ts';
import { copyData, fixture, removeDir, ROOT } from './helpers.ts';

const DATA = join(ROOT, 'data');

describe('tidy CSV', () => {
  it('every staged CSV in data/ is written back byte for byte (CRLF, minimal quoting)', async () => {
    const files = [
      ...(await readdir(join(DATA, 'stats'))).map((f) => `stats/${f}`),
      'gebietsaenderungen_hessen.csv',
      'geo/hessen-gemeinden.csv',
    ];
    for (const f of files.filter((x) => x.endsWith('.csv'))) {
      const text = await readFile(join(DATA, f), 'utf8');
      expect(writeTable(readTable(text)), f).toBe(text);
    }
  });
});

describe('numbers as the staging wrote them', () => {
  it('shares like Python f"{x:g}"', () => {
    expect([100, 0, 99.24, 0.5, 94.63, 100.39, 12.345678, 0.00001].map(pythonG)).toEqual([
      '100',
      '0',
      '99.24',
      '0.5',
      '94.63',
      '100.39',
      '12.3457',
      '1e-05',
    ]);
  });

  it('areas like Python f"{x:.2f}", exact binary ties to even', () => {
    expect([35.229999999999997, 122.07, 0.125, 0.375, 2.675, 17.329999999999998].map(fixed2)).toEqual([
      '35.23',
      '122.07',
      '0.12',
      '0.38',
      '2.67',
      '17.33',
    ]);
  });
});

describe('delimited text', () => {
  it('keeps the physical line of each record and rejects a short row', () => {
    const t = parseDelimited('x.csv', '"AGS";"a"\r\n"06411";1\r\n\r\n"06412";2\r\n');
    expect(t.rows.map((r) => [r.line, r.cells[0]])).toEqual([
      [2, '06411'],
      [4, '06412'],
    ]);
    expect(() => parseDelimited('x.csv', 'a,b\n1\n')).toThrow('x.csv:2: a: 1 statt 2 Felder (Trennzeichen „,“)');
  });
});

describe('Gebietsstand of a set of Gemeinde keys', () => {
  it('names what does not fit and which Gebietsstand the keys belong to', async () => {
    const texts: Record<string, string> = {};
    for (const f of SOURCE_FILES) texts[f] = await readFile(join(DATA, f), 'utf8');
    const { ctx } = buildContext(texts);
    const today = [...ctx.gemeinden].filter(
      (a) => !['06437002', '06437008', '06437014', '06437015', '06633021', '06633027', '06635005'].includes(a),
    );
    const names = mergerNames(ctx.mergers, new Map([['geo/hessen-gemeinden.csv', readTable(texts['geo/hessen-gemeinden.csv']!)]]));
    expect(gebietsstandProblem(today, '2023-12-31', ctx, names)).toBeNull();
    expect(gebietsstandProblem(today, '2017-12-31', ctx, names)).toBe(
      'Gemeindeschlüssel passen nicht zum Gebietsstand 31.12.2017, den der Atlas hier erwartet (426 Gemeinden laut stats/gebietsaenderungen_destatis.csv und gebietsaenderungen_hessen.csv); ' +
        'in der Datei, aber auf diesem Gebietsstand unbekannt: 06437016 Oberzent, 06633030 Wesertal; ' +
        'fehlen in der Datei: 06437002 Beerfelden, 06437008 Hesseneck, 06437014 Rothenberg, 06437015 Sensbachtal, 06633021 Oberweser, 06633027 Wahlsburg, 06635005 Bromskirchen; ' +
        'die Schlüssel der Datei passen zum Gebietsstand ab 01.01.2023',
    );
  });
});

describe('data/SOURCES.md section', () => {
  const file = {
    file: 'a.xlsx',
    layout: 'L | x',
    sha256: 'a'.repeat(64),
    stand: 'S',
    licence: 'dl-de/by-2-0',
    writtenTo: '`stats/x.csv` (Jahr 2023, 1 Zeilen)',
  };

  it('is appended once, upserted by file name and reads back', () => {
    const once = updateSources('# Sources\n\ntext\n', [file], { 'stats/x.csv': 'b'.repeat(64) });
    expect(updateSources(once, [file], { 'stats/x.csv': 'b'.repeat(64) })).toBe(once);
    expect(readSection(once)).toEqual({ files: [file], written: { 'stats/x.csv': 'b'.repeat(64) } });
    const newer = updateSources(once, [{ ...file, sha256: 'c'.repeat(64) }], {});
    expect(readSection(newer).files.map((f) => f.sha256)).toEqual(['c'.repeat(64)]);
    expect(newer.startsWith('# Sources\n\ntext\n')).toBe(true);
  });
});

describe('npm run import (CLI)', () => {
  it('exits 1 with a German message for a file that is not an official layout, and writes nothing', async () => {
    const dataDir = await copyData();
    try {
      const run = promisify(execFile)(
        process.execPath,
        ['--import', 'tsx', 'scripts/import/cli.ts', '--data', dataDir, fixture('README.md')],
        { cwd: ROOT },
      );
      const err = (await run.then(
        () => null,
        (e: unknown) => e,
      )) as { code: number; stderr: string } | null;
      expect(err?.code).toBe(1);
      expect(err?.stderr).toMatch(/^README\.md: unbekanntes Format \(Textdatei\)\./);
      expect(err?.stderr.trim().endsWith('Nichts geschrieben: data/ ist unverändert.')).toBe(true);
    } finally {
      await removeDir(dataDir);
    }
  });
});
