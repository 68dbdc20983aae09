// `npm run import` end to end on real files: a full GV-ISys file reproduces the pipeline's 2023 rows, re-imports change nothing,
// the new extracts hold the known values, and every bad file (wrong Gebietsstand, corrupted, foreign, bad row) writes nothing.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { csvParse } from 'd3-dsv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ImportError, importFiles, type ImportInput } from '../../../scripts/import/import.ts';
import { readWorkbook, writeWorkbook } from '../../fixtures/import/workbook.ts';
import { checksums, copyData, fixture, input, removeDir, ROOT, sharedRaw } from './helpers.ts';

const dirs: string[] = [];
afterAll(async () => {
  await Promise.all(dirs.splice(0).map(removeDir));
});

async function freshData(): Promise<string> {
  const d = await copyData();
  dirs.push(d);
  return d;
}

/** Runs an import that must fail; returns its message and proves that data/ is byte-identical afterwards. */
async function failing(dataDir: string, inputs: ImportInput[]): Promise<string> {
  const before = await checksums(dataDir);
  const err = await importFiles(dataDir, inputs).then(
    () => null,
    (e: unknown) => e as Error,
  );
  expect(err).toBeInstanceOf(ImportError);
  expect(await checksums(dataDir)).toEqual(before);
  expect(err!.message).toMatch(/Nichts geschrieben: data\/ ist unverändert\.$/);
  return err!.message;
}

const POP = 'stats/population_gemeinden_long.csv';
const DEGURBA = 'stats/degurba_gemeinden.csv';

describe('a full GV-ISys file (31.12.2023) gives exactly the pipeline’s rows for 2023', () => {
  let dataDir: string;
  let first: Awaited<ReturnType<typeof importFiles>>;
  const original: Record<string, string> = {};

  beforeAll(async () => {
    dataDir = await freshData();
    // an older state: of 2023 only Darmstadt, with another number, so the import has to write the rows
    for (const f of [POP, DEGURBA]) {
      original[f] = await readFile(join(ROOT, 'data', f), 'utf8');
      const kept = original[f]
        .split('\r\n')
        .filter((l) => !/^06\d{6},(?:"[^"]*"|[^,]*),2023,/.test(l) || l.startsWith('06411000,'))
        .map((l) =>
          l.startsWith('06411000,"Darmstadt, Wissenschaftsstadt",2023,2023-12-31,2023-12-31,164792,')
            ? l.replace(',164792,', ',150000,')
            : l,
        );
      await writeFile(join(dataDir, f), kept.join('\r\n'), 'utf8');
    }
    first = await importFiles(dataDir, [await input(join(sharedRaw(), 'destatis_gv_auszug/31122023_Auszug_GV.xlsx'))]);
  });

  it('writes the 421 Hessian rows byte for byte as data/ has them today', async () => {
    for (const f of [POP, DEGURBA]) expect(await readFile(join(dataDir, f), 'utf8')).toBe(original[f]);
    const rows = csvParse(original[POP]!).filter((r) => r.year === '2023');
    expect(rows).toHaveLength(421);
    expect(first.written).toEqual([POP, DEGURBA, 'SOURCES.md']);
  });

  it('reports the rows it added and records the file in data/SOURCES.md', async () => {
    expect(first.report).toContain(
      'erkannt: Destatis GV-ISys „Gemeinden in Deutschland nach Fläche, Bevölkerung“ (Auszug), Variante gv-2013',
    );
    expect(first.report).toContain(
      `${POP}, Jahr 2023: 421 Zeilen (vorher 1) – neu 420, entfallen 0, geändert 1 (davon Zahlen um mehr als 1 %: 1, nur Text/Klasse: 0)`,
    );
    expect(first.report).toContain('      06411000 2023 Darmstadt, Wissenschaftsstadt: pop_total 150.000 → 164.792 (+9,9 %)');
    const md = await readFile(join(dataDir, 'SOURCES.md'), 'utf8');
    expect(md).toContain(
      '| `31122023_Auszug_GV.xlsx` | Destatis GV-ISys „Gemeinden in Deutschland nach Fläche, Bevölkerung“ (Auszug) (gv-2013) | ' +
        '`0ced8a6431307efa64c1576a072781dee24382acfc5abf26f16dbabbe90f2be8` | Gebietsstand 31.12.2023, Bevölkerung 31.12.2023 (Zensus2011-Fortschreibung), erschienen Oktober 2024 | ' +
        'dl-de/by-2-0; „Quelle: Statistisches Bundesamt (Destatis), GV-ISys, Gebietsstand 31.12.2023; eigene Aufbereitung“ |',
    );
  });

  it('importing the same file again changes nothing, byte for byte', async () => {
    const before = await checksums(dataDir);
    const again = await importFiles(dataDir, [await input(join(sharedRaw(), 'destatis_gv_auszug/31122023_Auszug_GV.xlsx'))]);
    expect(again.written).toEqual([]);
    expect(again.report).toContain('Keine Änderung in data/');
    expect(again.report).toContain(`${POP}, Jahr 2023: 421 Zeilen (vorher 421) – neu 0, entfallen 0, geändert 0`);
    expect(await checksums(dataDir)).toEqual(before);
  });
});

describe('Zensus 2022 and the Destatis change lists 2023–02/2025 become the new extracts', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await freshData();
    const raw = sharedRaw();
    await importFiles(dataDir, [
      await input(join(raw, 'zensus2022/1000A-0000_de_flat.csv')),
      ...(await Promise.all(
        ['2023', '2024', '2025-02'].map((y) => input(join(raw, `destatis_gebietsaenderungen/gebietsaenderungen_${y}.xlsx`))),
      )),
    ]);
  });

  it('Zensus 2022: 422 Gemeinden, Hessen 6.207.278, Frankfurt am Main 743.268, Darmstadt 161.767', async () => {
    const rows = csvParse(await readFile(join(dataDir, 'stats/zensus2022_gemeinden.csv'), 'utf8'));
    expect(rows).toHaveLength(422);
    expect(rows.reduce((s, r) => s + Number(r.pop_total), 0)).toBe(6_207_278);
    const by = new Map(rows.map((r) => [r.ags, r]));
    expect(by.get('06412000')).toMatchObject({
      ars: '064120000000',
      pop_total: '743268',
      ref_date: '2022-05-15',
      gebietsstand: '2022-05-15',
      pop_basis: 'Zensus2022',
    });
    expect(by.get('06411000')?.pop_total).toBe('161767');
    expect(by.get('06635005')?.name).toBe('Bromskirchen');
  });

  it('the change lists: Bromskirchen 2023, Neu-Isenburg and Friedrichsdorf renamed 2024, none in 01–02/2025', async () => {
    const rows = csvParse(await readFile(join(dataDir, 'stats/gebietsaenderungen_destatis.csv'), 'utf8')).filter(
      (r) => r.regionaleinheit === 'Gemeinde',
    );
    expect(rows.map((r) => [r.effective_statistical, r.old_ags, r.change_kind_names, r.new_ags, r.new_name])).toEqual([
      ['2023-01-01', '06635005', 'Auflösung', '06635001', 'Allendorf (Eder)'],
      ['2024-09-01', '06438009', 'Namensänderung', '06438009', 'Neu-Isenburg, Hugenotten- und Waldenserstadt'],
      ['2024-12-01', '06434002', 'Namensänderung', '06434002', 'Friedrichsdorf, Philipp-Reis-Stadt'],
    ]);
    const lists = csvParse(await readFile(join(dataDir, 'stats/gebietsaenderungen_destatis_listen.csv'), 'utf8'));
    expect(lists.map((l) => [l.list_from, l.list_to, l.changes_hessen])).toEqual([
      ['2023-01-01', '2023-12-31', '1'],
      ['2024-01-01', '2024-12-31', '2'],
      ['2025-01-01', '2025-02-28', '0'],
    ]);
  });
});

