// Charts export as images: the trend chart, the comparison chart and the bivariate map download as
// SVG pages that name the shown series and the sources, and as PNGs of the preset's size.
import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { test, expect, duckdbReady } from './fixtures.ts';
import { unescapeXml } from '../support/xml.ts';

async function download(page: Page, scope: Locator, item: string) {
  await scope.getByRole('button', { name: 'Exportieren' }).click();
  const [file] = await Promise.all([page.waitForEvent('download'), scope.getByRole('button', { name: item }).click()]);
  return { name: file.suggestedFilename(), path: (await file.path())!, bytes: readFileSync((await file.path())!) };
}

/** Every text of the SVG, whitespace removed (the page wraps long lines). */
const svgText = (svg: string) =>
  [...svg.matchAll(/>([^<]+)</g)]
    .map((m) => unescapeXml(m[1]!))
    .join('')
    .replace(/\s+/g, '');
const squash = (s: string) => s.replace(/\s+/g, '');

/** Width and height from a PNG's IHDR chunk. */
const pngSize = (b: Buffer) => ({ width: b.readUInt32BE(16), height: b.readUInt32BE(20) });

test('the trend chart exports as an SVG page with every legend entry and the sources, and as a 1920 × 1080 PNG', async ({ page }, info) => {
  await page.goto('./?m=analysen&a=trend~r=066,06');
  await duckdbReady(page);
  const card = page.locator('[aria-labelledby="trend-h"]');
  await expect(card.locator('g.series[data-kind="dashed"]').first()).toBeVisible();
  const legend = (await card.locator('.chart-legend li').allInnerTexts()).map((s) => s.trim());
  expect(legend.some((l) => l.includes('Prognose'))).toBe(true);
  const svg = await download(page, card, 'Diagramm als SVG (16:9)');
  expect(svg.name).toMatch(/^digitalatlas-hessen_bevoelkerung_066_06_index-2013_16x9\.svg$/);
  const xml = svg.bytes.toString('utf8');
  expect(xml).toContain('viewBox="0 0 1920 1080"');
  const text = svgText(xml);
  for (const l of legend) expect(text, l).toContain(squash(l));
  expect(text).toContain(squash('Bevölkerung, Index 2013 = 100'));
  expect(text).toContain('StatistischesBundesamt');
  expect(text).toContain('Gebietsstand');
  expect(text).toContain('Zitierhinweis');
  expect(text).toContain('Zensus2011');
  // The drawn chart itself: its lines with their colours and the dashed projection.
  expect(xml).toMatch(/stroke-dasharray:\s*7(px)?,?\s+5/);
  // Only the page itself is labelled: the chart's ARIA and tooltips are left behind.
  expect(xml.match(/aria-/g)).toHaveLength(1);

  const png = await download(page, card, 'Diagramm als PNG (16:9)');
  expect(png.bytes.subarray(1, 4).toString()).toBe('PNG');
  expect(pngSize(png.bytes)).toEqual({ width: 1920, height: 1080 });
  await info.attach('trend-chart.png', { path: png.path, contentType: 'image/png' });
});

test('the comparison chart exports as SVG and PNG with the compared regions and the indicator’s source', async ({ page }) => {
  await page.goto('./?i=bb_alle_50&p=vergleich&v=06635022,06412000');
  await duckdbReady(page);
  const panel = page.locator('#panel-body');
  await expect(panel.locator('.chart svg')).toBeVisible();
  const names = (await panel.locator('figcaption .legend li').allInnerTexts()).map((s) => s.trim());
  expect(names).toHaveLength(2);
  const svg = await download(page, panel, 'Diagramm als SVG (16:9)');
  expect(svg.name).toMatch(/\.svg$/);
  const text = svgText(svg.bytes.toString('utf8'));
  for (const n of names) expect(text, n).toContain(squash(n));
  expect(text).toContain('Breitbandatlas');
  expect(text).toContain('Gebietsstand');
  const png = await download(page, panel, 'Diagramm als PNG (A4 quer)');
  expect(pngSize(png.bytes)).toEqual({ width: 3508, height: 2480 });
});

