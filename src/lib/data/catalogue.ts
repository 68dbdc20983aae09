// The indicator catalogue: what the app can show, where its numbers come from and how they
// aggregate. Written by `npm run data` (scripts/data) and validated again when the app loads it.
import { z } from '../zod.ts';

export const LEVELS = ['gemeinde', 'kreis', 'rb', 'land', 'bund'] as const;
export const Level = z.enum(LEVELS);
export type Level = z.infer<typeof Level>;

/** `eigene_daten`: the user's own data, added at run time (never in the built catalogue). */
export const THEMES = ['demografie', 'digitalisierung', 'stadt_land', 'eigene_daten'] as const;
export const Theme = z.enum(THEMES);
export type Theme = z.infer<typeof Theme>;

/** German and English text; German is the primary language of the app. */
export const Text = z.object({ de: z.string().min(1), en: z.string().min(1) });
export type Text = z.infer<typeof Text>;

/** Period id as used in observations: "2023" (year, 31.12.) or "2021-06" (month). */
export const PeriodId = z.string().regex(/^\d{4}(-(0[1-9]|1[0-2]))?$/, 'Periode muss JJJJ oder JJJJ-MM sein');

export const Source = z.object({
  id: z.string().regex(/^[a-z0-9_]+$/),
  name: Text,
  /** Credit line as the licence requires it, in German and English (footer and every export, in the chosen language). */
  credit: Text,
  /** Licence or terms of use, in German and English. */
  licence: Text,
  licenceUrl: z.string().url().optional(),
  url: z.string().url(),
  /** "Stand" of the data as published, e.g. "31.12.2023" / "31 Dec 2023". */
  stand: Text,
});
export type Source = z.infer<typeof Source>;

/**
 * How an indicator's value is computed for a region of any level from measures in
 * `observations` (always as a ratio of sums, so Gemeinde values and aggregates agree):
 * - sum:      Σ measure                                   (populations)
 * - weighted: Σ(measure · weight) / Σ weight              (shares; weight = population at the
 *             latest population date on or before the period)
 * - ratio:    factor · Σ numerator / (Σ denominator + Σ extraDenominator)  (density, share of women)
 * - change:   100 · (Σ measure[period] / Σ measure[base] − 1)  (per cent change between two periods)
 * - category: code of a typology class; not aggregated, shown only at its native level
 */
export const Formula = z.discriminatedUnion('type', [
  z.object({ type: z.literal('sum'), measure: z.string() }),
  z.object({
    type: z.literal('weighted'),
    measure: z.string(),
    weight: z.string(),
    /** Measure the source publishes per Kreis: where it has a value, the Kreis shows it, not the weighted mean. */
    kreisMeasure: z.string().optional(),
  }),
  z.object({
    type: z.literal('ratio'),
    numerator: z.string(),
    denominator: z.string(),
    factor: z.number().positive(),
    /**
     * Kreis measure added to the denominator of every Kreis, RB and Land that contains it, for the
     * part of a region that lies in no Gemeinde (density: area of the gemeindefreie Gebiete, so
     * aggregates divide by the full official area as Destatis does).
     */
    extraDenominator: z.string().optional(),
  }),
  z.object({ type: z.literal('change'), measure: z.string() }),
  z.object({ type: z.literal('category'), measure: z.string() }),
]);
export type Formula = z.infer<typeof Formula>;

export const Category = z.object({
  code: z.number().int(),
  label: Text,
});
export type Category = z.infer<typeof Category>;

export const MethodBreak = z.object({
  /** The break lies between `after` and the next period of the indicator. */
  after: PeriodId,
  label: Text,
});
export type MethodBreak = z.infer<typeof MethodBreak>;

