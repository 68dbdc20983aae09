import { beforeAll, describe, expect, it } from 'vitest';
import { analysisView, cardName, fitScale, partCards, partView, PART_NAMES } from '../../../src/lib/story/parts.ts';
import { VIEWS } from '../../../src/lib/analysis/view-state.ts';
import { parseStory, type StoryContext } from '../../../src/lib/story/validate.ts';
import { formatIssue } from '../../../src/lib/story/issues.ts';
import { loadContext, shippedStory } from './context.ts';

describe('the part of an analysis a presentation step shows', () => {
  it('every analysis view has a default part named like the view, and every part belongs to a view', () => {
    for (const v of VIEWS) expect(PART_NAMES).toContain(v);
    for (const p of PART_NAMES) expect(VIEWS as readonly string[]).toContain(partView(p));
  });

  it('reads the view from the link parameter "a" ("" is the first tab)', () => {
    expect(analysisView('')).toBe('gap');
    expect(analysisView('gap~i=bb_alle_50~typ=regiostar2')).toBe('gap');
    expect(analysisView('trend~r=066,065')).toBe('trend');
    expect(analysisView('projects~prog=starke-heimat-hessen')).toBe('projects');
    expect(analysisView('gap-sensitivity')).toBe('gap');
  });

  it('shows the named part, or the view’s main part when none (or one of another view) is named', () => {
    expect(partCards('', 'gap-sensitivity')).toEqual(['gap-sens']);
    expect(partCards('', undefined)).toEqual(['gap-classes', 'gap-gap']);
    expect(partCards('bivar', undefined)).toEqual(['bivar-map', 'bivar-legend']);
    expect(partCards('rural~d=rs2_land', 'trend-projections')).toEqual(['rural-table']);
  });

  it('names a card by data-part, else by its heading id', () => {
    const card = (attrs: Record<string, string>) => ({ getAttribute: (n: string) => attrs[n] ?? null });
    expect(cardName(card({ 'aria-labelledby': 'gap-sens-h' }))).toBe('gap-sens');
    expect(cardName(card({ 'data-part': 'projects-map', 'aria-label': 'Karte' }))).toBe('projects-map');
  });

  it('scales down to fit, never up, never below half size', () => {
    expect(fitScale(800, 1000)).toBe(1);
    expect(fitScale(1200, 900)).toBe(0.75);
    expect(fitScale(4000, 900)).toBe(0.5);
    expect(fitScale(0, 900)).toBe(1);
  });
});

describe('story field view.part', () => {
  let ctx: StoryContext;
  beforeAll(() => {
    ctx = loadContext();
  });
  const withPart = (i: number, part: unknown) => {
    const s = structuredClone(shippedStory()) as { steps: { view: Record<string, unknown> }[] };
    s.steps[i]!.view.part = part;
    return parseStory(s, ctx);
  };

  it('accepts a part of the step’s analysis', () => {
    expect(withPart(3, 'gap-sensitivity').ok).toBe(true);
    expect(withPart(5, 'rural-map').ok).toBe(true);
  });

  it('refuses a part of another analysis, a part on a map step and an unknown part, in plain words', () => {
    const texts = (r: ReturnType<typeof parseStory>) => (r.ok ? [] : r.issues.map((i) => formatIssue(i, 'de')));
    expect(texts(withPart(3, 'rural-map')).join(' ')).toMatch(
      /Schritt 4.*gezeigter Teil der Analyse.*gehört nicht zur Analyse dieses Schritts/,
    );
    expect(texts(withPart(0, 'gap')).join(' ')).toMatch(/Schritt 1.*gehört nicht zur Analyse/);
    expect(texts(withPart(3, 'gap-all')).join(' ')).toMatch(/Schritt 4.*unbekannter Wert „gap-all“/);
  });
});
