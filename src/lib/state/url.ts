// The whole view lives in the URL. Parsing never throws: every invalid part falls back to its
// default and produces a notice the page shows; serialising writes only what differs from defaults.
// A parameter is known by being read with `get` below: an empty, repeated or unknown one gets a
// notice and is left out of the canonical URL (serializeUrl of the parsed state).
import type { Catalogue, Indicator, Level } from '../data/catalogue.ts';
import { LEVELS } from '../data/catalogue.ts';
import { METHODS, type Method } from '../scales/classify.ts';
import type { Lang } from '../scales/format.ts';
import { parseLinkNumber } from '../scales/number.ts';
import { DEFAULT_INDICATOR, DEFAULT_LEVEL } from './defaults.ts';
import { OWN_PREFIX } from '../data/added.ts';
import { DEFAULT_GEBIETSSTAND, GEBIETSSTAENDE, type Gebietsstand } from './gebietsstand.ts';
import { DEFAULT_SCOPE, SCOPES, type Scope } from './scope.ts';
import { fragment } from './notice.ts';

export const PANELS = ['profil', 'tabelle', 'vergleich'] as const;
export type Panel = (typeof PANELS)[number];
export const MODES = ['karte', 'analysen'] as const;
export type Mode = (typeof MODES)[number];
export const MAX_COMPARE = 5;
/** Tools opened over the map: own data, the SQL console (the latter also by a `sql=` query link). */
export const TOOLS = ['eigene-daten', 'sql'] as const;
export type Tool = (typeof TOOLS)[number];
/** A `sql=` link parameter longer than this is not a query the console wrote. */
const MAX_SQL_PARAM = 6000;

export interface ViewState {
  indicator: string;
  level: Level;
  period: string;
  /** Base period of a change indicator. */
  base?: string;
  method: Method;
  /** Number of classes, 3–9. */
  k: number;
  /** Inner class limits for method 'manual'. */
  breaks: number[];
  /** Midpoint of a diverging scale (default: the indicator's). */
  midpoint?: number;
  /** Same class limits for every period of the indicator. */
  lock: boolean;
  /** Region whose profile is open (any level). */
  selected: string | null;
  /** Regions compared side by side (any level, at most 5). */
  compare: string[];
  /** Legend class whose regions are highlighted. */
  filter: number | null;
  panel: Panel;
  mode: Mode;
  /** State of the analyses view, validated by that view. */
  analysis: string;
  lang: Lang;
  embed: boolean;
  /** Presentation: id of a story and its step (1-based); validated by the story player. */
  story: string | null;
  step: number;
  /** Kiosk loop: seconds per step, or null. */
  kiosk: number | null;
  /** Region whose one-page Steckbrief is open (any level), or null. */
  steckbrief: string | null;
  /** Indicator set of the similar regions ("bev~bev_dichte"), validated by the Steckbrief; '' = default. */
  similar: string;
  /** Gebietsstand of the data: 2026 (27 Kreise) or 2025 (2023–2025, 26 Kreise). */
  gs: Gebietsstand;
  /** Hessen or all of Germany (another data set). */
  scope: Scope;
  /** The tool open over the map, or null. */
  tool: Tool | null;
  /** The console's compressed query from a link (sql/share.ts), shown unrun; validated by the console. */
  sql: string | null;
}

export interface UrlContext {
  catalogue: Catalogue;
  /** Known region keys (any level). */
  regions: ReadonlySet<string>;
  /** Old keys that now denote another region (Hanau 06435014 → 06415000), with the note to show. */
  successors?: ReadonlyMap<string, { ags: string; notice: Notice }>;
}

export type Notice = { de: string; en: string };

const DEFAULT_K = 5;
const DIVERGING_K = 6;

/** Default classes of an indicator: quantiles, 5 (sequential) or 6 (diverging) classes. */
export function defaultClasses(ind: Indicator | undefined): Pick<ViewState, 'method' | 'k' | 'breaks' | 'midpoint' | 'lock'> {
  return { method: 'quantile', k: ind?.scale === 'diverging' ? DIVERGING_K : DEFAULT_K, breaks: [], midpoint: undefined, lock: false };
}

export function defaultState(catalogue: Catalogue): ViewState {
  const ind = catalogue.indicators.find((i) => i.id === DEFAULT_INDICATOR) ?? catalogue.indicators[0]!;
  return {
    indicator: ind.id,
    level: ind.levels.includes(DEFAULT_LEVEL) ? DEFAULT_LEVEL : ind.levels[0]!,
    period: ind.defaultPeriod,
    base: ind.formula.type === 'change' ? ind.defaultBase : undefined,
    ...defaultClasses(ind),
    selected: null,
    compare: [],
    filter: null,
    panel: 'profil',
    mode: 'karte',
    analysis: '',
    lang: 'de',
    embed: false,
    story: null,
    step: 1,
    kiosk: null,
    steckbrief: null,
    similar: '',
    gs: DEFAULT_GEBIETSSTAND,
    scope: DEFAULT_SCOPE,
    tool: null,
    sql: null,
  };
}

