import { describe, expect, it } from 'vitest';
import { parseGermanCsv, tableToCsv } from '../../../src/lib/export/csv.ts';
import type { TableModel } from '../../../src/lib/export/model.ts';
import { formatNumber } from '../../../src/lib/scales/format.ts';
import { broadbandTable } from './fixtures.ts';

function small(): TableModel {
  return {
    ...broadbandTable('de'),
    columns: [
      { key: 'ags', label: 'AGS', kind: 'text' },
      { key: 'name', label: 'Gemeinde', kind: 'text' },
      { key: 'pop', label: 'Einwohner', kind: 'number', decimals: 0, unit: 'Einw.' },
      { key: 'density', label: 'Dichte', kind: 'number', decimals: 1, unit: 'Einw./km²' },
      { key: 'change', label: 'Veränderung', kind: 'number', decimals: 2, unit: '%' },
    ],
    rows: [
      { ags: '06412000', name: 'Frankfurt am Main', pop: 773068, density: 3113.45, change: 1.234 },
      { ags: '06411000', name: 'Darmstadt, Wissenschaftsstadt', pop: 162243, density: 1329.06, change: -0.004 },
      { ags: '06435200', name: 'Gutsbezirk Spessart', pop: null, density: null, change: null },
      { ags: '06999999', name: 'Test; "mit" Zeilen\numbruch', pop: 1234.5, density: -2.25, change: 0 },
    ],
  };
}

describe('tableToCsv for German Excel', () => {
  const table = small();
  const csv = tableToCsv(table, { excel: true });
  const lines = csv.replace(/^\ufeff/, '').split('\r\n');

  it('starts with a UTF-8 BOM, separates with ";" and ends every line with CRLF', () => {
    expect(csv.startsWith('\ufeffAGS;Gemeinde;')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '').includes('\n')).toBe(true); // only the quoted newline stays bare
    expect(csv.match(/(?<!\r)\n/g)).toHaveLength(1);
  });

  it('has a header row with the units in brackets', () => {
    expect(lines[0]).toBe('AGS;Gemeinde;Einwohner [Einw.];Dichte [Einw./km²];Veränderung [%]');
  });

  it('writes numbers with a decimal comma and no thousands separator, rounded to the column decimals', () => {
    expect(lines[1]).toBe('06412000;Frankfurt am Main;773068;3113,5;1,23');
    expect(lines[2]).toBe('06411000;Darmstadt, Wissenschaftsstadt;162243;1329,1;0,00'); // -0.004 → 0,00, not -0,00
    expect(csv).toContain('umbruch";1235;-2,3;0,00\r\n'); // half away from zero, as the app shows
  });

  it('leaves missing values empty and quotes fields with ";", quotes or newlines', () => {
    expect(lines[3]).toBe('06435200;Gutsbezirk Spessart;;;');
    expect(csv).toContain('06999999;"Test; ""mit"" Zeilen\numbruch";');
  });

  it('ends with an empty row and "#" metadata rows: citation, title, Gebietsstand, date, link, sources', () => {
    const blank = lines.indexOf('');
    expect(blank).toBe(5);
    const meta = lines.slice(blank + 1, -1);
    expect(meta[0]).toBe(`# Zitierhinweis;"${table.citation}"`); // quoted: the citation contains ";"
    expect(meta.find((l) => l.startsWith('# Gebietsstand;'))).toBe('# Gebietsstand;01.01.2023–31.12.2025');
    expect(meta).toContain('# Exportiert am;22.11.2026');
    expect(meta).toContain(`# Link;${table.link}`);
    expect(meta.filter((l) => l.startsWith('# Quelle;'))).toHaveLength(2);
    expect(meta.every((l) => l.startsWith('# '))).toBe(true);
  });

  it('reads back with parseGermanCsv: same header, AGS as text, numbers equal the rounded input', () => {
    const parsed = parseGermanCsv(csv);
    expect(parsed.header).toEqual(['AGS', 'Gemeinde', 'Einwohner [Einw.]', 'Dichte [Einw./km²]', 'Veränderung [%]']);
    expect(parsed.rows).toEqual([
      ['06412000', 'Frankfurt am Main', 773068, 3113.5, 1.23],
      ['06411000', 'Darmstadt, Wissenschaftsstadt', 162243, 1329.1, 0],
      ['06435200', 'Gutsbezirk Spessart', null, null, null],
      ['06999999', 'Test; "mit" Zeilen\numbruch', 1235, -2.3, 0],
    ]);
    expect(parsed.meta[0]).toEqual(['# Zitierhinweis', table.citation]);
  });

  it('round-trips 421 real Gemeinde values (Breitbandatlas, Juni 2021) at one decimal', () => {
    const real = broadbandTable('de');
    const parsed = parseGermanCsv(tableToCsv(real, { excel: true }));
    expect(parsed.rows).toHaveLength(real.rows.length);
    expect(real.rows.length).toBeGreaterThan(400);
    parsed.rows.forEach((row, i) => {
      const input = real.rows[i]!;
      expect(row[0]).toBe(input.ags);
      // The same digits the app shows (formatNumber), e.g. 88.85 → 88,9.
      expect(row[2]).toBe(Number(formatNumber(input.value as number, 1, 'de').replace(',', '.')));
    });
    expect(parsed.meta.some((m) => m[0] === '# Zitierhinweis' && m[1]!.includes('Gebietsstand'))).toBe(true);
  });

  it('defuses text that Excel would run as a formula', () => {
    const t = small();
    t.rows = [{ ags: '=HYPERLINK("x")', name: '+49', pop: -5, density: null, change: null }];
    const row = tableToCsv(t, { excel: true }).split('\r\n')[1];
    expect(row).toBe(`"'=HYPERLINK(""x"")";'+49;-5;;`);
  });
});

describe('tableToCsv, plain (English)', () => {
  it('has no BOM, uses "," and a decimal point, quotes fields with commas', () => {
    const t = { ...small(), lang: 'en' as const };
    const csv = tableToCsv(t, { excel: false });
    const lines = csv.split('\r\n');
    expect(csv.charCodeAt(0)).not.toBe(0xfeff);
    expect(lines[1]).toBe('06412000,Frankfurt am Main,773068,3113.5,1.23');
    expect(lines[2]).toBe('06411000,"Darmstadt, Wissenschaftsstadt",162243,1329.1,0.00');
    expect(csv).toContain('# Citation,');
    expect(csv).toContain('# Exported on,22/11/2026');
  });

  it('writes full precision when a number column has no decimals, never in exponent notation', () => {
    const t: TableModel = {
      ...small(),
      columns: [{ key: 'v', label: 'v', kind: 'number' }],
      rows: [{ v: 0.1 + 0.2 }, { v: 1e-7 }, { v: -0 }, { v: Infinity }],
    };
    const lines = tableToCsv(t, { excel: false }).split('\r\n');
    expect(lines.slice(1, 5)).toEqual(['0.30000000000000004', '0.0000001', '0', '']);
  });
});
