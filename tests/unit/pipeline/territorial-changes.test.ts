// Territorial changes from Destatis' official lists: read by the pipeline, checked against the hand-made
// list, renamings reaching the official names with their date, and the continuity check of the key series.
// Fixtures: rows cut from the real data/ files (tests/fixtures/pipeline/territory/).
import { csvParse } from 'd3-dsv';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { territorialChanges } from '../../../scripts/data/stats/changes.ts';
import { checkContinuity } from '../../../scripts/data/stats/continuity.ts';
import { ContinuityError, SourceRowError } from '../../../scripts/data/stats/errors.ts';
import { officialNames } from '../../../scripts/data/stats/names.ts';
import { runPipeline } from '../../../scripts/data/stats/pipeline.ts';
import { parseDestatisChanges, parseDestatisLists } from '../../../scripts/data/stats/sources/destatis-changes.ts';
import { parseChanges } from '../../../scripts/data/stats/sources/geo.ts';
import { buildContext, CONTEXT_FILES, SOURCE_FILES } from '../../../scripts/data/stats/sources/index.ts';
import { parsePopulation } from '../../../scripts/data/stats/sources/population.ts';
import { buildStats } from '../../../scripts/data/stats.ts';
import { copyData, corruptCell, DATA_DIR, editFile, findLine, removeDir, ROOT, tempDir } from './helpers.ts';

const FIXTURES = join(ROOT, 'tests/fixtures/pipeline/territory');
const fixture = (f: string) => readFileSync(join(FIXTURES, f), 'utf8');
const real = (f: string) => readFileSync(join(DATA_DIR, f), 'utf8');
const HAND = 'gebietsaenderungen_hessen.csv';
const OFFICIAL = 'stats/gebietsaenderungen_destatis.csv';
const LISTS = 'stats/gebietsaenderungen_destatis_listen.csv';
const POPULATION = 'stats/population_gemeinden_long.csv';
const withoutBromskirchen = (text: string) => text.replace(/^2023-01-01,06635005,.*\r?\n/m, '');

/** The files buildContext reads: real geo files, the rest from the fixtures (optionally edited). */
function contextTexts(edit: Partial<Record<string, (t: string) => string>> = {}): Record<string, string> {
  const texts: Record<string, string> = {};
  for (const f of CONTEXT_FILES) {
    const t = f.startsWith('geo/') ? real(f) : fixture(f);
    texts[f] = edit[f]?.(t) ?? t;
  }
  return texts;
}

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map(removeDir));
});

async function copy(): Promise<{ dataDir: string; outDir: string }> {
  const dataDir = await copyData();
  const outDir = await tempDir('out');
  dirs.push(dataDir, outDir);
  return { dataDir, outDir };
}

async function rejection(p: Promise<unknown>): Promise<Error> {
  const err = await p.then(
    () => null,
    (e: unknown) => e as Error,
  );
  if (!err) throw new Error('did not reject');
  return err;
}

