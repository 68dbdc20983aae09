// Map exports follow the view (issue 16): a zoomed region exports zoomed, the selected and compared
// regions are named on the map and in the legend, and the option names every Gemeinde of a Kreis.
// Real geometry (built from data/geo/hessen-gemeinden.topo.json) and the real atlas on DuckDB in Node.
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { Boot } from '../../../src/lib/data/boot.ts';
import type { Db } from '../../../src/lib/data/db.ts';
import { buildGeometry, PlanarTopology } from '../../../src/lib/geo/topology.ts';
import type { Box } from '../../../src/lib/geo/zoom.ts';
import { Atlas } from '../../../src/lib/state/atlas.svelte.ts';
import { gemeindeNamesAvailable, mapModel, markedRegions } from '../../../src/lib/state/export-models.ts';
import { mapToSvg, presetSize } from '../../../src/lib/export/svg.ts';
import { placeLabels, type LabelRequest, type Rect } from '../../../src/lib/export/labels.ts';
import { textWidth } from '../../../src/lib/export/text.ts';
import type { Preset } from '../../../src/lib/export/model.ts';
import { openBuiltData } from '../../../scripts/lib/duckdb-node.ts';
import { assertWellFormedXml } from './helpers.ts';
import { unescapeXml } from '../../support/xml.ts';

const LINK = 'https://atlas.example/';
const FULDA = '06631';
const GROSS_GERAU = '06433';
/** Far from Fulda: Darmstadt, Wiesbaden, Frankfurt, Kassel, Lorsch. */
const FAR = ['06411000', '06414000', '06412000', '06611000', '06431015'];

let db: Db;
let atlas: Atlas;
beforeAll(async () => {
  db = (await openBuiltData()).db;
  const boot = Boot.parse(JSON.parse(readFileSync('public/data/boot.json', 'utf8')));
  const geometry = buildGeometry(PlanarTopology.parse(JSON.parse(readFileSync('public/data/geo.topo.json', 'utf8'))));
  atlas = new Atlas(boot, geometry);
  await atlas.startDatabase(async () => db);
}, 60_000);

async function show(state: Parameters<Atlas['set']>[0]) {
  atlas.set({ selected: null, compare: [], ...state });
  await atlas.load();
}

interface Label {
  cls: string;
  x: number;
  y: number;
  anchor: string;
  text: string;
}
const labelsOf = (svg: string): Label[] =>
  [...svg.matchAll(/<text class="(label[\w-]*)" x="([^"]+)" y="([^"]+)" text-anchor="(\w+)">([^<]*)<\/text>/g)].map((m) => ({
    cls: m[1]!,
    x: Number(m[2]),
    y: Number(m[3]),
    anchor: m[4]!,
    text: unescapeXml(m[5]!),
  }));
const textOf = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => unescapeXml(m[1]!)).join(' ');
const fontSize = (svg: string, cls: string) => Number(new RegExp(`\\.${cls}[,{][^}]*?font-size:([\\d.]+)px`).exec(svg)![1]);

/** The text's box as drawn (Arial metrics; the layout leaves room for wider fonts). */
function boxOf(svg: string, l: Label): Rect {
  const size = fontSize(svg, l.cls);
  const w = textWidth(l.text, size, l.cls.startsWith('label-hl'));
  const x = l.anchor === 'middle' ? l.x - w / 2 : l.anchor === 'end' ? l.x - w : l.x;
  return { x, y: l.y - size * 0.9, width: w, height: size * 1.1 };
}
const overlap = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** The map frame (clip rectangle) and the drawing's transform, read back from the SVG. */
function frameOf(svg: string): { frame: Rect; visible: Box } {
  const c = /<clipPath id="[^"]+"><rect x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)"\/><\/clipPath>/.exec(svg)!;
  const frame = { x: Number(c[1]), y: Number(c[2]), width: Number(c[3]), height: Number(c[4]) };
  const m = /<g transform="translate\((-?[\d.]+) (-?[\d.]+)\) scale\(([\d.]+)\)">/.exec(svg)!;
  const [tx, ty, s] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return { frame, visible: [(frame.x - tx) / s, (frame.y - ty) / s, (frame.x + frame.width - tx) / s, (frame.y + frame.height - ty) / s] };
}

