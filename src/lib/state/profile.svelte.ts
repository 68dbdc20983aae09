// Loading for the panel's views: series of an indicator at several levels (cached by the atlas)
// and the typology classes of a region, kept as the latest result of a keyed load.
import type { Level } from '../data/catalogue.ts';
import type { Values } from '../data/queries.ts';
import type { Region } from '../data/boot.ts';
import { typologyClasses, typologyRequests, type TypologyClass } from '../data/profile.ts';
import type { Atlas } from './atlas.svelte.ts';

/** The result of the latest load; results of loads started before it are dropped. */
export class Latest<T> {
  #current = $state.raw<{ key: string; value: T } | null>(null);
  #failed = $state.raw<{ key: string; message: string } | null>(null);
  #key: string | null = null;

  /** Starts `run` unless `key` is already loading or loaded; `run` may return null (not possible yet). */
  load(key: string, run: () => Promise<T> | null): void {
    if (key === this.#key) return;
    this.#key = key;
    const p = run();
    if (!p) return;
    p.then(
      (value) => {
        if (this.#key === key) this.#current = { key, value };
      },
      (e: unknown) => {
        if (this.#key === key) this.#failed = { key, message: e instanceof Error ? e.message : String(e) };
      },
    );
  }

  /** The value loaded for `key`, or null while it loads. */
  get(key: string): T | null {
    const c = this.#current;
    return c && c.key === key ? c.value : null;
  }

  failed(key: string): boolean {
    return this.#failed?.key === key;
  }

  /** Why the load for `key` failed, or null. */
  error(key: string): string | null {
    return this.#failed?.key === key ? this.#failed.message : null;
  }
}

export type SeriesByLevel = Map<Level, Map<string, Values>>;

/** Every period of an indicator at each of `levels` it is offered at; null until DuckDB is ready. */
export function seriesAtLevels(atlas: Atlas, indicator: string, levels: readonly Level[], base?: string): Promise<SeriesByLevel> | null {
  const ind = atlas.indicators.get(indicator);
  if (!ind || atlas.dbStatus !== 'ready') return null;
  const wanted = [...new Set(levels)].filter((l) => ind.levels.includes(l));
  const pending = wanted.map((level) => atlas.seriesOf(indicator, level, base));
  if (pending.some((p) => p === null)) return null;
  return Promise.all(pending).then((all) => new Map(wanted.map((level, i) => [level, all[i]!])));
}

/** Typology classes of a region (one query); null until DuckDB is ready. */
export function typologiesOf(atlas: Atlas, region: Region): Promise<TypologyClass[]> | null {
  const db = atlas.db;
  if (!db || atlas.dbStatus !== 'ready') return null;
  return typologyClasses(db, typologyRequests(atlas.catalogue.indicators, region));
}
