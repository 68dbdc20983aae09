// Planners' real files (tests/fixtures/owndata, made from rows of data/stats by make-fixtures.ts):
// exact parsed values, the number format decided per column, and report counts that add up to the rows.
import { describe, expect, it } from 'vitest';
import { ImportError } from '../../../src/lib/owndata/errors.ts';
import { analyse } from '../../../src/lib/owndata/import.ts';
import { createKeyResolver } from '../../../src/lib/owndata/keys.ts';
import { parseFile } from '../../../src/lib/owndata/parse.ts';
import { countsAddUp, fixture, importFixture, regions2026, resolverToday } from './helpers.ts';

describe('German Excel CSV (UTF-8 with BOM, ";", title lines, empty columns at the right)', () => {
  it('finds the header below the titles and reads 1.234 and 122,07 as German numbers', async () => {
    const { parsed, analysis, value, report } = await importFixture('de-excel-bom.csv');
    expect(parsed.file).toMatchObject({ encoding: 'utf-8-bom', separator: ';', format: 'csv' });
    expect(parsed.table.headerRow).toBe(4);
    expect(parsed.table.header).toEqual(['Gemeindeschlüssel', 'Gemeinde', 'Einwohner', 'Fläche in km²', 'Haushalte ≥ 1000 Mbit/s in %']);
    expect(parsed.table.droppedColumns).toBe(2);
    expect(parsed.table.above).toEqual([
      'Bevölkerung und Gigabit-Versorgung der Gemeinden',
      'Einwohner am 31.12.2023, Breitband Mitte 2021',
    ]);
    expect(parsed.table.below).toEqual(['Quelle: Statistisches Bundesamt (Destatis), GV-ISys; Breitbandatlas']);
    expect(analysis.proposal.keyColumn).toBe(0);
    expect(analysis.proposal.valueColumns).toEqual([2, 3, 4]);
    expect(value('06411000', 0)).toBe(164792);
    expect(value('06411000', 1)).toBe(122.07);
    expect(value('06411000', 2)).toBe(74.65);
    expect(value('06412000', 0)).toBe(775790);
    expect(value('06440004', 2)).toBe(0.72);
    expect(report.counts).toMatchObject({ matched: 8, unmatched: 0 });
    expect(countsAddUp(report)).toBe(true);
    const pop = analysis.profiles[2]!.format;
    // "164.792" alone could be 164.792; the file's ";" and its other German columns decide, and the UI says so.
    expect(pop).toMatchObject({ format: 'de', certain: false, reason: 'fileHint' });
    expect(analysis.profiles[3]!.format).toMatchObject({ format: 'de', certain: true, reason: 'deOnly', example: '122,07' });
  });
});

describe('Windows-1252 CSV', () => {
  it('is decoded without mojibake (ß, ü) and a quoted ";" stays inside its field', async () => {
    const { parsed, value, report } = await importFixture('de-windows1252.csv');
    expect(parsed.file.encoding).toBe('windows-1252');
    expect(parsed.table.rows.map((r) => r[0])).toContain('Gießen, Universitätsstadt');
    expect(parsed.table.rows.map((r) => r[0])).toContain('Büdingen, Stadt');
    expect(parsed.table.rows.map((r) => r[0])).toContain('Limburg a. d. Lahn; Kreisstadt');
    expect(parsed.table.rows.some((r) => r.some((c) => /Ã|�/.test(c)))).toBe(false);
    expect(value('06531005')).toBe(94996);
    expect(value('06533009')).toBe(36506);
    expect(report.counts.matched).toBe(8);
    expect(countsAddUp(report)).toBe(true);
  });
});

describe('English Excel CSV', () => {
  it('reads "164,792" as thousands and "122.07" as a decimal point; quoted names with commas', async () => {
    const { parsed, analysis, value, report } = await importFixture('en-excel.csv');
    expect(parsed.file.separator).toBe(',');
    expect(parsed.table.rows[0]![1]).toBe('Darmstadt, Wissenschaftsstadt');
    expect(analysis.profiles.map((p) => p.format.format)).toEqual(['en', 'en', 'en', 'en', 'en']);
    expect(value('06411000', 0)).toBe(164792);
    expect(value('06411000', 1)).toBe(122.07);
    expect(value('06412000', 2)).toBe(94.63);
    expect(countsAddUp(report)).toBe(true);
  });
});

