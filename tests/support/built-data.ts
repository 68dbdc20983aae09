// The built data (npm run data) for Node tests: boot file and geometry as the app parses them, both
// Gebietsstände opened in DuckDB, and an indicator looked up by id.
import { existsSync, readFileSync } from 'node:fs';
import { Boot } from '../../src/lib/data/boot.ts';
import { buildGeometry, PlanarTopology } from '../../src/lib/geo/topology.ts';
import { openBuiltData } from '../../scripts/lib/duckdb-node.ts';
import type { Db } from '../../src/lib/data/db.ts';
import type { Catalogue, Indicator } from '../../src/lib/data/catalogue.ts';

export type Built = { db: Db; catalogue: Catalogue };

/** 01.01.2026 (public/data) and 2023–2025 (public/data/gs2025); throws when a build is missing. */
export async function openBothGebietsstaende(): Promise<[now: Built, old: Built]> {
  for (const dir of ['public/data', 'public/data/gs2025'])
    if (!existsSync(`${dir}/catalogue.json`)) throw new Error(`${dir} fehlt: erst \`npm run data\``);
  return Promise.all([openBuiltData('public/data'), openBuiltData('public/data/gs2025')]);
}

/** The catalogue's indicator `id`; throws when it is missing. */
export function indicatorOf(c: Catalogue, id: string): Indicator {
  const i = c.indicators.find((x) => x.id === id);
  if (!i) throw new Error(`Indikator ${id} fehlt`);
  return i;
}

/** public/data/boot.json, parsed like the app does. */
export const builtBoot = () => Boot.parse(JSON.parse(readFileSync('public/data/boot.json', 'utf8')));

/** public/data/geo.topo.json as the app's geometry. */
export const builtGeometry = () => buildGeometry(PlanarTopology.parse(JSON.parse(readFileSync('public/data/geo.topo.json', 'utf8'))));