const MAX_PARAM = 400;

/** Reads a view from a query string (with or without "?"); never throws. */
export function parseUrl(search: string, ctx: UrlContext): { state: ViewState; notices: Notice[] } {
  const notices: Notice[] = [];
  const state = defaultState(ctx.catalogue);
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search.length > 8000 ? '' : search);
    if (search.length > 8000) notices.push({ de: 'Link zu lang – Standardansicht gezeigt.', en: 'Link too long – default view shown.' });
  } catch {
    return { state, notices: [{ de: 'Link nicht lesbar – Standardansicht gezeigt.', en: 'Unreadable link – default view shown.' }] };
  }
  const bad = (de: string, en: string) => notices.push({ de, en });
  const show = (v: string) => fragment(v);
  const known = new Set<string>();
  /** The value of a parameter this view reads; an empty one is dropped with a notice. */
  const get = (key: string): string | null => {
    known.add(key);
    const all = params.getAll(key);
    if (all.length > 1)
      bad(
        `„${key}“ steht mehrfach im Link – der erste Wert gilt.`,
        `“${key}” appears more than once in the link – the first value counts.`,
      );
    const v = all[0];
    if (v === undefined) return null;
    if (v.trim() === '') {
      bad(`„${key}“ ohne Wert im Link – weggelassen.`, `“${key}” without a value in the link – left out.`);
      return null;
    }
    return v.slice(0, MAX_PARAM);
  };
  /** A switch: "1" on, "0" off (the default). */
  const flag = (key: string): boolean => {
    const v = get(key);
    if (v !== null && v !== '0' && v !== '1') bad(`Schalter „${key}“ muss 0 oder 1 sein – aus.`, `Switch “${key}” must be 0 or 1 – off.`);
    return v === '1';
  };
  /** A known region key, an old key's successor (noted once), or null. */
  const said = new Set<string>();
  const region = (key: string): string | null => {
    if (ctx.regions.has(key)) return key;
    const next = ctx.successors?.get(key);
    if (!next) return null;
    if (!said.has(key)) notices.push(next.notice);
    said.add(key);
    return next.ags;
  };

  const gs = get('gs');
  if (gs !== null) {
    if ((GEBIETSSTAENDE as readonly string[]).includes(gs)) state.gs = gs as Gebietsstand;
    else bad(`Unbekannter Gebietsstand „${show(gs)}“ – Gebietsstand 2026.`, `Unknown territorial status “${show(gs)}” – 2026.`);
  }

  const scope = get('scope');
  if (scope !== null) {
    if ((SCOPES as readonly string[]).includes(scope)) state.scope = scope as Scope;
    else bad(`Unbekannter Raum „${show(scope)}“ – Hessen.`, `Unknown area “${show(scope)}” – Hesse.`);
  }

  const lang = get('lang');
  if (lang === 'en' || lang === 'de') state.lang = lang;
  else if (lang !== null) bad(`Unbekannte Sprache „${show(lang)}“ – Deutsch.`, `Unknown language “${show(lang)}” – German.`);

  const mode = get('m');
  if (mode !== null) {
    if ((MODES as readonly string[]).includes(mode)) state.mode = mode as Mode;
    else bad(`Unbekannte Ansicht „${show(mode)}“ – Karte.`, `Unknown view “${show(mode)}” – map.`);
  }

  const id = get('i');
  let ind = ctx.catalogue.indicators.find((x) => x.id === state.indicator)!;
  if (id !== null) {
    const found = ctx.catalogue.indicators.find((x) => x.id === id);
    if (found) {
      ind = found;
      state.indicator = found.id;
      state.level = found.levels.includes(state.level) ? state.level : found.levels[0]!;
      state.period = found.defaultPeriod;
      state.base = found.formula.type === 'change' ? found.defaultBase : undefined;
      Object.assign(state, defaultClasses(found));
    } else if (id.startsWith(OWN_PREFIX))
      bad(
        'Dieser Link zeigt eigene Daten, die nur im Browser der Person liegen, die ihn geteilt hat; hier sind sie nicht gespeichert – Standardindikator gezeigt.',
        'This link shows own data that exist only in the browser of the person who shared it; they are not stored here – default indicator shown.',
      );
    else if (state.scope === 'de')
      bad(
        `Der Indikator „${show(id)}“ liegt nicht bundesweit vor, nur für Hessen – Standardindikator gezeigt.`,
        `The indicator “${show(id)}” is not available for all of Germany, only for Hesse – default indicator shown.`,
      );
    else
      bad(`Unbekannter Indikator „${show(id)}“ – Standardindikator gezeigt.`, `Unknown indicator “${show(id)}” – default indicator shown.`);
  }

  const level = get('e');
  if (level !== null) {
    if ((LEVELS as readonly string[]).includes(level) && ind.levels.includes(level as Level)) state.level = level as Level;
    else bad(`Ebene „${show(level)}“ gibt es für diesen Indikator nicht.`, `Level “${show(level)}” is not available for this indicator.`);
  }

  const period = get('t');
  if (period !== null) {
    // A change needs a base before its target, so the first period cannot be a target.
    const targets = ind.formula.type === 'change' ? ind.periods.slice(1) : ind.periods;
    if (targets.includes(period)) state.period = period;
    else
      bad(`Zeitpunkt „${show(period)}“ gibt es für diesen Indikator nicht.`, `Date “${show(period)}” is not available for this indicator.`);
  }

  const base = get('b');
  if (base !== null) {
    if (ind.formula.type === 'change' && ind.periods.includes(base) && base < state.period) state.base = base;
    else bad(`Basiszeitpunkt „${show(base)}“ ungültig.`, `Base date “${show(base)}” is invalid.`);
  }
  if (ind.formula.type === 'change' && state.base !== undefined && state.base >= state.period) {
    state.base = ind.periods.find((p) => p < state.period);
  }

  const method = get('k');
  if (method !== null) {
    const [name, count] = method.split(':');
    const k = Number(count);
    if ((METHODS as readonly string[]).includes(name ?? '') && (name === 'manual' || (Number.isInteger(k) && k >= 3 && k <= 9))) {
      state.method = name as Method;
      if (name !== 'manual') state.k = k;
    } else bad(`Klassifikation „${show(method)}“ ungültig – Quantile.`, `Classification “${show(method)}” is invalid – quantiles.`);
  }
  const breaks = get('g');
  if (breaks !== null) {
    const parsed = breaks.split('~').map(parseLinkNumber);
    if (parsed.length >= 1 && parsed.length <= 8 && parsed.every((p) => p !== null)) {
      state.breaks = [...new Set(parsed as number[])].sort((a, b) => a - b);
    } else bad('Klassengrenzen im Link ungültig.', 'Class limits in the link are invalid.');
  }
  if (state.method !== 'manual') state.breaks = [];
  if (state.method === 'manual' && state.breaks.length === 0) {
    state.method = 'quantile';
    bad('Manuelle Klassen ohne Grenzen – Quantile.', 'Manual classes without limits – quantiles.');
  }
  const mid = get('mid');
  if (mid !== null) {
    const p = parseLinkNumber(mid);
    if (p !== null && ind.scale === 'diverging') state.midpoint = p;
    else bad('Mittelpunkt im Link ungültig.', 'Midpoint in the link is invalid.');
  }
  if (flag('lock')) state.lock = true;

  const sel = get('s');
  if (sel !== null) {
    const known = region(sel);
    if (known) state.selected = known;
    else bad(`Gebiet „${show(sel)}“ unbekannt.`, `Unknown area “${show(sel)}”.`);
  }
  const cmp = get('v');
  if (cmp !== null) {
    const list = [...new Set(cmp.split(','))];
    const known = [...new Set(list.map(region).filter((a): a is string => a !== null))];
    if (list.some((a) => region(a) === null))
      bad('Unbekannte Gebiete im Vergleich wurden weggelassen.', 'Unknown areas in the comparison were left out.');
    if (known.length > MAX_COMPARE) bad(`Höchstens ${MAX_COMPARE} Gebiete im Vergleich.`, `At most ${MAX_COMPARE} areas in a comparison.`);
    state.compare = known.slice(0, MAX_COMPARE);
  }
  const filter = get('f');
  if (filter !== null) {
    const f = Number(filter);
    if (Number.isInteger(f) && f >= 0 && f < 12) state.filter = f;
    else bad('Klassenfilter im Link ungültig.', 'Class filter in the link is invalid.');
  }
  const panel = get('p');
  if (panel !== null) {
    if ((PANELS as readonly string[]).includes(panel)) state.panel = panel as Panel;
    else bad(`Unbekannter Bereich „${show(panel)}“.`, `Unknown panel “${show(panel)}”.`);
  }
  const analysis = get('a');
  if (analysis !== null) state.analysis = analysis;
  if (flag('embed')) state.embed = true;
  const story = get('story');
  if (story !== null) {
    if (/^[a-z0-9-]{1,60}$/.test(story)) state.story = story;
    else bad(`Präsentation „${show(story)}“ unbekannt.`, `Unknown presentation “${show(story)}”.`);
  }
  const step = get('step');
  if (step !== null) {
    const n = Number(step);
    if (Number.isInteger(n) && n >= 1 && n <= 99) state.step = n;
    else bad('Schritt im Link ungültig – Schritt 1.', 'Invalid step in the link – step 1.');
  }
  const kiosk = get('kiosk');
  if (kiosk !== null) {
    const n = Number(kiosk);
    if (Number.isInteger(n) && n >= 5 && n <= 600) state.kiosk = n;
    else bad('Kiosk-Intervall ungültig (5–600 Sekunden).', 'Invalid kiosk interval (5–600 seconds).');
  }
  const sb = get('steckbrief');
  if (sb !== null) {
    const known = region(sb);
    if (known) state.steckbrief = known;
    else bad(`Steckbrief: Gebiet „${show(sb)}“ unbekannt.`, `Fact sheet: unknown area “${show(sb)}”.`);
  }
  const similar = get('aehnlich');
  if (similar !== null) state.similar = similar;

  const tool = get('tool');
  if (tool !== null) {
    if ((TOOLS as readonly string[]).includes(tool)) state.tool = tool as Tool;
    else bad(`Werkzeug „${show(tool)}“ unbekannt.`, `Unknown tool “${show(tool)}”.`);
  }
  // Not through `get`: a query is longer than the other parameters' cap.
  known.add('sql');
  const sql = params.get('sql');
  if (sql && sql.length <= MAX_SQL_PARAM) Object.assign(state, { tool: 'sql', sql });
  else if (sql) bad('Abfrage im Link zu lang – weggelassen.', 'Query in the link too long – left out.');

  const unknown = [...new Set(params.keys())].filter((k) => !known.has(k));
  if (unknown.length) {
    const names =
      unknown
        .slice(0, 3)
        .map((k) => `„${show(k)}“`)
        .join(', ') + (unknown.length > 3 ? ' …' : '');
    const namesEn =
      unknown
        .slice(0, 3)
        .map((k) => `“${show(k)}”`)
        .join(', ') + (unknown.length > 3 ? ' …' : '');
    bad(`Unbekannte Angaben im Link entfernt: ${names}.`, `Unknown parts of the link removed: ${namesEn}.`);
  }
  return { state, notices };
}

