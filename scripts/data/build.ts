// `npm run data`: validate and transform data/ into what the app loads (public/data/).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildStats } from './stats.ts';
import { GEO_2025, GEO_2026, projectTopology, type GeoGebietsstand } from './geo.ts';
import { AS_OF_2025, DEFAULT_AS_OF } from './stats/pipeline.ts';
import { buildBoot } from './boot.ts';
import { writeTables } from './tables.ts';
import { buildNational, NATIONAL_DIR_NAME } from './national/build.ts';
import { Catalogue } from '../../src/lib/data/catalogue.ts';

const root = resolve(import.meta.dirname, '../..');
export const DATA_DIR = join(root, 'data');
export const OUT_DIR = join(root, 'public/data');

/**
 * The Gebietsstände the app offers: the default (01.01.2026, 27 Kreise) in public/data/, the one of
 * 2023–2025 (26 Kreise) in public/data/gs2025/ (`gs=2025` in the URL). Each is a complete data set.
 */
export const GEBIETSSTAENDE: ReadonlyArray<{ dir: string; asOf: string; geo: GeoGebietsstand }> = [
  { dir: '', asOf: DEFAULT_AS_OF, geo: GEO_2026 },
  { dir: 'gs2025', asOf: AS_OF_2025, geo: GEO_2025 },
];

export async function buildAll(dataDir = DATA_DIR, outDir = OUT_DIR): Promise<void> {
  for (const gs of GEBIETSSTAENDE) await buildOne(dataDir, join(outDir, gs.dir), gs.asOf, gs.geo);
  // all of Germany (scope=de): the Hessen indicators that exist nationally, same ids
  const t0 = performance.now();
  const hessen = Catalogue.parse(JSON.parse(readFileSync(join(outDir, 'catalogue.json'), 'utf8')));
  const summary = await buildNational(dataDir, join(outDir, NATIONAL_DIR_NAME), hessen);
  console.log(`${summary}\n  (${Math.round(performance.now() - t0)} ms)`);
}

async function buildOne(dataDir: string, outDir: string, asOf: string, geo: GeoGebietsstand): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  const t0 = performance.now();
  const stats = await buildStats({ dataDir, outDir, asOf });
  const source = JSON.parse(readFileSync(join(dataDir, 'geo/hessen-gemeinden.topo.json'), 'utf8'));
  const planar = projectTopology(
    source,
    {
      attribution: source.meta.attribution,
      gebietsstand: stats.gebietsstand,
    },
    geo,
  );
  writeFileSync(join(outDir, 'geo.topo.json'), JSON.stringify(planar));
  const tables = await writeTables(outDir);
  const boot = await buildBoot(outDir);
  writeFileSync(join(outDir, 'boot.json'), JSON.stringify(boot));
  console.log(
    `Daten gebaut in ${Math.round(performance.now() - t0)} ms: ${JSON.stringify(stats)}; ` +
      `Tabellen ${JSON.stringify(tables)}; Karte ${planar.meta.width}×${planar.meta.height}; ` +
      `${boot.catalogue.indicators.length} Indikatoren`,
  );
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  buildAll().catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
