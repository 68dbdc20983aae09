import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { Boot } from '../../src/lib/data/boot.ts';
import type { Catalogue } from '../../src/lib/data/catalogue.ts';
import { defaultState, parseUrl, serializeUrl, type UrlContext, type ViewState } from '../../src/lib/state/url.ts';

let ctx: UrlContext;
let catalogue: Catalogue;

beforeAll(() => {
  const boot = Boot.parse(JSON.parse(readFileSync('public/data/boot.json', 'utf8')));
  catalogue = boot.catalogue;
  ctx = { catalogue, regions: new Set(boot.regions.map((r) => r.ags)) };
});

/** Deterministic pseudo-random numbers (mulberry32), so a failing case can be reproduced. */
function random(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function isValid(s: ViewState): void {
  const ind = catalogue.indicators.find((i) => i.id === s.indicator);
  expect(ind, s.indicator).toBeDefined();
  expect(ind!.levels).toContain(s.level);
  expect(ind!.periods).toContain(s.period);
  if (ind!.formula.type === 'change') {
    expect(ind!.periods).toContain(s.base);
    expect(s.base! < s.period).toBe(true);
  } else expect(s.base).toBeUndefined();
  expect(s.k).toBeGreaterThanOrEqual(3);
  expect(s.k).toBeLessThanOrEqual(9);
  if (s.method === 'manual') expect(s.breaks.length).toBeGreaterThan(0);
  expect(s.compare.length).toBeLessThanOrEqual(5);
  for (const a of s.compare) expect(ctx.regions.has(a)).toBe(true);
  if (s.selected) expect(ctx.regions.has(s.selected)).toBe(true);
  expect(['de', 'en']).toContain(s.lang);
}

describe('URL state', () => {
  it('the empty URL is the default view, and the default view serialises to an empty query', () => {
    const { state, notices } = parseUrl('', ctx);
    expect(notices).toEqual([]);
    expect(state).toEqual(defaultState(catalogue));
    expect(serializeUrl(state, catalogue)).toBe('');
  });

  it('round-trips a full view exactly', () => {
    const view: ViewState = {
      ...defaultState(catalogue),
      indicator: 'bb_alle_1000',
      level: 'kreis',
      period: '2019-12',
      base: undefined,
      method: 'jenks',
      k: 7,
      lock: true,
      selected: '06412000',
      compare: ['06412', '06611', '066'],
      filter: 2,
      panel: 'vergleich',
      lang: 'en',
    };
    const url = serializeUrl(view, catalogue);
    expect(parseUrl(url, ctx)).toEqual({ state: view, notices: [] });
  });

  it('keeps manual limits and a midpoint', () => {
    const view: ViewState = {
      ...defaultState(catalogue),
      method: 'manual',
      breaks: [-5, 0, 2.5, 10],
      midpoint: 1,
      base: '1990',
      period: '2023',
    };
    const { state, notices } = parseUrl(serializeUrl(view, catalogue), ctx);
    expect(notices).toEqual([]);
    expect(state).toEqual(view);
  });

  it('falls back part by part with a notice in German and English', () => {
    const { state, notices } = parseUrl('?i=bb_alle_1000&e=rb&t=1999&s=06999999&v=06412,nope,06611', ctx);
    expect(state.indicator).toBe('bb_alle_1000');
    expect(state.level).toBe('rb');
    expect(state.period).toBe('2021-06'); // 1999 is not a broadband period
    expect(state.selected).toBeNull();
    expect(state.compare).toEqual(['06412', '06611']);
    expect(notices.map((n) => n.de).join(' ')).toMatch(/1999.*Gebiet „06999999“|Zeitpunkt/);
    expect(notices.length).toBe(3);
    for (const n of notices) expect(n.en.length).toBeGreaterThan(0);
  });

  it('rejects a level the indicator does not offer', () => {
    const { state, notices } = parseUrl('?i=bbsr_sgtyp&e=kreis', ctx);
    expect(state.level).toBe('gemeinde');
    expect(notices).toHaveLength(1);
  });

  it('never throws and always yields a valid view for 600 random and hostile URLs', () => {
    const rnd = random(20261122);
    const keys = ['i', 'e', 't', 'b', 'k', 'g', 'mid', 'lock', 's', 'v', 'f', 'p', 'm', 'a', 'lang', 'embed', 'x', '', '%', '__proto__'];
    const ids = catalogue.indicators.map((i) => i.id);
    const atoms = [
      ...ids.slice(0, 20),
      'gemeinde',
      'kreis',
      'rb',
      'land',
      '2023',
      '2013',
      '2021-06',
      '1983',
      'quantile:5',
      'jenks:9',
      'equal:2',
      'manual',
      'quantile:x',
      '1~2~3',
      '-1e400~5',
      'NaN',
      'Infinity',
      '06412000',
      '06412',
      '066',
      '06',
      '1',
      '0',
      '99',
      'en',
      'de',
      'fr',
      '<script>alert(1)</script>',
      '%E0%A4%A',
      '%%%',
      '\u0000',
      'ä'.repeat(500),
      '../../etc/passwd',
      'constructor',
      '{"a":1}',
    ];
    const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)]!;
    for (let n = 0; n < 600; n++) {
      let url: string;
      if (n % 5 === 0) {
        // raw garbage
        url = Array.from({ length: Math.floor(rnd() * 80) }, () => String.fromCharCode(Math.floor(rnd() * 0x2fff))).join('');
      } else {
        const parts = Array.from({ length: 1 + Math.floor(rnd() * 8) }, () => `${pick(keys)}=${encodeURIComponent(pick(atoms))}`);
        url = '?' + parts.join(rnd() < 0.1 ? ';' : '&');
        if (rnd() < 0.2) url = url.replace(/%/g, '%%');
      }
      let result: ReturnType<typeof parseUrl> | undefined;
      expect(() => (result = parseUrl(url, ctx)), url).not.toThrow();
      isValid(result!.state);
      // What we write, we read back to the same view.
      expect(parseUrl(serializeUrl(result!.state, catalogue), ctx).state).toEqual(result!.state);
    }
  });
});