describe('keys as Excel leaves them', () => {
  it('restores lost leading zeros, also from "6.435.014" and "6531005,0"', async () => {
    const { value, report } = await importFixture('lost-zeros.csv');
    expect(value('06411000')).toBe(164792);
    expect(value('06435014')).toBe(103184);
    expect(value('06531005')).toBe(94996);
    expect(report.listed.map((r) => r.detail)).toEqual(['agsLostZero', 'agsLostZero', 'agsLostZero', 'agsLostZero', 'agsLostZero']);
    expect(countsAddUp(report)).toBe(true);
  });

  it('reads 12-digit ARS (one without its zero) in a tab-separated file', async () => {
    const { parsed, value, report } = await importFixture('ars.tsv');
    expect(parsed.file).toMatchObject({ format: 'tsv', separator: '\t' });
    expect(value('06431014')).toBe(7167);
    expect(value('06535012')).toBe(2322);
    expect(report.listed.map((r) => r.detail)).toEqual(['ars', 'arsLostZero', 'ars', 'ars', 'ars', 'ars']);
    expect(countsAddUp(report)).toBe(true);
  });

  it('keeps Kreis, RB and Land rows at their level (the published totals)', async () => {
    const { result, value, report } = await importFixture('kreise.csv');
    expect(value('06435')).toBe(434002);
    expect(value('06633')).toBe(241095);
    expect(value('064')).toBe(4110302);
    expect(value('06')).toBe(6420729);
    expect(result.units.map((u) => u.level)).toEqual(['land', 'rb', 'kreis', 'kreis', 'kreis', 'kreis', 'kreis']);
    expect(countsAddUp(report)).toBe(true);
  });
});

describe('old keys (file on the Gebietsstand of 2017)', () => {
  it('maps predecessors to today and sums counts: Oberzent, Wesertal, Allendorf (Eder) as the atlas harmonises them', async () => {
    const { value, report } = await importFixture('old-keys-2017.csv');
    expect(value('06437016')).toBe(6359 + 615 + 2238 + 927);
    expect(value('06633030')).toBe(3206 + 2038);
    expect(value('06635001')).toBe(7527); // the atlas' harmonised 2017 value of Allendorf (Eder)
    expect(report.counts).toMatchObject({ matched: 3, mapped: 7 });
    expect(report.listed.find((r) => r.key === '06635005')).toMatchObject({
      status: 'mapped',
      ags: '06635001',
      detail: 'from:Bromskirchen',
    });
    expect(countsAddUp(report)).toBe(true);
  });

  it('maps Hanau 06435014 to 06415000 once the change list has it (01.01.2026)', async () => {
    const { regions, changes } = regions2026();
    const { value, report } = await importFixture('old-keys-2017.csv', undefined, createKeyResolver(regions, changes));
    expect(value('06415000')).toBe(96130);
    expect(report.listed.find((r) => r.key === '06435014')).toMatchObject({ status: 'mapped', ags: '06415000', old: '06435014' });
    expect(report.counts).toMatchObject({ matched: 2, mapped: 8 });
    expect(countsAddUp(report)).toBe(true);
  });

  it("weights shares of predecessors by the file's weight column: the atlas' Oberzent value", async () => {
    const { value, report } = await importFixture('shares-old-keys.csv', (o) => ({
      ...o,
      valueColumns: [2],
      kind: 'share',
      weight: { type: 'column', column: 'Einwohner 31.12.2017' },
      weightColumn: 3,
    }));
    const oberzent = (93.61 * 6359 + 98 * 615 + 86.17 * 2238 + 97 * 927) / (6359 + 615 + 2238 + 927);
    expect(value('06437016')).toBeCloseTo(oberzent, 10);
    expect(Math.round(value('06437016')! * 100) / 100).toBe(92.54); // facts: bb_alle_50, 06437016, 2021-06
    expect(value('06411000')).toBe(99.34);
    expect(countsAddUp(report)).toBe(true);
  });

  it('without a weight for former Gemeinden, merged shares get no value and a note (nothing invented)', async () => {
    const { value, result } = await importFixture('shares-old-keys.csv', (o) => ({
      ...o,
      valueColumns: [2],
      kind: 'share',
      weight: { type: 'population' },
    }));
    expect(value('06437016')).toBeNull();
    expect(result.report.unitNotes).toEqual([{ ags: '06437016', code: 'noMergeWeight', rows: [2, 3, 4, 5] }]);
  });
});

