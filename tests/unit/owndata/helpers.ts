// Shared setup of the own-data tests: today's regions and changes from the built boot data, fixtures as bytes.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvParse } from 'd3-dsv';
import { Boot } from '../../../src/lib/data/boot.ts';
import { createKeyResolver, type ResolverChange, type ResolverRegion } from '../../../src/lib/owndata/keys.ts';
import { analyse, preview } from '../../../src/lib/owndata/import.ts';
import { parseFile } from '../../../src/lib/owndata/parse.ts';
import type { MappingOptions } from '../../../src/lib/owndata/mapping.ts';

export const FIXTURES = 'tests/fixtures/owndata';

export function boot() {
  if (!existsSync('public/data/boot.json')) throw new Error('public/data fehlt: erst `npm run data`');
  return Boot.parse(JSON.parse(readFileSync('public/data/boot.json', 'utf8')));
}

export const fixture = (name: string) => new Uint8Array(readFileSync(join(FIXTURES, name)));

/**
 * The Gebietsstand from 01.01.2026 as a later pipeline step will write it: Hanau leaves the
 * Main-Kinzig-Kreis as kreisfreie Stadt 06415 (AGS 06415000, from data/geo/hessen-gemeinden.csv ags2026).
 */
export function regions2026(): { regions: ResolverRegion[]; changes: ResolverChange[] } {
  const b = boot();
  const row = csvParse(readFileSync('data/geo/hessen-gemeinden.csv', 'utf8')).find((g) => g.name === 'Hanau')!;
  const regions: ResolverRegion[] = b.regions.filter((r) => r.ags !== row.ags);
  regions.push({ ags: row.ags2026!, level: 'gemeinde', name: 'Hanau', bez: 'Stadt' });
  regions.push({ ags: row.kreis2026!, level: 'kreis', name: 'Hanau', bez: 'Kreisfreie Stadt' });
  const changes: ResolverChange[] = [
    ...b.changes,
    { date: '2026-01-01', old_ags: row.ags!, old_name: 'Hanau', new_ags: row.ags2026!, new_name: 'Hanau' },
  ];
  return { regions, changes };
}

export const resolverToday = () => {
  const b = boot();
  return createKeyResolver(b.regions, b.changes);
};

/** Parses a fixture and maps it with the proposal, changed by `change`. */
export async function importFixture(name: string, change: (o: MappingOptions) => MappingOptions = (o) => o, resolver = resolverToday()) {
  const parsed = await parseFile({ name, bytes: fixture(name) });
  const analysis = analyse(parsed, resolver);
  const options = change(analysis.proposal);
  const result = preview(parsed, analysis, options, resolver);
  const value = (ags: string, k = 0) => result.units.find((u) => u.ags === ags)?.values[k];
  return { parsed, analysis, options, result, value, report: result.report };
}

/** Every data row has exactly one status. */
export function countsAddUp(report: { rows: number; counts: Record<string, number>; listed: unknown[] }): boolean {
  const sum = Object.values(report.counts).reduce((a, b) => a + b, 0);
  return sum === report.rows && report.listed.length === report.rows;
}
