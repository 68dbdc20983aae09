// The atlas' state: the view (mirrored in the URL), the values for it, and the classes and
// colours derived from them. Components read it; only the App's effects call `load`,
// `startDatabase` and the URL functions.
import { LEVELS, type Catalogue, type Indicator, type Level, type Period } from '../data/catalogue.ts';
import { fromWire, type Boot, type Change, type Region } from '../data/boot.ts';
import { QueryTimeout, withDeadline, type Db } from '../data/db.ts';
import { seriesByLevel, type Values } from '../data/queries.ts';
import { ADDED_TABLES, type AddedIndicators } from '../data/added.ts';
import { AddedState, withAdded } from './added.svelte.ts';
import type { MapGeometry, Shape } from '../geo/topology.ts';
import { classify, roundClasses, type Classes } from '../scales/classify.ts';
import { coloursFor, fillsFor, legendFor, rankingOf, type Legend } from './map-colours.ts';
import type { Lang } from '../scales/format.ts';
import { messagesFor, type Messages } from '../i18n/messages.ts';
import { Latest, QueryCache, SUPERSEDED } from './query-cache.ts';
import { DEFAULT_GEBIETSSTAND, keySuccessors, type Gebietsstand } from './gebietsstand.ts';
import { DEFAULT_SCOPE, type Scope } from './scope.ts';
import { DEFAULT_INDICATOR } from './defaults.ts';
import { levelFor } from './indicator-pick.ts';
import { defaultClasses, defaultState, MAX_COMPARE, parseUrl, serializeUrl, type Notice, type ViewState } from './url.ts';

/** What a set of values is for. */
export interface ValuesKey {
  indicator: string;
  level: Level;
  period: string;
  base?: string;
}

export type DbStatus = 'idle' | 'loading' | 'ready' | 'failed';

/** A view that could not be computed: which one and why (shown where the map's result would be). */
export interface LoadError {
  key: ValuesKey;
  message: string;
  /** The engine stopped answering: "Erneut versuchen" restarts it. */
  engine: boolean;
}

/** Opens the database; `fresh` starts a new engine instead of reusing the one already asked for. */
export type OpenDb = (fresh?: boolean) => Promise<Db>;

/** A map query that takes longer has lost its engine (a terminated worker never answers). */
const QUERY_DEADLINE_MS = 10_000;

type ClassSpec = Pick<ViewState, 'method' | 'k' | 'breaks' | 'midpoint' | 'lock'>;
const classSpecOf = (s: ViewState): ClassSpec => ({ method: s.method, k: s.k, breaks: s.breaks, midpoint: s.midpoint, lock: s.lock });

export type { Legend, LegendItem } from './map-colours.ts';

const valuesKey = (v: ValuesKey) => `${v.indicator}|${v.level}|${v.period}|${v.base ?? ''}`;
const seriesKey = (indicator: string, base?: string) => `${indicator}|${base ?? ''}`;
const keyOf = (s: ViewState): ValuesKey => ({ indicator: s.indicator, level: s.level, period: s.period, base: s.base });

export class Atlas {
  /** The built catalogue and the indicators added at run time (own data). */
  catalogue: Catalogue;
  readonly geometry: MapGeometry;
  readonly regions: Map<string, Region>;
  readonly changes: Change[];
  /** The Gebietsstand of the loaded data; another one needs a new page load (switchGebietsstand). */
  readonly gebietsstand: Gebietsstand;
  /** Hessen or all of Germany: the loaded data set; another one needs a new page load. */
  readonly scope: Scope;
  /** The levels the data set has shapes for (Hessen: no Deutschland; Deutschland: no Regierungsbezirke). */
  readonly levels: Level[];
  /** Old keys that now denote another region (Hanau 06435014 → 06415000), with their note. */
  readonly successors: ReadonlyMap<string, { ags: string; notice: Notice }>;
  periods: Map<string, Period>;
  indicators: Map<string, Indicator>;
  /** Indicators added at run time, with the facts behind them (setAdded). */
  readonly #added = new AddedState();
  readonly #values = new QueryCache<Values>(256);
  readonly #series = new QueryCache<Map<Level, Map<string, Values>>>();
  readonly #latest = new Latest();
  #db: Db | null = null;
  #open: OpenDb | null = null;
  /** The level the visitor last chose; an indicator that offers it opens there. */
  #preferredLevel: Level;

