// Results of the analyses' queries, cached per database (same question → same promise).
import type { Db } from '../data/db.ts';

const caches = new WeakMap<Db, Map<string, Promise<unknown>>>();
const MAX = 80;

/** The cached promise for `key`, or runs `run` once; a failed run is forgotten. */
export function cached<T>(db: Db, key: string, run: () => Promise<T>): Promise<T> {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Map()));
  let p = cache.get(key) as Promise<T> | undefined;
  if (!p) {
    if (cache.size >= MAX) cache.delete(cache.keys().next().value!);
    p = run();
    cache.set(key, p);
    p.catch(() => cache.delete(key));
  }
  return p;
}
