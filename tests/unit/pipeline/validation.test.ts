// A corrupted copy of a real source file must stop the build at exactly that row, with a message
// that names file, line, column and the reason.
import { execFile } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { buildStats, SourceFileError, SourceRowError } from '../../../scripts/data/stats.ts';
import { copyData, corruptCell, editFile, findLine, removeColumn, removeDir, ROOT, tempDir } from './helpers.ts';

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map(removeDir));
});

async function corrupted(): Promise<{ dataDir: string; outDir: string }> {
  const dataDir = await copyData();
  const outDir = await tempDir('out');
  dirs.push(dataDir, outDir);
  return { dataDir, outDir };
}

async function rejection(opts: { dataDir: string; outDir: string }): Promise<Error> {
  const err = await buildStats(opts).then(
    () => null,
    (e: unknown) => e as Error,
  );
  if (!err) throw new Error('buildStats did not reject');
  return err;
}

describe('a corrupted source row stops the build with file:line: column: reason', () => {
  it('rejects a household share above 100 %', async () => {
    const dirs = await corrupted();
    const before = await corruptCell(dirs.dataDir, 'stats/broadband_gemeinden_long.csv', 57, 'share_households_pct', '123.4');
    expect(Number(before)).toBeLessThanOrEqual(100);
    const err = await rejection(dirs);
    expect(err).toBeInstanceOf(SourceRowError);
    expect(err.message).toBe('stats/broadband_gemeinden_long.csv:57: share_households_pct: 123.4 liegt außerhalb von 0–100');
  });

  it('rejects a Gemeinde key without its leading zero', async () => {
    const dirs = await corrupted();
    const line = await findLine('stats/population_gemeinden_long.csv', (r) => r.ags === '06411000' && r.year === '2013');
    await corruptCell(dirs.dataDir, 'stats/population_gemeinden_long.csv', line, 'ags', '6411000');
    const err = await rejection(dirs);
    expect(err.message).toBe(
      `stats/population_gemeinden_long.csv:${line}: ags: 6411000 ist kein gültiger Gemeindeschlüssel (8 Ziffern, beginnend mit 06)`,
    );
  });

  it('rejects a well-formed key that is no Hessian Gemeinde', async () => {
    const dirs = await corrupted();
    const line = await findLine('stats/degurba_gemeinden.csv', (r) => r.ags === '06611000' && r.year === '2021');
    await corruptCell(dirs.dataDir, 'stats/degurba_gemeinden.csv', line, 'ags', '06611999');
    const err = await rejection(dirs);
    expect(err.message).toBe(`stats/degurba_gemeinden.csv:${line}: ags: 06611999 ist keine bekannte hessische Gemeinde`);
  });

  it('rejects a predecessor key on a Gebietsstand after its merger', async () => {
    const dirs = await corrupted();
    // Wesertal's key in a 2017 row: Wesertal exists only from 01.01.2020
    const line = await findLine('stats/population_gemeinden_long.csv', (r) => r.ags === '06633021' && r.year === '2017');
    await corruptCell(dirs.dataDir, 'stats/population_gemeinden_long.csv', line, 'ags', '06633030');
    const err = await rejection(dirs);
    expect(err.message).toBe(
      `stats/population_gemeinden_long.csv:${line}: ags: 06633030 ist auf dem Gebietsstand 31.12.2017 keine Gemeinde`,
    );
  });

  it('rejects a negative population', async () => {
    const dirs = await corrupted();
    const line = await findLine('stats/population_gemeinden_long.csv', (r) => r.ags === '06412000' && r.year === '2021');
    await corruptCell(dirs.dataDir, 'stats/population_gemeinden_long.csv', line, 'pop_total', '-759224');
    const err = await rejection(dirs);
    expect(err.message).toBe(`stats/population_gemeinden_long.csv:${line}: pop_total: -759224 ist negativ`);
  });

  it('rejects men + women that do not add up to the total', async () => {
    const dirs = await corrupted();
    const line = await findLine('stats/population_gemeinden_long.csv', (r) => r.ags === '06412000' && r.year === '2021');
    const before = await corruptCell(dirs.dataDir, 'stats/population_gemeinden_long.csv', line, 'pop_female', '1');
    const err = await rejection(dirs);
    expect(err.message).toMatch(
      new RegExp(`^stats/population_gemeinden_long.csv:${line}: pop_female: Männer \\d+ \\+ Frauen 1 ≠ insgesamt 759224$`),
    );
    expect(before).not.toBe('1');
  });

  it('rejects an unknown Kreis and an unexpected period', async () => {
    const a = await corrupted();
    await corruptCell(a.dataDir, 'stats/broadband_kreise_long.csv', 10, 'ags', '06999');
    expect((await rejection(a)).message).toBe('stats/broadband_kreise_long.csv:10: ags: 06999 ist kein bekannter hessischer Kreis');
    const b = await corrupted();
    await corruptCell(b.dataDir, 'stats/mobile_coverage_kreise_2021.csv', 3, 'period', '2022-06');
    expect((await rejection(b)).message).toBe(
      'stats/mobile_coverage_kreise_2021.csv:3: period: 2022-06 ist keine erwartete Periode (erlaubt: 2021-06)',
    );
  });

  it('rejects an unknown category code', async () => {
    const dirs = await corrupted();
    await corruptCell(dirs.dataDir, 'stats/bbsr_raumtypen_gemeinden_2019.csv', 5, 'stadt_und_gemeindetyp_code', '60');
    const err = await rejection(dirs);
    expect(err.message).toBe(
      'stats/bbsr_raumtypen_gemeinden_2019.csv:5: stadt_und_gemeindetyp_code: 60 ist kein bekannter Code (erlaubt: 10, 20, 30, 40, 50)',
    );
  });

  it('rejects a renamed column at the header line', async () => {
    const dirs = await corrupted();
    await editFile(dirs.dataDir, 'stats/broadband_kreise_2021_households_businesses_schools.csv', (t) =>
      t.replace(',share_pct,', ',share,'),
    );
    const err = await rejection(dirs);
    expect(err.message).toBe('stats/broadband_kreise_2021_households_businesses_schools.csv:1: share_pct: Spalte fehlt');
  });

  it('rejects a removed column', async () => {
    const dirs = await corrupted();
    await removeColumn(dirs.dataDir, 'stats/population_gemeinden_long.csv', 'pop_total');
    const err = await rejection(dirs);
    expect(err.message).toBe('stats/population_gemeinden_long.csv:1: pop_total: Spalte fehlt');
  });

  it('rejects a line break inside a field (line numbers would be wrong)', async () => {
    const dirs = await corrupted();
    await corruptCell(dirs.dataDir, 'stats/smart_city_projects_hessen.csv', 4, 'note_de', 'zwei\nZeilen');
    const err = await rejection(dirs);
    expect(err.message).toBe('stats/smart_city_projects_hessen.csv:4: note_de: Zeilenumbruch im Feld ist nicht erlaubt');
  });

  it('rejects a missing file', async () => {
    const dirs = await corrupted();
    await rm(join(dirs.dataDir, 'stats/mobile_coverage_kreise_2021.csv'));
    const err = await rejection(dirs);
    expect(err).toBeInstanceOf(SourceFileError);
    expect(err.message).toBe('stats/mobile_coverage_kreise_2021.csv: Datei fehlt');
  });

  it('the command line prints the message and exits with 1', async () => {
    const dirs = await corrupted();
    await corruptCell(dirs.dataDir, 'stats/broadband_gemeinden_long.csv', 57, 'share_households_pct', '123.4');
    const run = promisify(execFile);
    const result = await run(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/data/stats.ts'), dirs.dataDir, dirs.outDir], {
      cwd: ROOT,
    }).then(
      () => ({ code: 0, stderr: '' }),
      (e: { code: number; stderr: string }) => e,
    );
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe('stats/broadband_gemeinden_long.csv:57: share_households_pct: 123.4 liegt außerhalb von 0–100');
  });
});