describe('every other layout: the full official file gives exactly the rows data/ has', () => {
  it('Breitbandatlas Gemeinde/Kreis/Mobilfunk CSV, BBSR Referenz and both Umstiegsschlüssel', async () => {
    const dataDir = await freshData();
    const before = await checksums(dataDir);
    const raw = sharedRaw();
    const files = [
      'breitbandatlas/gemeinde_bezirke_privat_2021_mitte.csv',
      'breitbandatlas/landkreis_privat_2019_2.csv',
      'breitbandatlas/landkreis_mobilfunk_stats_2021_1.csv',
      'bbsr/Referenz_Gemeinden_Kreise_NUTS_31.12.2019.xlsx',
      'bbsr/ref-gemeinden-ab-2020.xlsx',
      'bbsr/ref-kreise-umrech-2021-1990-2020.xlsx',
    ];
    const result = await importFiles(dataDir, await Promise.all(files.map((f) => input(join(raw, f)))));
    expect(result.written).toEqual(['SOURCES.md']);
    const after = await checksums(dataDir);
    delete after['SOURCES.md'];
    delete before['SOURCES.md'];
    expect(after).toEqual(before);
    expect(result.files.map((f) => f.diffs.map((d) => `${d.file} ${d.slice}: ${d.after}`))).toEqual([
      ['stats/broadband_gemeinden_long.csv Periode 2021-06: 22578'],
      ['stats/broadband_kreise_long.csv Periode 2019-12: 1170'],
      ['stats/mobile_coverage_kreise_2021.csv Periode 2021-06: 1410'],
      ['stats/bbsr_raumtypen_gemeinden_2019.csv ganze Datei: 427', 'stats/bbsr_raumtypen_kreise_2019.csv ganze Datei: 26'],
      ['stats/population_gemeinden_long.csv Jahr 2020: 422', 'stats/population_gemeinden_long.csv Jahr 2022: 422'],
      ['stats/population_kreise_annual_bbsr_1990_2020.csv ganze Datei: 806'],
    ]);
    expect(result.files.flatMap((f) => f.diffs).every((d) => !d.added.length && !d.removed.length && !d.changed.length)).toBe(true);
  });
});

