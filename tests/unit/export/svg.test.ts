import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { mapToSvg, presetSize } from '../../../src/lib/export/svg.ts';
import { textWidth } from '../../../src/lib/export/text.ts';
import type { MapExportModel, Preset } from '../../../src/lib/export/model.ts';
import type { MapGeometry, Shape } from '../../../src/lib/geo/topology.ts';
import { UNINHABITED } from '../../../src/lib/scales/palette.ts';
import { assertWellFormedXml } from './helpers.ts';
import { broadbandMap, DROPPED, LINK } from './fixtures.ts';

const PRESETS: Preset[] = ['16:9', 'a4'];

function unescape(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

interface TextEl {
  x: number;
  y: number;
  cls: string;
  anchor: string;
  text: string;
}

function texts(svg: string): TextEl[] {
  return [...svg.matchAll(/<text class="([^"]+)" x="([^"]+)" y="([^"]+)"(?: text-anchor="(\w+)")?>([^<]*)<\/text>/g)].map((m) => ({
    cls: m[1]!,
    x: Number(m[2]),
    y: Number(m[3]),
    anchor: m[4] ?? 'start',
    text: unescape(m[5]!),
  }));
}

/** All visible text, whitespace removed (lines are wrapped, URLs broken without spaces). */
function squashed(svg: string): string {
  return texts(svg)
    .map((t) => t.text)
    .join('')
    .replace(/\s+/g, '');
}
const squash = (s: string) => s.replace(/\s+/g, '');

function fontSizes(svg: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const m of svg.matchAll(/((?:\.[\w-]+,?)+)\{font-size:([\d.]+)px/g))
    for (const cls of m[1]!.split(',')) out[cls.slice(1)] = Number(m[2]);
  return out;
}

