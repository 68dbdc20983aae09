// The layout parsers on real fixtures cut from the official files: every variant recognised, all of Germany, typed, exact values.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { detectLayout, parseLayout, type ParsedSource } from '../../../scripts/import/layouts/index.ts';
import { readSource } from '../../../scripts/import/layouts/read.ts';
import type { SourceFile } from '../../../scripts/import/layouts/source.ts';
import { fixture } from './helpers.ts';

async function load(rel: string): Promise<SourceFile> {
  return readSource(rel.split('/').pop()!, await readFile(fixture(rel)));
}

type DataOf<I extends ParsedSource['id']> = Extract<ParsedSource, { id: I }>['data'];

async function parsed<I extends ParsedSource['id']>(rel: string, id: I): Promise<DataOf<I>> {
  const p = parseLayout(await load(rel));
  expect(p.id).toBe(id);
  return p.data as DataOf<I>;
}

describe('Destatis GV-ISys Auszug: every variant 1983–2024', () => {
  it.each([
    ['31121983_Auszug_GV.xlsx', 'gv-1983', '1983-12-31', '1983-12-31', null],
    ['31121987_Auszug_GV.xlsx', 'gv-1983', '1988-01-01', '1987-12-31', null],
    ['31121990_Auszug_GV.xlsx', 'gv-1983', '1991-01-01', '1990-12-31', null],
    ['31121994_Auszug_GV.xlsx', 'gv-1994', '1994-12-31', '1994-12-31', null],
    ['31121998_Auszug_GV.xlsx', 'gv-1994', '1997-12-31', '1997-12-31', null],
    ['31122009_Auszug_GV.xlsx', 'gv-1994', '2009-12-31', '2009-12-31', null],
    ['31122013_Auszug_GV.xlsx', 'gv-2013', '2013-12-31', '2013-12-31', 'Zensus 2011'],
    ['31122017_Auszug_GV.xlsx', 'gv-2013', '2017-12-31', '2017-12-31', null],
    ['31122023_Auszug_GV.xlsx', 'gv-2013', '2023-12-31', '2023-12-31', null],
    ['AuszugGV4QAktuell_2024.xlsx', 'gv-2013', '2024-12-31', '2023-12-31', 'Zensus 2011'],
  ])('%s: variant %s, Gebietsstand %s, population of %s, basis %s', async (name, variant, gebietsstand, populationDate, basis) => {
    const gv = await parsed(`destatis_gv_auszug/${name}`, 'destatis-gv-auszug');
    expect(gv.meta).toMatchObject({ variant, gebietsstand, populationDate, populationBasis: basis });
    // all of Germany, every level, keys as strings of the right length
    expect(gv.rows.find((r) => r.key === '01001000')?.name).toBe('Flensburg, Stadt');
    const byLevel = Object.fromEntries(gv.rows.filter((r) => r.key.startsWith('06')).map((r) => [r.level, r.key.length]));
    expect(byLevel).toMatchObject({ land: 2, regierungsbezirk: 3, kreis: 5, gemeinde: 8 });
    expect(gv.rows.find((r) => r.key === '06435200')).toMatchObject({ gemeindefrei: true });
  });

  it('reads the oldest variant exactly (Darmstadt 31.12.1983, no ARS, no DEGURBA)', async () => {
    const gv = await parsed('destatis_gv_auszug/31121983_Auszug_GV.xlsx', 'destatis-gv-auszug');
    expect(gv.rows.find((r) => r.key === '06411000')).toMatchObject({
      level: 'gemeinde',
      ars: null,
      name: 'Darmstadt, Stadt',
      areaKm2: 122.36,
      popTotal: 136790,
      popMale: 65426,
      popFemale: 71364,
      degurba: null,
    });
  });

  it('reads the 2023 file with ARS, Gemeindeverband and DEGURBA (Darmstadt 164,792)', async () => {
    const gv = await parsed('destatis_gv_auszug/31122023_Auszug_GV.xlsx', 'destatis-gv-auszug');
    expect(gv.meta).toMatchObject({ degurbaColumn: 'Grad der Verstädterung', published: 'Oktober 2024' });
    expect(gv.rows.find((r) => r.key === '06411000')).toMatchObject({
      ars: '064110000000',
      textkennzeichen: '61',
      popTotal: 164792,
      popMale: 84206,
      popFemale: 80586,
      areaKm2: 122.07,
      postcode: '64283',
      degurba: { code: '01', name: 'dicht besiedelt' },
    });
    expect(gv.rows.find((r) => r.level === 'gemeindeverband' && r.key.startsWith('06635'))?.key).toBe('066350001');
    // Bromskirchen was merged into Allendorf (Eder) on 01.01.2023
    expect(gv.rows.some((r) => r.key === '06635005')).toBe(false);
  });

  it('names the 2013 DEGURBA column as the file does', async () => {
    const gv = await parsed('destatis_gv_auszug/31122013_Auszug_GV.xlsx', 'destatis-gv-auszug');
    expect(gv.meta.degurbaColumn).toBe('EU-Stadt-/Landgliederung');
    expect(gv.rows.find((r) => r.key === '06411000')?.degurba).toEqual({ code: '01', name: 'dicht besiedelt' });
  });
});

