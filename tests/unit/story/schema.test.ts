import { beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { parseStory, parseStoryFile, type StoryContext } from '../../../src/lib/story/validate.ts';
import { formatIssue, type StoryIssue } from '../../../src/lib/story/issues.ts';
import { loadContext, shippedStory } from './context.ts';

let ctx: StoryContext;
beforeAll(() => {
  ctx = loadContext();
});

/** The shipped story with one change made by `edit`. */
function variant(edit: (s: any) => void): unknown {
  const s = structuredClone(shippedStory()) as any;
  edit(s);
  return s;
}

function issuesOf(input: unknown): StoryIssue[] {
  const r = parseStory(input, ctx);
  expect(r.ok).toBe(false);
  return r.ok ? [] : r.issues;
}

const de = (issues: StoryIssue[]) => issues.map((i) => formatIssue(i, 'de'));
const en = (issues: StoryIssue[]) => issues.map((i) => formatIssue(i, 'en'));

describe('shipped stories', () => {
  it('every file in src/stories is a valid story whose id is its file name', () => {
    const files = readdirSync('src/stories').filter((f) => f.endsWith('.json'));
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) {
      const r = parseStoryFile(readFileSync(`src/stories/${f}`, 'utf8'), ctx);
      expect(r.ok ? [] : de(r.issues), f).toEqual([]);
      if (r.ok) expect(`${r.story.id}.json`).toBe(f);
    }
  });

  it('"Hessen in sechs Karten" has six steps with texts in both languages', () => {
    const r = parseStory(shippedStory(), ctx);
    if (!r.ok) throw new Error(de(r.issues).join('\n'));
    expect(r.story.id).toBe('hessen-in-sechs-karten');
    expect(r.story.steps).toHaveLength(6);
    for (const s of r.story.steps) {
      expect(s.headline.de && s.headline.en && s.annotation.de && s.annotation.en).toBeTruthy();
      // Texts stay short enough to read from the back of a hall.
      expect(s.annotation.de.length).toBeLessThan(360);
    }
  });

  it('the Smart-City step marks only places listed in the projects data', () => {
    const csv = readFileSync('public/data/projects.csv', 'utf8');
    const story = shippedStory() as { steps: { view: { indicator: string; highlight?: string[] } }[] };
    const step = story.steps.find((s) => s.view.indicator === 'bbsr_sgtyp')!;
    for (const ags of step.view.highlight ?? []) expect(csv, ags).toContain(ags);
  });
});

