// The crosswalk onto today's keys, on rows cut from the real Destatis change list 01–02/2025 and
// the GV-ISys extract of 31.12.2024 (tests/fixtures/national/).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { readRows } from '../../../scripts/data/national/csv.ts';
import { changeRow, crosswalk, share } from '../../../scripts/data/national/crosswalk.ts';

const changes = readRows(readFileSync('tests/fixtures/national/gebietsaenderungen-2025-cut.csv', 'utf8')).map(changeRow);
const gv = readRows(readFileSync('tests/fixtures/national/gv-2024q4-cut.csv', 'utf8'));
const column = (c: string) => new Map(gv.map((r) => [r.ags!, Number(r[c])]));

describe('crosswalk (Destatis change list 2025, real rows)', () => {
  it('sums Niedergeckler into Obergeckler, which also changes its key (07232096 → 07232503)', () => {
    const { values } = crosswalk(column('pop_total'), changes, '2024-12-31', { weight: (c) => c.population, digits: 0 });
    expect(values.get('07232503')).toEqual({ value: 54 + 142, from: ['07232089', '07232096'], estimated: false });
    expect(values.has('07232089')).toBe(false);
    expect(values.has('07232096')).toBe(false);
  });

  it('shares a split gemeindefreies Gebiet by the m² of the list (area estimated), its 0 inhabitants exactly', () => {
    const area = crosswalk(column('area_km2'), changes, '2024-12-31', { weight: (c) => c.areaM2, digits: 2 }).values;
    // 8.01 km² of Kaiserhammer Forst-Ost: 5,945,897 m² to Thierstein, 2,059,343 m² to Hohenberg a.d.Eger
    expect(area.get('09479159')).toMatchObject({ value: 12.93 + 5.95, estimated: true });
    expect(area.get('09479127')).toMatchObject({ value: 15.66 + 2.06, estimated: true });
    const pop = crosswalk(column('pop_total'), changes, '2024-12-31', { weight: (c) => c.population, digits: 0 }).values;
    expect(pop.get('09479159')).toMatchObject({ value: 1082, estimated: false });
  });

  it('reports a partial transfer and keeps the values as published', () => {
    const r = crosswalk(column('pop_total'), changes, '2024-12-31', { weight: (c) => c.population, digits: 0 });
    expect(r.partial.map((c) => `${c.oldAgs}→${c.newAgs}`)).toEqual(['09475454→09475168']);
    expect(r.split).toEqual(['09479453']);
  });

  it('applies nothing dated on or before the source date', () => {
    const r = crosswalk(column('pop_total'), changes, '2025-01-01', { weight: (c) => c.population, digits: 0 });
    expect(r.values.get('07232096')?.value).toBe(142);
  });

  it('shares with the largest remainders, so the parts sum to the whole', () => {
    expect(share(10, [1, 1, 1], 0)).toEqual([4, 3, 3]);
    expect(share(8.01, [5945897, 2059343], 2)).toEqual([5.95, 2.06]);
  });
});