describe('names', () => {
  it('matches umlaut- and "Stadt"-insensitively, follows former names and asks about ambiguous ones', async () => {
    const { value, report, result } = await importFixture('names.csv');
    expect(value('06611000')).toBe(204202);
    expect(value('06440004')).toBe(22622); // "Buedingen"
    expect(value('06531005')).toBe(94146); // "Stadt Gießen"
    expect(value('06533009')).toBe(36053); // "Limburg an der Lahn" = "Limburg a.d.Lahn"
    expect(value('06414000')).toBe(283083); // "WIESBADEN"
    expect(value('06635001')).toBe(5808 + 1931); // Allendorf (Eder) and the former Bromskirchen
    expect(report.counts).toEqual({ matched: 7, mapped: 1, duplicate: 0, ambiguous: 2, unmatched: 1, invalid: 0 });
    expect(result.questions.map((q) => [q.text, q.candidates.map((c) => c.ags).sort()])).toEqual([
      ['Lautertal', ['06431014', '06535012']],
      ['Bad Soden', ['06435002', '06436001']],
    ]);
    expect(report.listed.find((r) => r.key === 'Darmstat')).toMatchObject({ status: 'unmatched', detail: 'unknownName' });
    expect(countsAddUp(report)).toBe(true);
  });

  it("takes the user's answer to an ambiguous name, or leaves the rows out", async () => {
    const choices = new Map([
      ['gemeinde|lautertal', '06431014'],
      ['gemeinde|bad soden', ''],
    ]);
    const { value, report } = await importFixture('names.csv', (o) => ({ ...o, choices }));
    expect(value('06431014')).toBe(7214);
    expect(value('06436001')).toBeUndefined();
    expect(report.counts).toMatchObject({ matched: 8, ambiguous: 1 });
    expect(report.listed.find((r) => r.key === 'Bad Soden')).toMatchObject({ status: 'ambiguous', detail: 'leftOut' });
    expect(countsAddUp(report)).toBe(true);
  });
});

describe('duplicates and bad values', () => {
  it('keeps the first row of a unit and lists the others (also the same key without its zero)', async () => {
    const { value, report } = await importFixture('duplicates.csv');
    expect(value('06411000')).toBe(164792);
    expect(value('06412000')).toBe(775790);
    expect(report.counts).toMatchObject({ matched: 3, duplicate: 3 });
    expect(report.listed.filter((r) => r.status === 'duplicate').map((r) => [r.row, r.firstRow])).toEqual([
      [4, 2],
      [5, 3],
      [6, 2],
    ]);
    expect(countsAddUp(report)).toBe(true);
  });

  it('treats official placeholders as no value and broken numbers as invalid, cell by cell', async () => {
    const { value, report } = await importFixture('bad-values.csv');
    expect(value('06411000', 0)).toBe(164792);
    expect(value('06411000', 1)).toBe(74.65);
    expect(value('06611000', 0)).toBe(204687);
    expect(value('06611000', 1)).toBeNull(); // "x"
    expect(value('06535012', 1)).toBeNull(); // empty
    const status = Object.fromEntries(report.listed.map((r) => [r.key, `${r.status} ${r.detail}`]));
    expect(status).toEqual({
      '06411000': 'matched ags',
      '06412000': 'invalid noValue', // "." and "–"
      '06611000': 'matched ags',
      '06531005': 'invalid notANumber:Einwohner', // "#DIV/0!"
      '06440004': 'invalid notANumber:Einwohner', // "ca. 22.607"
      '06431014': 'invalid noValue',
      '06535012': 'matched ags',
    });
    expect(countsAddUp(report)).toBe(true);
  });
});

describe('number format decided by the column as a whole', () => {
  it('"159.878" in a German file of grouped populations is 159878 — and 159.878 when the user says English', async () => {
    const { analysis, value } = await importFixture('thousands-only.csv');
    expect(analysis.profiles[1]!.format).toMatchObject({ format: 'de', certain: false, reason: 'fileHint', example: '159.878' });
    expect(value('06411000')).toBe(159878);
    const en = await importFixture('thousands-only.csv', (o) => ({ ...o, formats: { ...o.formats, 1: 'en' } }));
    expect(en.value('06411000')).toBe(159.878);
    expect(en.report.columns[0]).toMatchObject({ format: 'en', reason: 'user' });
  });
});