export const Indicator = z.object({
  id: z.string().regex(/^[a-z0-9_]+$/),
  theme: Theme,
  /** Sub-group within the theme, e.g. "Breitband (Haushalte)". */
  group: Text,
  title: Text,
  /** Short title for legends and table headers. */
  short: Text,
  description: Text,
  unit: Text,
  decimals: z.number().int().min(0).max(3),
  formula: Formula,
  /** Levels at which the indicator is offered, from finest to coarsest. */
  levels: z.array(Level).min(1),
  /** Why a level is not offered (shown in the UI instead of the level). */
  levelNotes: z.partialRecord(Level, Text).default({}),
  /** Periods with data, ascending. For `change`, the periods a user may pick as base or target. */
  periods: z.array(PeriodId).min(1),
  defaultPeriod: PeriodId,
  /** Default base period of a `change` indicator. */
  defaultBase: PeriodId.optional(),
  scale: z.enum(['sequential', 'diverging', 'categorical']),
  /** Midpoint of a diverging scale (0 for change in %). */
  midpoint: z.number().optional(),
  /** Theoretical domain, e.g. [0, 100] for shares; null where open. */
  domain: z.tuple([z.number(), z.number()]).nullable().default(null),
  categories: z.array(Category).optional(),
  sources: z.array(z.string()).min(1),
  methodBreaks: z.array(MethodBreak).default([]),
  /** The same quantity on another basis (Zensus 2022 beside the Zensus-2011 series): drawn beside it
   *  in time charts as its own marker, never joined to its line. */
  otherBasis: z.string().optional(),
  /** Method notes: aggregation rule, harmonisation, caveats. Shown with the legend. */
  notes: Text,
});
export type Indicator = z.infer<typeof Indicator>;

export const Period = z.object({
  id: PeriodId,
  /** ISO date the period refers to (year periods: 31.12.; month periods: last day). */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  label: Text,
});
export type Period = z.infer<typeof Period>;

/** A figure the state strategy states, with its citation: shown as "laut Strategie", never as data. */
export const Reference = z.object({
  id: z.string().regex(/^[a-z0-9_]+$/),
  value: z.number(),
  unit: z.enum(['percent', 'count', 'persons']),
  /** Stated as "rund"/"about". */
  approximate: z.boolean(),
  /** Region the statement is about (AGS of Land, RB or Kreis). */
  ags: z.string(),
  base: z.string().optional(),
  target: z.string().optional(),
  citation: Text,
});
export type Reference = z.infer<typeof Reference>;

export const Catalogue = z
  .object({
    /** Gebietsstand of every value shown, e.g. "Gebietsstand 01.01.2023–31.12.2025 (421 Gemeinden)". */
    gebietsstand: Text,
    sources: z.array(Source).min(1),
    periods: z.array(Period).min(1),
    indicators: z.array(Indicator).min(1),
    /** Strategy statements the analyses compare with (stats/strategy_statements.csv). */
    references: z.array(Reference).default([]),
  })
  .superRefine((cat, ctx) => {
    const sources = new Set(cat.sources.map((s) => s.id));
    const periods = new Set(cat.periods.map((p) => p.id));
    const ids = new Set<string>();
    cat.indicators.forEach((ind, i) => {
      const at = (msg: string) => ctx.addIssue({ code: 'custom', path: ['indicators', i], message: `${ind.id}: ${msg}` });
      if (ids.has(ind.id)) at('doppelte ID');
      ids.add(ind.id);
      for (const s of ind.sources) if (!sources.has(s)) at(`unbekannte Quelle ${s}`);
      for (const p of ind.periods) if (!periods.has(p)) at(`Periode ${p} fehlt in periods`);
      if (!ind.periods.includes(ind.defaultPeriod)) at('defaultPeriod nicht in periods');
      if (ind.formula.type === 'category' && !ind.categories?.length) at('kategorialer Indikator ohne Kategorien');
      if (ind.formula.type === 'change' && !ind.defaultBase) at('Veränderung ohne defaultBase');
      if (ind.defaultBase && !ind.periods.includes(ind.defaultBase)) at('defaultBase nicht in periods');
      const sorted = [...ind.periods].sort();
      if (sorted.join() !== ind.periods.join()) at('periods nicht aufsteigend sortiert');
    });
    cat.indicators.forEach((ind, i) => {
      const other = ind.otherBasis === undefined ? null : cat.indicators.find((o) => o.id === ind.otherBasis);
      if (other === undefined || (other && (other.formula.type !== ind.formula.type || other.unit.de !== ind.unit.de)))
        ctx.addIssue({ code: 'custom', path: ['indicators', i], message: `${ind.id}: otherBasis ${ind.otherBasis} fehlt oder misst anderes` });
    });
  });
export type Catalogue = z.infer<typeof Catalogue>;
