// The analyses' URL parameter: round trips, defaults, notices, and random input never throws.
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { Boot } from '../../../src/lib/data/boot.ts';
import type { Indicator } from '../../../src/lib/data/catalogue.ts';
import { parseAnalysis, serializeAnalysis } from '../../../src/lib/analysis/url.ts';
import {
  VIEWS,
  bivarSupported,
  defaultAnalysis,
  groupSupported,
  programSlug,
  viewsFor,
  type AnalysisContext,
  type AnalysisState,
} from '../../../src/lib/analysis/view-state.ts';
import { gapSupported } from '../../../src/lib/analysis/gap.ts';
import { RURAL_DEFINITIONS, TYPOLOGIES, TYPOLOGY_IDS } from '../../../src/lib/analysis/typologies.ts';
import { mulberry32 } from '../../../src/lib/analysis/prng.ts';

let ctx: AnalysisContext;
let indicators: Indicator[];

beforeAll(() => {
  const boot = Boot.parse(JSON.parse(readFileSync('public/data/boot.json', 'utf8')));
  indicators = boot.catalogue.indicators;
  ctx = { indicators: new Map(indicators.map((i) => [i.id, i])), regions: new Set(boot.regions.map((r) => r.ags)) };
});

const roundTrip = (s: string) => serializeAnalysis(parseAnalysis(s, ctx).state, ctx);

describe('grammar', () => {
  it('reads the documented examples without notices and writes them back unchanged', () => {
    for (const s of [
      'gap~i=bb_alle_50~typ=regiostar2~t=2018',
      'gap~typ=degurba',
      'gap~i=bev_veraenderung~base=2017~t=2021',
      'trend~r=066,064~idx=0',
      'trend~base=1990',
      'trend~r=06611,06633~p=0~e=kreis~from=1990~to=2009',
      'groups~i=bb_alle_50~a=065~b=bbsr_sgtyp.50',
      'groups~i=bev_veraenderung~base=2009~a=06611,06633,06412000',
      'groups~a=bbsr_sgtyp.50:066~b=065',
      'bivar~x=bev_dichte~xt=2013~y=bb_alle_50~yt=2018~e=kreis~c=0~pr=1',
      'bivar~xb=2017~c=4',
      'rural~d=rs2_land',
      'projects~prog=starke-heimat-hessen',
      'rural',
      'projects',
    ]) {
      const { notices } = parseAnalysis(s, ctx);
      expect(notices, s).toEqual([]);
      expect(roundTrip(s), s).toBe(s);
    }
  });

  it('gives the default gap view for an empty parameter and writes it as ""', () => {
    const { state, notices } = parseAnalysis('', ctx);
    expect(notices).toEqual([]);
    expect(state).toEqual({ view: 'gap', indicator: 'bb_alle_1000', typology: 'bbsr_sgtyp', period: '2021-06', base: undefined });
    expect(serializeAnalysis(state, ctx)).toBe('');
    expect(roundTrip('gap')).toBe('');
  });

  it('the trend view starts with the three Regierungsbezirke as an index with projections', () => {
    const s = defaultAnalysis('trend', ctx);
    expect(s).toMatchObject({ view: 'trend', regions: ['066', '065', '064'], index: true, base: '2013', projections: true });
    expect(serializeAnalysis(s, ctx)).toBe('trend');
  });

  it('falls back to defaults with a notice for every invalid part', () => {
    const cases: [string, Partial<AnalysisState>][] = [
      ['nonsense', { view: 'gap' }],
      ['gap~i=bevx', { indicator: 'bb_alle_1000' }],
      ['gap~i=bev', { indicator: 'bb_alle_1000' }], // a sum has no population-weighted class value
      ['gap~typ=thuenen', { typology: 'bbsr_sgtyp' }],
      ['gap~t=1999', { period: '2021-06' }],
      ['trend~r=066,999', { regions: ['066'] }],
      ['trend~idx=2', { index: true }],
      ['trend~from=2023~to=2013', { from: '2013', to: '2023' }],
      ['groups~a=bbsr_sgtyp.60', { a: { kind: 'regions', regions: ['066'] } }],
      ['groups~a=bbsr_sgtyp.50:09', { a: { kind: 'regions', regions: ['066'] } }], // no such region in Hessen
      ['bivar~c=9', { cell: null }],
      ['bivar~e=rb', { level: 'gemeinde' }],
      ['rural~d=xyz', { definition: 'sg_klein_land' }],
      ['projects~prog=Ä', { program: null }],
      ['gap~zzz=1', {}],
      ['gap~i=bb_alle_50~i=bb_alle_1000', { indicator: 'bb_alle_50' }],
    ];
    for (const [input, expected] of cases) {
      const { state, notices } = parseAnalysis(input, ctx);
      expect(notices.length, input).toBeGreaterThan(0);
      expect(state, input).toMatchObject(expected);
      for (const n of notices) expect(n.de.length && n.en.length).toBeTruthy();
    }
  });

  it('keeps at most 8 trend regions and 20 regions per group', () => {
    const kreise = [...ctx.regions].filter((a) => a.length === 5);
    const trend = parseAnalysis(`trend~r=${kreise.join(',')}`, ctx);
    expect(trend.state).toMatchObject({ regions: kreise.slice(0, 8) });
    expect(trend.notices.length).toBe(1);
    const groups = parseAnalysis(`groups~a=${kreise.slice(0, 21).join(',')}`, ctx);
    expect(groups.notices.length).toBe(1);
  });

  it('makes programme slugs from programme names', () => {
    expect(programSlug('Starke Heimat Hessen - Förderung smarter Kommunen und Regionen (Land Hessen)')).toBe('starke-heimat-hessen');
    expect(programSlug('Modellprojekte Smart Cities (Bund, BMI/BMWSB, KfW 436)')).toBe('modellprojekte-smart-cities');
  });
});

