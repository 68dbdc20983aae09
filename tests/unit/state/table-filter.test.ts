import { readFileSync } from 'node:fs';
import { csvParse } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import type { Region } from '../../../src/lib/data/boot.ts';
import { filterRows, kreiseOf } from '../../../src/lib/state/table-filter.ts';

const regions = new Map<string, Region>(
  csvParse(readFileSync('public/data/regions.csv', 'utf8')).map((r) => [
    r.ags!,
    { ...r, area_km2: r.area_km2 ? Number(r.area_km2) : null, inhabited: r.inhabited === 'true' } as Region,
  ]),
);
const gemeinden = [...regions.values()].filter((r) => r.level === 'gemeinde').map((r) => ({ ags: r.ags, name: r.name }));
const collator = new Intl.Collator('de-DE');

describe('table filter', () => {
  it('keeps every row without a filter', () => {
    expect(filterRows(gemeinden, regions, { text: '', kreis: '' })).toHaveLength(gemeinden.length);
  });
  it('narrows Gemeinden to one Kreis (Marburg-Biedenkopf, 06534)', () => {
    const rows = filterRows(gemeinden, regions, { text: '', kreis: '06534' });
    expect(rows.length).toBe(gemeinden.filter((g) => g.ags.startsWith('06534')).length);
    expect(rows.map((r) => r.name)).toContain('Marburg');
  });
  it('finds names regardless of case and umlauts, in parts, and by AGS', () => {
    expect(filterRows(gemeinden, regions, { text: 'GIESSEN', kreis: '' }).map((r) => r.name)).toContain('Gießen');
    expect(filterRows(gemeinden, regions, { text: 'bad', kreis: '' }).every((r) => /bad/i.test(r.name))).toBe(true);
    expect(filterRows(gemeinden, regions, { text: '06534014', kreis: '' }).map((r) => r.name)).toEqual(['Marburg']);
    expect(filterRows(gemeinden, regions, { text: 'marburg', kreis: '06631' })).toEqual([]);
  });
  it('offers the Kreise of the rows, sorted by name', () => {
    const kreise = kreiseOf(gemeinden, regions, (r) => r.name, collator);
    expect(kreise.length).toBeGreaterThanOrEqual(21);
    expect(kreise.every((k) => k.level === 'kreis')).toBe(true);
    const names = kreise.map((k) => k.name);
    expect([...names].sort(collator.compare)).toEqual(names);
  });
});