describe('URL canonicalisation (issue 12, item 14)', () => {
  const KNOWN = new Set([
    'i',
    'e',
    't',
    'b',
    'k',
    'g',
    'mid',
    'lock',
    's',
    'v',
    'f',
    'p',
    'm',
    'a',
    'lang',
    'embed',
    'story',
    'step',
    'kiosk',
    'steckbrief',
    'aehnlich',
  ]);
  /** Every parameter of `search` that the canonical URL no longer carries changes nothing when added back. */
  function nothingLost(search: string): string[] {
    const { state } = parseUrl(search, ctx);
    const canonical = serializeUrl(state, catalogue);
    const kept = new URLSearchParams(canonical);
    const lost: string[] = [];
    for (const [k, v] of new URLSearchParams(search)) {
      if (kept.get(k) === v) continue;
      // Only a known parameter with a value may go (because it is the default).
      if (!KNOWN.has(k) || v.trim() === '') {
        lost.push(`${k}=${v}`);
        continue;
      }
      const again = new URLSearchParams(canonical);
      again.set(k, v);
      const back = parseUrl(`?${again}`, ctx);
      if (back.notices.length || JSON.stringify(back.state) !== JSON.stringify(state)) lost.push(`${k}=${v}`);
    }
    return lost;
  }

  const GARBAGE = [
    '?f=',
    '?f',
    '?step=',
    '?kiosk=',
    '?s=',
    '?v=',
    '?i=',
    '?t=',
    '?k=',
    '?k=quantile:',
    '?g=',
    '?mid=',
    '?lock=',
    '?lock=yes',
    '?embed=true',
    '?embed=',
    '?p=',
    '?m=',
    '?lang=',
    '?a=',
    '?story=',
    '?steckbrief=',
    '?aehnlich=',
    '?utm_source=newsletter',
    '?i=bb_alle_1000&foo=bar',
    '?i=bb_alle_1000&i=bev_dichte',
    '?f=%20',
    '?f=1&f=2',
    '?=1',
    '?&&&',
    '?i=bb_alle_1000&e=kreis&x=1&y=2&z=3&w=4',
    '?I=bb_alle_1000',
    '?f=0x1',
    '?f=1e0',
    '?step=1.0',
    '?kiosk=+30',
  ];

  it('every garbage URL either parses cleanly or gives a notice, and nothing is dropped silently', () => {
    for (const url of GARBAGE) {
      const { notices } = parseUrl(url, ctx);
      const lost = nothingLost(url);
      if (notices.length === 0) expect(lost, url).toEqual([]);
      else expect(notices.length, url).toBeGreaterThan(0);
    }
    // And the same for the random URLs of the test above.
    const rnd = random(20261202);
    const keys = ['i', 'e', 't', 'f', 'step', 'kiosk', 'lock', 'embed', 's', 'v', 'k', 'mid', 'q', 'utm_source'];
    const atoms = ['', ' ', '0', '1', '2', 'x', 'bb_alle_1000', 'kreis', '2023', '06412', 'quantile:5', '1e3'];
    const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)]!;
    for (let n = 0; n < 400; n++) {
      const url =
        '?' + Array.from({ length: 1 + Math.floor(rnd() * 5) }, () => `${pick(keys)}=${encodeURIComponent(pick(atoms))}`).join('&');
      const { notices } = parseUrl(url, ctx);
      if (notices.length === 0) expect(nothingLost(url), url).toEqual([]);
    }
  });

  it('empty values give a notice and are dropped instead of becoming 0', () => {
    for (const key of ['f', 'step', 'kiosk', 'k', 'g', 'mid', 's', 'v', 'i', 't', 'e', 'b', 'p', 'm', 'lang', 'a', 'story', 'steckbrief']) {
      const { state, notices } = parseUrl(`?${key}=`, ctx);
      expect(state, key).toEqual(defaultState(catalogue));
      expect(notices.map((n) => n.de).join(' '), key).toContain(`„${key}“ ohne Wert`);
      expect(serializeUrl(state, catalogue), key).toBe('');
    }
    expect(parseUrl('?f=', ctx).state.filter).toBeNull();
  });

  it('unknown parameters are named in a notice and left out of the canonical URL', () => {
    const { state, notices } = parseUrl('?i=bb_alle_1000&utm_source=x&fbclid=abc', ctx);
    expect(notices).toHaveLength(1);
    expect(notices[0]!.de).toBe('Unbekannte Angaben im Link entfernt: „utm_source“, „fbclid“.');
    expect(notices[0]!.en).toBe('Unknown parts of the link removed: “utm_source”, “fbclid”.');
    expect(serializeUrl(state, catalogue)).toBe('?i=bb_alle_1000');
  });

  it('switches accept only 0 and 1', () => {
    expect(parseUrl('?lock=1', ctx)).toMatchObject({ state: { lock: true }, notices: [] });
    expect(parseUrl('?lock=0', ctx)).toMatchObject({ state: { lock: false }, notices: [] });
    expect(parseUrl('?embed=true', ctx).notices).toHaveLength(1);
  });
});

