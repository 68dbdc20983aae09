// The analyses' state in one URL parameter. Parsing never throws: invalid parts fall back to their
// defaults and produce a notice; serialising writes only what differs from the defaults.
// Grammar: view("~"key"="value)* — e.g. gap~i=bb_alle_50~typ=regiostar2~t=2018 (change indicators: ~base=2013) · trend~r=066,065,064~base=1990~idx=0 · groups~a=066~b=bbsr_sgtyp.50~i=bb_alle_50 · bivar~x=bev_veraenderung~xb=2017~y=bb_alle_1000~e=kreis~c=0 · rural~d=rs2_land · projects~prog=starke-heimat-hessen (lists: ",", a typology class: typology"."code).
// Each view's parameters: url-views.ts; reading and writing one parameter: url-params.ts.
import { z } from '../zod.ts';
import { fragment as show } from '../state/notice.ts';
import { ParamReader, ParamWriter } from './url-params.ts';
import {
  readBivar,
  readGap,
  readGroups,
  readProjects,
  readRural,
  readTrend,
  writeBivar,
  writeGap,
  writeGroups,
  writeProjects,
  writeRural,
  writeTrend,
} from './url-views.ts';
import {
  VIEWS,
  defaultAnalysis,
  type AnalysisContext,
  type AnalysisState,
  type BivarState,
  type GapState,
  type GroupsState,
  type Notice,
  type RuralState,
  type TrendState,
} from './view-state.ts';

const View = z.enum(VIEWS);

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
  const r = new ParamReader(ctx);
  const [head = '', ...rest] = input.split('~');
  const viewParsed = View.safeParse(head || 'gap');
  const offered = viewParsed.success && (ctx.views ?? VIEWS).includes(viewParsed.data);
  if (!viewParsed.success)
    r.bad(`Unbekannte Analyse „${show(head)}“ – Stadt–Land-Gefälle.`, `Unknown analysis “${show(head)}” – urban–rural gap.`);
  else if (!offered)
    r.bad(
      `Die Analyse „${show(head)}“ gibt es nur für Hessen – Stadt–Land-Gefälle.`,
      `The analysis “${show(head)}” exists for Hesse only – urban–rural gap.`,
    );
  r.load(offered ? rest : []);
  const state = read(r, defaultAnalysis(offered ? viewParsed.data : 'gap', ctx), ctx);
  r.reportLeftovers();
  return { state, notices: r.notices };
}

function read(r: ParamReader, state: AnalysisState, ctx: AnalysisContext): AnalysisState {
  switch (state.view) {
    case 'gap':
      return readGap(r, state, ctx);
    case 'rural':
      return readRural(r, state);
    case 'trend':
      return readTrend(r, state, ctx);
    case 'groups':
      return readGroups(r, state, ctx);
    case 'bivar':
      return readBivar(r, state, ctx);
    case 'projects':
      return readProjects(r, state);
  }
}

/** The parameter for a state ("" for the default view with its defaults). */
export function serializeAnalysis(state: AnalysisState, ctx: AnalysisContext): string {
  const d = defaultAnalysis(state.view, ctx);
  const w = new ParamWriter();
  switch (state.view) {
    case 'gap':
      writeGap(w, state, d as GapState, ctx);
      break;
    case 'rural':
      writeRural(w, state, d as RuralState);
      break;
    case 'trend':
      writeTrend(w, state, d as TrendState);
      break;
    case 'groups':
      writeGroups(w, state, d as GroupsState, ctx);
      break;
    case 'bivar':
      writeBivar(w, state, d as BivarState, ctx);
      break;
    case 'projects':
      writeProjects(w, state);
      break;
  }
  if (state.view === 'gap' && w.parts.length === 0) return '';
  return [state.view, ...w.parts].join('~');
}
