// The atlas' state: what is shown (view), the values for it, and the classes and colours derived
// from them. Components read it; only the App's effects call `load` and `startDatabase`.
import type { Catalogue, Indicator, Level, Period } from '../data/catalogue.ts';
import type { Boot, Region } from '../data/boot.ts';
import { fromWire } from '../data/boot.ts';
import type { Db } from '../data/db.ts';
import { valuesFor, type Values } from '../data/queries.ts';
import type { MapGeometry, Shape } from '../geo/topology.ts';
import { classify, classIndex, classCounts, roundClasses, type Classes } from '../scales/classify.ts';
import { categoricalColours, divergingColours, sequentialColours } from '../scales/palette.ts';
import type { Lang } from '../scales/format.ts';
import { MESSAGES, type Messages } from '../i18n/messages.ts';

export interface View {
  indicator: string;
  level: Level;
  period: string;
  /** Base period of a change indicator. */
  base?: string;
}

export type DbStatus = 'idle' | 'loading' | 'ready' | 'failed';

export interface Legend {
  kind: 'numeric' | 'categorical';
  /** One entry per class, in legend order. */
  items: { colour: string; lower?: number; upper?: number; label?: string; count: number; code?: number }[];
  noData: number;
  uninhabited: number;
  classes: Classes | null;
}

const viewKey = (v: View) => `${v.indicator}|${v.level}|${v.period}|${v.base ?? ''}`;
const SEQUENTIAL_K = 5;
const DIVERGING_K = 6;

export class Atlas {
  readonly catalogue: Catalogue;
  readonly geometry: MapGeometry;
  readonly regions: Map<string, Region>;
  readonly periods: Map<string, Period>;
  readonly indicators: Map<string, Indicator>;
  readonly #cache = new Map<string, Values>();
  #db: Db | null = null;

  lang = $state<Lang>('de');
  view = $state<View>() as View;
  /** Values of `shownView`: the map keeps showing them while a new view is computed. */
  values = $state.raw<Values>(new Map());
  shownView = $state.raw<View>() as View;
  dbStatus = $state<DbStatus>('idle');
  dbError = $state('');
  hovered = $state<string | null>(null);

  t: Messages;
  /** The indicator of the shown values. */
  indicator: Indicator;
  /** True while the map shows other values than the view asks for. */
  stale: boolean;
  /** Shapes drawn at the shown level. */
  shapes: Shape[];
  classes: Classes | null;
  colours: string[];
  /** Fill colour per AGS for regions with a value. */
  fills: Map<string, string>;
  legend: Legend;

