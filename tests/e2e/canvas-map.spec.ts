// The canvas map (Map.canvas.svelte, for all German Gemeinden) on Hessen's real geometry and first
// view (lab.html?view=map), checked against the atlas' SVG map: the same colours at the regions'
// label points, hover and click find the region under the pointer, the keyboard moves as in the SVG
// map, the focused region is a named button, zoom and a colour change repaint the canvas only.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { test, expect, interactive } from './fixtures.ts';
import { buildGeometry, PlanarTopology, type Shape } from '../../src/lib/geo/topology.ts';
import { screenTransform, toScreen } from '../../src/lib/geo/screen.ts';
import { zoomView, type Box } from '../../src/lib/geo/zoom.ts';

const DIST = process.env.DIST_DIR ?? 'dist';
const geo = buildGeometry(PlanarTopology.parse(JSON.parse(readFileSync(join(DIST, 'data/geo.topo.json'), 'utf8'))));
const gemeinden = geo.shapes.gemeinde;
const shape = (ags: string) => gemeinden.find((s) => s.ags === ags)!;
/** The 40 largest Gemeinden: their label points lie well inside, away from anti-aliased edges. */
const large = [...gemeinden].sort((a, b) => area(b) - area(a)).slice(0, 40);
function area(s: Shape) {
  return (s.bbox[2] - s.bbox[0]) * (s.bbox[3] - s.bbox[1]);
}

const canvas = (page: Page) => page.locator('.canvas-map canvas');

