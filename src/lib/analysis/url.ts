// The analyses' state in one URL parameter. Parsing never throws: invalid parts fall back to their
// defaults and produce a notice; serialising writes only what differs from the defaults.
// Grammar: view("~"key"="value)* — e.g. gap~i=bb_alle_50~typ=regiostar2~t=2018 (change indicators: ~base=2013) · trend~r=066,065,064~base=1990~idx=0 · groups~a=066~b=bbsr_sgtyp.50~i=bb_alle_50 · bivar~x=bev_veraenderung~xb=2017~y=bb_alle_1000~e=kreis~c=0 · rural~d=rs2_land · projects~prog=starke-heimat-hessen (lists: ",", a typology class: typology"."code).
import { z } from '../zod.ts';
import type { Indicator } from '../data/catalogue.ts';
import type { GroupSpec } from './group-queries.ts';
import { gapSupported } from './gap.ts';
import { fragment } from '../state/notice.ts';
import { DEFAULT_RURAL, RURAL_DEFINITIONS, TYPOLOGIES, isTypologyId, type TypologyId } from './typologies.ts';

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
}

export type Notice = { de: string; en: string };

export const MAX_TREND_REGIONS = 8;
export const MAX_GROUP_REGIONS = 20;

const DEFAULT_GAP_INDICATOR = 'bb_alle_1000';
const DEFAULT_TREND_REGIONS = ['066', '065', '064'];
const DEFAULT_BASE_YEAR = '2013';
const DEFAULT_BIVAR_X = 'bev_veraenderung';
const DEFAULT_BIVAR_Y = 'bb_alle_1000';
const POPULATION = 'bev';

const View = z.enum(VIEWS);
const Key = z.string().regex(/^[a-z]{1,6}$/);
const Value = z.string().regex(/^[A-Za-z0-9_.,:-]{0,300}$/);
const Flag = z.enum(['0', '1']);
const Level = z.enum(['gemeinde', 'kreis']);
const Cell = z.coerce.number().int().min(0).max(8);
const Slug = z.string().regex(/^[a-z0-9-]{1,60}$/);
const GroupClass = z.string().regex(/^([a-z0-9_]+)\.(\d{1,3})$/);

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

