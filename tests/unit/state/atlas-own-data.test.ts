// The Atlas with own data (Node, real DuckDB over the built data): registered before the engine
// starts, inserted when it does, shown with the file's values and the atlas' sums; removed while
// shown, the default indicator takes its place. And the ranking's shared ranks.
import { beforeAll, describe, expect, it } from 'vitest';
import { builtBoot, builtGeometry } from '../../support/built-data.ts';
import type { Db } from '../../../src/lib/data/db.ts';
import { NO_ADDED } from '../../../src/lib/data/added.ts';
import { Atlas } from '../../../src/lib/state/atlas.svelte.ts';
import { rankingOf } from '../../../src/lib/state/map-colours.ts';
import { DEFAULT_INDICATOR } from '../../../src/lib/state/defaults.ts';
import { createKeyResolver } from '../../../src/lib/owndata/keys.ts';
import { finish } from '../../../src/lib/owndata/import.ts';
import { ownIndicators } from '../../../src/lib/owndata/indicator.ts';
import { openBuiltData } from '../../../scripts/lib/duckdb-node.ts';
import { importFixture, regions2026 } from '../owndata/helpers.ts';

let db: Db;
const boot = builtBoot;
const geometry = builtGeometry;

beforeAll(async () => {
  db = (await openBuiltData()).db;
});

describe('own data in the Atlas', () => {
  it('are shown with the file values, summed per Kreis; gone, the default indicator is shown', async () => {
    const { regions, changes } = regions2026();
    const { parsed, options, result } = await importFixture(
      'de-excel-bom.csv',
      (o) => ({ ...o, valueColumns: [2], kind: 'count', weight: null }),
      createKeyResolver(regions, changes),
    );
    const ds = finish(parsed, options, result, { title: 'Einwohner (Datei)', unit: 'Einw.', source: 'Eigene Liste', period: '2023' }, []);
    const atlas = new Atlas(boot(), geometry());
    const added = ownIndicators([ds]);
    const id = added.indicators[0]!.id;
    atlas.setAdded(added);
    expect(atlas.catalogue.indicators.at(-1)!.id).toBe(id);
    expect(atlas.catalogue.sources.at(-1)!.credit.de).toBe('Eigene Liste');
    await atlas.startDatabase(async () => db);
    atlas.set({ indicator: id, level: 'gemeinde' });
    await atlas.load();
    expect(atlas.loadError).toBeNull();
    expect(atlas.indicator.id).toBe(id);
    expect(atlas.values.get('06412000')?.value).toBe(775790);
    expect(atlas.legend.noData + atlas.legend.uninhabited + atlas.values.size).toBe(atlas.shapes.length);
    atlas.set({ level: 'kreis' });
    await atlas.load();
    expect(atlas.values.get('06440')).toMatchObject({ value: 22607, n: 1, expected: 25 });

    atlas.setAdded(NO_ADDED);
    expect(atlas.state.indicator).toBe(DEFAULT_INDICATOR);
    await atlas.load();
    expect(atlas.indicator.id).toBe(DEFAULT_INDICATOR);
    expect(atlas.catalogue.indicators.some((i) => i.id === id)).toBe(false);
  });
});

describe('ranking', () => {
  it('gives equal values the same rank and skips the next ("1, 2, 2, 4")', () => {
    const v = (value: number) => ({ value, n: 1, expected: 1, flags: [] });
    const r = rankingOf(
      new Map([
        ['a', v(5)],
        ['b', v(9)],
        ['c', v(5)],
        ['d', v(1)],
      ]),
    );
    expect(r.map((x) => `${x.ags}${x.rank}`)).toEqual(['b1', 'a2', 'c2', 'd4']);
  });
});
