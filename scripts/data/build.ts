// `npm run data`: validate and transform data/ into what the app loads (public/data/).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildStats } from './stats.ts';
import { projectTopology } from './geo.ts';
import { buildBoot } from './boot.ts';
import { writeTables } from './tables.ts';

const root = resolve(import.meta.dirname, '../..');
export const DATA_DIR = join(root, 'data');
export const OUT_DIR = join(root, 'public/data');

export async function buildAll(dataDir = DATA_DIR, outDir = OUT_DIR): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  const t0 = performance.now();
  const stats = await buildStats({ dataDir, outDir });
  const source = JSON.parse(readFileSync(join(dataDir, 'geo/hessen-gemeinden.topo.json'), 'utf8'));
  const planar = projectTopology(source, {
    attribution: source.meta.attribution,
    gebietsstand: source.meta.gebietsstand,
  });
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