/** Default state of a view. */
export function defaultAnalysis(view: AnalysisView, ctx: AnalysisContext): AnalysisState {
  switch (view) {
    case 'gap': {
      const ind = ctx.indicators.get(DEFAULT_GAP_INDICATOR) ?? [...ctx.indicators.values()].find(gapSupported)!;
      return {
        view,
        indicator: ind.id,
        typology: 'bbsr_sgtyp',
        period: ind.defaultPeriod,
        base: ind.formula.type === 'change' ? ind.defaultBase : undefined,
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
        regions: DEFAULT_TREND_REGIONS.filter((r) => ctx.regions.has(r)),
        index: true,
        base,
        projections: true,
        level: 'gemeinde',
        from: base,
        to: periods[periods.length - 1]!,
      };
    }
    case 'groups': {
      const ind = ctx.indicators.get(DEFAULT_GAP_INDICATOR) ?? [...ctx.indicators.values()].find(groupSupported)!;
      return {
        view,
        a: { kind: 'regions', regions: ['066'] },
        b: { kind: 'regions', regions: ['064'] },
        indicator: ind.id,
        base: ind.formula.type === 'change' ? ind.defaultBase : undefined,
      };
    }
    case 'bivar': {
      const x = ctx.indicators.get(DEFAULT_BIVAR_X) ?? [...ctx.indicators.values()].find(bivarSupported)!;
      const y = ctx.indicators.get(DEFAULT_BIVAR_Y) ?? [...ctx.indicators.values()].find(bivarSupported)!;
      return {
        view,
        x: x.id,
        xPeriod: x.defaultPeriod,
        xBase: x.formula.type === 'change' ? x.defaultBase : undefined,
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

/** Reads the analyses parameter; never throws. */
export function parseAnalysis(input: string, ctx: AnalysisContext): { state: AnalysisState; notices: Notice[] } {
  try {
    return parse(input, ctx);
  } catch {
    return {
      state: defaultAnalysis('gap', ctx),
      notices: [{ de: 'Analyse-Link nicht lesbar – Standardansicht.', en: 'Unreadable analysis link – default view.' }],
    };
  }
}

function parse(input: string, ctx: AnalysisContext): { state: AnalysisState; notices: Notice[] } {
  const notices: Notice[] = [];
  const bad = (de: string, en: string) => notices.push({ de, en });
  const show = (v: string) => fragment(v);
  const [head = '', ...rest] = input.split('~');
  const viewParsed = View.safeParse(head || 'gap');
  if (!viewParsed.success)
    bad(`Unbekannte Analyse „${show(head)}“ – Stadt–Land-Gefälle.`, `Unknown analysis “${show(head)}” – urban–rural gap.`);
  const view = viewParsed.success ? viewParsed.data : 'gap';
  const params = new Map<string, string>();
  for (const part of rest) {
    const i = part.indexOf('=');
    const k = Key.safeParse(i < 0 ? part : part.slice(0, i));
    const v = Value.safeParse(i < 0 ? '' : part.slice(i + 1));
    if (k.success && v.success && !params.has(k.data)) params.set(k.data, v.data);
    else bad(`Teil „${show(part)}“ des Analyse-Links ignoriert.`, `Part “${show(part)}” of the analysis link ignored.`);
  }
  const state = defaultAnalysis(view, ctx);
  const take = (key: string): string | undefined => {
    const v = params.get(key);
    params.delete(key);
    return v;
  };
  const flag = (key: string, current: boolean): boolean => {
    const v = take(key);
    if (v === undefined) return current;
    const f = Flag.safeParse(v);
    if (f.success) return f.data === '1';
    bad(`Schalter „${key}“ muss 0 oder 1 sein.`, `Switch “${key}” must be 0 or 1.`);
    return current;
  };
  /** An indicator id accepted by `ok`, with a notice otherwise. */
  const indicator = (key: string, ok: (i: Indicator) => boolean): Indicator | undefined => {
    const v = take(key);
    if (v === undefined) return undefined;
    const ind = ctx.indicators.get(v);
    if (ind && ok(ind)) return ind;
    bad(`Indikator „${show(v)}“ ist hier nicht möglich.`, `Indicator “${show(v)}” is not possible here.`);
    return undefined;
  };
  const period = (key: string, allowed: readonly string[], current: string): string => {
    const v = take(key);
    if (v === undefined) return current;
    if (allowed.includes(v)) return v;
    bad(`Zeitpunkt „${show(v)}“ gibt es hier nicht.`, `Date “${show(v)}” is not available here.`);
    return current;
  };
  const level = (key: string, current: MapLevel, ind?: Indicator): MapLevel => {
    const v = take(key);
    if (v === undefined) return current;
    const l = Level.safeParse(v);
    if (l.success && (!ind || ind.levels.includes(l.data))) return l.data;
    bad(`Ebene „${show(v)}“ ist hier nicht möglich.`, `Level “${show(v)}” is not possible here.`);
    return current;
  };

  switch (state.view) {
    case 'gap': {
      const ind = indicator('i', gapSupported);
      if (ind) {
        state.indicator = ind.id;
        state.period = ind.defaultPeriod;
        state.base = ind.formula.type === 'change' ? ind.defaultBase : undefined;
      }
      const current = ctx.indicators.get(state.indicator)!;
      const typ = take('typ');
      if (typ !== undefined) {
        if (isTypologyId(typ)) state.typology = typ;
        else bad(`Typisierung „${show(typ)}“ unbekannt.`, `Unknown typology “${show(typ)}”.`);
      }
      if (current.formula.type === 'change') {
        state.base = period('base', current.periods.slice(0, -1), state.base!);
        state.period = period(
          't',
          current.periods.filter((p) => p > state.base!),
          state.period > state.base! ? state.period : current.periods.at(-1)!,
        );
      } else state.period = period('t', current.periods, state.period);
      break;
    }
    case 'rural': {
      const d = take('d');
      if (d !== undefined) {
        if (RURAL_DEFINITIONS.some((x) => x.id === d)) state.definition = d;
        else bad(`Abgrenzung „${show(d)}“ unbekannt.`, `Unknown definition “${show(d)}”.`);
      }
      break;
    }
    case 'trend': {
      const r = take('r');
      if (r !== undefined) {
        const list = [...new Set(r.split(',').filter(Boolean))];
        const known = list.filter((a) => ctx.regions.has(a));
        if (known.length < list.length) bad('Unbekannte Gebiete wurden weggelassen.', 'Unknown areas were left out.');
        if (known.length > MAX_TREND_REGIONS) bad(`Höchstens ${MAX_TREND_REGIONS} Gebiete.`, `At most ${MAX_TREND_REGIONS} areas.`);
        state.regions = known.slice(0, MAX_TREND_REGIONS);
      }
      const periods = ctx.indicators.get(POPULATION)?.periods ?? [];
      state.index = flag('idx', state.index);
      state.base = period('base', periods, state.base);
      state.projections = flag('p', state.projections);
      state.level = level('e', state.level);
      state.from = period('from', periods.slice(0, -1), state.from);
      state.to = period('to', periods, state.to);
      if (state.to <= state.from) {
        bad('Der Endzeitpunkt muss nach dem Anfang liegen.', 'The end date must be after the start.');
        const d = defaultAnalysis('trend', ctx) as TrendState;
        state.from = d.from;
        state.to = d.to;
      }
      break;
    }
    case 'groups': {
      const ind = indicator('i', groupSupported);
      if (ind) {
        state.indicator = ind.id;
        state.base = ind.formula.type === 'change' ? ind.defaultBase : undefined;
      }
      const current = ctx.indicators.get(state.indicator)!;
      if (current.formula.type === 'change') state.base = period('base', current.periods.slice(0, -1), state.base!);
      for (const side of ['a', 'b'] as const) {
        const v = take(side);
        if (v === undefined) continue;
        const g = parseGroup(v, ctx);
        if (g) state[side] = g;
        else bad(`Gruppe ${side.toUpperCase()} „${show(v)}“ ungültig.`, `Group ${side.toUpperCase()} “${show(v)}” is invalid.`);
      }
      break;
    }
    case 'bivar': {
      const x = indicator('x', bivarSupported);
      if (x) {
        state.x = x.id;
        state.xPeriod = x.defaultPeriod;
        state.xBase = x.formula.type === 'change' ? x.defaultBase : undefined;
      }
      const y = indicator('y', bivarSupported);
      if (y) {
        state.y = y.id;
        state.yPeriod = y.defaultPeriod;
      }
      const xi = ctx.indicators.get(state.x)!;
      const yi = ctx.indicators.get(state.y)!;
      if (xi.formula.type === 'change') {
        state.xBase = period('xb', xi.periods.slice(0, -1), state.xBase!);
        state.xPeriod = period(
          'xt',
          xi.periods.filter((p) => p > state.xBase!),
          state.xPeriod > state.xBase! ? state.xPeriod : xi.periods.at(-1)!,
        );
      } else state.xPeriod = period('xt', xi.periods, state.xPeriod);
      state.yPeriod = period('yt', yi.periods, state.yPeriod);
      const both = (['gemeinde', 'kreis'] as const).filter((l) => xi.levels.includes(l) && yi.levels.includes(l));
      if (!both.length) {
        bad('Die beiden Indikatoren haben keine gemeinsame Ebene – Standard.', 'The two indicators share no level – default.');
        return { state: defaultAnalysis('bivar', ctx), notices };
      }
      if (!both.includes(state.level)) state.level = both[0]!;
      const l = take('e');
      if (l !== undefined) {
        const p = Level.safeParse(l);
        if (p.success && both.includes(p.data)) state.level = p.data;
        else bad(`Ebene „${show(l)}“ ist hier nicht möglich.`, `Level “${show(l)}” is not possible here.`);
      }
      const c = take('c');
      if (c !== undefined) {
        const p = Cell.safeParse(c);
        if (p.success) state.cell = p.data;
        else bad('Feld der Legende ungültig.', 'Invalid legend cell.');
      }
      state.projects = flag('pr', state.projects);
      break;
    }
    case 'projects': {
      const p = take('prog');
      if (p !== undefined) {
        const s = Slug.safeParse(p);
        if (s.success) state.program = s.data;
        else bad(`Programm „${show(p)}“ unbekannt.`, `Unknown programme “${show(p)}”.`);
      }
      break;
    }
  }
  for (const k of params.keys())
    bad(`Angabe „${show(k)}“ gehört nicht zu dieser Analyse.`, `“${show(k)}” does not belong to this analysis.`);
  return { state, notices };
}

function parseGroup(v: string, ctx: AnalysisContext): GroupSpec | null {
  const cls = GroupClass.safeParse(v);
  if (cls.success) {
    const [typ, code] = v.split('.') as [string, string];
    if (isTypologyId(typ) && TYPOLOGIES[typ].classes.includes(Number(code))) return { kind: 'class', typology: typ, code: Number(code) };
    return null;
  }
  const list = [...new Set(v.split(',').filter(Boolean))];
  if (!list.length || list.length > MAX_GROUP_REGIONS || !list.every((a) => ctx.regions.has(a))) return null;
  return { kind: 'regions', regions: list };
}

export function groupToString(g: GroupSpec): string {
  return g.kind === 'class' ? `${g.typology}.${g.code}` : g.regions.join(',');
}

/** The parameter for a state ("" for the default view with its defaults). */
export function serializeAnalysis(state: AnalysisState, ctx: AnalysisContext): string {
  const d = defaultAnalysis(state.view, ctx);
  const parts: string[] = [];
  const put = (key: string, value: string, def: string) => {
    if (value !== def) parts.push(`${key}=${value}`);
  };
  const b = (x: boolean) => (x ? '1' : '0');
  switch (state.view) {
    case 'gap': {
      const dd = d as GapState;
      const ind = ctx.indicators.get(state.indicator);
      put('i', state.indicator, dd.indicator);
      put('typ', state.typology, dd.typology);
      if (ind?.formula.type === 'change') put('base', state.base ?? '', ind.defaultBase ?? '');
      put('t', state.period, ind?.defaultPeriod ?? dd.period);
      break;
    }
    case 'rural':
      put('d', state.definition, (d as RuralState).definition);
      break;
    case 'trend': {
      const dd = d as TrendState;
      put('r', state.regions.join(','), dd.regions.join(','));
      put('idx', b(state.index), b(dd.index));
      put('base', state.base, dd.base);
      put('p', b(state.projections), b(dd.projections));
      put('e', state.level, dd.level);
      put('from', state.from, dd.from);
      put('to', state.to, dd.to);
      break;
    }
    case 'groups': {
      const dd = d as GroupsState;
      const ind = ctx.indicators.get(state.indicator);
      put('i', state.indicator, dd.indicator);
      if (ind?.formula.type === 'change') put('base', state.base ?? '', ind.defaultBase ?? '');
      put('a', groupToString(state.a), groupToString(dd.a));
      put('b', groupToString(state.b), groupToString(dd.b));
      break;
    }
    case 'bivar': {
      const dd = d as BivarState;
      const x = ctx.indicators.get(state.x);
      const y = ctx.indicators.get(state.y);
      put('x', state.x, dd.x);
      if (x?.formula.type === 'change') put('xb', state.xBase ?? '', x.defaultBase ?? '');
      put('xt', state.xPeriod, x?.defaultPeriod ?? '');
      put('y', state.y, dd.y);
      put('yt', state.yPeriod, y?.defaultPeriod ?? '');
      put('e', state.level, dd.level);
      put('c', state.cell === null ? '' : String(state.cell), '');
      put('pr', b(state.projects), b(dd.projects));
      break;
    }
    case 'projects':
      put('prog', state.program ?? '', '');
      break;
  }
  if (state.view === 'gap' && parts.length === 0) return '';
  return [state.view, ...parts].join('~');
}