const bboxOf = (level: 'kreis' | 'gemeinde', ags: string) => atlas.geometry.shapes[level].find((s) => s.ags === ags)!.bbox;
const contains = (outer: Box, inner: Box) => outer[0] <= inner[0] && outer[1] <= inner[1] && outer[2] >= inner[2] && outer[3] >= inner[3];
const meets = (a: Box, b: Box) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
const gemeindenOf = (kreis: string) => [...atlas.regions.values()].filter((r) => r.level === 'gemeinde' && r.kreis === kreis);

describe.each(['16:9', 'a4'] as Preset[])('zoomed export, preset %s', (preset) => {
  it('shows the zoomed Kreis whole, its neighbours clipped at the frame, far Gemeinden left out, and says which region', async () => {
    await show({ indicator: 'bb_alle_1000', level: 'gemeinde' });
    const svg = mapToSvg(mapModel(atlas, { link: LINK, methodNote: '', notes: [], zoom: FULDA }), preset);
    assertWellFormedXml(svg);
    const { frame, visible } = frameOf(svg);
    const [W] = presetSize(preset).viewBox;
    expect(frame.width).toBeLessThan(W * 0.6);
    expect(contains(visible, bboxOf('kreis', FULDA))).toBe(true);
    expect((visible[3] - visible[1]) / atlas.geometry.height).toBeLessThan(0.5);
    // Fulda lies at Hessen's eastern border: the frame shows Hessen beside it, not the empty east.
    const east = Math.max(...atlas.geometry.shapes.gemeinde.map((g) => g.bbox[2]));
    expect(visible[2]).toBeLessThanOrEqual(east + 0.01);
    const drawn = new Set([...svg.matchAll(/<title>(\d{8})<\/title>/g)].map((m) => m[1]));
    for (const g of gemeindenOf(FULDA)) expect(drawn.has(g.ags), g.name).toBe(true);
    for (const ags of FAR) {
      expect(meets(bboxOf('gemeinde', ags), visible), ags).toBe(false);
      expect(drawn.has(ags), ags).toBe(false);
    }
    expect(drawn.size).toBeLessThan(150);
    expect(svg).toMatch(/<g clip-path="url\(#dah-\w+-clip\)">/);
    const text = textOf(svg).replace(/\s+/g, ' ');
    expect(text).toContain('Ausschnitt: Landkreis Fulda');
    expect(text).toContain('Klassen und Anzahlen: alle Gebiete in Hessen.');
  });
});

describe('unzoomed export', () => {
  it('stays the whole of Hessen: every Gemeinde, no clip, no Ausschnitt', async () => {
    await show({ indicator: 'bb_alle_1000', level: 'gemeinde' });
    const svg = mapToSvg(mapModel(atlas, { link: LINK, methodNote: '', notes: [], zoom: null }), '16:9');
    expect(svg.match(/<title>\d{8}<\/title>/g)).toHaveLength(atlas.geometry.shapes.gemeinde.length);
    expect(svg).not.toContain('clip-path');
    expect(svg).not.toContain('Ausschnitt');
  });
});

