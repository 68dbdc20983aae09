// The first view's payload, computed with the app's own queries on DuckDB-WASM in Node.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvParse } from 'd3-dsv';
import { Boot, Change, Region, toWire } from '../../src/lib/data/boot.ts';
import { valuesFor } from '../../src/lib/data/queries.ts';
import { DEFAULT_INDICATOR } from '../../src/lib/state/defaults.ts';
import type { Level } from '../../src/lib/data/catalogue.ts';
import { openBuiltData } from '../lib/duckdb-node.ts';

export async function buildBoot(outDir: string): Promise<Boot> {
  const { db, catalogue } = await openBuiltData(outDir);
  const indicator = catalogue.indicators.find((i) => i.id === DEFAULT_INDICATOR);
  if (!indicator) throw new Error(`Standardindikator ${DEFAULT_INDICATOR} fehlt im Katalog`);
  const period = indicator.defaultPeriod;
  const base = indicator.defaultBase;
  const values: Partial<Record<Level, ReturnType<typeof toWire>>> = {};
  for (const level of indicator.levels) {
    values[level] = toWire(await valuesFor(db, { indicator, level, period, base }));
  }
  const regions = csvParse(readFileSync(join(outDir, 'regions.csv'), 'utf8')).map((r) =>
    Region.parse({ ...r, area_km2: r.area_km2 ? Number(r.area_km2) : null, inhabited: r.inhabited === 'true' }),
  );
  const changes = csvParse(readFileSync(join(outDir, 'changes.csv'), 'utf8')).map((r) => Change.parse(r));
  return Boot.parse({ catalogue, regions, changes, firstView: { indicator: indicator.id, period, base, values } });
}
