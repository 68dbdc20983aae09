// A step's view and the atlas' ViewState, both ways, and the link that opens a step's view in the
// normal atlas (for the QR code).
import type { Catalogue, Level } from '../data/catalogue.ts';
import type { Lang } from '../scales/format.ts';
import { defaultClasses, defaultState, serializeUrl, type ViewState } from '../state/url.ts';
import type { StepClasses, StepView } from './schema.ts';

/** The view fields a step sets (everything but language, embed and the presentation itself). */
export type StepState = Pick<
  ViewState,
  | 'mode'
  | 'analysis'
  | 'indicator'
  | 'level'
  | 'gs'
  | 'scope'
  | 'period'
  | 'base'
  | 'method'
  | 'k'
  | 'breaks'
  | 'midpoint'
  | 'lock'
  | 'selected'
  | 'compare'
  | 'filter'
  | 'panel'
>;

/** The complete view of a step (defaults filled in from the indicator). */
export function stepToState(view: StepView, catalogue: Catalogue): StepState {
  const ind = catalogue.indicators.find((i) => i.id === view.indicator);
  const dc = defaultClasses(ind);
  const c = view.classes;
  const method = c?.method ?? dc.method;
  return {
    mode: view.mode,
    analysis: view.analysis,
    indicator: view.indicator,
    level: view.level,
    gs: view.gs,
    scope: view.scope,
    period: view.period,
    base: ind?.formula.type === 'change' ? (view.base ?? ind.defaultBase) : undefined,
    method,
    k: c?.k ?? dc.k,
    breaks: method === 'manual' ? [...(c?.breaks ?? [])] : [],
    midpoint: c?.midpoint,
    lock: c?.lock ?? false,
    selected: view.selected,
    compare: [...view.compare],
    filter: view.filter,
    panel: view.panel,
  };
}

/**
 * Shows a step: the indicator first (choosing one resets period and classes to its defaults),
 * then the rest of the view. Both land in the same URL update.
 */
export function applyStep(atlas: { set(next: Partial<ViewState>): void }, view: StepView, catalogue: Catalogue): void {
  const state = stepToState(view, catalogue);
  atlas.set({ indicator: state.indicator });
  atlas.set(state);
}

/** Query string ("?…") of a step's view in the normal atlas: no presentation, no kiosk. */
export function stepQuery(view: StepView, catalogue: Catalogue, lang: Lang): string {
  const state: ViewState = { ...defaultState(catalogue), ...stepToState(view, catalogue), lang };
  return serializeUrl(state, catalogue);
}

/** Full link for the audience: the atlas page at `base` (see publicBase), at the step's view. */
export function stepLink(view: StepView, catalogue: Catalogue, lang: Lang, base: string): string {
  return `${base}${stepQuery(view, catalogue, lang)}`;
}

/**
 * A step from the atlas' current view (for "add current view as step"). The selected and compared
 * regions that lie on the map's level become highlights, so they are labelled.
 */
export function stateToStepView(state: ViewState, catalogue: Catalogue, levelOf: (ags: string) => Level | undefined): StepView {
  const ind = catalogue.indicators.find((i) => i.id === state.indicator);
  const dc = defaultClasses(ind);
  let classes: StepClasses | undefined;
  if (ind?.scale !== 'categorical') {
    const same = state.method === dc.method && state.k === dc.k && state.midpoint === undefined && !state.lock;
    if (!same) {
      classes = { method: state.method };
      if (state.method === 'manual') classes.breaks = [...state.breaks];
      else classes.k = state.k;
      if (state.midpoint !== undefined) classes.midpoint = state.midpoint;
      if (state.lock) classes.lock = true;
    }
  }
  const onLevel = [...new Set([...(state.selected ? [state.selected] : []), ...state.compare])].filter((a) => levelOf(a) === state.level);
  const view: StepView = {
    mode: state.mode,
    analysis: state.analysis,
    indicator: state.indicator,
    level: state.level,
    gs: state.gs,
    scope: state.scope,
    period: state.period,
    selected: state.selected,
    compare: [...state.compare],
    panel: state.panel,
    filter: state.filter,
    highlight: onLevel,
    projections: false,
  };
  if (ind?.formula.type === 'change' && state.base !== undefined) view.base = state.base;
  if (classes) view.classes = classes;
  return view;
}