describe('a file that does not fit writes nothing', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await freshData();
  });

  it('wrong Gebietsstand: the GV-ISys file of 31.12.2024 repeats the 2023 population on a later Gebietsstand', async () => {
    const msg = await failing(dataDir, [await input(fixture('destatis_gv_auszug/AuszugGV4QAktuell_2024.xlsx'))]);
    expect(msg).toContain(
      'AuszugGV4QAktuell_2024.xlsx: falscher Gebietsstand: die Datei hat den Gebietsstand 31.12.2024, der Atlas führt die Bevölkerung vom 31.12.2023 (Jahr 2023) ' +
        'auf dem Gebietsstand 31.12.2023; erwartet wird die Datei mit Gebietsstand 31.12.2023',
    );
  });

  it('a file with only some Gemeinden names the missing ones', async () => {
    const msg = await failing(dataDir, [await input(fixture('destatis_gv_auszug/31122023_Auszug_GV.xlsx'))]);
    expect(msg).toMatch(
      /^31122023_Auszug_GV\.xlsx: Gemeindeschlüssel passen nicht zum Gebietsstand 31\.12\.2023, den der Atlas hier erwartet \(421 Gemeinden laut stats\/gebietsaenderungen_destatis\.csv und gebietsaenderungen_hessen\.csv\); fehlen in der Datei: 06413000 Offenbach am Main, 06414000 Wiesbaden, /,
    );
  });

  it('a truncated xlsx', async () => {
    const bytes = await readFile(fixture('destatis_gv_auszug/31122023_Auszug_GV.xlsx'));
    const msg = await failing(dataDir, [{ name: '31122023_Auszug_GV.xlsx', bytes: bytes.subarray(0, bytes.length / 2) }]);
    expect(msg).toMatch(/^31122023_Auszug_GV\.xlsx: xlsx-Datei nicht lesbar: das ZIP-Archiv ist beschädigt oder unvollständig/);
  });

  it('wrong columns: a GV-ISys file without the column „weiblich“', async () => {
    const sheets = await readWorkbook(fixture('destatis_gv_auszug/31122023_Auszug_GV.xlsx'));
    sheets[1]!.rows[3] = sheets[1]!.rows[3]!.map((c) => (c === 'weiblich' ? null : c));
    const msg = await failing(dataDir, [{ name: '31122023_Auszug_GV.xlsx', bytes: await writeWorkbook(sheets) }]);
    expect(msg).toContain(
      '31122023_Auszug_GV.xlsx: sieht aus wie Destatis GV-ISys „Gemeinden in Deutschland nach Fläche, Bevölkerung“ (Auszug), passt aber nicht: ' +
        'Blatt „Onlineprodukt_Gemeinden31122023“: Kopfzeile unvollständig: „weiblich“ fehlt in Zeile 3–4.',
    );
  });

  it('a foreign CSV gets the list of expected layouts', async () => {
    const msg = await failing(dataDir, [{ name: 'kontakte.csv', bytes: Buffer.from('Name;Telefon\nMüller;0611 123\n') }]);
    expect(msg).toMatch(
      /^kontakte\.csv: unbekanntes Format \(Textdatei\)\. Erwartet wird eine dieser amtlichen Dateien:\n {2}– Destatis GV-ISys/,
    );
    expect(msg).toContain('– Zensus 2022 GENESIS-Flat-CSV: CSV (;) mit den Spalten statistics_code');
    expect(msg).toContain('– Breitbandatlas Kreis-CSV (Haushalte)');
  });

  it('a bad value in a Hessian row is reported at its line in the official file', async () => {
    const text = await readFile(join(sharedRaw(), 'breitbandatlas/landkreis_privat_2021_1.csv'), 'utf8');
    const lines = text.split('\n');
    const i = lines.findIndex((l) => l.startsWith('"06412";'));
    lines[i] = lines[i]!.replace(/^"06412";[^;]+;/, '"06412";123.4;');
    const msg = await failing(dataDir, [{ name: 'landkreis_privat_2021_1.csv', bytes: Buffer.from(lines.join('\n')) }]);
    expect(msg).toMatch(
      new RegExp(
        `^landkreis_privat_2021_1\\.csv:${i + 1}: share_households_pct \\(Spalte „verf_<Technologie>_<N>“\\): 123\\.4 liegt außerhalb von 0–100 \\(Zeile \\d+ in stats/broadband_kreise_long\\.csv\\)`,
      ),
    );
  });

  it('all or nothing: a good file is not written when another one in the same call fails', async () => {
    const msg = await failing(dataDir, [
      await input(join(sharedRaw(), 'zensus2022/1000A-0000_de_flat.csv')),
      { name: 'kontakte.csv', bytes: Buffer.from('Name;Telefon\n') },
    ]);
    expect(msg.split('\n')[0]).toMatch(/^kontakte\.csv: unbekanntes Format/);
  });
});
