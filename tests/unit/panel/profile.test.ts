// The profile's own query (typology classes) and the series it reads, on the built data in DuckDB.
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { csvParse } from 'd3-dsv';
import { openBuiltData } from '../../../scripts/lib/duckdb-node.ts';
import { typologyClasses, typologyRequests } from '../../../src/lib/data/profile.ts';
import { seriesByLevel } from '../../../src/lib/data/queries.ts';
import type { Db } from '../../../src/lib/data/db.ts';
import type { Catalogue } from '../../../src/lib/data/catalogue.ts';
import type { Region } from '../../../src/lib/data/boot.ts';
import { compareRows, ranks } from '../../../src/lib/state/panel.ts';

let db: Db;
let catalogue: Catalogue;
const regions = new Map<string, Region>(
  csvParse(readFileSync('public/data/regions.csv', 'utf8')).map((r) => [
    r.ags!,
    { ...r, area_km2: r.area_km2 ? Number(r.area_km2) : null, inhabited: r.inhabited === 'true' } as Region,
  ]),
);
const region = (ags: string) => regions.get(ags)!;
const label = (c: { indicator: { categories?: { code: number; label: { de: string } }[] }; code: number }) =>
  c.indicator.categories?.find((x) => x.code === c.code)?.label.de;

beforeAll(async () => {
  if (!existsSync('public/data/catalogue.json')) throw new Error('public/data fehlt: erst `npm run data`');
  ({ db, catalogue } = await openBuiltData('public/data'));
});

describe('typology classes of a region', () => {
  it('asks a Gemeinde for its own typologies and its Kreis’ Kreistyp, a Kreis only for Kreis typologies', () => {
    const gemeinde = typologyRequests(catalogue.indicators, region('06635001'));
    expect(gemeinde.find((r) => r.indicator.id === 'bbsr_sgtyp')).toMatchObject({ ags: '06635001', period: '2019' });
    expect(gemeinde.find((r) => r.indicator.id === 'degurba')?.period).toBe('2023');
    expect(gemeinde.find((r) => r.indicator.id === 'bbsr_kreistyp')?.ags).toBe('06635');
    const kreis = typologyRequests(catalogue.indicators, region('06635'));
    expect(kreis.map((r) => r.indicator.id).sort()).toEqual(['bbsr_kreistyp', 'bbsr_regionstyp', 'bbsr_sl_raum']);
    expect(typologyRequests(catalogue.indicators, region('066'))).toEqual([]);
    expect(typologyRequests(catalogue.indicators, region('06633200'))).toEqual([]); // gemeindefreies Gebiet
  });

  it('finds Allendorf (Eder) a harmonised Kleine Kleinstadt (code 40)', async () => {
    const classes = await typologyClasses(db, typologyRequests(catalogue.indicators, region('06635001')));
    const sgtyp = classes.find((c) => c.indicator.id === 'bbsr_sgtyp')!;
    expect(sgtyp.code).toBe(40);
    expect(label(sgtyp)).toBe('Kleine Kleinstadt');
    expect(sgtyp.flags).toContain('harmonised');
    expect(classes.find((c) => c.indicator.id === 'bbsr_kreistyp')?.ags).toBe('06635');
  });

  it('finds Frankfurt am Main a Großstadt in a kreisfreie Großstadt, DEGURBA dicht besiedelt', async () => {
    const classes = await typologyClasses(db, typologyRequests(catalogue.indicators, region('06412000')));
    const by = (id: string) => classes.find((c) => c.indicator.id === id)!;
    expect(label(by('bbsr_sgtyp'))).toBe('Großstadt');
    expect(by('bbsr_sgtyp').flags).toEqual([]);
    expect(label(by('bbsr_kreistyp'))).toBe('kreisfreie Großstadt');
    expect(label(by('degurba'))).toBe('dicht besiedelt');
    expect(by('degurba').period).toBe('2023');
    // One class per request, in catalogue order, nothing else.
    expect(new Set(classes.map((c) => c.indicator.id)).size).toBe(classes.length);
  });

  it('returns nothing for no requests', async () => {
    expect(await typologyClasses(db, [])).toEqual([]);
  });
});

describe('what the profile and comparison read from the series', () => {
  const ind = (id: string) => catalogue.indicators.find((i) => i.id === id)!;

  it('ranks Frankfurt am Main 1 of 421 by population in 2023', async () => {
    const series = (await seriesByLevel(db, { indicator: ind('bev'), levels: ['gemeinde'] })).get('gemeinde')!;
    const r = ranks(series.get('2023')!);
    expect(r.get('06412000')).toBe(1);
    expect(series.get('2023')!.size).toBe(421);
  });

  it('compares Landkreis Kassel and Fulda from their first common period', async () => {
    const series = (await seriesByLevel(db, { indicator: ind('bev'), levels: ['kreis'] })).get('kreis')!;
    const { firstPeriod, rows } = compareRows(
      [
        { ags: '06633', series },
        { ags: '06631', series },
      ],
      ind('bev').periods,
      '2023',
    );
    expect(firstPeriod).toBe(ind('bev').periods[0]);
    for (const row of rows) {
      expect(row.now?.value).toBe(series.get('2023')!.get(row.ags)!.value);
      expect(row.diff).toBe(row.now!.value - row.first!.value);
    }
  });
});