describe('selected and compared regions', () => {
  it('are named on the map in bold and listed in the legend with their value, de-DE with a true minus', async () => {
    // Population change over ten years; the Gemeinde of Kreis Fulda that changed least (or shrank most).
    await show({ indicator: 'bev_veraenderung', level: 'gemeinde' });
    const lowest = gemeindenOf(FULDA)
      .filter((g) => g.ags !== '06631009' && g.ags !== '06631005')
      .sort((a, b) => atlas.values.get(a.ags)!.value - atlas.values.get(b.ags)!.value)[0]!;
    atlas.set({ selected: '06631009', compare: ['06631005', lowest.ags, '06631009', FULDA] });
    const marked = markedRegions(atlas);
    // The selection once, the Kreis left out (not the shown level), the order kept.
    expect(marked.map((m) => [m.ags, m.role])).toEqual([
      ['06631009', 'selected'],
      ['06631005', 'compared'],
      [lowest.ags, 'compared'],
    ]);
    for (const m of marked) {
      const v = atlas.values.get(m.ags)!.value;
      expect(m.value).toMatch(v < 0 ? /^−\d+,\d\s%$/ : v > 0 ? /^\+\d+,\d\s%$/ : /^0,0\s%$/);
    }
    const expectedNames = ['Ehrenberg (Rhön)', 'Fulda', lowest.name].sort();
    for (const preset of ['16:9', 'a4'] as Preset[]) {
      for (const zoom of [null, FULDA]) {
        const svg = mapToSvg(mapModel(atlas, { link: LINK, methodNote: '', notes: [], zoom }), preset);
        const named = labelsOf(svg).filter((l) => l.cls === 'label-hl');
        expect(named.map((l) => l.text).sort(), `${preset} ${zoom}`).toEqual(expectedNames);
        const boxes = named.map((l) => boxOf(svg, l));
        for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) expect(overlap(boxes[i]!, boxes[j]!)).toBe(false);
        const text = textOf(svg).replace(/\s+/g, ' ');
        expect(text).toContain('Auswahl und Vergleich');
        expect(text).toContain('Fulda (Auswahl)');
        for (const m of marked) expect(text).toContain(m.value.replace(/\s/g, ' '));
        // Outlined: the white rim and the black line per region.
        expect(svg.match(/stroke="#000" stroke-width="[\d.]+"\/>/g)!.length).toBeGreaterThanOrEqual(3);
      }
    }
  });

  it('a shrinking Gemeinde has a true minus in the legend, also in English', async () => {
    await show({ indicator: 'bev_veraenderung', level: 'gemeinde', lang: 'en' });
    const [ags, v] = [...atlas.values].sort((a, b) => a[1].value - b[1].value)[0]!;
    expect(v.value).toBeLessThan(0);
    atlas.set({ selected: ags });
    const svg = mapToSvg(mapModel(atlas, { link: LINK, methodNote: '', notes: [] }), '16:9');
    const text = textOf(svg);
    expect(text).toContain('Selection and comparison');
    expect(text).toContain(`${atlas.regions.get(ags)!.name} (selected)`);
    expect(text).toMatch(/−\d+\.\d\s%/);
    expect(markedRegions(atlas)[0]!.value).toMatch(/^−\d+\.\d\s%$/);
    atlas.set({ lang: 'de' });
  });
});

describe.each([
  [FULDA, '16:9'],
  [FULDA, 'a4'],
  [GROSS_GERAU, '16:9'],
  [GROSS_GERAU, 'a4'],
] as [string, Preset][])('Gemeinde names at the zoom to Kreis %s, preset %s', (kreis, preset) => {
  it('names most Gemeinden of the Kreis, never two on top of each other, all inside the frame', async () => {
    await show({ indicator: 'bb_alle_1000', level: 'gemeinde' });
    atlas.set({ selected: gemeindenOf(kreis)[0]!.ags });
    expect(gemeindeNamesAvailable(atlas, kreis)).toBe(true);
    const svg = mapToSvg(mapModel(atlas, { link: LINK, methodNote: '', notes: [], zoom: kreis, gemeindeNames: true }), preset);
    assertWellFormedXml(svg);
    const labels = labelsOf(svg);
    const names = new Set(labels.map((l) => l.text));
    const own = gemeindenOf(kreis);
    const shown = own.filter((g) => names.has(g.name));
    expect(shown.length / own.length, `${shown.length} of ${own.length}`).toBeGreaterThanOrEqual(0.7);
    expect(labels.filter((l) => l.cls === 'label-hl').map((l) => l.text)).toEqual([own[0]!.name]);
    const { frame } = frameOf(svg);
    const boxes = labels.map((l) => boxOf(svg, l));
    boxes.forEach((b, i) => {
      expect(b.x, labels[i]!.text).toBeGreaterThanOrEqual(frame.x - 0.5);
      expect(b.x + b.width, labels[i]!.text).toBeLessThanOrEqual(frame.x + frame.width + 0.5);
      expect(b.y, labels[i]!.text).toBeGreaterThanOrEqual(frame.y - 0.5);
      expect(b.y + b.height, labels[i]!.text).toBeLessThanOrEqual(frame.y + frame.height + 0.5);
    });
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++)
        expect(overlap(boxes[i]!, boxes[j]!), `${labels[i]!.text} / ${labels[j]!.text}`).toBe(false);
  });
});