describe.each(PRESETS)('mapToSvg, preset %s', (preset) => {
  const model = broadbandMap('de');
  const svg = mapToSvg(model, preset);
  const size = presetSize(preset);
  const [W, H] = size.viewBox;

  it('is a well-formed standalone SVG document with size, viewBox and UTF-8 declaration', () => {
    assertWellFormedXml(svg);
    expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain(`width="${size.widthAttr}" height="${size.heightAttr}" viewBox="0 0 ${W} ${H}"`);
    expect(preset === '16:9' ? [size.widthAttr, size.heightAttr] : [size.widthAttr, size.heightAttr]).toEqual(
      preset === '16:9' ? ['1920', '1080'] : ['297mm', '210mm'],
    );
  });

  it('references nothing outside the document and styles text with a generic font stack', () => {
    expect(svg).not.toMatch(/href|<image|@import|url\((?!#)|<script|<foreignObject/);
    expect(svg).toMatch(/text\{font-family:[^}]*sans-serif/);
    for (const [, ref] of svg.matchAll(/url\(#([^)]+)\)/g)) expect(svg).toContain(`id="${ref}"`);
  });

  it('shows title, subtitle, legend with unit, labels and counts, notes and footer', () => {
    const all = squashed(svg);
    expect(all).toContain(squash('Breitband ≥ 1000 Mbit/s: alle Technologien'));
    expect(all).toContain(squash('Juni 2021 · Gemeinden'));
    expect(all).toContain(squash('in % der Haushalte'));
    const lines = texts(svg).map((t) => t.text);
    for (const item of [...model.legend.items, model.legend.noData!, model.legend.uninhabited!]) {
      expect(all).toContain(squash(item.label));
      expect(lines).toContain(String(item.count));
    }
    for (const note of model.legend.notes) expect(all).toContain(squash(note));
    expect(all).toContain(squash(`Gebietsstand: ${model.gebietsstand}`));
    for (const source of model.sourceLines) expect(all).toContain(squash(source));
    expect(all).toContain(squash(`Erstellt am 22.11.2026 · ${LINK}`));
    expect(svg).toContain('&amp;p=2021-06'); // the link's & is escaped
  });

  it('draws every Gemeinde: classes filled, no data hatched, uninhabited light grey; borders over the fills', () => {
    const paths = [...svg.matchAll(/<path d="[^"]+" fill="([^"]+)"><title>(\d+)<\/title><\/path>/g)];
    expect(paths).toHaveLength(model.geometry.shapes.gemeinde.length);
    const fillOf = new Map(paths.map((m) => [m[2]!, m[1]!]));
    expect(fillOf.get('06534014')).toBe(model.fills.get('06534014'));
    for (const ags of DROPPED) expect(fillOf.get(ags)).toMatch(/^url\(#dah-\w+-hatch-map\)$/);
    for (const ags of model.uninhabited) expect(fillOf.get(ags)).toBe(UNINHABITED);
    const lastFill = svg.lastIndexOf('<title>06');
    expect(svg.indexOf(`d="${model.geometry.kreisBorders}"`)).toBeGreaterThan(lastFill);
    expect(svg.indexOf(`d="${model.geometry.rbBorders}"`)).toBeGreaterThan(lastFill);
  });

  it('keeps all text on the page, the legend right of the map, and the footer below both', () => {
    const sizes = fontSizes(svg);
    const margin = W * 0.03;
    const all = texts(svg);
    for (const t of all) {
      const w = textWidth(t.text, sizes[t.cls]!, t.cls === 'title' || t.cls === 'ltitle' || t.cls === 'label-hl');
      const [x0, x1] = t.anchor === 'end' ? [t.x - w, t.x] : t.anchor === 'middle' ? [t.x - w / 2, t.x + w / 2] : [t.x, t.x + w];
      expect(x0, t.text).toBeGreaterThanOrEqual(margin);
      expect(x1, t.text).toBeLessThanOrEqual(W - margin);
      expect(t.y - sizes[t.cls]!, t.text).toBeGreaterThanOrEqual(margin * 0.9);
      expect(t.y, t.text).toBeLessThanOrEqual(H - margin);
    }
    const m = /<g transform="translate\(([\d.]+) ([\d.]+)\) scale\(([\d.]+)\)">/.exec(svg)!;
    const [tx, s] = [Number(m[1]), Number(m[3])];
    const mapRight = tx + Math.max(...model.geometry.shapes.gemeinde.map((sh) => sh.bbox[2])) * s;
    const legendLeft = Math.min(...all.filter((t) => ['ltitle', 'legend'].includes(t.cls)).map((t) => t.x));
    expect(legendLeft).toBeGreaterThan(mapRight);
    const footerTop = Math.min(...all.filter((t) => t.cls === 'footer').map((t) => t.y - sizes.footer!));
    const bodyBottom = Math.max(...all.filter((t) => !['footer'].includes(t.cls)).map((t) => t.y));
    expect(footerTop).toBeGreaterThan(bodyBottom);
  });
});

describe('mapToSvg', () => {
  it('escapes &, <, > and quotes in every text, including title and labels', () => {
    const model = broadbandMap('de');
    model.title = 'Bevölkerung <18 & "Senioren" \'65+\'';
    model.labels = [{ ags: '06534014', text: 'Marburg <Lahn> & Co' }];
    const svg = mapToSvg(model, '16:9');
    assertWellFormedXml(svg);
    expect(svg).toContain('Bevölkerung &lt;18 &amp; &quot;Senioren&quot; &apos;65+&apos;');
    expect(svg).toContain('Marburg &lt;Lahn&gt; &amp; Co');
  });

  it('writes the English creation line with a British date', () => {
    const svg = mapToSvg(broadbandMap('en'), 'a4');
    expect(squashed(svg)).toContain(squash(`Created on 22/11/2026 · ${LINK}`));
    expect(svg).toContain('xml:lang="en"');
  });

  it('gives each document its own pattern ids, so two inlined exports do not collide', () => {
    const a = broadbandMap('de');
    const b = broadbandMap('de');
    b.title = 'Anderer Titel';
    const ids = (svg: string) => [...svg.matchAll(/<pattern id="([^"]+)"/g)].map((m) => m[1]!);
    const [ia, ib] = [ids(mapToSvg(a, '16:9')), ids(mapToSvg(b, '16:9'))];
    expect(ia).toHaveLength(2);
    expect(new Set(ia).size).toBe(2);
    expect(ia.some((id) => ib.includes(id))).toBe(false);
    expect(ids(mapToSvg(a, 'a4'))).not.toEqual(ia);
  });

  it('draws Kreis borders only where they separate shapes of the level (not at RB level)', () => {
    const model = broadbandMap('de');
    expect(mapToSvg(model, '16:9')).toContain(`d="${model.geometry.kreisBorders}"`);
    const rb = { ...model, level: 'rb' as const, fills: new Map([['064', '#2c7fb8']]), uninhabited: new Set<string>() };
    const svg = mapToSvg(rb, '16:9');
    expect(svg).not.toContain(`d="${model.geometry.kreisBorders}"`);
    expect(svg).toContain(`d="${model.geometry.rbBorders}"`);
  });

  it('sets a legend that is too tall smaller, and leaves out its last notes only as a last resort', () => {
    const model = broadbandMap('de');
    model.legend.items = Array.from({ length: 9 }, (_, i) => ({
      colour: '#2c7fb8',
      label: `Klasse ${i + 1} mit einer langen Beschreibung, die umbricht`,
      count: i,
    }));
    const normal = fontSizes(mapToSvg(broadbandMap('de'), '16:9'));
    const svg = mapToSvg(model, '16:9');
    const sizes = fontSizes(svg);
    expect(sizes.legend).toBeLessThan(normal.legend!);
    expect(sizes.title).toBe(normal.title); // the page text keeps its size
    model.legend.notes = Array.from({ length: 40 }, (_, i) => `Anmerkung ${i + 1}: ein Satz, der Platz braucht.`);
    const crowded = texts(mapToSvg(model, '16:9'));
    expect(crowded.some((t) => t.text.startsWith('Anmerkung 1:'))).toBe(true);
    expect(crowded.some((t) => t.text.startsWith('Anmerkung 40:'))).toBe(false);
  });
});

// Golden files: a small synthetic map (stable when the real geometry is rebuilt) serialised with a
// fixed export date. On a mismatch the new output is written beside the golden file for review.
function square(ags: string, x: number, y: number, w: number, h: number): Shape {
  return {
    ags,
    d: `M${x},${y}L${x + w},${y}L${x + w},${y + h}L${x},${y + h}Z`,
    label: [x + w / 2, y + h / 2],
    bbox: [x, y, x + w, y + h],
    neighbours: [],
  };
}

function goldenModel(): MapExportModel {
  const gemeinden = [
    square('06611000', 300, 0, 400, 400),
    square('06633200', 300, 400, 400, 300),
    square('06534014', 100, 500, 200, 400),
    square('06412000', 300, 700, 400, 400),
    square('06411000', 300, 1100, 400, 349),
    square('06438001', 700, 700, 200, 400),
  ];
  const geometry: MapGeometry = {
    width: 1000,
    height: 1449,
    shapes: { gemeinde: gemeinden, kreis: [], rb: [], land: [], bund: [] },
    gemeindeBorders: '',
    kreisBorders: 'M300,400L700,400M300,1100L700,1100',
    rbBorders: 'M300,700L900,700M300,500L300,1449',
    outline: 'M300,0L700,0L700,700L900,700L900,1100L700,1100L700,1449L300,1449L300,900L100,900L100,500L300,500Z',
    emphasis: '',
  };
  const base = broadbandMap('de');
  return {
    ...base,
    title: 'Breitband ≥ 1000 Mbit/s: alle Technologien & „Gigabit“ <Test>',
    geometry,
    fills: new Map([
      ['06611000', '#ffffcc'],
      ['06534014', '#41b6c4'],
      ['06412000', '#253494'],
      ['06411000', '#2c7fb8'],
    ]),
    uninhabited: new Set(['06633200']),
    highlighted: ['06534014'],
    labels: [
      { ags: '06534014', text: 'Marburg' },
      { ags: '06412000', text: 'Frankfurt am Main' },
    ],
    legend: {
      ...base.legend,
      notes: ['4 Klassen, manuell', 'Anteile der Haushalte, für Kreise und Regierungsbezirke mit der Einwohnerzahl gewichtet.'],
      items: [
        { colour: '#ffffcc', label: 'unter 0,5', count: 1 },
        { colour: '#41b6c4', label: '0,5 bis unter 35,4', count: 1 },
        { colour: '#2c7fb8', label: '35,4 bis unter 63,3', count: 1 },
        { colour: '#253494', label: '63,3 und mehr', count: 1 },
      ],
      noData: { colour: '#d9d9d9', label: 'keine Daten', count: 1 },
      uninhabited: { colour: UNINHABITED, label: 'keine Einwohner (gemeindefreies Gebiet)', count: 1 },
    },
  };
}

describe.each(PRESETS)('golden SVG, preset %s', (preset) => {
  it('matches the committed file', () => {
    const name = preset === 'a4' ? 'map-a4' : 'map-16x9';
    const golden = `tests/fixtures/export/${name}.svg`;
    const actual = mapToSvg(goldenModel(), preset);
    assertWellFormedXml(actual);
    if (!existsSync(golden)) {
      mkdirSync('tests/fixtures/export', { recursive: true });
      writeFileSync(golden, actual);
      console.warn(`wrote new golden file ${golden}`);
      return;
    }
    const expected = readFileSync(golden, 'utf8');
    if (actual !== expected) writeFileSync(golden.replace(/\.svg$/, '.actual.svg'), actual);
    expect(actual, `differs from ${golden}; see ${name}.actual.svg`).toBe(expected);
  });
});

describe('the national map export', () => {
  it('draws Hessen’s border over the Länder borders, dark on a white halo, and nothing of it in Hessen’s own map', () => {
    const m = goldenModel();
    const emphasis = 'M300,0L700,0L700,1449Z';
    const svg = mapToSvg({ ...m, geometry: { ...m.geometry, emphasis } }, '16:9');
    assertWellFormedXml(svg);
    const drawn = [...svg.matchAll(new RegExp(`<path d="${emphasis}" stroke="([^"]+)"`, 'g'))].map((x) => x[1]);
    expect(drawn).toEqual(['#fff', expect.not.stringMatching(/^#fff$/)]);
    // after the Länder (rb) borders and the outline, so nothing covers it
    expect(svg.indexOf(emphasis)).toBeGreaterThan(svg.indexOf(m.geometry.outline));
    expect(mapToSvg(m, '16:9')).not.toContain(emphasis);
  });
});