/** "#rrggbb" of a CSS colour written as #rrggbb or rgb(r, g, b); null for anything else (a pattern). */
function hex(colour: string): string | null {
  if (/^#[0-9a-f]{6}$/i.test(colour)) return colour.toLowerCase();
  const m = /^rgb\((\d+), ?(\d+), ?(\d+)\)$/.exec(colour);
  return m
    ? `#${m
        .slice(1)
        .map((n) => Number(n).toString(16).padStart(2, '0'))
        .join('')}`
    : null;
}

/** The SVG map's fill per AGS in the atlas at `query` (colours only: the hatch is a pattern). */
async function svgFills(page: Page, query = ''): Promise<Map<string, string>> {
  await page.goto(`./${query}`);
  await interactive(page);
  const pairs = await page
    .locator('svg.map .fills .level:not(.hidden) path')
    .evaluateAll((ps) => ps.map((p) => [p.getAttribute('data-ags')!, p.getAttribute('fill')!] as [string, string]));
  return new Map(pairs.flatMap(([ags, f]) => (hex(f) ? [[ags, hex(f)!] as const] : [])));
}

async function openLab(page: Page) {
  await page.goto('./lab.html?view=map');
  await expect(canvas(page)).toBeVisible();
  await page.waitForFunction(() => performance.getEntriesByName('lab-ready').length > 0);
}

/** Client points of map points under the lab's current zoom. */
async function clientPoints(page: Page, pts: [number, number][], zoom: Box | null = null): Promise<[number, number][]> {
  const r = (await canvas(page).boundingBox())!;
  const t = screenTransform(geo.width, geo.height, r.width, r.height, zoomView(zoom, geo.width, geo.height));
  return pts.map(([x, y]) => {
    const [sx, sy] = toScreen(t, x, y);
    return [r.x + sx, r.y + sy];
  });
}

/** Canvas colours (#rrggbb) at client points; `alpha` adds the opacity (0–255) as two more digits. */
async function pixels(page: Page, pts: [number, number][], alpha = false): Promise<string[]> {
  return canvas(page).evaluate(
    (c: HTMLCanvasElement, [pts, alpha]) => {
      const r = c.getBoundingClientRect();
      const ctx = c.getContext('2d')!;
      const hex = (n: number) => n.toString(16).padStart(2, '0');
      return pts.map(([x, y]) => {
        const d = ctx.getImageData(
          Math.floor(((x - r.left) * c.width) / r.width),
          Math.floor(((y - r.top) * c.height) / r.height),
          1,
          1,
        ).data;
        return `#${hex(d[0]!)}${hex(d[1]!)}${hex(d[2]!)}${alpha ? hex(d[3]!) : ''}`;
      });
    },
    [pts, alpha] as const,
  );
}

test('paints the colours of the SVG map at the regions; hover and click find the region under the pointer', async ({ page }) => {
  const expected = await svgFills(page);
  await openLab(page);
  const sample = large.filter((s) => expected.has(s.ags));
  expect(sample.length).toBeGreaterThan(30);
  const pts = await clientPoints(
    page,
    sample.map((s) => s.label),
  );
  await expect.poll(() => pixels(page, pts)).toEqual(sample.map((s) => expected.get(s.ags)));

  const frankfurt = shape('06412000');
  const [fx, fy] = (await clientPoints(page, [frankfurt.label]))[0]!;
  await page.mouse.move(fx, fy);
  await expect(page.getByTestId('hovered')).toHaveText('Frankfurt am Main (06412000)');
  await expect(page.locator('.canvas-map path.highlight')).toHaveAttribute('d', frankfurt.d);
  await page.mouse.click(fx, fy);
  await expect(page.getByTestId('selected')).toHaveText('Frankfurt am Main (06412000)');
  // The selection is outlined in the overlay, a button a screen reader names with name and value.
  await expect(page.locator('.canvas-map path.marked')).toHaveAttribute('aria-label', /^Frankfurt am Main: /);
  // Outside Hessen nothing is under the pointer.
  const r = (await canvas(page).boundingBox())!;
  await page.mouse.move(r.x + 3, r.y + 3);
  await expect(page.getByTestId('hovered')).toHaveText('–');
});

test('the keyboard moves as in the SVG map; the focused region is a named button and is announced', async ({ page }) => {
  // The atlas' SVG map: into the map, one step right.
  await page.goto('./');
  await interactive(page);
  await page.locator('svg.map .fills .level:not(.hidden) path[tabindex="0"]').focus();
  const svgFirst = await page.locator('svg.map path:focus').getAttribute('data-ags');
  await page.keyboard.press('ArrowRight');
  const svgFocused = page.locator('svg.map .fills .level:not(.hidden) path:focus');
  const svgNext = await svgFocused.getAttribute('data-ags');
  const svgName = await svgFocused.getAttribute('aria-label');
  expect(svgNext).not.toBe(svgFirst);

  await openLab(page);
  await page.keyboard.press('Tab');
  const focused = page.locator('.canvas-map path:focus');
  await expect(focused).toHaveAttribute('data-ags', svgFirst!);
  await expect(focused).toHaveAttribute('role', 'button');
  await page.keyboard.press('ArrowRight');
  await expect(focused).toHaveAttribute('data-ags', svgNext!);
  await expect(focused).toHaveAttribute('aria-label', svgName!);
  expect(svgName).toMatch(/: [+-−]?\d+,\d\s%|keine/);
  await expect(page.locator('.canvas-map [aria-live="polite"]')).toHaveText(svgName!);
  await expect(page.getByTestId('focused')).toContainText(svgNext!);
  // The focus ring is drawn in the overlay.
  expect(await focused.evaluate((p) => getComputedStyle(p).stroke)).toBe('rgb(240, 165, 0)');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('selected')).toContainText(svgNext!);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('selected')).toHaveText('–');
});

