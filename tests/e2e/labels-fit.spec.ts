// Chart and map labels are whole: inside their SVG, not cut, not dropped; loading is said as loading.
import { test, expect, duckdbReady } from './fixtures.ts';
import type { Locator } from '@playwright/test';

/** Every text box of `texts` lies inside `svg` (1 px tolerance), and no text ends in "…". */
async function insideSvg(svg: Locator, texts: Locator) {
  const outer = (await svg.boundingBox())!;
  const boxes = await texts.evaluateAll((els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect();
      return { text: el.textContent ?? '', x: r.x, y: r.y, right: r.right, bottom: r.bottom };
    }),
  );
  expect(boxes.length).toBeGreaterThan(0);
  for (const b of boxes) {
    expect(b.text, b.text).not.toMatch(/…$/);
    expect(b.x, b.text).toBeGreaterThanOrEqual(outer.x - 1);
    expect(b.right, b.text).toBeLessThanOrEqual(outer.x + outer.width + 1);
    expect(b.y, b.text).toBeGreaterThanOrEqual(outer.y - 1);
    expect(b.bottom, b.text).toBeLessThanOrEqual(outer.y + outer.height + 1);
  }
}

for (const [w, h] of [
  [1440, 900],
  [390, 844],
] as const) {
  test(`"Wie ländlich ist Hessen?" bar labels fit their chart at ${w}×${h}`, async ({ page }) => {
    await page.setViewportSize({ width: w, height: h });
    await page.goto('./?m=analysen&a=rural');
    await duckdbReady(page);
    const svg = page.locator('.bars svg');
    await expect(svg.locator('.bar')).toHaveCount(11);
    await insideSvg(svg, svg.locator('text.label'));
    // Wrapped, not cut: the lines of the longest label join to the whole label.
    const joined = await svg
      .locator('text.label')
      .evaluateAll((els) => els.map((el) => [...el.querySelectorAll('tspan')].map((t) => t.textContent).join(' ')));
    expect(joined).toContain(
      'RegioStaR 7: Stadtregion - kleinstädtischer, dörflicher Raum + Ländliche Region - kleinstädtischer, dörflicher Raum',
    );
  });
}

test('trend chart end labels are whole and inside the chart', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('./?m=analysen&a=trend');
  await duckdbReady(page);
  const svg = page.locator('svg:has(text.end-label)').first();
  await expect(svg.locator('text.end-label').filter({ hasText: 'Prognose 2017' })).toBeVisible();
  await insideSvg(svg, svg.locator('text.end-label'));
  await insideSvg(svg, svg.locator('text.end-label tspan'));
});

test('the trend view says it is loading, never "keine Prognosen", before the projections arrive', async ({ page }) => {
  const seen: string[] = [];
  await page.exposeFunction('noteText', (t: string) => void seen.push(t));
  await page.addInitScript(() => {
    new MutationObserver(() => {
      const sec = document.querySelector('[aria-labelledby="proj-h"]');
      if (sec) (window as unknown as { noteText: (t: string) => void }).noteText(sec.textContent ?? '');
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
  await page.goto('./?m=analysen&a=trend');
  await duckdbReady(page);
  await expect(page.locator('.chains li').first()).toBeVisible();
  expect(seen.length).toBeGreaterThan(0);
  expect(seen.filter((t) => /liegen keine veröffentlichten Prognosen vor/.test(t))).toEqual([]);
});

test('story step 3 labels Wiesbaden next to Frankfurt, and no two labels overlap', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('./?story=hessen-in-sechs-karten&step=3');
  await duckdbReady(page);
  await expect(page.locator('.story .counter')).toHaveText('3 / 6');
  const labels = page.locator('svg.map text.region-label');
  for (const name of ['Frankfurt', 'Wiesbaden', 'Kassel', 'Darmstadt', 'Eichenzell'])
    await expect(labels.filter({ hasText: name })).toHaveCount(1);
  const boxes = await labels.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON() as DOMRect));
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!;
      const b = boxes[j]!;
      expect(a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom, `labels ${i} and ${j} overlap`).toBe(false);
    }
  await insideSvg(page.locator('svg.map'), labels);
});

test('German trend view: the projection source in German, English curator notes marked as such', async ({ page }) => {
  await page.goto('./?m=analysen&a=trend');
  await duckdbReady(page);
  const chain = page.locator('.chains li').first();
  await expect(chain).toBeVisible();
  await expect(chain.locator('dd').last()).toContainText('Prognose 2017 (Basis 2014, laut Quelle HSL)');
  await expect(chain.locator('dd').last()).not.toContainText('attributed by the page');
  await expect(chain.locator('details summary')).toHaveText('Hinweis (englisch im Original)');
  await expect(chain.locator('details [lang="en"]')).toHaveCount(1);
});

test('a chart of millions (population of two RB) keeps its y-axis labels whole inside the chart', async ({ page }) => {
  await page.goto('./?m=analysen&a=groups~i=bev');
  const chart = page.getByRole('img', { name: /Gruppe A und B Liniendiagramm/ });
  await expect(chart.locator('g.series[data-kind="line"]')).toHaveCount(2, { timeout: 30_000 });
  const labels = await chart.evaluate((svg) => {
    const left = svg.getBoundingClientRect().left;
    return [...svg.querySelectorAll('.grid text')]
      .filter((t) => t.getAttribute('text-anchor') === 'end')
      .map((t) => ({ text: t.textContent ?? '', inside: t.getBoundingClientRect().left >= left - 0.5 }));
  });
  expect(labels.some((l) => /^\d\.\d{3}\.\d{3}$/.test(l.text))).toBe(true);
  expect(labels.filter((l) => !l.inside)).toEqual([]);
});
