import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { Atlas } from '../../../src/lib/state/atlas.svelte.ts';
import { buildGeometry, PlanarTopology } from '../../../src/lib/geo/topology.ts';
import { defaultState, parseUrl } from '../../../src/lib/state/url.ts';
import { parseStory } from '../../../src/lib/story/validate.ts';
import type { Story } from '../../../src/lib/story/schema.ts';
import { applyStep, stateToStepView, stepLink, stepQuery, stepToState } from '../../../src/lib/story/view.ts';
import { loadContext, shippedStory } from './context.ts';

let ctx: ReturnType<typeof loadContext>;
let story: Story;
let atlas: Atlas;

beforeAll(() => {
  ctx = loadContext();
  const r = parseStory(shippedStory(), ctx);
  if (!r.ok) throw new Error('shipped story invalid');
  story = r.story;
  atlas = new Atlas(ctx.boot, buildGeometry(PlanarTopology.parse(JSON.parse(readFileSync('public/data/geo.topo.json', 'utf8')))));
});

const view = (n: number) => story.steps[n - 1]!.view;

describe('step → view state', () => {
  it('fills in the indicator defaults (base period, classes)', () => {
    const s = stepToState(view(1), ctx.catalogue);
    expect(s).toMatchObject({
      mode: 'karte',
      indicator: 'bev_veraenderung',
      level: 'gemeinde',
      period: '2023',
      base: '2013',
      method: 'quantile',
      k: 6,
      breaks: [],
    });
    expect(s).toMatchObject({ selected: null, compare: [], filter: null, panel: 'profil', lock: false, midpoint: undefined });
  });

  it('keeps manual classes and the comparison', () => {
    expect(stepToState(view(3), ctx.catalogue)).toMatchObject({
      indicator: 'bb_alle_1000',
      period: '2021-06',
      method: 'manual',
      breaks: [20, 40, 60, 80],
      base: undefined,
    });
    expect(stepToState(view(4), ctx.catalogue)).toMatchObject({ mode: 'analysen', analysis: '', indicator: 'bb_alle_1000' });
    expect(stepToState(view(6), ctx.catalogue)).toMatchObject({ mode: 'analysen', analysis: 'rural' });
    expect(stepToState(view(2), ctx.catalogue)).toMatchObject({ level: 'rb', compare: ['066', '064'], panel: 'vergleich' });
  });

  it('applying a step on the atlas sets period and classes even when the indicator changes', () => {
    applyStep(atlas, view(1), ctx.catalogue);
    applyStep(atlas, view(3), ctx.catalogue);
    expect(atlas.state).toMatchObject({
      indicator: 'bb_alle_1000',
      level: 'gemeinde',
      period: '2021-06',
      method: 'manual',
      breaks: [20, 40, 60, 80],
    });
    applyStep(atlas, view(2), ctx.catalogue);
    expect(atlas.state).toMatchObject({
      indicator: 'bev_veraenderung',
      level: 'rb',
      period: '2023',
      base: '2013',
      method: 'manual',
      breaks: [0, 2.5, 5, 7.5],
      compare: ['066', '064'],
    });
    applyStep(atlas, view(1), ctx.catalogue);
    expect(atlas.state).toMatchObject({
      indicator: 'bev_veraenderung',
      level: 'gemeinde',
      method: 'quantile',
      k: 6,
      breaks: [],
      compare: [],
    });
  });

  it('applying keeps the presentation (story, step, kiosk) and the language', () => {
    atlas.set({ story: 'hessen-in-sechs-karten', step: 4, kiosk: 20, lang: 'en' });
    applyStep(atlas, view(4), ctx.catalogue);
    expect(atlas.state).toMatchObject({
      story: 'hessen-in-sechs-karten',
      step: 4,
      kiosk: 20,
      lang: 'en',
      period: '2021-06',
      mode: 'analysen',
    });
  });
});

describe('link for the audience (QR code)', () => {
  it('opens the step view in the normal atlas, without story, step or kiosk', () => {
    const q = stepQuery(view(3), ctx.catalogue, 'de');
    const p = new URLSearchParams(q);
    expect(Object.fromEntries(p)).toEqual({ i: 'bb_alle_1000', k: 'manual', g: '20~40~60~80' });
    const back = parseUrl(q, { catalogue: ctx.catalogue, regions: new Set(ctx.regions.keys()) });
    expect(back.notices).toEqual([]);
    expect(back.state).toMatchObject({ ...stepToState(view(3), ctx.catalogue), story: null, kiosk: null });
  });

  it('the default view needs no query; language and comparison travel along', () => {
    expect(stepQuery(view(1), ctx.catalogue, 'de')).toBe('');
    expect(stepLink(view(2), ctx.catalogue, 'en', 'https://atlas.example/hessen/')).toBe(
      'https://atlas.example/hessen/?e=rb&k=manual&g=0%7E2.5%7E5%7E7.5&v=066%2C064&p=vergleich&lang=en',
    );
  });
});

describe('current view → step ("add current view as step")', () => {
  it('round-trips the view and turns selection and comparison on the map level into highlights', () => {
    const levelOf = (ags: string) => ctx.regions.get(ags)?.level;
    const state = {
      ...defaultState(ctx.catalogue),
      indicator: 'bb_alle_50',
      level: 'kreis' as const,
      period: '2020-12',
      base: undefined,
      method: 'jenks' as const,
      k: 4,
      lock: true,
      selected: '06611',
      compare: ['06611', '06535', '066'],
      panel: 'vergleich' as const,
    };
    const step = stateToStepView(state, ctx.catalogue, levelOf);
    expect(step).toMatchObject({ classes: { method: 'jenks', k: 4, lock: true }, highlight: ['06611', '06535'] });
    const { story: _s, step: _n, kiosk: _k, lang: _l, embed: _e, steckbrief: _b, similar: _a, tool: _t, sql: _q, ...rest } = state;
    expect(stepToState(step, ctx.catalogue)).toEqual(rest);
  });

  it('a step keeps the Gebietsstand of the view it was made from, and its link opens that Gebietsstand', () => {
    const state = { ...defaultState(ctx.catalogue), level: 'kreis' as const, gs: '2025' as const };
    const step = stateToStepView(state, ctx.catalogue, () => undefined);
    expect(step.gs).toBe('2025');
    expect(stepToState(step, ctx.catalogue).gs).toBe('2025');
    expect(new URLSearchParams(stepQuery(step, ctx.catalogue, 'de')).get('gs')).toBe('2025');
    // A file saved without the field reads back as the default Gebietsstand 2026.
    const { gs: _g, ...old } = step;
    const r = parseStory(
      { ...(shippedStory() as object), steps: [{ headline: { de: 'A', en: '' }, annotation: { de: 'B', en: '' }, view: old }] },
      ctx,
    );
    expect(r.ok && r.story.steps[0]!.view.gs).toBe('2026');
  });

  it('default classes are left out of the step', () => {
    const step = stateToStepView(defaultState(ctx.catalogue), ctx.catalogue, () => undefined);
    expect(step.classes).toBeUndefined();
    expect(step.base).toBe('2013');
  });
});
