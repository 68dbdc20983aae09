// The Gebietsstand in links and search, on the built boot payloads (npm run data): gs=2025 round
// trips, and Hanau's old key 06435014 leads to the kreisfreie Stadt 06415000 with a note.
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { Boot } from '../../../src/lib/data/boot.ts';
import { gebietsstandOf, keySuccessors } from '../../../src/lib/state/gebietsstand.ts';
import { dataDir, scopeOf } from '../../../src/lib/state/scope.ts';
import { buildSearchIndex, searchRegions } from '../../../src/lib/state/search.ts';
import { parseUrl, serializeUrl, type UrlContext } from '../../../src/lib/state/url.ts';
import { parseStory } from '../../../src/lib/story/validate.ts';

let now: Boot;
let old: Boot;
const read = (dir: string) => {
  const file = `${dir}/boot.json`;
  if (!existsSync(file)) throw new Error(`${file} fehlt: erst \`npm run data\``);
  return Boot.parse(JSON.parse(readFileSync(file, 'utf8')));
};
const ctxOf = (b: Boot): UrlContext => {
  const regions = new Set(b.regions.map((r) => r.ags));
  return { catalogue: b.catalogue, regions, successors: keySuccessors(b.changes, regions) };
};

beforeAll(() => {
  now = read('public/data');
  old = read('public/data/gs2025');
});

describe('gs in the URL', () => {
  it('is 2026 by default and left out of the link; gs=2025 round trips', () => {
    const d = parseUrl('', ctxOf(now));
    expect(d.state.gs).toBe('2026');
    expect(serializeUrl(d.state, now.catalogue)).toBe('');
    const o = parseUrl('?gs=2025&e=kreis', ctxOf(old));
    expect(o.state.gs).toBe('2025');
    expect(o.notices).toEqual([]);
    expect(serializeUrl(o.state, old.catalogue)).toBe('?e=kreis&gs=2025');
    expect(parseUrl('?gs=1999', ctxOf(now))).toMatchObject({
      state: { gs: '2026' },
      notices: [{ de: 'Unbekannter Gebietsstand „1999“ – Gebietsstand 2026.' }],
    });
  });

  it('picks the data set of the page: data/ for 2026, data/gs2025/ for 2025', () => {
    expect(dataDir(gebietsstandOf('?i=bev'))).toBe('data/');
    expect(dataDir(gebietsstandOf('?i=bev&gs=2025'))).toBe('data/gs2025/');
    expect(dataDir(gebietsstandOf('?gs=x'))).toBe('data/');
  });
});

describe('scope in the URL', () => {
  it('is Hessen by default; scope=de picks the national data set, comes first in the link and drops the Gebietsstand', () => {
    expect(parseUrl('', ctxOf(now)).state.scope).toBe('hessen');
    const de = parseUrl('?scope=de&e=kreis&gs=2025', ctxOf(now));
    expect(de.state).toMatchObject({ scope: 'de', level: 'kreis' });
    expect(serializeUrl(de.state, now.catalogue)).toBe('?scope=de&e=kreis');
    expect(dataDir(gebietsstandOf('?scope=de&gs=2025'), scopeOf('?scope=de&gs=2025'))).toBe('data/de/');
    expect(dataDir(gebietsstandOf('?gs=2025'), scopeOf('?scope=hessen&gs=2025'))).toBe('data/gs2025/');
    // an indicator only Hessen has, in a national link (the Hessen catalogue stands in: it has no "nur_de")
    expect(parseUrl('?scope=de&i=nur_hessen', ctxOf(now)).notices).toEqual([
      {
        de: 'Der Indikator „nur_hessen“ liegt nicht bundesweit vor, nur für Hessen – Standardindikator gezeigt.',
        en: 'The indicator “nur_hessen” is not available for all of Germany, only for Hesse – default indicator shown.',
      },
    ]);
    expect(parseUrl('?scope=welt', ctxOf(now))).toMatchObject({
      state: { scope: 'hessen' },
      notices: [{ de: 'Unbekannter Raum „welt“ – Hessen.' }],
    });
  });
});

describe('Hanau’s old key 06435014', () => {
  it('selects the kreisfreie Stadt 06415000 from s=, v= and steckbrief= with one note in both languages', () => {
    const { state, notices } = parseUrl('?s=06435014&v=06435014,06412000&steckbrief=06435014', ctxOf(now));
    expect(state.selected).toBe('06415000');
    expect(state.compare).toEqual(['06415000', '06412000']);
    expect(state.steckbrief).toBe('06415000');
    expect(notices).toEqual([
      {
        de: 'Hanau ist seit 01.01.2026 kreisfrei (neuer Schlüssel 06415000).',
        en: 'Hanau has been a district-free city (kreisfrei) since 1 Jan 2026 (new key 06415000).',
      },
    ]);
    expect(serializeUrl(state, now.catalogue)).toContain('s=06415000');
  });

  it('is still Hanau itself on the Gebietsstand 2023–2025', () => {
    const { state, notices } = parseUrl('?s=06435014&gs=2025', ctxOf(old));
    expect(state.selected).toBe('06435014');
    expect(notices).toEqual([]);
  });

  it('is found by the search, leading to 06415000 with the note', () => {
    const index = buildSearchIndex(now.regions, now.changes);
    const [hit] = searchRegions(index, '06435014', 'de');
    expect(hit).toMatchObject({ ags: '06415000', label: 'Hanau', note: 'Hanau ist seit 01.01.2026 kreisfrei' });
    expect(searchRegions(index, '06435014', 'en')[0]?.note).toBe('Hanau has been a district-free city (kreisfrei) since 1 Jan 2026');
    expect(
      searchRegions(index, 'Hanau', 'de')
        .map((r) => r.ags)
        .slice(0, 2),
    ).toEqual(['06415000', '06415']);
  });
});

describe('Hanau’s old key in a story', () => {
  it('is read as 06415000 in every step, with the note, instead of an unknown area', () => {
    const story = JSON.parse(readFileSync('src/stories/hessen-in-sechs-karten.json', 'utf8'));
    story.steps[0].view.selected = '06435014';
    story.steps[0].view.compare = ['06435014'];
    const { successors } = ctxOf(now);
    const r = parseStory(story, { catalogue: now.catalogue, regions: new Map(now.regions.map((x) => [x.ags, x])), successors });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.story.steps[0]!.view.selected).toBe('06415000');
    expect(r.story.steps[0]!.view.compare).toEqual(['06415000']);
    expect(r.notes?.map((n) => n.de)).toEqual(['Hanau ist seit 01.01.2026 kreisfrei (neuer Schlüssel 06415000).']);
  });
});