describe('round trip of random states', () => {
  function pick<T>(xs: readonly T[], r: () => number): T {
    return xs[Math.floor(r() * xs.length)]!;
  }
  function randomState(r: () => number): AnalysisState {
    const regions = [...ctx.regions];
    const view = pick(VIEWS, r);
    switch (view) {
      case 'gap': {
        const ind = pick(indicators.filter(gapSupported), r);
        const base = ind.formula.type === 'change' ? pick(ind.periods.slice(0, -1), r) : undefined;
        const period = pick(
          ind.periods.filter((p) => !base || p > base),
          r,
        );
        return { view, indicator: ind.id, typology: pick(TYPOLOGY_IDS, r), period, base };
      }
      case 'rural':
        return { view, definition: pick(RURAL_DEFINITIONS, r).id };
      case 'trend': {
        const periods = ctx.indicators.get('bev')!.periods;
        const from = pick(periods.slice(0, -1), r);
        return {
          view,
          regions: [...new Set(Array.from({ length: 1 + Math.floor(r() * 8) }, () => pick(regions, r)))],
          index: r() < 0.5,
          base: pick(periods, r),
          projections: r() < 0.5,
          level: r() < 0.5 ? 'gemeinde' : 'kreis',
          from,
          to: pick(
            periods.filter((p) => p > from),
            r,
          ),
        };
      }
      case 'groups': {
        const ind = pick(indicators.filter(groupSupported), r);
        const group = () => {
          if (r() < 0.4) {
            const t = pick(TYPOLOGY_IDS, r);
            return { kind: 'class' as const, typology: t, code: pick(TYPOLOGIES[t].classes, r) };
          }
          return {
            kind: 'regions' as const,
            regions: [...new Set(Array.from({ length: 1 + Math.floor(r() * 20) }, () => pick(regions, r)))],
          };
        };
        return {
          view,
          indicator: ind.id,
          base: ind.formula.type === 'change' ? pick(ind.periods.slice(0, -1), r) : undefined,
          a: group(),
          b: group(),
        };
      }
      case 'bivar': {
        const x = pick(indicators.filter(bivarSupported), r);
        const ys = indicators.filter(
          (i) => bivarSupported(i) && (['gemeinde', 'kreis'] as const).some((l) => i.levels.includes(l) && x.levels.includes(l)),
        );
        const y = pick(ys, r);
        const levels = (['gemeinde', 'kreis'] as const).filter((l) => x.levels.includes(l) && y.levels.includes(l));
        const xBase = x.formula.type === 'change' ? pick(x.periods.slice(0, -1), r) : undefined;
        return {
          view,
          x: x.id,
          xBase,
          xPeriod: pick(
            x.periods.filter((p) => !xBase || p > xBase),
            r,
          ),
          y: y.id,
          yPeriod: pick(y.periods, r),
          level: pick(levels, r),
          cell: r() < 0.3 ? null : Math.floor(r() * 9),
          projects: r() < 0.5,
        };
      }
      case 'projects':
        return { view, program: r() < 0.3 ? null : pick(['modellprojekte-smart-cities', 'starke-heimat-hessen'], r) };
    }
  }

  it('parse(serialize(state)) gives the state back, without notices', () => {
    const r = mulberry32(7);
    for (let i = 0; i < 600; i++) {
      const s = randomState(r);
      const text = serializeAnalysis(s, ctx);
      expect(text.length, text).toBeLessThanOrEqual(400); // the atlas keeps 400 characters of the parameter
      const back = parseAnalysis(text, ctx);
      expect(back.notices, text).toEqual([]);
      expect(back.state, text).toEqual(s);
    }
  });
});

