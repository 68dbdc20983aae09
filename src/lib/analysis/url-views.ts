// Each analysis view's parameters: how they are read into its state and written back (see url.ts for
// the grammar). A reader starts from the view's defaults and returns the state the link asks for.
import { z } from '../zod.ts';
import { fragment as show } from '../state/notice.ts';
import { gapSupported } from './gap.ts';
import type { GroupSpec } from './group-queries.ts';
import { RURAL_DEFINITIONS, TYPOLOGIES, isTypologyId } from './typologies.ts';
import type { ParamReader, ParamWriter } from './url-params.ts';
import {
  MAX_GROUP_REGIONS,
  MAX_TREND_REGIONS,
  POPULATION,
  baseOf,
  bivarSupported,
  defaultAnalysis,
  groupSupported,
  type AnalysisContext,
  type BivarState,
  type GapState,
  type GroupsState,
  type ProjectsState,
  type RuralState,
  type TrendState,
} from './view-state.ts';

const Cell = z.coerce.number().int().min(0).max(8);
const Slug = z.string().regex(/^[a-z0-9-]{1,60}$/);
const GroupClass = z.string().regex(/^([a-z0-9_]+)\.(\d{1,3})(:(\d{2,8}|DG))?$/);

export function readGap(r: ParamReader, state: GapState, ctx: AnalysisContext): GapState {
  const ind = r.indicator('i', gapSupported);
  if (ind) {
    state.indicator = ind.id;
    state.period = ind.defaultPeriod;
    state.base = baseOf(ind);
  }
  const current = ctx.indicators.get(state.indicator)!;
  const typ = r.take('typ');
  if (typ !== undefined) {
    if (isTypologyId(typ)) state.typology = typ;
    else r.bad(`Typisierung „${show(typ)}“ unbekannt.`, `Unknown typology “${show(typ)}”.`);
  }
  ({ base: state.base, period: state.period } = r.periods(current, 'base', 't', state.base, state.period));
  return state;
}

export function writeGap(w: ParamWriter, state: GapState, d: GapState, ctx: AnalysisContext): void {
  const ind = ctx.indicators.get(state.indicator);
  w.put('i', state.indicator, d.indicator);
  w.put('typ', state.typology, d.typology);
  w.base('base', ind, state.base);
  w.put('t', state.period, ind?.defaultPeriod ?? d.period);
}

export function readRural(r: ParamReader, state: RuralState): RuralState {
  const d = r.take('d');
  if (d !== undefined) {
    if (RURAL_DEFINITIONS.some((x) => x.id === d)) state.definition = d;
    else r.bad(`Abgrenzung „${show(d)}“ unbekannt.`, `Unknown definition “${show(d)}”.`);
  }
  return state;
}

export function writeRural(w: ParamWriter, state: RuralState, d: RuralState): void {
  w.put('d', state.definition, d.definition);
}

export function readTrend(r: ParamReader, state: TrendState, ctx: AnalysisContext): TrendState {
  const regions = r.take('r');
  if (regions !== undefined) {
    const list = [...new Set(regions.split(',').filter(Boolean))];
    const known = list.filter((a) => ctx.regions.has(a));
    if (known.length < list.length) r.bad('Unbekannte Gebiete wurden weggelassen.', 'Unknown areas were left out.');
    if (known.length > MAX_TREND_REGIONS) r.bad(`Höchstens ${MAX_TREND_REGIONS} Gebiete.`, `At most ${MAX_TREND_REGIONS} areas.`);
    state.regions = known.slice(0, MAX_TREND_REGIONS);
  }
  const periods = ctx.indicators.get(POPULATION)?.periods ?? [];
  state.index = r.flag('idx', state.index);
  state.base = r.period('base', periods, state.base);
  state.projections = r.flag('p', state.projections);
  state.level = r.level('e', state.level);
  state.from = r.period('from', periods.slice(0, -1), state.from);
  state.to = r.period('to', periods, state.to);
  if (state.to <= state.from) {
    r.bad('Der Endzeitpunkt muss nach dem Anfang liegen.', 'The end date must be after the start.');
    const d = defaultAnalysis('trend', ctx) as TrendState;
    state.from = d.from;
    state.to = d.to;
  }
  return state;
}

export function writeTrend(w: ParamWriter, state: TrendState, d: TrendState): void {
  w.put('r', state.regions.join(','), d.regions.join(','));
  w.flag('idx', state.index, d.index);
  w.put('base', state.base, d.base);
  w.flag('p', state.projections, d.projections);
  w.put('e', state.level, d.level);
  w.put('from', state.from, d.from);
  w.put('to', state.to, d.to);
}

