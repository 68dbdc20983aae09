// The comparison export on the built data (DuckDB-WASM in Node): the CSV reads back to the values
// of the atlas' own queries, with the Kreis, RB and Hessen rows and every period.
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { openBuiltData } from '../../../scripts/lib/duckdb-node.ts';
import { seriesByLevel, valuesFor } from '../../../src/lib/data/queries.ts';
import { LEVELS, type Catalogue } from '../../../src/lib/data/catalogue.ts';
import { Boot, type Region } from '../../../src/lib/data/boot.ts';
import type { Db } from '../../../src/lib/data/db.ts';
import { parseGermanCsv, tableToCsv } from '../../../src/lib/export/csv.ts';
import { xlsxSheets } from '../../../src/lib/export/xlsx.ts';
import { compareTable, loadCompareFigures } from '../../../src/lib/steckbrief/compare-table.ts';
import type { Loaders } from '../../../src/lib/steckbrief/model.ts';

let db: Db;
let catalogue: Catalogue;
let regions: Map<string, Region>;

beforeAll(async () => {
  if (!existsSync('public/data/catalogue.json')) throw new Error('public/data fehlt: erst `npm run data`');
  ({ db, catalogue } = await openBuiltData('public/data'));
  regions = new Map(Boot.parse(JSON.parse(readFileSync('public/data/boot.json', 'utf8'))).regions.map((r) => [r.ags, r]));
});

// Series straight from the built data (no typologies or projects needed here).
const loaders = (): Loaders => ({
  series: (id, base) => seriesByLevel(db, { indicator: catalogue.indicators.find((i) => i.id === id)!, levels: [...LEVELS], base }),
  typologies: async () => [],
  projects: async () => [],
});
const periodsById = () => new Map(catalogue.periods.map((p) => [p.id, p]));
const LOCALE = {
  de: {
    levelSingular: { gemeinde: 'Gemeinde', kreis: 'Kreis', rb: 'Regierungsbezirk', land: 'Land', bund: 'Deutschland' },
    link: 'http://localhost/?v=06635022,06412000',
    dateText: '01.01.2026',
  },
  en: {
    levelSingular: { gemeinde: 'municipality', kreis: 'district', rb: 'government region', land: 'state', bund: 'Germany' },
    link: 'http://localhost/?v=06635022,06412000&lang=en',
    dateText: '1 Jan 2026',
  },
} as const;
/** The comparison of 06635022 and 06412000 as exported in `lang` (figures of one indicator). */
const tableOf = (figures: Awaited<ReturnType<typeof loadCompareFigures>>, lang: 'de' | 'en') => {
  const periods = periodsById();
  return compareTable({
    catalogue,
    regions,
    compare: ['06635022', '06412000'],
    figures,
    lang,
    periodLabel: (id) => periods.get(id)!.label[lang],
    ...LOCALE[lang],
    exportDate: '2026-01-01',
  });
};

describe('comparison export', () => {
  it('has every compared region with its Kreis, RB and Hessen, all periods, and reads back to the query values', async () => {
    const figures = await loadCompareFigures(catalogue, 'bb_alle_50', undefined, loaders());
    expect(figures[0]!.figure.ind.id).toBe('bb_alle_50');
    const periods = periodsById();
    const table = tableOf(figures, 'de');
    const csv = parseGermanCsv(tableToCsv(table, { excel: true }));
    const col = (name: string) => csv.header.indexOf(name);
    const ags = new Set(csv.rows.map((r) => r[col('AGS')]));
    expect([...ags]).toEqual(['06635022', '06412000', '06635', '066', '06', '06412', '064']);
    const bb = catalogue.indicators.find((i) => i.id === 'bb_alle_50')!;
    const rowsBb = csv.rows.filter((r) => r[col('Kennzahl-ID')] === 'bb_alle_50' && r[col('AGS')] === '06635022');
    expect(rowsBb).toHaveLength(bb.periods.length);
    const valueCol = csv.header.findIndex((h) => h.startsWith('Wert'));
    for (const period of bb.periods) {
      const v = (await valuesFor(db, { indicator: bb, level: 'gemeinde', period })).get('06635022')!.value;
      const row = rowsBb.find((r) => String(r[col('Zeitpunkt')]) === periods.get(period)!.label.de)!;
      expect(row[valueCol] as number).toBeCloseTo(v, 9);
    }
    const change = csv.rows.find((r) => r[col('Kennzahl-ID')] === 'bev_veraenderung' && r[col('AGS')] === '06')!;
    expect(String(change[col('Zeitpunkt')])).toMatch(/^\d{4}–\d{4}$/);
    expect(csv.meta.some((m) => m.join(' ').includes('Gebietsstand'))).toBe(true);
    expect(xlsxSheets(table).length).toBeGreaterThanOrEqual(2);
  });

  it('in English carries the English credits and Stand lines (issue 11.14)', async () => {
    const figures = await loadCompareFigures(catalogue, 'bev', undefined, loaders());
    const table = tableOf(figures, 'en');
    const used = catalogue.sources.filter((s) => table.sources.some((t) => t.name === s.name.en));
    expect(used.map((s) => s.id)).toContain('destatis');
    for (const s of used) {
      expect(table.sources.find((t) => t.name === s.name.en)).toMatchObject({ credit: s.credit.en, stand: s.stand.en });
      expect(table.citation).toContain(s.credit.en);
    }
    const csv = tableToCsv(table, { excel: false });
    expect(csv).toContain('own processing');
    expect(csv).not.toMatch(/Quelle|eigene Aufbereitung|Gebietsstand/);
  });
});