describe('fuzzing', () => {
  it('never throws on random strings and always returns a valid view', () => {
    const r = mulberry32(42);
    const alphabet = 'gaptrendgroupsbivarruralprojects~=,._-0123456789abcdefghijklmnopqrstuvwxyzÄ%&?# ';
    const tokens = [
      'gap',
      'trend',
      'groups',
      'bivar',
      'rural',
      'projects',
      '~',
      '=',
      'i',
      'typ',
      't',
      'r',
      'a',
      'b',
      'x',
      'y',
      'c',
      'e',
      'base',
      'idx',
      'bb_alle_50',
      '066',
      '06611',
      'bbsr_sgtyp.50',
      'kreis',
      '2013',
    ];
    for (let n = 0; n < 3000; n++) {
      const len = Math.floor(r() * 60);
      let s = '';
      for (let i = 0; i < len; i++) s += r() < 0.5 ? alphabet[Math.floor(r() * alphabet.length)] : tokens[Math.floor(r() * tokens.length)];
      const { state } = parseAnalysis(s, ctx);
      expect(VIEWS).toContain(state.view);
      // Whatever came in, what goes out parses again without notices.
      const again = parseAnalysis(serializeAnalysis(state, ctx), ctx);
      expect(again.notices, s).toEqual([]);
      expect(again.state).toEqual(state);
    }
  });
});

describe('the national data set', () => {
  let de: AnalysisContext;
  beforeAll(() => {
    const boot = Boot.parse(JSON.parse(readFileSync('public/data/de/boot.json', 'utf8')));
    de = {
      indicators: new Map(boot.catalogue.indicators.map((i) => [i.id, i])),
      regions: new Set(boot.regions.map((r) => r.ags)),
      views: viewsFor(true),
    };
  });

  it('offers no Hessen-only view: a link to one says so and opens the Stadt–Land gap', () => {
    expect(viewsFor(true)).toEqual(['gap', 'trend', 'groups', 'bivar']);
    expect(viewsFor(false)).toEqual(VIEWS);
    const { state, notices } = parseAnalysis('rural~d=rs2_land', de);
    expect(state.view).toBe('gap');
    expect(notices).toEqual([
      {
        de: 'Die Analyse „rural“ gibt es nur für Hessen – Stadt–Land-Gefälle.',
        en: 'The analysis “rural” exists for Hesse only – urban–rural gap.',
      },
    ]);
  });

  it('starts the trend with Hessen against Deutschland and the groups with Hessen’s Landgemeinden against all German ones', () => {
    expect(defaultAnalysis('trend', de)).toMatchObject({ regions: ['06', 'DG'] });
    // broadband is per Kreis nationally; the classes are classes of Gemeinden
    expect(defaultAnalysis('gap', de)).toMatchObject({ indicator: 'bev_veraenderung' });
    expect(defaultAnalysis('groups', de)).toMatchObject({
      a: { kind: 'class', typology: 'bbsr_sgtyp', code: 50, within: '06' },
      b: { kind: 'class', typology: 'bbsr_sgtyp', code: 50 },
    });
    expect(serializeAnalysis(parseAnalysis('groups~a=bbsr_sgtyp.50:06~b=bbsr_sgtyp.50', de).state, de)).toBe('groups');
  });
});
