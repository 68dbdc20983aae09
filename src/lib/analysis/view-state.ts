// The analyses' view states: what each view shows, its defaults, and which indicators it accepts.
import type { Indicator } from '../data/catalogue.ts';
import type { GroupSpec } from './group-queries.ts';
import { gapSupported } from './gap.ts';
import { DEFAULT_RURAL, type TypologyId } from './typologies.ts';

export const VIEWS = ['gap', 'rural', 'trend', 'groups', 'bivar', 'projects'] as const;
export type AnalysisView = (typeof VIEWS)[number];
export type MapLevel = 'gemeinde' | 'kreis';

export interface GapState {
  view: 'gap';
  indicator: string;
  typology: TypologyId;
  /** Period of the typology comparison table. */
  period: string;
  base?: string;
}
export interface RuralState {
  view: 'rural';
  definition: string;
}
export interface TrendState {
  view: 'trend';
  regions: string[];
  index: boolean;
  base: string;
  projections: boolean;
  /** Change map: level and the two years. */
  level: MapLevel;
  from: string;
  to: string;
}
export interface GroupsState {
  view: 'groups';
  a: GroupSpec;
  b: GroupSpec;
  indicator: string;
  base?: string;
}
export interface BivarState {
  view: 'bivar';
  x: string;
  xPeriod: string;
  xBase?: string;
  y: string;
  yPeriod: string;
  level: MapLevel;
  /** Highlighted cell 0…8, or null. */
  cell: number | null;
  projects: boolean;
}
export interface ProjectsState {
  view: 'projects';
  /** Programme slug (see programSlug), or null for all. */
  program: string | null;
}
export type AnalysisState = GapState | RuralState | TrendState | GroupsState | BivarState | ProjectsState;

export interface AnalysisContext {
  indicators: ReadonlyMap<string, Indicator>;
  /** Known region keys of every level. */
  regions: ReadonlySet<string>;
  /** The views the data set offers (default: all; nationally not the Hessen-only ones). */
  views?: readonly AnalysisView[];
}

/** Views about Hessen alone: the strategy's rural share and the cited Hessian projects. */
const HESSEN_ONLY: ReadonlySet<AnalysisView> = new Set(['rural', 'projects']);

/** The views a data set offers: all for Hessen; nationally those that compare regions of any Land. */
export function viewsFor(national: boolean): readonly AnalysisView[] {
  return national ? VIEWS.filter((v) => !HESSEN_ONLY.has(v)) : VIEWS;
}

export type Notice = { de: string; en: string };

export const MAX_TREND_REGIONS = 8;
export const MAX_GROUP_REGIONS = 20;

const DEFAULT_GAP_INDICATOR = 'bb_alle_1000';
const DEFAULT_TREND_REGIONS = ['066', '065', '064'];
const DEFAULT_BASE_YEAR = '2013';
const DEFAULT_BIVAR_X = 'bev_veraenderung';
/** The view's default where the preferred one has no Gemeinde values (national broadband). */
const GEMEINDE_FALLBACK = 'bev_veraenderung';
const DEFAULT_BIVAR_Y = 'bb_alle_1000';
/** The population indicator whose periods the trend view offers. */
export const POPULATION = 'bev';

/** A programme's slug: its name up to "(" or " - ", lower case, words joined by "-". */
export function programSlug(program: string): string {
  const head = program.split(/\(| - | – /)[0] ?? program;
  return head
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
}

/** The default base of an indicator: its default base period if it is a change, else none. */
export function baseOf(ind: Indicator): string | undefined {
  return ind.formula.type === 'change' ? ind.defaultBase : undefined;
}

/** Default state of a view. */
/**
 * The default indicator of a view, if the data set has it at Gemeinde level (nationally broadband
 * exists per Kreis only, and the typology classes are classes of Gemeinden); else the first that fits.
 */
function defaultIndicator(ctx: AnalysisContext, id: string, supported: (i: Indicator) => boolean): Indicator {
  const preferred = ctx.indicators.get(id);
  if (preferred?.levels.includes('gemeinde')) return preferred;
  const all = [...ctx.indicators.values()].filter(supported);
  return all.find((i) => i.id === GEMEINDE_FALLBACK) ?? all.find((i) => i.levels.includes('gemeinde')) ?? preferred ?? all[0]!;
}

export function defaultAnalysis(view: AnalysisView, ctx: AnalysisContext): AnalysisState {
  switch (view) {
    case 'gap': {
      const ind = defaultIndicator(ctx, DEFAULT_GAP_INDICATOR, gapSupported);
      return {
        view,
        indicator: ind.id,
        typology: 'bbsr_sgtyp',
        period: ind.defaultPeriod,
        base: baseOf(ind),
      };
    }
    case 'rural':
      return { view, definition: DEFAULT_RURAL };
    case 'trend': {
      const pop = ctx.indicators.get(POPULATION);
      const periods = pop?.periods ?? [DEFAULT_BASE_YEAR];
      const base = periods.includes(DEFAULT_BASE_YEAR) ? DEFAULT_BASE_YEAR : periods[0]!;
      return {
        view,
        // nationally (no Regierungsbezirke): Hessen against Deutschland
        regions: DEFAULT_TREND_REGIONS.some((r) => ctx.regions.has(r))
          ? DEFAULT_TREND_REGIONS.filter((r) => ctx.regions.has(r))
          : ['06', 'DG'].filter((r) => ctx.regions.has(r)),
        index: true,
        base,
        projections: true,
        level: 'gemeinde',
        from: base,
        to: periods[periods.length - 1]!,
      };
    }
    case 'groups': {
      const ind = defaultIndicator(ctx, DEFAULT_GAP_INDICATOR, groupSupported);
      return {
        view,
        // nationally: Hessen's Landgemeinden against all German Landgemeinden
        ...(ctx.regions.has('066')
          ? { a: { kind: 'regions', regions: ['066'] }, b: { kind: 'regions', regions: ['064'] } }
          : {
              a: { kind: 'class', typology: 'bbsr_sgtyp', code: 50, within: '06' },
              b: { kind: 'class', typology: 'bbsr_sgtyp', code: 50 },
            }),
        indicator: ind.id,
        base: baseOf(ind),
      };
    }
    case 'bivar': {
      const x = ctx.indicators.get(DEFAULT_BIVAR_X) ?? [...ctx.indicators.values()].find(bivarSupported)!;
      const y = ctx.indicators.get(DEFAULT_BIVAR_Y) ?? [...ctx.indicators.values()].find(bivarSupported)!;
      return {
        view,
        x: x.id,
        xPeriod: x.defaultPeriod,
        xBase: baseOf(x),
        y: y.id,
        yPeriod: y.defaultPeriod,
        level: 'gemeinde',
        cell: null,
        projects: false,
      };
    }
    case 'projects':
      return { view, program: null };
  }
}

/** Indicators a group comparison can aggregate (every numeric one). */
export function groupSupported(ind: Indicator): boolean {
  return ind.formula.type !== 'category';
}

/** Indicators the bivariate map can use: numeric, at Gemeinde or Kreis level. */
export function bivarSupported(ind: Indicator): boolean {
  return ind.formula.type !== 'category' && ind.formula.type !== 'sum' && (ind.levels.includes('gemeinde') || ind.levels.includes('kreis'));
}
