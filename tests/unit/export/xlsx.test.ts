import { describe, expect, it } from 'vitest';
import { tableToXlsx, XLSX_TYPE } from '../../../src/lib/export/xlsx.ts';
import { formatNumber } from '../../../src/lib/scales/format.ts';
import { assertWellFormedXml, unzip } from './helpers.ts';
import { broadbandTable } from './fixtures.ts';
import { unescapeXml } from '../../support/xml.ts';

/** Cells of a worksheet: address → { type attribute, style, raw value }, strings resolved. */
function cells(sheetXml: string, shared: string[]): Map<string, { t: string | null; s: string | null; v: string | number }> {
  const out = new Map<string, { t: string | null; s: string | null; v: string | number }>();
  for (const m of sheetXml.matchAll(/<c r="([A-Z]+\d+)"([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
    const attrs = m[2]!;
    const t = /\st="(\w+)"/.exec(attrs)?.[1] ?? null;
    const s = /\ss="(\d+)"/.exec(attrs)?.[1] ?? null;
    const raw = /<v>([\s\S]*?)<\/v>/.exec(m[3] ?? '')?.[1] ?? /<t[^>]*>([\s\S]*?)<\/t>/.exec(m[3] ?? '')?.[1] ?? '';
    out.set(m[1]!, { t, s, v: t === 's' ? shared[Number(raw)]! : t === null ? Number(raw) : raw });
  }
  return out;
}

function sharedStrings(xml: string | undefined): string[] {
  if (!xml) return [];
  return [...xml.matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) =>
    unescapeXml([...m[1]!.matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)].map((t) => t[1]).join('')),
  );
}

describe('tableToXlsx', async () => {
  const table = broadbandTable('de');
  table.rows.push({ ags: '06435200', name: 'Gutsbezirk Spessart', value: null });
  const blob = await tableToXlsx(table);
  const files = unzip(new Uint8Array(await blob.arrayBuffer()));
  const text = (name: string) => files.get(name)?.toString('utf8');
  const shared = sharedStrings(text('xl/sharedStrings.xml'));

  it('is a zip with the XLSX parts and the XLSX MIME type', () => {
    expect(blob.type).toBe(XLSX_TYPE);
    for (const part of [
      '[Content_Types].xml',
      'xl/workbook.xml',
      'xl/worksheets/sheet1.xml',
      'xl/worksheets/sheet2.xml',
      'xl/styles.xml',
    ]) {
      expect(files.has(part), part).toBe(true);
      assertWellFormedXml(text(part)!);
    }
  });

  it('has two sheets, "Daten" and "Quellen"', () => {
    const names = [...text('xl/workbook.xml')!.matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1]);
    expect(names).toEqual(['Daten', 'Quellen']);
  });

  it('writes values as numeric cells with a number format of the column decimals, AGS as text', () => {
    const c = cells(text('xl/worksheets/sheet1.xml')!, shared);
    expect(c.get('A1')!.v).toBe('AGS');
    expect(c.get('C1')!.v).toBe('≥ 1000 Mbit/s [% der Haushalte]');
    table.rows.slice(0, -1).forEach((row, i) => {
      const a = c.get(`A${i + 2}`)!;
      const v = c.get(`C${i + 2}`)!;
      expect(a.t, 'AGS is text').not.toBeNull();
      expect(a.v).toBe(row.ags);
      expect(v.t, 'value is a number cell').toBeNull();
      expect(v.v).toBe(Number(formatNumber(row.value as number, 1, 'de').replace(',', '.')));
    });
    // The missing value is an empty cell, not 0.
    const last = table.rows.length + 1;
    expect(c.get(`C${last}`)).toBeUndefined();
    // The numeric cells' style carries "#,##0.0".
    const styles = text('xl/styles.xml')!;
    const fmtId = /<numFmt numFmtId="(\d+)" formatCode="#,##0\.0"\/>/.exec(styles)?.[1];
    expect(fmtId).toBeDefined();
    const xfs = [...styles.matchAll(/<xf ([^>]*)>/g)].map((m) => m[1]!);
    expect(xfs[Number(c.get('C2')!.s)]).toContain(`numFmtId="${fmtId}"`);
  });

  it('lists title, citation, Gebietsstand, export date, link and every source on "Quellen"', () => {
    const c = cells(text('xl/worksheets/sheet2.xml')!, shared);
    const values = [...c.values()].map((x) => x.v);
    expect(values).toEqual(expect.arrayContaining([table.title, table.citation, table.gebietsstand, '22.11.2026', table.link]));
    for (const s of table.sources) expect(values).toEqual(expect.arrayContaining([s.name, s.credit, s.licence, s.url, s.stand]));
    expect(c.get('A2')!.v).toBe('Zitierhinweis');
  });
});