  constructor(boot: Boot, geometry: MapGeometry) {
    this.catalogue = boot.catalogue;
    this.geometry = geometry;
    this.regions = new Map(boot.regions.map((r) => [r.ags, r]));
    this.periods = new Map(boot.catalogue.periods.map((p) => [p.id, p]));
    this.indicators = new Map(boot.catalogue.indicators.map((i) => [i.id, i]));
    const fv = boot.firstView;
    const first: View = { indicator: fv.indicator, level: 'gemeinde', period: fv.period, base: fv.base };
    for (const [level, rows] of Object.entries(fv.values)) {
      this.#cache.set(viewKey({ ...first, level: level as Level }), fromWire(rows));
    }
    this.view = first;
    this.shownView = first;
    this.values = this.#cache.get(viewKey(first)) ?? new Map();
    // Derived in the constructor, where the data they read is already assigned.
    this.t = $derived(MESSAGES[this.lang]);
    this.indicator = $derived(this.indicators.get(this.shownView.indicator)!);
    this.stale = $derived(viewKey(this.view) !== viewKey(this.shownView));
    this.shapes = $derived(this.geometry.shapes[this.shownView.level]);
    this.classes = $derived.by((): Classes | null => {
      const ind = this.indicator;
      if (ind.scale === 'categorical') return null;
      const vals = [...this.values.values()].map((v) => v.value);
      const spec =
        ind.scale === 'diverging'
          ? { method: 'quantile' as const, k: DIVERGING_K, midpoint: ind.midpoint ?? 0 }
          : { method: 'quantile' as const, k: SEQUENTIAL_K };
      return roundClasses(classify(vals, spec), ind.decimals);
    });
    this.colours = $derived.by((): string[] => {
      const ind = this.indicator;
      if (ind.scale === 'categorical') return categoricalColours(ind.categories?.length ?? 1);
      const n = (this.classes?.thresholds.length ?? 0) + 1;
      return ind.scale === 'diverging' && this.classes ? divergingColours(this.classes) : sequentialColours(n);
    });
    this.fills = $derived.by((): Map<string, string> => {
      const fills = new Map<string, string>();
      const ind = this.indicator;
      if (ind.scale === 'categorical') {
        const index = new Map((ind.categories ?? []).map((c, i) => [c.code, i]));
        for (const [ags, v] of this.values) {
          const i = index.get(v.value);
          if (i !== undefined) fills.set(ags, this.colours[i]!);
        }
      } else if (this.classes) {
        for (const [ags, v] of this.values) fills.set(ags, this.colours[classIndex(this.classes, v.value)]!);
      }
      return fills;
    });
    this.legend = $derived.by((): Legend => {
      const ind = this.indicator;
      const shapes = this.shapes;
      const uninhabited = shapes.filter((s) => this.regions.get(s.ags)?.inhabited === false).length;
      const noData = shapes.length - uninhabited - shapes.filter((s) => this.values.has(s.ags)).length;
      if (ind.scale === 'categorical') {
        const counts = new Map<number, number>();
        for (const v of this.values.values()) counts.set(v.value, (counts.get(v.value) ?? 0) + 1);
        return {
          kind: 'categorical',
          items: (ind.categories ?? []).map((c, i) => ({
            colour: this.colours[i]!,
            label: c.label[this.lang],
            code: c.code,
            count: counts.get(c.code) ?? 0,
          })),
          noData,
          uninhabited,
          classes: null,
        };
      }
      const classes = this.classes!;
      const counts = classCounts(classes, [...this.values.values()].map((v) => v.value));
      const t = classes.thresholds;
      return {
        kind: 'numeric',
        items: counts.map((count, i) => ({ colour: this.colours[i]!, lower: t[i - 1], upper: t[i], count })),
        noData,
        uninhabited,
        classes,
      };
    });
  }

  periodLabel(id: string | undefined): string {
    if (!id) return '';
    return this.periods.get(id)?.label[this.lang] ?? id;
  }

  /** "2013–2023" for a change, else the period's label. */
  viewPeriodLabel(v: View = this.shownView): string {
    const ind = this.indicators.get(v.indicator);
    if (ind?.formula.type === 'change') return this.t.change(this.periodLabel(v.base), this.periodLabel(v.period));
    return this.periodLabel(v.period);
  }

  /** A consistent view for another indicator: keeps level and period where the indicator has them. */
  viewFor(indicatorId: string, from: View = this.view): View {
    const ind = this.indicators.get(indicatorId);
    if (!ind) return from;
    const level = ind.levels.includes(from.level) ? from.level : ind.levels[0]!;
    const period = ind.periods.includes(from.period) ? from.period : ind.defaultPeriod;
    const base =
      ind.formula.type === 'change'
        ? from.base && ind.periods.includes(from.base) && from.base < period
          ? from.base
          : ind.defaultBase
        : undefined;
    return { indicator: ind.id, level, period, base };
  }

  setView(next: Partial<View>): void {
    const merged = { ...this.view, ...next };
    this.view = next.indicator && next.indicator !== this.view.indicator ? this.viewFor(next.indicator, merged) : merged;
  }

  /** Whether a view can be shown now (from the first-view payload or the database). */
  available(v: View): boolean {
    return this.#cache.has(viewKey(v)) || this.dbStatus === 'ready';
  }

  /** Shows `v`: from the cache, or computed in DuckDB once it is ready. */
  async load(v: View): Promise<void> {
    const key = viewKey(v);
    let values = this.#cache.get(key);
    if (!values) {
      if (!this.#db) return;
      const indicator = this.indicators.get(v.indicator);
      if (!indicator) return;
      values = await valuesFor(this.#db, { indicator, level: v.level, period: v.period, base: v.base });
      if (this.#cache.size > 200) this.#cache.clear();
      this.#cache.set(key, values);
    }
    if (viewKey(this.view) !== key) return; // a newer view was asked for meanwhile
    this.values = values;
    this.shownView = v;
  }

  async startDatabase(open: () => Promise<Db>): Promise<void> {
    if (this.dbStatus !== 'idle') return;
    this.dbStatus = 'loading';
    try {
      this.#db = await open();
      this.dbStatus = 'ready';
    } catch (e) {
      this.dbError = e instanceof Error ? e.message : String(e);
      this.dbStatus = 'failed';
    }
  }
}