  state = $state<ViewState>() as ViewState;
  /** Problems found in the URL, shown once above the map. */
  notices = $state<Notice[]>([]);
  /** Values of `shown`: the map keeps showing them while a new view is computed. */
  values = $state.raw<Values>(new Map());
  shown = $state.raw<ValuesKey>() as ValuesKey;
  /** Every period of the shown indicator and level, once the database has computed them. */
  series = $state.raw<Map<string, Values> | null>(null);
  dbStatus = $state<DbStatus>('idle');
  dbError = $state('');
  /** A query got no answer: the engine is gone until `restartEngine` (every view says so). */
  engineLost = $state(false);
  /** The last view that failed to compute (null when the shown view is the asked one or loading). */
  loadError = $state.raw<LoadError | null>(null);
  /** Class settings of the shown values: while a new view loads, the legend stays with the map. */
  shownClasses = $state.raw<ClassSpec>() as ClassSpec;
  /** Region under the pointer or keyboard focus, on the map or in a table (linked views). */
  hovered = $state<string | null>(null);
  /** Labels drawn on the map (presentation: highlighted regions with their values); outlined too. */
  annotations = $state.raw<{ ags: string; text: string }[]>([]);

  lang: Lang;
  t: Messages;
  /** The indicator of the shown values. */
  indicator: Indicator;
  /** The indicator the view asks for (may still be loading). */
  requested: Indicator;
  /** True while the map shows other values than the view asks for. */
  stale: boolean;
  /** Shapes drawn at the shown level. */
  shapes: Shape[];
  classes: Classes | null;
  colours: string[];
  /** Fill colour per AGS for regions with a value. */
  fills: Map<string, string>;
  legend: Legend;
  /** Regions in the legend class chosen as filter (null: no filter). */
  filtered: Set<string> | null;
  /** Regions of the shown level ranked by value (highest first), with rank 1…n. */
  ranking: { ags: string; value: number; rank: number }[];