describe('the official change lists are read by the pipeline', () => {
  it('are source files, and Bromskirchen → Allendorf (Eder) comes from them without the hand-made row', () => {
    expect(SOURCE_FILES).toContain(OFFICIAL);
    expect(SOURCE_FILES).toContain(LISTS);
    const { mergers, renamings } = buildContext(contextTexts({ [HAND]: withoutBromskirchen }));
    expect(mergers.find((m) => m.oldAgs === '06635005')).toEqual({
      date: '2023-01-01',
      oldAgs: '06635005',
      oldName: 'Bromskirchen',
      newAgs: '06635001',
      newName: 'Allendorf (Eder)',
      kind: 'Eingliederung',
    });
    expect(renamings.map((r) => [r.ags, r.date, r.newName])).toEqual([
      ['06438009', '2024-09-01', 'Neu-Isenburg, Hugenotten- und Waldenserstadt'],
      ['06434002', '2024-12-01', 'Friedrichsdorf, Philipp-Reis-Stadt'],
    ]);
  });

  it('the official Bromskirchen merger equals the hand-made one', () => {
    const hand = parseChanges(fixture(HAND));
    const { mergers } = territorialChanges(hand, parseDestatisChanges(fixture(OFFICIAL)), parseDestatisLists(fixture(LISTS)), () => true);
    expect(mergers).toEqual(hand.mergers);
  });

  it('a hand-made row that disagrees with the official list stops the build naming both rows', () => {
    const line = 8; // 2023-01-01,06635005,Bromskirchen,06635001,Allendorf (Eder),Eingliederung
    const texts = contextTexts({ [HAND]: (t) => t.replace('06635005,Bromskirchen,06635001', '06635005,Bromskirchen,06635002') });
    expect(() => buildContext(texts)).toThrow(
      new SourceRowError(
        HAND,
        line,
        'new_ags',
        `06635002 widerspricht ${OFFICIAL}:2 (06/2023/0002-R: 06635005 Bromskirchen → 06635001 Allendorf (Eder), Auflösung, statistisch wirksam 01.01.2023; dort 06635001)`,
      ),
    );
  });

  it('a hand-made change in a covered period that the official list lacks stops the build', () => {
    const texts = contextTexts({ [OFFICIAL]: (t) => t.replace(/^.*06\/2023\/0002-R.*\r?\n/m, '') });
    expect(() => buildContext(texts)).toThrow(
      `${HAND}:8: old_ags: 06635005 Bromskirchen → 06635001 Allendorf (Eder) am 01.01.2023 fehlt in ${OFFICIAL}, obwohl die amtliche Liste gebietsaenderungen_2023.xlsx (01.01.2023–31.12.2023) den Tag abdeckt`,
    );
  });

  it('in the full build, a hand-made date that disagrees names both rows', async () => {
    const d = await copy();
    const line = await findLine(HAND, (r) => r.old_ags === '06635005');
    await corruptCell(d.dataDir, HAND, line, 'date', '2022-01-01');
    const official = await findLine(OFFICIAL, (r) => r.old_ags === '06635005' && r.regionaleinheit === 'Gemeinde');
    const err = await rejection(buildStats(d));
    expect(err.message).toBe(
      `${HAND}:${line}: date: 2022-01-01 widerspricht ${OFFICIAL}:${official} (06/2023/0002-R: 06635005 Bromskirchen → 06635001 Allendorf (Eder), Auflösung, statistisch wirksam 01.01.2023; dort 2023-01-01)`,
    );
  });
});

describe('renamings reach the official names with their statistical date', () => {
  const { ctx, renamings } = buildContext(contextTexts());
  const population = parsePopulation(fixture(POPULATION), ctx);

  it('Friedrichsdorf and Neu-Isenburg are renamed on their statistical date, not before', () => {
    const names = officialNames(population, renamings);
    expect(names.at('06434002', '2024-11-30')).toBe('Friedrichsdorf, Stadt');
    expect(names.at('06434002', '2024-12-01')).toBe('Friedrichsdorf, Philipp-Reis-Stadt');
    expect(names.at('06438009', '2024-08-31')).toBe('Neu-Isenburg, Stadt');
    expect(names.at('06438009', '2024-09-01')).toBe('Neu-Isenburg, Hugenotten- und Waldenserstadt');
    // only the descriptor changed: the map keeps the name
    expect(names.display('06434002', 'Friedrichsdorf', '2025-12-31')).toBe('Friedrichsdorf');
  });

  it('a renaming whose old name is not the name in the population series stops the build', () => {
    const wrong = renamings.map((r) => (r.ags === '06434002' ? { ...r, oldName: 'Friedrichsdorf, Gemeinde' } : r));
    expect(() => officialNames(population, wrong)).toThrow(
      `${OFFICIAL}:4: old_name: „Friedrichsdorf, Gemeinde“ ist nicht der Name von 06434002 vor dem 01.12.2024: ${POPULATION}:7 (2023) nennt „Friedrichsdorf, Stadt“`,
    );
  });

  it('regions.csv carries the official name of the Gebietsstand', async () => {
    const texts: Record<string, string> = {};
    for (const f of SOURCE_FILES) texts[f] = await readFile(join(DATA_DIR, f), 'utf8');
    const official = (asOf: string) => {
      const regions = csvParse(runPipeline(texts, asOf).files['regions.csv']);
      return Object.fromEntries(
        regions.filter((r) => ['06434002', '06438009'].includes(r.ags!)).map((r) => [r.ags, [r.name, r.official_name]]),
      );
    };
    expect(official('2024-11-30')).toEqual({
      '06434002': ['Friedrichsdorf', 'Friedrichsdorf, Stadt'],
      '06438009': ['Neu-Isenburg', 'Neu-Isenburg, Hugenotten- und Waldenserstadt'],
    });
    expect(official('2026-01-01')).toEqual({
      '06434002': ['Friedrichsdorf', 'Friedrichsdorf, Philipp-Reis-Stadt'],
      '06438009': ['Neu-Isenburg', 'Neu-Isenburg, Hugenotten- und Waldenserstadt'],
    });
  });
});

