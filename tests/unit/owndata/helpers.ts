// Shared setup of the own-data tests: today's regions and changes from the built boot data, fixtures as bytes.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Boot } from '../../../src/lib/data/boot.ts';
import { createKeyResolver, type ResolverChange, type ResolverRegion } from '../../../src/lib/owndata/keys.ts';
import { analyse, preview } from '../../../src/lib/owndata/import.ts';
import { parseFile } from '../../../src/lib/owndata/parse.ts';
import type { MappingOptions } from '../../../src/lib/owndata/mapping.ts';

export const FIXTURES = 'tests/fixtures/owndata';

/** The Gebietsstand 2023–2025 (public/data/gs2025) the fixtures were written for; `regions2026` is the default one. */
export function boot(dir = 'public/data/gs2025') {
  if (!existsSync(`${dir}/boot.json`)) throw new Error(`${dir} fehlt: erst \`npm run data\``);
  return Boot.parse(JSON.parse(readFileSync(`${dir}/boot.json`, 'utf8')));
}

export const fixture = (name: string) => new Uint8Array(readFileSync(join(FIXTURES, name)));

/**
 * The Gebietsstand from 01.01.2026 as a later pipeline step will write it: Hanau leaves the
 * Main-Kinzig-Kreis as kreisfreie Stadt 06415 (AGS 06415000, from data/geo/hessen-gemeinden.csv ags2026).
 */
export function regions2026(): { regions: ResolverRegion[]; changes: ResolverChange[] } {
  // as the pipeline builds it (public/data): Hanau 06415000 in the Kreis 06415, and its key change
  const b = boot('public/data');
  return { regions: b.regions, changes: b.changes };
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
