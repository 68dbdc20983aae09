// One bounded cache policy for every query result the atlas keeps: least recently used entries
// go first. Pending requests are shared (asked twice, computed once); a failed request is not
// kept, so asking again retries.

export const QUERY_CACHE_SIZE = 64;

export class QueryCache<V> {
  readonly #max: number;
  readonly #entries = new Map<string, Promise<V>>();
  readonly #settled = new Map<string, V>();

  constructor(max = QUERY_CACHE_SIZE) {
    if (!(max >= 1)) throw new Error('QueryCache: max must be at least 1');
    this.#max = max;
  }

  get size(): number {
    return this.#entries.size;
  }

  has(key: string): boolean {
    return this.#entries.has(key);
  }

  /** A result already computed (no query), marked as recently used. */
  peek(key: string): V | undefined {
    if (!this.#settled.has(key)) return undefined;
    this.#touch(key, this.#entries.get(key)!);
    return this.#settled.get(key);
  }

  /** Stores a result computed elsewhere (e.g. the first view's payload). */
  put(key: string, value: V): void {
    this.#settled.set(key, value);
    this.#touch(key, Promise.resolve(value));
  }

  /** The cached (or pending) result for `key`, else runs `run` once for every caller. */
  get(key: string, run: () => Promise<V>): Promise<V> {
    const hit = this.#entries.get(key);
    if (hit) {
      this.#touch(key, hit);
      return hit;
    }
    const p = run();
    this.#touch(key, p);
    p.then(
      (v) => {
        if (this.#entries.get(key) === p) this.#settled.set(key, v);
      },
      () => {
        if (this.#entries.get(key) === p) this.delete(key);
      },
    );
    return p;
  }

  delete(key: string): void {
    this.#entries.delete(key);
    this.#settled.delete(key);
  }

  clear(): void {
    this.#entries.clear();
    this.#settled.clear();
  }

  #touch(key: string, p: Promise<V>): void {
    this.#entries.delete(key);
    this.#entries.set(key, p);
    while (this.#entries.size > this.#max) this.delete(this.#entries.keys().next().value!);
  }
}

/**
 * The latest of several requests: `run` resolves only for the newest call; an older one that
 * finishes later is dropped (its promise resolves to `superseded`).
 */
export const SUPERSEDED = Symbol('superseded');

export class Latest {
  #token = 0;

  async run<T>(work: () => Promise<T>): Promise<T | typeof SUPERSEDED> {
    const token = ++this.#token;
    const value = await work();
    return token === this.#token ? value : SUPERSEDED;
  }
}
