// The indicators added at run time (the user's own data) as state: the catalogue with them, and
// their facts in each database the atlas starts, inserted once per list and database.
import type { Catalogue } from '../data/catalogue.ts';
import type { Db } from '../data/db.ts';
import { NO_ADDED, setAddedMeasures, type AddedIndicators } from '../data/added.ts';

/** The built catalogue with the added indicators, sources and periods after its own. */
export function withAdded(base: Catalogue, added: AddedIndicators): Catalogue {
  if (added === NO_ADDED) return base;
  return {
    ...base,
    sources: [...base.sources, ...added.sources],
    periods: [...base.periods, ...added.periods],
    indicators: [...base.indicators, ...added.indicators],
  };
}

export class AddedState {
  value = $state.raw<AddedIndicators>(NO_ADDED);
  readonly ids: Set<string>;
  /** The insertion of `value` into `#db` (null: not yet, or failed: the next call tries again). */
  #sync: Promise<unknown> | null = null;
  #db: Db | null = null;
  /** One insertion after the other: a newer list waits for the older one, so they never interleave. */
  #chain: Promise<unknown> = Promise.resolve();

  constructor() {
    this.ids = $derived(new Set(this.value.indicators.map((i) => i.id)));
  }

  /** Takes a new list; false if it has the same indicators (added data never change under their ids). */
  replace(next: AddedIndicators): boolean {
    const ids = (a: AddedIndicators) => a.indicators.map((i) => i.id).join();
    if (ids(next) === ids(this.value)) return false;
    this.value = next;
    this.#sync = null;
    return true;
  }

  /** The list's facts in `db`. */
  sync(db: Db): Promise<unknown> {
    if (this.#sync && this.#db === db) return this.#sync;
    this.#db = db;
    const measures = this.value.measures;
    const p: Promise<unknown> = this.#chain
      .catch(() => {})
      .then(() => setAddedMeasures(db, measures))
      .catch((e: unknown) => {
        if (this.#sync === p) this.#sync = null;
        throw e;
      });
    this.#chain = p;
    return (this.#sync = p);
  }
}
