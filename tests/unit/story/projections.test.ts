import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBuiltData } from '../../../scripts/lib/duckdb-node.ts';
import type { Db } from '../../../src/lib/data/db.ts';
import { projectionsFor, yearOf } from '../../../src/lib/story/projections.ts';
import { declutter, mapLabels } from '../../../src/lib/story/labels.ts';
import { valuesFor } from '../../../src/lib/data/queries.ts';
import { loadContext } from './context.ts';

let db: Db;
beforeAll(async () => {
  ({ db } = await openBuiltData());
});
afterAll(() => {});

describe('published projections for a step', () => {
  it('RB Kassel has the two cited figures (2014–2030, 2030–2050); RB Darmstadt none', async () => {
    const rows = await projectionsFor(db, ['066', '064']);
    expect(rows.map((r) => [r.ags, yearOf(r.base), yearOf(r.target), r.value])).toEqual([
      ['066', '2014', '2030', -1.6],
      ['066', '2030', '2050', -10.8],
    ]);
    expect(rows.every((r) => r.sourceUrl.startsWith('http'))).toBe(true);
  });
});

describe('map labels of highlighted regions', () => {
  it('name and value, short unit; name only for typologies', async () => {
    const ctx = loadContext();
    const ind = ctx.catalogue.indicators.find((i) => i.id === 'bb_alle_1000')!;
    const values = await valuesFor(db, { indicator: ind, level: 'gemeinde', period: '2021-06' });
    expect(mapLabels(['06412000', '06611000'], { regions: ctx.regions, values, indicator: ind }, 'de')).toEqual([
      { ags: '06412000', text: 'Frankfurt am Main 94,6\u00a0%' },
      { ags: '06611000', text: 'Kassel 69,7\u00a0%' },
    ]);
    const typ = ctx.catalogue.indicators.find((i) => i.id === 'bbsr_sgtyp')!;
    const classes = await valuesFor(db, { indicator: typ, level: 'gemeinde', period: '2019' });
    expect(mapLabels(['06631006'], { regions: ctx.regions, values: classes, indicator: typ }, 'en')).toEqual([
      { ags: '06631006', text: 'Eichenzell' },
    ]);
  });
});

describe('labels do not overlap', () => {
  it('keeps labels in priority order, moves one that would collide above or below, and blanks only what finds no place', () => {
    const at = (ags: string) => ({ a: [100, 100], b: [130, 105], c: [100, 300], d: undefined })[ags] as [number, number] | undefined;
    const out = declutter(
      [
        { ags: 'a', text: 'Frankfurt' },
        { ags: 'b', text: 'Offenbach' },
        { ags: 'c', text: 'Darmstadt' },
        { ags: 'd', text: 'Nirgendwo' },
      ],
      at,
    );
    expect(out.map((l) => l.text)).toEqual(['Frankfurt', 'Offenbach', 'Darmstadt', '']);
    expect(out[0]!.dy ?? 0).toBe(0);
    expect(out[1]!.dy).not.toBe(0);
    // Seven labels of one height on one point: three fit (on it, just above, just below), four blank.
    const crowd = Array.from({ length: 7 }, (_, i) => ({ ags: `x${i}`, text: `Ort ${i}` }));
    const placed = declutter(crowd, () => [200, 200]);
    expect(placed.filter((l) => l.text).length).toBe(3);
    expect(placed.slice(3).map((l) => l.text)).toEqual(['', '', '', '']);
  });
});
