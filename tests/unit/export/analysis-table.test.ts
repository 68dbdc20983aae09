import { describe, expect, it } from 'vitest';
import { analysisTable } from '../../../src/lib/export/analysis-table.ts';
import { parseGermanCsv, tableToCsv } from '../../../src/lib/export/csv.ts';

const source = (id: string, credit: string) => ({
  id,
  name: { de: `Quelle ${id}`, en: `Source ${id}` },
  credit: { de: credit, en: credit },
  licence: { de: 'dl-de/by-2-0', en: 'dl-de/by-2-0' },
  url: `https://example.org/${id}`,
  stand: { de: '06/2021', en: '06/2021' },
});

const input = {
  lang: 'de' as const,
  title: 'Breitband · Typisierungen',
  columns: [
    { key: 'typology', label: 'Typisierung', kind: 'text' as const },
    { key: 'gap', label: 'Abstand', kind: 'number' as const, decimals: 1, unit: 'Prozentpunkte' },
  ],
  rows: [
    { typology: 'RegioStaR 2', gap: 12.345 },
    { typology: 'DEGURBA', gap: -3.25 },
  ],
  sourceIds: ['bba', 'bba', 'unknown'],
  catalogueSources: [source('bba', 'Breitbandatlas'), source('bkg', '© BKG')],
  gebietsstand: '31.12.2022',
  citation: (title: string, g: string, s: string, d: string, l: string) => `${title} | ${g} | ${s} | ${d} | ${l}`,
  exportDate: '2026-12-02',
  link: 'https://atlas.example/?m=analysen&a=gap',
};

describe('analysisTable', () => {
  it('adds each named source once, the geometry source, and a citation with Gebietsstand, date and link', () => {
    const t = analysisTable(input);
    expect(t.sources.map((s) => s.credit)).toEqual(['Breitbandatlas', '© BKG']);
    expect(t.citation).toContain('31.12.2022');
    expect(t.citation).toContain('02.12.2026');
    expect(t.citation).toContain(input.link);
    expect(t.rows).toBe(input.rows);
  });

  it('reads back from German Excel CSV with the values rounded as shown', () => {
    const csv = parseGermanCsv(tableToCsv(analysisTable(input), { excel: true }));
    expect(csv.header).toEqual(['Typisierung', 'Abstand [Prozentpunkte]']);
    expect(csv.rows).toEqual([
      ['RegioStaR 2', 12.3],
      ['DEGURBA', -3.3],
    ]);
  });
});