describe('Destatis Gebietsänderungen', () => {
  it('2023: Bromskirchen merged into Allendorf (Eder), Gemeinde and Gemeindeverband rows', async () => {
    const ga = await parsed('destatis_gebietsaenderungen/gebietsaenderungen_2023.xlsx', 'destatis-gebietsaenderungen');
    expect(ga.meta).toMatchObject({ from: '2023-01-01', to: '2023-12-31', published: 'Januar 2024' });
    expect(ga.meta.kinds).toEqual({ '1': 'Auflösung', '2': 'Teilausgliederung', '3': 'Schlüsseländerung', '4': 'Namensänderung' });
    const hessen = ga.rows.filter((r) => r.kennziffer === '06/2023/0002-R');
    expect(hessen.map((r) => r.regionaleinheit)).toEqual(['Gemeindeverband', 'Gemeinde']);
    expect(hessen[1]).toMatchObject({
      old: { ars: '066350005005', ags: '06635005', name: 'Bromskirchen' },
      new: { ars: '066350001001', ags: '06635001', name: 'Allendorf (Eder)' },
      kinds: ['1'],
      areaM2: 35221465,
      population: 1917,
      legal: '2023-01-01',
      statistical: '2023-01-01',
    });
    expect(hessen[0]!.old.ags).toBeNull();
    expect(ga.rows.find((r) => r.kinds.length > 1)?.kinds).toEqual(['3', '4']);
  });

  it('2024: Friedrichsdorf gets its new official name on 01.12.2024', async () => {
    const ga = await parsed('destatis_gebietsaenderungen/gebietsaenderungen_2024.xlsx', 'destatis-gebietsaenderungen');
    expect(ga.rows.find((r) => r.old.ags === '06434002')).toMatchObject({
      kinds: ['4'],
      old: { name: 'Friedrichsdorf, Stadt' },
      new: { ags: '06434002', name: 'Friedrichsdorf, Philipp-Reis-Stadt' },
      legal: '2024-11-13',
      statistical: '2024-12-01',
    });
  });

  it('2025-02: a dissolved Gemeindeverband without successor has no new unit', async () => {
    const ga = await parsed('destatis_gebietsaenderungen/gebietsaenderungen_2025-02.xlsx', 'destatis-gebietsaenderungen');
    expect(ga.meta).toMatchObject({ from: '2025-01-01', to: '2025-02-28' });
    expect(ga.rows.find((r) => r.regionaleinheit === 'Gemeindeverband' && r.new === null)?.old.ars).toMatch(/^\d{9}$/);
  });
});

describe('Zensus 2022 GENESIS flat CSV', () => {
  it('reads ARS → AGS, the values and the Deutschland row', async () => {
    const z = await parsed('zensus2022/1000A-0000_de_flat.csv', 'zensus2022-flat');
    expect(z.meta).toMatchObject({ statisticsCode: '1000A', gebietsstand: '2022-05-15', dates: ['2022-05-15'] });
    const by = new Map(z.rows.map((r) => [r.key, r]));
    expect(by.get('064120000000')).toMatchObject({ ags: '06412000', name: 'Frankfurt am Main, Stadt', value: 743268, quality: 'e' });
    expect(by.get('064110000000')).toMatchObject({ ags: '06411000', value: 161767 });
    expect(by.get('DG')).toMatchObject({ ags: null, areaLevel: 'GEODL1', value: 82719540 });
    expect(z.rows.some((r) => r.ags !== null && !r.ags.startsWith('06'))).toBe(true);
  });
});