test('the bivariate map exports as an SVG page with its nine cells and their counts', async ({ page }) => {
  await page.goto('./?m=analysen&a=bivar');
  await duckdbReady(page);
  const card = page.locator('[aria-labelledby="bivar-map-h"]');
  await expect(page.locator('.bivar-legend button.cell')).toHaveCount(9);
  const cells = await page.locator('.bivar-legend button.cell .cell-text').allInnerTexts();
  const svg = await download(page, card, 'Karte als SVG (16:9)');
  const xml = svg.bytes.toString('utf8');
  const text = svgText(xml);
  for (const c of cells) expect(text, c).toContain(squash(c));
  expect(text).toContain('Breitbandatlas');
  // The map as drawn: one filled path per Gemeinde, no hidden level.
  expect((xml.match(/<path [^>]*d="M/g) ?? []).length).toBeGreaterThanOrEqual(421);
});

for (const view of [
  {
    name: 'Stadt–Land gap',
    url: './?m=analysen&a=gap',
    card: '[aria-labelledby="gap-sens-h"]',
    chart: '[aria-labelledby="gap-gap-h"]',
    source: 'Breitbandatlas',
  },
  {
    name: 'groups',
    url: './?m=analysen&a=groups',
    card: '[aria-labelledby="groups-h"]',
    chart: '[aria-labelledby="groups-h"]',
    source: 'Breitbandatlas',
  },
  {
    name: 'rural shares',
    url: './?m=analysen&a=rural',
    card: '[aria-labelledby="rural-table-h"]',
    chart: '[aria-labelledby="rural-bars-h"]',
    source: 'BBSR',
  },
])
  test(`the ${view.name} chart exports as an SVG page with what the chart says and its sources`, async ({ page }) => {
    await page.goto(view.url);
    await duckdbReady(page);
    const chart = page.locator(view.chart);
    await expect(chart.locator('svg[role="img"]').first()).toBeVisible();
    // Legend entries (line charts) or the bars' labels: every text the chart shows.
    const legend = await chart.locator('.chart-legend li').allInnerTexts();
    const drawn = await chart.locator('svg[role="img"] text').allTextContents();
    const svg = await download(page, page.locator(view.card), 'Diagramm als SVG (16:9)');
    const text = svgText(svg.bytes.toString('utf8'));
    for (const l of [...legend, ...drawn].map((s) => s.trim()).filter(Boolean)) expect(text, l).toContain(squash(l));
    expect(text).toContain(view.source);
    expect(text).toContain('Gebietsstand');
  });

test('in English the trend table and chart are English: headers, kinds, menu entries and the page footer', async ({ page }) => {
  await page.goto('./?m=analysen&a=trend~r=06&lang=en');
  await duckdbReady(page);
  const card = page.locator('[aria-labelledby="trend-h"]');
  await expect(card.locator('g.series[data-kind="dashed"]').first()).toBeVisible();
  await card.getByRole('button', { name: 'Export' }).click();
  const [file] = await Promise.all([page.waitForEvent('download'), card.getByRole('button', { name: 'Table as CSV (as shown)' }).click()]);
  const csv = readFileSync((await file.path())!, 'utf8');
  const header = csv.replace(/^\ufeff/, '').split('\n')[0]!;
  for (const h of ['AGS', 'Area', 'Series', 'Kind', 'Date', 'Value', 'Source', 'Note']) expect(header).toContain(h);
  expect(csv).toContain('projection (published)');
  expect(csv).toContain('after a method break');
  await card.getByRole('button', { name: 'Export' }).click();
  const [image] = await Promise.all([page.waitForEvent('download'), card.getByRole('button', { name: 'Chart as SVG (16:9)' }).click()]);
  const text = svgText(readFileSync((await image.path())!, 'utf8'));
  expect(text).toContain('Boundariesasof');
  expect(text).toContain('Citation:');
  expect(text).toContain(squash('Population, index 2013 = 100'));
});
