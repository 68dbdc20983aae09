// Similar regions on the built data (DuckDB-WASM in Node): reproducible, of the same level, and
// dependent on the chosen indicator set.
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { openBuiltData } from '../../../scripts/lib/duckdb-node.ts';
import { valuesFor } from '../../../src/lib/data/queries.ts';
import type { Catalogue } from '../../../src/lib/data/catalogue.ts';
import type { Db } from '../../../src/lib/data/db.ts';
import { resolveFigures } from '../../../src/lib/steckbrief/figures.ts';
import {
  parseSimilarSet,
  reasons,
  robustZ,
  serializeSimilarSet,
  similarRegions,
  SIMILAR_CANDIDATES,
  SIMILAR_DEFAULT,
  type SimilarInput,
} from '../../../src/lib/steckbrief/similar.ts';
import { STECKBRIEF_MESSAGES } from '../../../src/lib/i18n/steckbrief.ts';

let db: Db;
let catalogue: Catalogue;

beforeAll(async () => {
  if (!existsSync('public/data/catalogue.json')) throw new Error('public/data fehlt: erst `npm run data`');
  ({ db, catalogue } = await openBuiltData('public/data'));
});

async function inputs(ids: string[], level: 'gemeinde' | 'kreis'): Promise<SimilarInput[]> {
  const figures = resolveFigures(
    catalogue,
    ids.map((id) => ({ key: id, indicator: id, chart: false })),
  );
  return Promise.all(
    figures.map(async (f) => ({
      indicator: f.ind,
      values: await valuesFor(db, { indicator: f.ind, level, period: f.period, base: f.base }),
    })),
  );
}

describe('robust z-scores', () => {
  it('centre on the median and scale by the MAD, so one outlier does not move the others', () => {
    const z = robustZ(
      new Map([
        ['a', 1],
        ['b', 2],
        ['c', 3],
        ['d', 4],
        ['e', 1000],
      ]),
    );
    expect(z.get('c')).toBe(0);
    expect(z.get('b')).toBeCloseTo(-1 / 1.4826, 10);
    expect(z.get('e')!).toBeGreaterThan(600);
  });
});

describe('similar Gemeinden', () => {
  it('are reproducible, of the same level, without the region itself, nearest first', async () => {
    const a = similarRegions('06635022', await inputs(SIMILAR_DEFAULT, 'gemeinde'));
    const b = similarRegions('06635022', await inputs(SIMILAR_DEFAULT, 'gemeinde'));
    expect(a).toHaveLength(4);
    expect(a.map((n) => n.ags)).toEqual(b.map((n) => n.ags));
    expect(a.every((n) => n.ags.length === 8 && n.ags !== '06635022')).toBe(true);
    expect(a.map((n) => n.distance)).toEqual([...a.map((n) => n.distance)].sort((x, y) => x - y));
  });

  it('change when the indicator set changes', async () => {
    const a = similarRegions('06635022', await inputs(SIMILAR_DEFAULT, 'gemeinde')).map((n) => n.ags);
    const b = similarRegions('06635022', await inputs(['bb_ftthb_1000', 'bev_frauenanteil'], 'gemeinde')).map((n) => n.ags);
    expect(a).not.toEqual(b);
  });

  it('say in plain words what is similar and what differs', async () => {
    const [n] = similarRegions('06412000', await inputs(SIMILAR_DEFAULT, 'gemeinde'));
    const text = reasons(n!, 'de');
    for (const d of n!.diffs) {
      if (Math.abs(d.diff) < 0.5) expect(text).toContain(STECKBRIEF_MESSAGES.de.similarWords[d.indicator.id]![0]);
      if (d.diff >= 1) expect(text).toContain(STECKBRIEF_MESSAGES.de.similarWords[d.indicator.id]![1]);
      if (d.diff <= -1) expect(text).toContain(STECKBRIEF_MESSAGES.de.similarWords[d.indicator.id]![2]);
    }
    expect(reasons(n!, 'en')).not.toMatch(/ähnlich|deutlich/);
    const none = { ...n!, diffs: n!.diffs.map((d) => ({ ...d, diff: 0.7 })) };
    expect(reasons(none, 'de')).toBe('in keiner Kennzahl sehr ähnlich');
  });

  it('work for Kreise too', async () => {
    const list = similarRegions('06633', await inputs(SIMILAR_DEFAULT, 'kreis'));
    expect(list).toHaveLength(4);
    expect(list.every((n) => n.ags.length === 5)).toBe(true);
  });
});

describe('the indicator set in the URL', () => {
  it('round-trips, drops unknown ids and falls back to the default', () => {
    const known = SIMILAR_CANDIDATES;
    expect(parseSimilarSet('', known)).toEqual(SIMILAR_DEFAULT);
    expect(parseSimilarSet('bev~gibtsnicht~bb_alle_50', known)).toEqual(['bev', 'bb_alle_50']);
    expect(serializeSimilarSet(SIMILAR_DEFAULT, known)).toBe('');
    expect(parseSimilarSet(serializeSimilarSet(['bb_alle_50', 'bev'], known), known)).toEqual(['bb_alle_50', 'bev']);
  });
});