/** Query string ("?…", or "" for the default view) with only what differs from the defaults. */
export function serializeUrl(state: ViewState, catalogue: Catalogue): string {
  const d = defaultState(catalogue);
  const ind = catalogue.indicators.find((x) => x.id === state.indicator);
  const p = new URLSearchParams();
  if (state.scope !== d.scope) p.set('scope', state.scope);
  if (state.mode !== d.mode) p.set('m', state.mode);
  // Against the atlas' default, not the data set's: a national link keeps its indicator whatever Germany's default is.
  if (state.indicator !== DEFAULT_INDICATOR) p.set('i', state.indicator);
  const indDefaults = ind
    ? { level: ind.levels.includes(d.level) ? d.level : ind.levels[0], period: ind.defaultPeriod, base: ind.defaultBase }
    : null;
  if (state.level !== (indDefaults?.level ?? d.level)) p.set('e', state.level);
  if (state.period !== (indDefaults?.period ?? d.period)) p.set('t', state.period);
  if (state.base !== undefined && state.base !== indDefaults?.base) p.set('b', state.base);
  const dc = defaultClasses(ind);
  if (state.method === 'manual') p.set('k', 'manual');
  else if (state.method !== dc.method || state.k !== dc.k) p.set('k', `${state.method}:${state.k}`);
  if (state.method === 'manual' && state.breaks.length) p.set('g', state.breaks.join('~'));
  if (state.midpoint !== undefined) p.set('mid', String(state.midpoint));
  if (state.lock) p.set('lock', '1');
  if (state.selected) p.set('s', state.selected);
  if (state.compare.length) p.set('v', state.compare.join(','));
  if (state.filter !== null) p.set('f', String(state.filter));
  if (state.panel !== d.panel) p.set('p', state.panel);
  if (state.analysis) p.set('a', state.analysis);
  if (state.lang !== d.lang) p.set('lang', state.lang);
  if (state.embed) p.set('embed', '1');
  if (state.story) p.set('story', state.story);
  if (state.story && state.step !== 1) p.set('step', String(state.step));
  if (state.kiosk !== null) p.set('kiosk', String(state.kiosk));
  if (state.steckbrief) p.set('steckbrief', state.steckbrief);
  if (state.similar) p.set('aehnlich', state.similar);
  // Germany has one Gebietsstand.
  if (state.scope === DEFAULT_SCOPE && state.gs !== d.gs) p.set('gs', state.gs);
  if (state.tool === 'sql' && state.sql) p.set('sql', state.sql);
  else if (state.tool) p.set('tool', state.tool);
  const s = p.toString();
  return s ? `?${s}` : '';
}