describe('continuity of the Gemeinde keys between consecutive periods', () => {
  const { ctx, mergers, kreisChanges } = buildContext(contextTexts());
  const series = (text: string) =>
    parsePopulation(text, ctx).map((r) => ({ ags: r.ags, name: r.name, period: r.year, gebietsstand: r.gebietsstand }));

  it('passes when every key that vanishes is explained (Bromskirchen 2022 → 2023)', () => {
    expect(() => checkContinuity(POPULATION, series(fixture(POPULATION)), mergers, kreisChanges)).not.toThrow();
  });

  it('a key that disappears without a change fails, naming key, name, both periods and the file', () => {
    const rows = series(fixture(POPULATION).replace(/^06434002,"Friedrichsdorf, Stadt",2021,.*\r?\n/m, ''));
    expect(() => checkContinuity(POPULATION, rows, mergers, kreisChanges)).toThrow(
      new ContinuityError(
        POPULATION,
        '06434002',
        '2020',
        '2021',
        '06434002 (Friedrichsdorf, Stadt) ist im Jahr 2020 (Gebietsstand 31.12.2020) enthalten, im Jahr 2021 (Gebietsstand 31.12.2021) nicht, und keine Gebietsänderung in stats/gebietsaenderungen_destatis.csv und gebietsaenderungen_hessen.csv erklärt das',
      ),
    );
  });

  it('a merger missing from both lists makes the vanished key fail', () => {
    const { mergers: without, kreisChanges: k } = buildContext(
      contextTexts({ [HAND]: withoutBromskirchen, [OFFICIAL]: (t) => t.replace(/^.*06\/2023\/0002-R.*\r?\n/m, '') }),
    );
    expect(() => checkContinuity(POPULATION, series(fixture(POPULATION)), without, k)).toThrow(
      '06635005 (Bromskirchen) ist im Jahr 2022 (Gebietsstand 31.12.2022) enthalten, im Jahr 2023 (Gebietsstand 31.12.2023) nicht',
    );
  });

  it('in the full build, a Gemeinde missing from one year stops it with that message', async () => {
    const d = await copy();
    await editFile(d.dataDir, POPULATION, (t) => t.replace(/^06633009,Fuldatal,2021,.*\r?\n/m, ''));
    const err = await rejection(buildStats(d));
    expect(err).toBeInstanceOf(ContinuityError);
    expect(err.message).toBe(
      `${POPULATION}: 06633009 (Fuldatal) ist im Jahr 2020 (Gebietsstand 31.12.2020) enthalten, im Jahr 2021 (Gebietsstand 31.12.2021) nicht, und keine Gebietsänderung in stats/gebietsaenderungen_destatis.csv und gebietsaenderungen_hessen.csv erklärt das`,
    );
  });

  it('the real data/ passes: mergers of 2018, 2020 and 2023, Hanau 2026 from the hand-made list', async () => {
    const d = await copy();
    await expect(buildStats(d)).resolves.toMatchObject({ regions: 456 });
    const changes = csvParse(await readFile(join(d.outDir, 'changes.csv'), 'utf8'));
    expect(changes.map((c) => `${c.date} ${c.old_ags}→${c.new_ags} ${c.kind}`)).toEqual([
      '2018-01-01 06437002→06437016 Zusammenschluss',
      '2018-01-01 06437008→06437016 Zusammenschluss',
      '2018-01-01 06437014→06437016 Zusammenschluss',
      '2018-01-01 06437015→06437016 Zusammenschluss',
      '2020-01-01 06633021→06633030 Zusammenschluss',
      '2020-01-01 06633027→06633030 Zusammenschluss',
      '2023-01-01 06635005→06635001 Eingliederung',
      '2026-01-01 06435014→06415000 Auskreisung (kreisfreie Stadt; Kreis 06435 -> 06415)',
    ]);
  });
});