describe('Breitbandatlas CSV (; and ,)', () => {
  it('Gemeinde file with ";" (2018-12): technologies in the atlas vocabulary', async () => {
    const b = await parsed('breitbandatlas/gemeinde_privat_2018_ende.csv', 'breitbandatlas-gemeinde');
    expect(b.meta).toMatchObject({ delimiter: ';', period: '2018-12' });
    const share = (tech: string, mbps: number) =>
      b.rows.find((r) => r.ags === '06411000' && r.technology === tech && r.minMbps === mbps)?.sharePct;
    expect(share('alle', 50)).toBe(98);
    expect(share('alle', 1000)).toBe(1);
    expect(new Set(b.rows.map((r) => r.technology))).toEqual(new Set(['alle', 'leitungsgebunden', 'drahtlos', 'DSL', 'CATV', 'FTTH/B']));
  });

  it('Gemeinde file with "," (2021-06): Frankfurt ≥ 1000 Mbit/s 94.63 %', async () => {
    const b = await parsed('breitbandatlas/gemeinde_bezirke_privat_2021_mitte.csv', 'breitbandatlas-gemeinde');
    expect(b.meta).toMatchObject({ delimiter: ',', period: '2021-06' });
    expect(b.rows.find((r) => r.ags === '06412000' && r.technology === 'alle' && r.minMbps === 1000)?.sharePct).toBe(94.63);
  });

  it('Kreis files: empty cells are null, a column without class is listed as not read', async () => {
    const b = await parsed('breitbandatlas/landkreis_privat_2019_2.csv', 'breitbandatlas-kreis');
    expect(b.meta).toMatchObject({ period: '2019-12', ignoredColumns: ['verf_2g'] });
    expect(b.rows.find((r) => r.ags === '06411' && r.technology === 'FTTH/B' && r.minMbps === 1)?.sharePct).toBeNull();
    const k21 = await parsed('breitbandatlas/landkreis_privat_2021_1.csv', 'breitbandatlas-kreis');
    expect(k21.rows.find((r) => r.ags === '06411' && r.technology === 'alle' && r.minMbps === 1)?.sharePct).toBe(100);
    expect(k21.rows.some((r) => r.technology === '5G')).toBe(true);
  });

  it('Mobilfunk file: area coverage per land use', async () => {
    const m = await parsed('breitbandatlas/landkreis_mobilfunk_stats_2021_1.csv', 'breitbandatlas-mobilfunk-kreis');
    expect(m.rows.find((r) => r.ags === '06411' && r.technologyCode === '5G2' && r.areaType === 'Autobahn')).toMatchObject({
      areaGroup: 'Infrastruktur',
      sharePct: 99.24,
    });
  });
});

describe('BBSR reference tables', () => {
  it('Referenz 31.12.2019: Gemeinden and Kreise with every column by its title', async () => {
    const r = await parsed('bbsr/Referenz_Gemeinden_Kreise_NUTS_31.12.2019.xlsx', 'bbsr-referenz');
    expect(r.meta.gebietsstand).toBe('2019-12-31');
    const da = r.gemeinden.find((g) => g.key === '06411000')!;
    expect(da.values['Stadt- und Gemeindetyp Kennziffer']).toBe('10');
    expect(da.values['Stadt- und Gemeindetyp Name']).toBe('Großstadt');
    expect(r.kreise.find((k) => k.key === '06411')?.values['Siedlungsstrukturelle Kreistyp Name']).toBe('kreisfreie Großstadt');
    expect(r.gemeinden.some((g) => g.key === '01001000')).toBe(true);
  });

  it('Umstiegsschlüssel Gemeinden: population „in 100“ (2020) and in persons (2022)', async () => {
    const u = await parsed('bbsr/ref-gemeinden-ab-2020.xlsx', 'bbsr-umstieg');
    expect(u.level).toBe('gemeinde');
    const s2020 = u.sheets.find((s) => s.sheet === '2020')!;
    const s2022 = u.sheets.find((s) => s.sheet === '2022')!;
    expect(s2020).toMatchObject({ gebietsstand: '2020-12-31', targetGebietsstand: '2021-12-31', populationUnit: 100 });
    expect(s2020.rows.find((r) => r.key === '06412000')?.population).toBe(7641);
    expect(s2022).toMatchObject({ populationUnit: 1 });
    expect(s2022.rows.find((r) => r.key === '06412000')).toMatchObject({ population: 773068, areaKm2: 248.31, targetKey: '06412000' });
  });

  it('Umstiegsschlüssel Kreise: „in 1.000“ (1997) is thousands; 2007 targets the Kreise of 2020', async () => {
    const u = await parsed('bbsr/ref-kreise-umrech-2021-1990-2020.xlsx', 'bbsr-umstieg');
    expect(u.level).toBe('kreis');
    const s1997 = u.sheets.find((s) => s.sheet === '1997')!;
    expect(s1997.populationUnit).toBe(1000);
    expect(s1997.rows.find((r) => r.key === '06411')).toMatchObject({
      name: 'KS Darmstadt',
      population: 137.9,
      targetKey: '06411',
      populationWeight: 1,
    });
    expect(u.sheets.find((s) => s.sheet === '2007')?.targetGebietsstand).toBe('2020-12-31');
  });
});

describe('fingerprints', () => {
  it('a foreign CSV is rejected with the list of expected layouts', () => {
    const f: SourceFile = { name: 'zufall.csv', kind: 'text', text: 'name;wert\nA;1\n' };
    expect(() => detectLayout(f)).toThrow(
      /^zufall\.csv: unbekanntes Format \(Textdatei\)\. Erwartet wird eine dieser amtlichen Dateien:\n {2}– Destatis GV-ISys/,
    );
  });

  it('an official file of another layout is named by its sheets', async () => {
    const f = await load('destatis_gv_auszug/31122023_Auszug_GV.xlsx');
    const other: SourceFile = {
      name: 'x.xlsx',
      kind: 'xlsx',
      sheets: [{ name: 'Deckblatt', rows: [['Kreisfreie Städte und Landkreise']] }],
    };
    expect(detectLayout(f).spec.id).toBe('destatis-gv-auszug');
    expect(() => detectLayout(other)).toThrow('x.xlsx: unbekanntes Format (xlsx mit den Blättern „Deckblatt“)');
  });
});