test('zoom to a Kreis fills the canvas with it; a colour change repaints the canvas without adding elements', async ({ page }) => {
  const quantile6 = await svgFills(page);
  const quantile3 = await svgFills(page, '?k=quantile:3');
  await openLab(page);
  const kreis = geo.shapes.kreis.find((k) => k.ags === '06535')!; // Vogelsbergkreis
  await page.getByLabel('Zoom auf Kreis').selectOption('06535');
  const r = (await canvas(page).boundingBox())!;
  const corners = await clientPoints(
    page,
    [
      [kreis.bbox[0], kreis.bbox[1]],
      [kreis.bbox[2], kreis.bbox[3]],
    ],
    kreis.bbox,
  );
  const [[x0, y0], [x1, y1]] = corners as [[number, number], [number, number]];
  // Centred, and at least 1/1.6 of the canvas wide or high (the SVG map's zoom rule).
  expect(Math.max((x1 - x0) / r.width, (y1 - y0) / r.height)).toBeGreaterThan(0.6);
  expect(Math.abs((x0 + x1) / 2 - (r.x + r.width / 2))).toBeLessThan(2);
  const inside = gemeinden.filter((s) => s.ags.startsWith('06535') && quantile6.has(s.ags));
  expect(inside.length).toBeGreaterThan(15);
  const pts = await clientPoints(
    page,
    inside.map((s) => s.label),
    kreis.bbox,
  );
  await expect.poll(() => pixels(page, pts)).toEqual(inside.map((s) => quantile6.get(s.ags)));
  await expect(page.locator('.canvas-map g.zoom')).toHaveAttribute('transform', /scale\(/);

  const elements = await page.evaluate(() => document.querySelectorAll('.canvas-map *').length);
  await page.getByLabel('Anzahl').selectOption('3');
  const changed = inside.filter((s) => quantile3.get(s.ags) !== quantile6.get(s.ags));
  expect(changed.length).toBeGreaterThan(0);
  await expect.poll(() => pixels(page, pts)).toEqual(inside.map((s) => quantile3.get(s.ags)));
  // No element per region: the map has as many elements as before.
  expect(await page.evaluate(() => document.querySelectorAll('.canvas-map *').length)).toBe(elements);
});

test('the legend filter fades the other regions as the SVG map does; the canvas follows its box', async ({ page }) => {
  await page.goto('./?f=0');
  await interactive(page);
  const faded = new Set(
    await page.locator('svg.map .fills .level:not(.hidden) path.faded').evaluateAll((ps) => ps.map((p) => p.getAttribute('data-ags')!)),
  );
  const expected = await svgFills(page);
  await openLab(page);
  await page.getByLabel('Nur Klasse zeigen').selectOption('0');
  const sample = large.filter((s) => expected.has(s.ags));
  expect(sample.some((s) => faded.has(s.ags)) && sample.some((s) => !faded.has(s.ags))).toBe(true);
  const pts = await clientPoints(
    page,
    sample.map((s) => s.label),
  );
  // Kept regions keep their colour, opaque; the others are drawn at the SVG's opacity 0.18.
  await expect
    .poll(async () => (await pixels(page, pts, true)).map((px, i) => (faded.has(sample[i]!.ags) ? px.slice(7) : px)))
    .toEqual(sample.map((s) => (faded.has(s.ags) ? '2e' : `${expected.get(s.ags)}ff`)));

  const before = await canvas(page).evaluate((c: HTMLCanvasElement) => c.width);
  await page.setViewportSize({ width: 900, height: 600 });
  await expect.poll(() => canvas(page).evaluate((c: HTMLCanvasElement) => c.width)).not.toBe(before);
  expect(await canvas(page).evaluate((c: HTMLCanvasElement) => Math.abs(c.width - c.clientWidth * devicePixelRatio))).toBeLessThanOrEqual(
    1,
  );
  const [frankfurt] = await clientPoints(page, [shape('06412000').label]);
  await page.mouse.move(...frankfurt!);
  await expect(page.getByTestId('hovered')).toHaveText('Frankfurt am Main (06412000)');
});

for (const viewport of [
  { name: 'desktop', width: 1440, height: 900 },
  { name: 'phone', width: 390, height: 844 },
]) {
  test(`the canvas map has no serious accessibility violations and is sharp (${viewport.name})`, async ({ browser, baseURL }) => {
    const context = await browser.newContext({ viewport, deviceScaleFactor: 2 });
    const page = await context.newPage();
    await page.goto(`${baseURL}lab.html?view=map`);
    await expect(page.locator('.canvas-map canvas')).toBeVisible();
    const size = await page.locator('.canvas-map canvas').evaluate((c: HTMLCanvasElement) => [c.width, c.clientWidth]);
    expect(Math.abs(size[0]! - size[1]! * 2)).toBeLessThanOrEqual(2);
    const result = await new AxeBuilder({ page }).include('.canvas-map').analyze();
    const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(bad.map((v) => `${v.id}: ${v.nodes.length} × ${v.help}`)).toEqual([]);
    await context.close();
  });
}
