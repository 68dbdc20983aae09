// Own datasets as indicators on the atlas' engine (Node, the built data of the Gebietsstand 2026):
// the map's statements give the file's values for its units and the atlas' sums and
// population-weighted means above them.
import { beforeAll, describe, expect, it } from 'vitest';
import { openBuiltData } from '../../../scripts/lib/duckdb-node.ts';
import { ADDED_TABLES, populationPeriod, setAddedMeasures } from '../../../src/lib/data/added.ts';
import type { Db } from '../../../src/lib/data/db.ts';
import { seriesByLevel } from '../../../src/lib/data/queries.ts';
import { classSeries } from '../../../src/lib/analysis/gap-queries.ts';
import { groupSeries } from '../../../src/lib/analysis/group-queries.ts';
import { createKeyResolver } from '../../../src/lib/owndata/keys.ts';
import { finish } from '../../../src/lib/owndata/import.ts';
import { ownIndicators, periodDate } from '../../../src/lib/owndata/indicator.ts';
import type { OwnDataset } from '../../../src/lib/owndata/dataset.ts';
import { importFixture, regions2026 } from './helpers.ts';

let db: Db;
beforeAll(async () => {
  ({ db } = await openBuiltData('public/data'));
});

const resolver = () => {
  const { regions, changes } = regions2026();
  return createKeyResolver(regions, changes);
};

async function dataset(name: string, kind: 'count' | 'share', valueColumn: number, period: string): Promise<OwnDataset> {
  const { parsed, options, result } = await importFixture(
    name,
    (o) => ({ ...o, valueColumns: [valueColumn], kind, weight: kind === 'share' ? { type: 'population' } : null }),
    resolver(),
  );
  return finish(
    parsed,
    options,
    result,
    { title: `Test ${name}`, unit: kind === 'share' ? '%' : 'Einw.', source: 'Eigene Erhebung', period },
    [],
  );
}

async function pop(period: string, ags: string[]): Promise<Map<string, number>> {
  const t = await db.query(
    `SELECT ags, value FROM facts WHERE measure = 'pop_total' AND period = $1 AND list_contains(string_split($2, ','), ags)`,
    [period, ags.join(',')],
  );
  return new Map(t.toArray().map((r) => [String(r.ags), Number(r.value)]));
}

describe('own data on the map', () => {
  it('a Gemeinde file of counts: its values per Gemeinde, sums for Kreis, RB and Land, marked partial', async () => {
    const ds = await dataset('de-excel-bom.csv', 'count', 2, '31.12.2023');
    const added = ownIndicators([ds]);
    const ind = added.indicators[0]!;
    expect(ind).toMatchObject({ theme: 'eigene_daten', levels: ['gemeinde', 'kreis', 'rb', 'land'], formula: { type: 'sum' } });
    expect(added.periods[0]).toMatchObject({ date: '2023-12-31', label: { de: '31.12.2023' } });
    expect(added.sources[0]!.credit.de).toBe('Eigene Erhebung');
    await setAddedMeasures(db, added.measures);
    const s = await seriesByLevel(db, { indicator: ind, levels: ['gemeinde', 'kreis', 'rb', 'land'], tables: ADDED_TABLES });
    const at = (level: 'gemeinde' | 'kreis' | 'rb' | 'land', ags: string) => s.get(level)!.get(ind.defaultPeriod)!.get(ags);
    expect(s.get('gemeinde')!.get(ind.defaultPeriod)!.size).toBe(8);
    expect(at('gemeinde', '06412000')?.value).toBe(775790);
    expect(at('gemeinde', '06535012')?.value).toBe(2322);
    // Kreis Bergstraße: only Lautertal (Odenwald) is in the file — 1 of its 22 Gemeinden.
    expect(at('kreis', '06431')).toMatchObject({ value: 7167, n: 1, expected: 22 });
    expect(at('land', '06')).toMatchObject({ value: 164792 + 775790 + 204687 + 94996 + 22607 + 7167 + 2322 + 7649, n: 8, expected: 421 });
    expect(at('rb', '066')?.value).toBe(204687 + 7649);
  });

  it('a share is weighted by the atlas population of the latest date on or before its own', async () => {
    const ds = await dataset('de-excel-bom.csv', 'share', 4, '2023');
    const added = ownIndicators([ds]);
    const ind = added.indicators[0]!;
    expect(ind.formula.type).toBe('weighted');
    await setAddedMeasures(db, added.measures);
    expect(await populationPeriod(db, '2023-12-31')).toEqual({ id: '2023', date: '2023-12-31' });
    const s = await seriesByLevel(db, { indicator: ind, levels: ['kreis', 'land'], tables: ADDED_TABLES });
    const file: [string, number][] = [
      ['06411000', 74.65],
      ['06412000', 94.63],
      ['06611000', 69.65],
      ['06531005', 73.85],
      ['06440004', 0.72],
      ['06431014', 89.46],
      ['06535012', 0.97],
      ['06635001', 71.68],
    ];
    const w = await pop(
      '2023',
      file.map(([a]) => a),
    );
    const mean = file.reduce((sum, [a, v]) => sum + v * w.get(a)!, 0) / file.reduce((sum, [a]) => sum + w.get(a)!, 0);
    const land = s.get('land')!.get(ind.defaultPeriod)!.get('06')!;
    expect(land.value).toBeCloseTo(mean, 10);
    expect(land.flags).toContain('weighted');
    expect(s.get('kreis')!.get(ind.defaultPeriod)!.get('06412')?.value).toBeCloseTo(94.63, 10);
  });

  it('a Kreis file on the Gebietsstand 2026 shows every Kreis of it, the Main-Kinzig-Kreis under its key', async () => {
    const ds = await dataset('kreise.csv', 'count', 2, '2023');
    const added = ownIndicators([ds]);
    const ind = added.indicators[0]!;
    expect(ind.levels).toEqual(['kreis', 'rb', 'land']);
    await setAddedMeasures(db, added.measures);
    const s = await seriesByLevel(db, { indicator: ind, levels: ['kreis', 'rb'], tables: ADDED_TABLES });
    const kreise = s.get('kreis')!.get(ind.defaultPeriod)!;
    expect(kreise.get('06435')?.value).toBe(434002);
    expect(kreise.get('06633')?.value).toBe(241095);
    // RB Darmstadt: 15 Kreise since Hanau became kreisfrei.
    expect(s.get('rb')!.get(ind.defaultPeriod)!.get('064')).toMatchObject({ value: 164792 + 775790 + 434002, n: 3, expected: 15 });
  });

  it('replacing the added measures removes the old ones', async () => {
    await setAddedMeasures(db, []);
    const t = await db.query('SELECT count(*)::INTEGER AS n FROM added_facts');
    expect(t.getChild('n')!.get(0)).toBe(0);
  });
});

