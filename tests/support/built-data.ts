// Both built Gebietsstände (npm run data) opened in DuckDB in Node, and an indicator looked up by id.
import { existsSync } from 'node:fs';
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