describe('bad story files get errors naming the step and the field', () => {
  it('unknown indicator', () => {
    const issues = issuesOf(variant((s) => (s.steps[2].view.indicator = 'breitband_gold')));
    expect(de(issues)).toEqual(['Schritt 3, Indikator: unbekannter Indikator „breitband_gold“']);
    expect(en(issues)).toEqual(['Step 3, indicator: unknown indicator “breitband_gold”']);
  });

  it("a step on own data of another browser: said so, not 'unknown'", () => {
    const issues = issuesOf(
      variant((s) => {
        s.steps[2].view.indicator = 'own_d4r0h0p6s0q1_0';
        s.steps[2].view.period = 'own_d4r0h0p6s0q1';
      }),
    );
    expect(de(issues)).toEqual([
      'Schritt 3, Indikator: zeigt eigene Daten, die nur in dem Browser gespeichert sind, in dem sie importiert wurden – hier fehlen sie',
    ]);
  });

  it('period the indicator does not have', () => {
    const issues = issuesOf(variant((s) => (s.steps[3].view.period = '2024')));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ step: 4, field: 'view.period' });
    expect(formatIssue(issues[0]!, 'de')).toMatch(
      /^Schritt 4, Zeitpunkt: Zeitpunkt „2024“ gibt es für „Breitband ≥ 1000 Mbit\/s: alle Technologien“ nicht \(vorhanden: 2018-12, .*2021-06\)$/,
    );
  });

  it('badly written period', () => {
    const issues = issuesOf(variant((s) => (s.steps[0].view.period = '31.12.2023')));
    expect(de(issues)).toEqual(['Schritt 1, Zeitpunkt: „31.12.2023“ muss ein Zeitpunkt JJJJ oder JJJJ-MM sein']);
  });

  it('step without headline', () => {
    const issues = issuesOf(variant((s) => delete s.steps[1].headline));
    expect(de(issues)).toEqual(['Schritt 2, Überschrift: fehlt']);
    expect(en(issues)).toEqual(['Step 2, headline: is missing']);
  });

  it('empty annotation in both languages; one language is enough (11.9)', () => {
    const issues = issuesOf(variant((s) => ((s.steps[4].annotation.en = '  '), (s.steps[4].annotation.de = ''))));
    expect(de(issues)).toEqual(['Schritt 5, Text: braucht einen Text auf Deutsch oder Englisch']);
    expect(en(issues)).toEqual(['Step 5, text: needs a text in German or English']);
    const oneLanguage = variant((s) => {
      s.title.en = '';
      for (const step of s.steps) step.headline.en = step.annotation.en = '';
    });
    expect(parseStory(oneLanguage, ctx).ok).toBe(true);
  });

  it('fields are named in plain words, never as internal paths', () => {
    const titleTooLong = issuesOf(variant((s) => (s.title.en = 'x'.repeat(601))));
    expect(de(titleTooLong)).toEqual(['Titel (Englisch): höchstens 600 Zeichen']);
    expect(en(titleTooLong)).toEqual(['title (English): at most 600 characters']);
    expect(de(issuesOf(variant((s) => (s.steps[1].headline.de = 5))))).toEqual([
      'Schritt 2, Überschrift (Deutsch): muss ein Text sein, ist eine Zahl',
    ]);
    for (const i of [...titleTooLong, ...issuesOf(variant((s) => (s.steps[0].view.classes = { method: 'manual', k: 2 })))])
      expect(formatIssue(i, 'de')).not.toMatch(/Feld|\.en|\.de|view\./);
  });

  it('wrong types', () => {
    const issues = issuesOf(
      variant((s) => {
        s.steps[0].view.level = 3;
        s.steps[1].view.compare = '066,064';
        s.steps[2].view.projections = 'ja';
      }),
    );
    expect(de(issues)).toEqual([
      'Schritt 1, Ebene: unbekannter Wert „3“ – erlaubt: "gemeinde", "kreis", "rb", "land", "bund"',
      'Schritt 2, Vergleich: muss eine Liste [ … ] sein, ist ein Text',
      'Schritt 3, Vorausberechnungen: muss true oder false sein, ist ein Text',
    ]);
  });

  it('steps that are not a list, and no steps at all', () => {
    expect(de(issuesOf(variant((s) => (s.steps = {}))))).toEqual(['Schritte: muss eine Liste [ … ] sein, ist ein Objekt { … }']);
    expect(de(issuesOf(variant((s) => (s.steps = []))))).toEqual(['Schritte: braucht mindestens einen Eintrag']);
  });

  it('unknown field (a typo) is named', () => {
    const issues = issuesOf(variant((s) => (s.steps[0].view.hightlight = ['06412000'])));
    expect(de(issues)).toEqual(['Schritt 1, Feld „view.hightlight“: unbekanntes Feld']);
  });

  it('level the indicator does not offer', () => {
    const issues = issuesOf(variant((s) => ((s.steps[4].view.level = 'kreis'), (s.steps[4].view.highlight = []))));
    expect(de(issues)).toEqual(['Schritt 5, Ebene: „Stadt- und Gemeindetyp (BBSR)“ gibt es nicht für Kreise, nur für Gemeinden']);
  });

  it('base period after the target, and a base for a non-change indicator', () => {
    expect(de(issuesOf(variant((s) => (s.steps[0].view.base = '2023'))))).toEqual([
      'Schritt 1, Basiszeitpunkt: Basiszeitpunkt „2023“ muss vor „2023“ liegen',
    ]);
    expect(de(issuesOf(variant((s) => (s.steps[2].view.base = '2018-12'))))[0]).toMatch(
      /^Schritt 3, Basiszeitpunkt: „base“ gibt es nur für Veränderungen/,
    );
  });

  it('classes: manual without limits, limits not ascending, typology with classes', () => {
    expect(de(issuesOf(variant((s) => (s.steps[2].view.classes = { method: 'manual' }))))).toEqual([
      'Schritt 3, Klassengrenzen: manuelle Klassen brauchen Grenzen („breaks“)',
    ]);
    expect(de(issuesOf(variant((s) => (s.steps[2].view.classes.breaks = [40, 20]))))).toEqual([
      'Schritt 3, Klassengrenzen: Grenzen müssen aufsteigend sein',
    ]);
    expect(de(issuesOf(variant((s) => (s.steps[5].view.classes = { method: 'quantile', k: 4 }))))).toEqual([
      'Schritt 6, Farbklassen: „Regionalstatistischer Raumtyp RegioStaR 2“ ist eine Typologie mit festen Klassen',
    ]);
  });

  it('areas: unknown key, malformed key, and a highlight on another level than the map', () => {
    expect(de(issuesOf(variant((s) => (s.steps[1].view.compare = ['066', '067']))))).toEqual([
      'Schritt 2, Vergleich, Eintrag 2: unbekanntes Gebiet „067“',
    ]);
    expect(de(issuesOf(variant((s) => (s.steps[0].view.selected = 'Kassel'))))).toEqual([
      'Schritt 1, ausgewähltes Gebiet: „Kassel“ ist kein Gebietsschlüssel (AGS mit 2, 3, 5 oder 8 Ziffern, z. B. 06 für Hessen; DG für Deutschland)',
    ]);
    expect(de(issuesOf(variant((s) => (s.steps[0].view.highlight = ['06611']))))).toEqual([
      'Schritt 1, markierte Gebiete, Eintrag 1: „Kassel“ (06611) liegt nicht auf der Ebene der Karte (Gemeinden) und kann dort nicht beschriftet werden',
    ]);
  });

  it('not a story file at all, and not JSON', () => {
    const r = parseStoryFile('{"type":"FeatureCollection"}', ctx);
    expect(r.ok ? [] : de(r.issues)).toEqual([
      'Dateiformat: Das ist keine Präsentationsdatei des Digitalatlas Hessen („format“ muss "digitalatlas-hessen/story" sein).',
    ]);
    const j = parseStoryFile('{"format": "digitalatlas-hessen/story",', ctx);
    expect(j.ok ? '' : de(j.issues)[0]).toMatch(/^Die Datei ist kein gültiges JSON/);
  });

  it('several problems are all reported, in step order', () => {
    const issues = issuesOf(
      variant((s) => {
        s.steps[0].view.indicator = 'nope';
        s.steps[5].view.period = '1999';
      }),
    );
    expect(issues.map((i) => [i.step, i.field])).toEqual([
      [1, 'view.indicator'],
      [6, 'view.period'],
    ]);
  });
});

describe('steps on the other data set', () => {
  it('a Deutschland step is checked when its data set is loaded, not against Hessen’s regions', () => {
    const national = variant((s) => {
      s.steps[1].view = { indicator: 'bev', level: 'kreis', period: '2023', scope: 'de', selected: '09162' };
    });
    expect(parseStory(national, ctx).ok).toBe(true);
    // once its data set is loaded (here: the context says so) the step is checked
    const r = parseStory(national, { ...ctx, scope: 'de' });
    expect(r.ok ? [] : de(r.issues)).toEqual(['Schritt 2, ausgewähltes Gebiet: unbekanntes Gebiet „09162“']);
  });
});
