// An analysis view's queries: the error they left, the retry counter behind "Erneut versuchen",
// and effects that start once the database is ready and ignore answers that came too late.
import type { Atlas } from '../../state/atlas.svelte.ts';
import type { Db } from '../../data/db.ts';
import { ANALYSIS_TEXT } from '../../i18n/analysis.ts';

/** A run's liveness: false once its effect was cleaned up (inputs changed, view left). */
type Live = () => boolean;

export class ViewRun {
  error = $state('');
  /** Bumped by "Erneut versuchen": the queries run again. */
  attempt = $state(0);
  readonly #atlas: () => Atlas;

  /** `atlas` is read in each run (the prop, not its first value). */
  constructor(atlas: () => Atlas) {
    this.#atlas = atlas;
  }

  /** The language and the analysis texts; in a view: `const { T, lang } = $derived(run.text)`. */
  get text() {
    const lang = this.#atlas().lang;
    return { lang, T: ANALYSIS_TEXT[lang] };
  }

  /** An effect: `start(db, live)` once the database is ready, again on retry and whenever what it reads changes. */
  query(start: (db: Db, live: Live) => void): void {
    $effect(() => {
      const atlas = this.#atlas();
      const db = atlas.db;
      void this.attempt;
      if (atlas.dbStatus !== 'ready' || !db) return;
      return this.#live((live) => start(db, live));
    });
  }

  /** An effect like `query` for the atlas's own cached series: waits for `ready` only (not the db handle). */
  series(start: (live: Live) => void): void {
    $effect(() => {
      void this.attempt;
      if (this.#atlas().dbStatus !== 'ready') return;
      return this.#live(start);
    });
  }

  /** The catch handler of a run: keeps the message unless the run is stale. */
  fail(live: Live): (e: unknown) => void {
    return (e) => {
      if (live()) this.error = e instanceof Error ? e.message : String(e);
    };
  }

  #live(start: (live: Live) => void): () => void {
    let cancelled = false;
    start(() => !cancelled);
    return () => {
      cancelled = true;
    };
  }
}
