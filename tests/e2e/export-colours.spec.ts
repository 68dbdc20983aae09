// Map exports show exactly the map's colours: every area's fill in the SVG equals the map's, the
// gemeindefreie Gebiete are light grey (not fill="" = black), the no-data hatch has its grey,
// and the PNG pixels inside an uninhabited area have that grey (issue 11.2).
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, duckdbReady } from './fixtures.ts';
import { NO_DATA, UNINHABITED } from '../../src/lib/scales/palette.ts';

const LABELS = {
  de: {
    menu: 'Exportieren',
    svg: ['Karte als SVG (16:9)', 'Karte als SVG (A4 quer)'],
    png: ['Karte als PNG (16:9)', 'Karte als PNG (A4 quer)'],
  },
  en: { menu: 'Export', svg: ['Map as SVG (16:9)', 'Map as SVG (A4 landscape)'], png: ['Map as PNG (16:9)', 'Map as PNG (A4 landscape)'] },
} as const;

async function exportBytes(page: Page, menu: string, item: string): Promise<Buffer> {
  await page.getByRole('button', { name: menu, exact: true }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: item }).click()]);
  return readFileSync((await download.path())!);
}

/** AGS → fill of each area path of an exported SVG (paths carry their AGS as <title>). */
function svgFills(svg: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of svg.matchAll(/<path d="[^"]*" fill="([^"]*)"><title>(\d+)<\/title><\/path>/g)) out.set(m[2]!, m[1]!);
  return out;
}

const mapFills = (page: Page) =>
  page
    .locator('svg.map .fills .level:not(.hidden) path')
    .evaluateAll((ps) => ps.map((p) => [p.getAttribute('data-ags')!, p.getAttribute('fill') ?? ''] as const));

for (const lang of ['de', 'en'] as const) {
  test(`SVG exports (${lang}): every area has the map's colour, uninhabited areas light grey`, async ({ page }) => {
    await page.goto(`./?i=bev_veraenderung${lang === 'en' ? '&lang=en' : ''}`);
    await duckdbReady(page);
    const onMap = new Map(await mapFills(page));
    const uninhabited = [...onMap].filter(([, f]) => f === UNINHABITED).map(([a]) => a);
    expect(uninhabited.length).toBeGreaterThan(0);
    for (const item of LABELS[lang].svg) {
      const svg = (await exportBytes(page, LABELS[lang].menu, item)).toString('utf8');
      const fills = svgFills(svg);
      expect(fills.size).toBe(onMap.size);
      for (const [ags, fill] of fills) {
        expect(fill, ags).not.toBe('');
        const shown = onMap.get(ags)!;
        if (shown.startsWith('url(')) expect(fill, ags).toMatch(/^url\(#/);
        else expect(fill, ags).toBe(shown);
      }
      for (const ags of uninhabited) expect(fills.get(ags)).toBe(UNINHABITED);
      expect(svg).not.toContain('fill=""');
      // Hatch and legend swatches have their colours too.
      expect(svg).toContain(`fill="${UNINHABITED}" stroke="#000"`);
      if (svg.includes('hatch-map')) expect(svg).toMatch(new RegExp(`<pattern id="[^"]*hatch-map"[^>]*><rect [^>]*fill="${NO_DATA}"`));
    }
  });
}

test('PNG export: pixels inside the gemeindefreien Gebiete are light grey, not black', async ({ page }) => {
  await page.goto('./?i=bev_veraenderung');
  await duckdbReady(page);
  const svg = (await exportBytes(page, 'Exportieren', 'Karte als SVG (16:9)')).toString('utf8');
  const png = (await exportBytes(page, 'Exportieren', 'Karte als PNG (16:9)')).toString('base64');
  const uninhabited = [...new Map(await mapFills(page))].filter(([, f]) => f === UNINHABITED).map(([a]) => a);
  const samples = await page.evaluate(
    async ({ svg, png, uninhabited }) => {
      const W = 1920;
      const H = 1080;
      const host = document.createElement('div');
      host.style.cssText = `position:absolute;left:0;top:0;width:${W}px;height:${H}px`;
      host.innerHTML = svg.replace(/<svg\b/, `<svg width="${W}" height="${H}"`);
      document.body.append(host);
      const root = host.querySelector('svg')!;
      const origin = root.getBoundingClientRect();
      const img = new Image();
      img.src = `data:image/png;base64,${png}`;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = W;
      canvas.height = H;
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      const out: { ags: string; rgb: number[] }[] = [];
      for (const path of root.querySelectorAll<SVGPathElement>('path')) {
        const ags = path.querySelector('title')?.textContent ?? '';
        if (!uninhabited.includes(ags)) continue;
        const box = path.getBBox();
        const ctm = path.getScreenCTM()!;
        // Points well inside the area (away from its borders): inside the fill, and the whole
        // 5×5 px neighbourhood inside too.
        for (let fy = 0.2; fy <= 0.8; fy += 0.05)
          for (let fx = 0.2; fx <= 0.8; fx += 0.05) {
            const p = new DOMPoint(box.x + fx * box.width, box.y + fy * box.height);
            if (!path.isPointInFill(p) || path.isPointInStroke(p)) continue;
            const s = p.matrixTransform(ctm);
            const x = Math.round(s.x - origin.left);
            const y = Math.round(s.y - origin.top);
            let inside = true;
            for (let dy = -3; dy <= 3 && inside; dy++)
              for (let dx = -3; dx <= 3 && inside; dx++) {
                const q = new DOMPoint(s.x + dx, s.y + dy).matrixTransform(ctm.inverse());
                if (!path.isPointInFill(q)) inside = false;
              }
            if (!inside) continue;
            out.push({ ags, rgb: [...ctx.getImageData(x, y, 1, 1).data.slice(0, 3)] });
          }
      }
      host.remove();
      return out;
    },
    { svg, png, uninhabited },
  );
  const sampled = new Set(samples.map((s) => s.ags));
  expect(sampled.size).toBeGreaterThan(0);
  const want = [0xf4, 0xf4, 0xf4];
  for (const s of samples) for (let i = 0; i < 3; i++) expect(Math.abs(s.rgb[i]! - want[i]!), `${s.ags} ${s.rgb}`).toBeLessThan(12);
});