  constructor(boot: Boot, geometry: MapGeometry, gebietsstand: Gebietsstand = DEFAULT_GEBIETSSTAND, scope: Scope = DEFAULT_SCOPE) {
    const base = boot.catalogue;
    this.catalogue = $derived(withAdded(base, this.#added.value));
    this.geometry = geometry;
    this.regions = new Map(boot.regions.map((r) => [r.ags, r]));
    this.changes = boot.changes;
    this.gebietsstand = gebietsstand;
    this.scope = scope;
    this.levels = LEVELS.filter((l) => geometry.shapes[l].length > 0);
    this.successors = keySuccessors(boot.changes, new Set(this.regions.keys()));
    this.periods = $derived(new Map(this.catalogue.periods.map((p) => [p.id, p])));
    this.indicators = $derived(new Map(this.catalogue.indicators.map((i) => [i.id, i])));
    const fv = boot.firstView;
    const first = { indicator: fv.indicator, period: fv.period, base: fv.base };
    for (const [level, rows] of Object.entries(fv.values)) {
      this.#values.put(valuesKey({ ...first, level: level as Level }), fromWire(rows));
    }
    this.state = { ...defaultState(this.catalogue), gs: gebietsstand, scope };
    this.#preferredLevel = this.state.level;
    this.shown = keyOf(this.state);
    this.shownClasses = classSpecOf(this.state);
    this.values = this.#values.peek(valuesKey(this.shown)) ?? new Map();

    // Derived in the constructor, where the data they read is already assigned.
    this.lang = $derived(this.state.lang);
    this.t = $derived(messagesFor(this.state.lang, scope));
    // An added indicator removed while shown: the default stands in until the next view is loaded.
    this.indicator = $derived(this.indicators.get(this.shown.indicator) ?? this.indicators.get(DEFAULT_INDICATOR)!);
    this.requested = $derived(this.indicators.get(this.state.indicator) ?? this.indicator);
    this.stale = $derived(valuesKey(keyOf(this.state)) !== valuesKey(this.shown));
    this.shapes = $derived(this.geometry.shapes[this.shown.level]);
    this.classes = $derived.by((): Classes | null => {
      const ind = this.indicator;
      if (ind.scale === 'categorical') return null;
      const s = this.stale ? this.shownClasses : this.state;
      // Locked classes come from every period, so colours mean the same in every year.
      const pool = s.lock && this.series ? [...this.series.values()].flatMap((v) => [...v.values()]) : [...this.values.values()];
      const midpoint = ind.scale === 'diverging' ? (s.midpoint ?? ind.midpoint ?? 0) : undefined;
      const spec = { method: s.method, k: s.k, manual: s.breaks, midpoint };
      const classes = classify(
        pool.map((v) => v.value),
        spec,
      );
      return s.method === 'manual' ? classes : roundClasses(classes, ind.decimals);
    });
    this.colours = $derived(coloursFor(this.indicator, this.classes));
    this.fills = $derived(fillsFor(this.indicator, this.values, this.classes, this.colours));
    this.legend = $derived(
      legendFor(
        this.indicator,
        this.shapes,
        (ags) => this.regions.get(ags)?.inhabited !== false,
        this.values,
        this.classes,
        this.colours,
        this.lang,
      ),
    );
    this.filtered = $derived.by((): Set<string> | null => {
      const f = this.state.filter;
      const item = f === null ? undefined : this.legend.items[f];
      if (!item) return null;
      const out = new Set<string>();
      for (const [ags, colour] of this.fills) if (colour === item.colour) out.add(ags);
      return out;
    });
    this.ranking = $derived(this.indicator.scale === 'categorical' ? [] : rankingOf(this.values));
  }

  get db(): Db | null {
    return this.#db;
  }

  periodLabel(id: string | undefined): string {
    if (!id) return '';
    return this.periods.get(id)?.label[this.lang] ?? id;
  }

  /** "2013–2023" for a change, else the period's label. */
  periodText(v: ValuesKey = this.shown): string {
    const ind = this.indicators.get(v.indicator);
    if (ind?.formula.type === 'change') return this.t.change(this.periodLabel(v.base), this.periodLabel(v.period));
    return this.periodLabel(v.period);
  }

  /** Changes the view; choosing another indicator keeps level and period where it has them. */
  set(next: Partial<ViewState>): void {
    const s = { ...this.state, ...next };
    if (next.indicator !== undefined && next.indicator !== this.state.indicator) {
      const ind = this.indicators.get(next.indicator);
      if (!ind) return;
      s.level = levelFor(ind, this.state.level, next.level ?? this.#preferredLevel);
      s.period = ind.periods.includes(this.state.period) ? this.state.period : ind.defaultPeriod;
      s.base =
        ind.formula.type === 'change'
          ? this.state.base && ind.periods.includes(this.state.base) && this.state.base < s.period
            ? this.state.base
            : ind.defaultBase
          : undefined;
      Object.assign(s, defaultClasses(ind));
      s.filter = null;
    }
    if (next.level !== undefined || next.period !== undefined || next.method !== undefined || next.k !== undefined) {
      if (next.filter === undefined) s.filter = null;
    }
    if (next.level !== undefined) this.#preferredLevel = next.level;
    s.compare = s.compare.slice(0, MAX_COMPARE);
    this.state = s;
  }

  #replaceUrl = false;

  /** Writes a part of the view in its canonical form: the same view, so no new history entry. */
  canonicalise(next: Partial<ViewState>): void {
    this.#replaceUrl = true;
    this.state = { ...this.state, ...next };
  }

  /** Whether the next URL write replaces the current entry (after `canonicalise`); resets. */
  takeReplaceUrl(): boolean {
    const r = this.#replaceUrl;
    this.#replaceUrl = false;
    return r;
  }

  toggleCompare(ags: string): void {
    const c = this.state.compare;
    this.set({ compare: c.includes(ags) ? c.filter((x) => x !== ags) : [...c, ags].slice(-MAX_COMPARE) });
  }

  /** Applies a query string; returns false if nothing changed. */
  applyUrl(search: string): boolean {
    const { state, notices } = parseUrl(search, {
      catalogue: this.catalogue,
      regions: new Set(this.regions.keys()),
      successors: this.successors,
    });
    this.notices = notices;
    const changed = serializeUrl(state, this.catalogue) !== serializeUrl(this.state, this.catalogue);
    if (changed) this.state = state;
    // A level the indicator was forced to (its only or finest one) is no choice of the visitor's.
    const ind = this.indicators.get(state.indicator);
    if (ind && (ind.levels.length >= this.levels.length || state.level !== ind.levels[0])) this.#preferredLevel = state.level;
    return changed;
  }

  url(): string {
    return serializeUrl(this.state, this.catalogue);
  }

  /** The link of the current view on another data set (Gebietsstand or scope: another page load). */
  urlOn(other: { gs?: Gebietsstand; scope?: Scope }): string {
    return serializeUrl({ ...this.state, ...other }, this.catalogue);
  }

  /** Whether the view asks for another data set than the loaded one (after a link or Back). */
  needsReload(): boolean {
    return this.state.scope !== this.scope || (this.scope === DEFAULT_SCOPE && this.state.gs !== this.gebietsstand);
  }

  /** Values already at hand for a view (first-view payload or computed), without a query. */
  cachedValues(v: ValuesKey): Values | undefined {
    return this.#values.peek(valuesKey(v));
  }

  /** Whether a view can be shown now (from the first-view payload or the database). */
  available(v: ValuesKey): boolean {
    return this.#values.has(valuesKey(v)) || this.dbStatus === 'ready';
  }

  /**
   * Every period of an indicator at a level (null until DuckDB is ready). One query fetches all
   * levels at once and is cached, so a level or year switch afterwards needs no query.
   */
  seriesOf(indicator: string, level: Level, base?: string): Promise<Map<string, Values>> | null {
    const ind = this.indicators.get(indicator);
    const db = this.#db;
    if (!db || !ind) return null;
    const levels = [...this.levels];
    const p = this.#series.get(seriesKey(indicator, base), () =>
      this.#added.ids.has(indicator)
        ? this.#added.sync(db).then(() => seriesByLevel(db, { indicator: ind, levels, base, tables: ADDED_TABLES }))
        : seriesByLevel(db, { indicator: ind, levels, base }),
    );
    return p.then((byLevel) => byLevel.get(level) ?? new Map());
  }

  /**
   * Replaces the indicators added at run time (the user's own data): they join the catalogue at once;
   * their facts go into the database before their first query (and into every engine started later).
   * A shown one that is gone gives way to the default indicator.
   */
  setAdded(added: AddedIndicators): void {
    const old = this.#added.value;
    if (!this.#added.replace(added)) return;
    for (const ind of [...old.indicators, ...added.indicators]) this.#series.delete(seriesKey(ind.id));
    // At once, not at the first map query: the analyses read the added facts too.
    if (this.#db) this.#added.sync(this.#db).catch(() => {}); // a failure is said by the view that needs them
    if (!this.indicators.has(this.state.indicator)) this.set({ indicator: DEFAULT_INDICATOR });
    else if (this.#added.ids.has(this.state.indicator) && this.#db) void this.load();
  }

  /**
   * Shows the view's values: from the cache, or computed in DuckDB once it is ready. Never
   * rejects: a failure keeps the shown map and is said in `loadError`.
   */
  async load(): Promise<void> {
    const want = keyOf(this.state);
    const key = valuesKey(want);
    const spec = classSpecOf(this.state);
    if (this.engineLost && !this.#values.peek(key)) {
      // No query can be answered: say so at once instead of after another deadline.
      this.loadError = { key: want, message: '', engine: true };
      return;
    }
    let result;
    try {
      result = await this.#latest.run(async () => {
        let series: Map<string, Values> | null = null;
        let values = this.#values.peek(key);
        const pending = this.engineLost ? null : this.seriesOf(want.indicator, want.level, want.base);
        if (pending) {
          series = await pending;
          values = series.get(want.period) ?? new Map();
          this.#values.put(key, values);
        }
        return { series, values };
      });
    } catch (e) {
      if (valuesKey(keyOf(this.state)) !== key) return; // the user has moved on; the newer view decides
      this.loadError = { key: want, message: e instanceof Error ? e.message : String(e), engine: e instanceof QueryTimeout };
      return;
    }
    if (result === SUPERSEDED || !result.values || valuesKey(keyOf(this.state)) !== key) return;
    this.loadError = null;
    this.values = result.values;
    this.shown = want;
    this.shownClasses = spec;
    this.series = result.series;
  }

  /** "Erneut versuchen": asks again; if the engine stopped answering, starts a new one first. */
  async retry(): Promise<void> {
    const err = this.loadError;
    this.loadError = null;
    if (err?.engine || this.engineLost || this.dbStatus === 'failed') await this.restartEngine();
    await this.load();
  }

  /** Stops the engine that no longer answers and starts a new one; views waiting for it ask again. */
  async restartEngine(): Promise<void> {
    const open = this.#open;
    if (!open || this.dbStatus === 'loading') return;
    this.#db?.terminate?.();
    this.#db = null;
    this.#series.clear();
    this.engineLost = false;
    this.dbStatus = 'idle';
    await this.startDatabase(open, true);
  }

  async startDatabase(open: OpenDb, fresh = false): Promise<void> {
    if (this.dbStatus !== 'idle') return;
    this.#open = open;
    this.dbStatus = 'loading';
    try {
      const db: Db = withDeadline(await open(fresh), QUERY_DEADLINE_MS, () => {
        if (this.#db === db) this.engineLost = true;
      });
      this.#db = db;
      if (this.#added.value.measures.length) await this.#added.sync(db).catch(() => {}); // retried by the first query
      this.dbError = '';
      this.dbStatus = 'ready';
    } catch (e) {
      this.dbError = e instanceof Error ? e.message : String(e);
      this.dbStatus = 'failed';
    }
  }
}