describe('the option "Gemeindenamen anzeigen"', () => {
  it('applies at a Kreis zoom, on the Gemeinde map and on the Kreis map, not to all of Hessen', async () => {
    await show({ indicator: 'bb_alle_1000', level: 'gemeinde' });
    expect(gemeindeNamesAvailable(atlas, FULDA)).toBe(true);
    expect(gemeindeNamesAvailable(atlas, '06631015')).toBe(true); // a Gemeinde: few in view
    expect(gemeindeNamesAvailable(atlas, null)).toBe(false);
    const whole = mapModel(atlas, { link: LINK, methodNote: '', notes: [], zoom: null, gemeindeNames: true });
    expect(whole.labels).toBeUndefined();

    // The Kreis map at a Kreis zoom: Gemeinde names with their borders, over the Kreis fills.
    await show({ level: 'kreis' });
    expect(gemeindeNamesAvailable(atlas, FULDA)).toBe(true);
    expect(gemeindeNamesAvailable(atlas, '06631015')).toBe(false);
    const model = mapModel(atlas, { link: LINK, methodNote: '', notes: [], zoom: FULDA, gemeindeNames: true });
    const svg = mapToSvg(model, '16:9');
    expect(svg).toContain(`d="${atlas.geometry.gemeindeBorders}"`);
    expect(svg.match(/<title>\d{5}<\/title>/g)!.length).toBeGreaterThan(3);
    const names = new Set(labelsOf(svg).map((l) => l.text));
    const own = gemeindenOf(FULDA);
    expect(own.filter((g) => names.has(g.name)).length / own.length).toBeGreaterThanOrEqual(0.7);
    const without = mapToSvg(mapModel(atlas, { link: LINK, methodNote: '', notes: [], zoom: FULDA }), '16:9');
    expect(without).not.toContain(`d="${atlas.geometry.gemeindeBorders}"`);
    expect(labelsOf(without)).toEqual([]);
  });
});

describe('placeLabels', () => {
  const frame = { x: 0, y: 0, width: 400, height: 300 };
  const measure = (t: string, size: number) => t.length * size * 0.6;
  const req = (ags: string, at: [number, number], text = `Gemeinde ${ags}`): LabelRequest => ({ ags, text, at, bold: true });

  it('names every selected and compared region even when they share a point: near it or at the edge, with a leader line', () => {
    const ids = Array.from({ length: 12 }, (_, i) => String(i + 1));
    const placed = placeLabels({ frame, size: 16, measure, named: ids.map((a) => req(a, [120, 150])), others: [] });
    expect(placed.map((p) => p.ags).sort()).toEqual([...ids].sort());
    const atEdge = placed.filter((p) => p.box.x <= frame.x + 1e-9);
    expect(atEdge.length).toBeGreaterThan(0); // the nearer (left) edge
    for (const p of atEdge) expect(p.anchor).toBe('start');
    for (const p of [...atEdge, ...placed.filter((p) => Math.abs(p.y - 150 - 16 * 0.35) >= 2 * 1.1 * 16 - 1e-9)]) {
      expect(p.leader, p.ags).toBeDefined();
      expect(p.leader!.slice(0, 2)).toEqual([120, 150]);
    }
    for (let i = 0; i < placed.length; i++)
      for (let j = i + 1; j < placed.length; j++) expect(overlap(placed[i]!.box, placed[j]!.box)).toBe(false);
  });

  it('sets edge names just outside the map drawing when they fit there, not at the far frame edge', () => {
    const ids = Array.from({ length: 12 }, (_, i) => String(i + 1));
    const named = ids.map((a) => req(a, [260, 150]));
    const placed = placeLabels({ frame, size: 16, measure, named, others: [], drawn: [100, 280] });
    const outside = placed.filter((p) => p.box.x >= 280);
    expect(outside.length).toBeGreaterThan(0);
    for (const p of outside) {
      expect(p.anchor).toBe('start');
      expect(p.box.x).toBeLessThan(300);
      expect(p.box.x + p.box.width).toBeLessThanOrEqual(frame.width);
      expect(p.leader).toBeDefined();
    }
  });

  it('sets other names smaller or leaves them out rather than over a name or a leader line', () => {
    const named = ['1', '2', '3', '4', '5', '6'].map((a) => req(a, [120, 150]));
    const others = Array.from({ length: 40 }, (_, i) => ({
      ...req(`o${i}`, [(i % 8) * 50 + 25, Math.floor(i / 8) * 60 + 30]),
      bold: false,
    }));
    const placed = placeLabels({ frame, size: 16, measure, named, others });
    expect(placed.filter((p) => p.ags.startsWith('o')).length).toBeGreaterThan(0);
    expect(placed.filter((p) => p.ags.startsWith('o')).length).toBeLessThan(40);
    expect(placed.some((p) => p.size < 16)).toBe(true);
    for (let i = 0; i < placed.length; i++)
      for (let j = i + 1; j < placed.length; j++) expect(overlap(placed[i]!.box, placed[j]!.box)).toBe(false);
  });
});