describe('the period a free-text Stand refers to', () => {
  it('reads German dates, ISO dates and years; else the import day', () => {
    expect(periodDate('Stand 30.6.2024', '2026-12-04T10:00:00Z')).toBe('2024-06-30');
    expect(periodDate('2024-06-30', '2026-12-04T10:00:00Z')).toBe('2024-06-30');
    expect(periodDate('Jahr 2022', '2026-12-04T10:00:00Z')).toBe('2022-12-31');
    expect(periodDate('aktuell', '2026-12-04T10:00:00Z')).toBe('2026-12-04');
  });
});

describe('own data in the analyses', () => {
  it('a group of Gemeinden gets the sum of its own counts, from the same added facts', async () => {
    const ds = await dataset('de-excel-bom.csv', 'count', 2, '2023');
    const added = ownIndicators([ds]);
    await setAddedMeasures(db, added.measures);
    const g = await groupSeries(db, added.indicators[0]!, ['06411000', '06412000', '06413000']);
    expect(g).toEqual([{ period: added.periods[0]!.id, value: 164792 + 775790, n: 2 }]);
  });
});

describe('the period label', () => {
  it('is the Stand as the user wrote it, else the import day, said so', async () => {
    const ds = await dataset('de-excel-bom.csv', 'count', 2, '');
    const p = ownIndicators([{ ...ds, created: '2026-12-04T09:00:00.000Z' }]).periods[0]!;
    expect(p).toMatchObject({ date: '2026-12-04', label: { de: 'importiert am 04.12.2026', en: 'imported 04/12/2026' } });
  });
});

describe('own shares in the Stadt–Land gap', () => {
  it('each RegioStaR 2 class gets the population-weighted mean of its Gemeinden of the file', async () => {
    const ds = await dataset('de-excel-bom.csv', 'share', 4, '2023');
    const added = ownIndicators([ds]);
    await setAddedMeasures(db, added.measures);
    const classes = await classSeries(db, { indicator: added.indicators[0]!, typology: 'regiostar2' });
    // Every Gemeinde of the file is in exactly one class.
    expect(classes.reduce((n, c) => n + c.n, 0)).toBe(8);
    const codes = await db.query(
      `SELECT ags, value FROM observations WHERE measure = 'regiostar2' AND list_contains(string_split($1, ','), ags) QUALIFY row_number() OVER (PARTITION BY ags ORDER BY period DESC) = 1`,
      [ds.units.map((u) => u.ags).join(',')],
    );
    const w = await pop(
      '2023',
      ds.units.map((u) => u.ags),
    );
    for (const c of classes) {
      const members = codes
        .toArray()
        .filter((r) => Number(r.value) === c.code)
        .map((r) => String(r.ags));
      const units = ds.units.filter((u) => members.includes(u.ags));
      const mean = units.reduce((s, u) => s + u.values[0]! * w.get(u.ags)!, 0) / units.reduce((s, u) => s + w.get(u.ags)!, 0);
      expect(c.value).toBeCloseTo(mean, 10);
    }
  });
});

describe('the method note of own data', () => {
  it('says how the coarser levels are computed and that the file’s own totals are in the report, not on the map', async () => {
    const ds = await dataset('kreise.csv', 'count', 2, '2023');
    // kreise.csv holds Kreise and the totals of RB Darmstadt and Hessen.
    const ind = ownIndicators([ds]).indicators[0]!;
    expect(ind.notes.de).toBe(
      'Eigene Daten. Regierungsbezirke, Land: vom Atlas berechnete Summe der Kreise der Datei. 2 Werte der Datei für größere Gebiete stehen im Prüfbericht; die Karte zeigt dort die aus den Kreisen berechneten Werte.',
    );
  });
});
