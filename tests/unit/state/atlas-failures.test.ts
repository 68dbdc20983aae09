// Issue 12, item 6: a query that fails after "ready" (here: DuckDB's own error for a table that is
// gone) is said for the asked view while the map, its classes and legend stay those of the shown
// view; "Erneut versuchen" asks again and shows the asked view once the query works.
import { beforeAll, describe, expect, it } from 'vitest';
import { builtBoot, builtGeometry } from '../../support/built-data.ts';
import type { Db } from '../../../src/lib/data/db.ts';
import { Atlas } from '../../../src/lib/state/atlas.svelte.ts';
import { openBuiltData } from '../../../scripts/lib/duckdb-node.ts';

let db: Db;
const boot = builtBoot;
const geometry = builtGeometry;

beforeAll(async () => {
  db = (await openBuiltData()).db;
});

describe('a query error after ready', () => {
  it('is said for the asked view; map and legend stay with the shown view; retry shows the asked view', async () => {
    const atlas = new Atlas(boot(), geometry());
    let opened = 0;
    await atlas.startDatabase(async () => (opened++, db));
    expect(atlas.dbStatus).toBe('ready');
    await atlas.load();
    const shown = atlas.shown;
    const legend = JSON.stringify(atlas.legend);
    const fills = atlas.fills;

    await db.exec('ALTER TABLE facts RENAME TO facts_away');
    try {
      atlas.set({ indicator: 'bb_alle_1000' });
      await atlas.load();
      expect(atlas.loadError).toMatchObject({ key: { indicator: 'bb_alle_1000' }, engine: false });
      expect(atlas.loadError!.message).toMatch(/facts/);
      expect(atlas.engineLost).toBe(false);
      expect(atlas.shown).toEqual(shown);
      expect(atlas.stale).toBe(true);
      expect(JSON.stringify(atlas.legend)).toBe(legend);
      expect(atlas.fills).toEqual(fills);
    } finally {
      await db.exec('ALTER TABLE facts_away RENAME TO facts');
    }

    await atlas.retry();
    expect(opened).toBe(1); // a query error needs no new engine
    expect(atlas.loadError).toBeNull();
    expect(atlas.shown.indicator).toBe('bb_alle_1000');
    expect(atlas.stale).toBe(false);
    expect(JSON.stringify(atlas.legend)).not.toBe(legend);
  });
});