describe('notices quote link values only as a short fragment (issue 12, item 15)', () => {
  const LONG = 'ACHTUNG: Daten gefälscht – die Landesregierung hat diese Zahlen manipuliert, bitte rufen Sie 0800 123 an';

  it('a long attacker-chosen value appears cut to 20 characters inside quotes', () => {
    for (const key of ['i', 'e', 't', 'b', 'm', 'lang', 's', 'p', 'story', 'steckbrief', LONG]) {
      const { notices } = parseUrl(`?${new URLSearchParams([[key, LONG]])}`, ctx);
      expect(notices.length, key).toBeGreaterThan(0);
      for (const n of notices)
        for (const text of [n.de, n.en]) {
          expect(text, key).not.toContain('manipuliert');
          expect(text, key).toMatch(/[„“]ACHTUNG: Daten gefäl…[“”]/);
        }
    }
  });

  it('control characters and line breaks are removed from the fragment', () => {
    const { notices } = parseUrl(`?i=${encodeURIComponent('a\n\n\u202eb\tc')}`, ctx);
    expect(notices[0]!.de).toBe('Unbekannter Indikator „a b c“ – Standardindikator gezeigt.');
  });
});

describe('tools over the map', () => {
  it('opens own data or the console by `tool`, and the console by a `sql` query link', () => {
    expect(parseUrl('?tool=eigene-daten', ctx).state.tool).toBe('eigene-daten');
    const { state, notices } = parseUrl('?i=bev_dichte&sql=C3b1dfZ3cfRxVchIzcnJBwA', ctx);
    expect(notices).toEqual([]);
    expect(state).toMatchObject({ tool: 'sql', sql: 'C3b1dfZ3cfRxVchIzcnJBwA', indicator: 'bev_dichte' });
    expect(serializeUrl(state, catalogue)).toBe('?i=bev_dichte&sql=C3b1dfZ3cfRxVchIzcnJBwA');
    expect(serializeUrl({ ...state, sql: null }, catalogue)).toBe('?i=bev_dichte&tool=sql');
  });

  it('keeps a query longer than the other parameters, and names an unknown tool', () => {
    const long = 'A'.repeat(3000);
    expect(parseUrl(`?sql=${long}`, ctx).state.sql).toBe(long);
    const { state, notices } = parseUrl('?tool=hack', ctx);
    expect(state.tool).toBeNull();
    expect(notices.map((n) => n.de)).toEqual(['Werkzeug „hack“ unbekannt.']);
  });
});