export function readGroups(r: ParamReader, state: GroupsState, ctx: AnalysisContext): GroupsState {
  const ind = r.indicator('i', groupSupported);
  if (ind) {
    state.indicator = ind.id;
    state.base = baseOf(ind);
  }
  const current = ctx.indicators.get(state.indicator)!;
  if (current.formula.type === 'change') state.base = r.period('base', current.periods.slice(0, -1), state.base!);
  for (const side of ['a', 'b'] as const) {
    const v = r.take(side);
    if (v === undefined) continue;
    const g = parseGroup(v, ctx);
    if (g) state[side] = g;
    else r.bad(`Gruppe ${side.toUpperCase()} „${show(v)}“ ungültig.`, `Group ${side.toUpperCase()} “${show(v)}” is invalid.`);
  }
  return state;
}

export function writeGroups(w: ParamWriter, state: GroupsState, d: GroupsState, ctx: AnalysisContext): void {
  w.put('i', state.indicator, d.indicator);
  w.base('base', ctx.indicators.get(state.indicator), state.base);
  w.put('a', groupToString(state.a), groupToString(d.a));
  w.put('b', groupToString(state.b), groupToString(d.b));
}

function parseGroup(v: string, ctx: AnalysisContext): GroupSpec | null {
  const cls = GroupClass.safeParse(v);
  if (cls.success) {
    const [cls_, within] = v.split(':') as [string, string | undefined];
    const [typ, code] = cls_.split('.') as [string, string];
    if (!isTypologyId(typ) || !TYPOLOGIES[typ].classes.includes(Number(code))) return null;
    if (within !== undefined && !ctx.regions.has(within)) return null;
    return { kind: 'class', typology: typ, code: Number(code), ...(within ? { within } : {}) };
  }
  const list = [...new Set(v.split(',').filter(Boolean))];
  if (!list.length || list.length > MAX_GROUP_REGIONS || !list.every((a) => ctx.regions.has(a))) return null;
  return { kind: 'regions', regions: list };
}

export function groupToString(g: GroupSpec): string {
  return g.kind === 'class' ? `${g.typology}.${g.code}${g.within ? `:${g.within}` : ''}` : g.regions.join(',');
}

export function readBivar(r: ParamReader, state: BivarState, ctx: AnalysisContext): BivarState {
  const x = r.indicator('x', bivarSupported);
  if (x) {
    state.x = x.id;
    state.xPeriod = x.defaultPeriod;
    state.xBase = baseOf(x);
  }
  const y = r.indicator('y', bivarSupported);
  if (y) {
    state.y = y.id;
    state.yPeriod = y.defaultPeriod;
  }
  const xi = ctx.indicators.get(state.x)!;
  const yi = ctx.indicators.get(state.y)!;
  ({ base: state.xBase, period: state.xPeriod } = r.periods(xi, 'xb', 'xt', state.xBase, state.xPeriod));
  state.yPeriod = r.period('yt', yi.periods, state.yPeriod);
  const both = (['gemeinde', 'kreis'] as const).filter((l) => xi.levels.includes(l) && yi.levels.includes(l));
  if (!both.length) {
    r.bad('Die beiden Indikatoren haben keine gemeinsame Ebene – Standard.', 'The two indicators share no level – default.');
    r.dropRest();
    return defaultAnalysis('bivar', ctx) as BivarState;
  }
  if (!both.includes(state.level)) state.level = both[0]!;
  state.level = r.level('e', state.level, both);
  const c = r.take('c');
  if (c !== undefined) {
    const p = Cell.safeParse(c);
    if (p.success) state.cell = p.data;
    else r.bad('Feld der Legende ungültig.', 'Invalid legend cell.');
  }
  state.projects = r.flag('pr', state.projects);
  return state;
}

export function writeBivar(w: ParamWriter, state: BivarState, d: BivarState, ctx: AnalysisContext): void {
  const x = ctx.indicators.get(state.x);
  const y = ctx.indicators.get(state.y);
  w.put('x', state.x, d.x);
  w.base('xb', x, state.xBase);
  w.put('xt', state.xPeriod, x?.defaultPeriod ?? '');
  w.put('y', state.y, d.y);
  w.put('yt', state.yPeriod, y?.defaultPeriod ?? '');
  w.put('e', state.level, d.level);
  w.put('c', state.cell === null ? '' : String(state.cell), '');
  w.flag('pr', state.projects, d.projects);
}

export function readProjects(r: ParamReader, state: ProjectsState): ProjectsState {
  const p = r.take('prog');
  if (p !== undefined) {
    const s = Slug.safeParse(p);
    if (s.success) state.program = s.data;
    else r.bad(`Programm „${show(p)}“ unbekannt.`, `Unknown programme “${show(p)}”.`);
  }
  return state;
}

export function writeProjects(w: ParamWriter, state: ProjectsState): void {
  w.put('prog', state.program ?? '', '');
}
