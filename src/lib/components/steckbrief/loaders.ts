// The Steckbrief's loaders in the browser: the atlas' cached series (the same promise the map,
// table and profile use), the profile's typology query and the projects list.
import { LEVELS, type Level } from '../../data/catalogue.ts';
import type { Values } from '../../data/queries.ts';
import { typologyClasses, typologyRequests } from '../../data/profile.ts';
import { projectsList } from '../../analysis/project-queries.ts';
import type { Atlas } from '../../state/atlas.svelte.ts';
import type { Loaders } from '../../steckbrief/model.ts';

/** Null until DuckDB is ready (reads dbStatus first: it is the reactive dependency). */
export function atlasLoaders(atlas: Atlas): Loaders | null {
  if (atlas.dbStatus !== 'ready') return null;
  const db = atlas.db;
  if (!db) return null;
  return {
    series: async (id, base) => {
      const pending = LEVELS.map((level) => atlas.seriesOf(id, level, base));
      const all = await Promise.all(pending.map((p) => p ?? Promise.reject(new Error(`${id}: keine Datenbank`))));
      return new Map<Level, Map<string, Values>>(LEVELS.map((level, i) => [level, all[i]!]));
    },
    typologies: (r) => typologyClasses(db, typologyRequests(atlas.catalogue.indicators, r)),
    projects: () => projectsList(db),
  };
}