describe('XLSX, UTF-16 and pasted cells', () => {
  it('reads an XLSX with a title row: numbers exact, an AGS stored as a number gets its zero back', async () => {
    const { parsed, value, report } = await importFixture('gemeinden.xlsx');
    expect(parsed.file).toMatchObject({ format: 'xlsx', sheet: 'Gemeinden' });
    expect(parsed.table.headerRow).toBe(3);
    expect(value('06411000', 0)).toBe(164792);
    expect(value('06412000', 0)).toBe(775790);
    expect(value('06411000', 1)).toBe(122.07);
    expect(value('06440004', 2)).toBe(0.72);
    expect(report.columns.map((c) => c.format)).toEqual(['native', 'native', 'native']);
    expect(report.listed[1]).toMatchObject({ key: '6412000', detail: 'agsLostZero' });
    expect(countsAddUp(report)).toBe(true);
  });

  it('reads Excel\'s "Unicode text" (UTF-16LE, tab)', async () => {
    const { parsed, value } = await importFixture('excel-unicode.txt');
    expect(parsed.file).toMatchObject({ encoding: 'utf-16le', separator: '\t' });
    expect(parsed.table.header[0]).toBe('Gemeindeschlüssel');
    expect(value('06611000')).toBe(204687);
  });

  it('reads cells pasted from Excel (no header row)', async () => {
    const text = new TextDecoder().decode(fixture('paste-from-excel.txt'));
    const resolver = resolverToday();
    const parsed = await parseFile({ name: 'paste', text });
    const a = analyse(parsed, resolver);
    expect(parsed.file.format).toBe('paste');
    expect(parsed.table.headerRow).toBe(0);
    expect(parsed.table.rows).toHaveLength(3);
    expect(a.proposal.valueColumns).toEqual([1, 2]);
  });
});

describe('files that cannot be imported get a specific reason', () => {
  const reason = async (name: string, bytes = fixture(name)) => {
    try {
      analyse(await parseFile({ name, bytes }), resolverToday());
      return 'imported';
    } catch (e) {
      return e instanceof ImportError ? e.code : String(e);
    }
  };
  it('empty, binary, no key column', async () => {
    expect(await reason('empty.csv')).toBe('empty');
    expect(await reason('binary.csv.gz')).toBe('archive');
    expect(await reason('no-key.csv')).toBe('noKeyColumn');
    expect(await reason('x.png', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]))).toBe('image');
    expect(await reason('alt.xls', Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).toBe('xls');
    expect(await reason('broken.xlsx', Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).toBe('xlsxBroken');
  });

  it('a file with 100,000 columns gets a message naming the count', async () => {
    const header = Array.from({ length: 100_000 }, (_, i) => `c${i}`).join(';');
    const bytes = new TextEncoder().encode(`${header}\r\n${header}\r\n`);
    let error: unknown;
    try {
      await parseFile({ name: 'wide.csv', bytes });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).code).toBe('tooManyColumns');
    expect((error as ImportError).params).toEqual({ columns: 100_000, limit: 1000 });
  });
});

describe('large files', () => {
  it('a long file of real rows (the Breitbandatlas extract, 132,000 rows) parses and every row is counted', async () => {
    const { readFileSync } = await import('node:fs');
    const bytes = new Uint8Array(readFileSync('data/stats/broadband_gemeinden_long.csv'));
    const resolver = resolverToday();
    const parsed = await parseFile({ name: 'breitband.csv', bytes });
    const rows = new TextDecoder().decode(bytes).trimEnd().split('\n').length - 1;
    expect(parsed.table.rows).toHaveLength(rows);
    const a = analyse(parsed, resolver);
    expect(parsed.table.header[a.proposal.keyColumn]).toBe('ags');
    const { preview } = await import('../../../src/lib/owndata/import.ts');
    const r = preview(parsed, a, { ...a.proposal, valueColumns: [5] }, resolver);
    expect(Object.values(r.report.counts).reduce((x, y) => x + y, 0)).toBe(rows);
    expect(r.report.truncated).toBe(true);
    expect(r.report.counts.mapped).toBeGreaterThan(0); // predecessors of Oberzent, Wesertal, Allendorf (Eder)
  });
});
