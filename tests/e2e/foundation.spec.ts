import { test, expect, duckdbReady, fills } from './fixtures.ts';

test('the first map is filled from the HTML alone, before any script runs', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(baseURL!);
  const paths = page.locator('svg.map .fills .level:not(.hidden) path');
  await expect(paths).toHaveCount(425);
  const distinct = new Set(await fills(page));
  expect(distinct.size).toBeGreaterThanOrEqual(5);
  await expect(page.locator('.legend')).toContainText('Veränderung');
  await expect(page.locator('.legend')).toContainText('2013–2023');
  await context.close();
});

test('shows all Gemeinden with several colours, a legend with class counts and the sources', async ({ page }) => {
  await page.goto('./');
  await expect(page.locator('svg.map .fills .level:not(.hidden) path')).toHaveCount(425);
  expect(new Set(await fills(page)).size).toBeGreaterThanOrEqual(5);
  const legend = page.locator('.legend');
  await expect(legend).toContainText('Gemeinden');
  await expect(legend).toContainText('Gebietsstand ab 01.01.2026');
  await expect(legend.locator('li')).toHaveCount(7); // 6 classes + 4 gemeindefreie Gebiete
  await expect(legend).toContainText('keine Einwohner');
  const counts = await legend.locator('li .count').allTextContents();
  expect(
    counts
      .slice(0, 6)
      .map(Number)
      .reduce((a, b) => a + b),
  ).toBe(421);
  const footer = page.locator('footer');
  for (const credit of ['© BKG', 'Statistisches Bundesamt (Destatis)', 'Breitbandatlas', 'BBSR'])
    await expect(footer).toContainText(credit);
});

test('the English UI shows the source credits and their Stand lines in English (issue 11.14)', async ({ page }) => {
  await page.goto('./?lang=en');
  const footer = page.locator('footer.sources');
  await expect(footer).toContainText(
    'Source: Federal Statistical Office (Destatis), GV-ISys, territorial status 31 Dec 1983 – 31 Dec 2023; own processing',
  );
  await expect(footer).toContainText('Administrative boundaries: © BKG (2026) dl-de/by-2-0 (data modified)');
  await expect(footer).toContainText('As of 2005 – June 2021');
  for (const german of ['Quelle:', 'eigene Aufbereitung', 'Gebietsstand', 'Stand 01.01.', 'Daten verändert', 'Stichtag'])
    await expect(footer).not.toContainText(german);
});

test('hovering Frankfurt shows its name, a German-formatted value, the period and its Kreis', async ({ page }) => {
  await page.goto('./');
  await duckdbReady(page);
  await page.locator('path[data-ags="06412000"]').hover();
  const tip = page.locator('.tooltip');
  await expect(tip).toContainText('Frankfurt am Main');
  await expect(tip).toContainText(/[+-]\d+,\d\s%/);
  await expect(tip).toContainText('2013–2023');
  await expect(tip).toContainText('Frankfurt am Main (kreisfreie Stadt)');
});

test('switching the indicator and the level repaints the map', async ({ page }) => {
  await page.goto('./');
  await duckdbReady(page);
  const before = await fills(page);
  await page.getByRole('button', { name: 'Digitalisierung' }).click();
  await page.getByLabel('Indikator', { exact: true }).selectOption('bb_alle_1000');
  await expect(page.locator('#map-title')).toContainText('1000 Mbit/s');
  await expect.poll(() => fills(page)).not.toEqual(before);
  await expect(page.locator('.legend')).toContainText('Juni 2021');

  await page.locator('path[data-ags="06412000"]').hover();
  await expect(page.locator('.tooltip')).toContainText('94,6 % der Haushalte');

  await page.getByText('Kreise', { exact: true }).click();
  await expect(page.locator('svg.map .fills .level:not(.hidden) path')).toHaveCount(27);
  await expect(page.locator('.legend')).toContainText('mit der Einwohnerzahl gewichtet');
  await page.getByText('Regierungsbezirke', { exact: true }).click();
  await expect(page.locator('svg.map .fills .level:not(.hidden) path')).toHaveCount(3);
  await page.locator('path[data-ags="066"]').hover();
  await expect(page.locator('.tooltip')).toContainText('Regierungsbezirk Kassel');
});

test('a categorical typology gets its own legend and is offered only per Gemeinde', async ({ page }) => {
  await page.goto('./');
  await duckdbReady(page);
  await page.getByRole('button', { name: 'Stadt–Land' }).click();
  await page.getByLabel('Indikator', { exact: true }).selectOption('bbsr_sgtyp');
  const legend = page.locator('.legend');
  await expect(legend).toContainText('Großstadt');
  await expect(legend).toContainText('Landgemeinde');
  const row = legend.locator('li', { hasText: 'Landgemeinde' });
  await expect(row.locator('.count')).toHaveText('118');
  await expect(page.getByRole('radio', { name: 'Kreise', exact: true })).toBeDisabled();
  await expect(page.locator('.level-note').first()).toContainText('nicht verfügbar');
});

test('the map keeps working when DuckDB’s wasm is blocked, with a clear German message', async ({ page, problems }) => {
  await page.route(/\.wasm(\?|$)/, (route) => route.abort());
  await page.goto('./');
  await expect(page.locator('p.alert')).toContainText('Datenbank im Browser konnte nicht starten');
  await expect(page.locator('svg.map .fills .level:not(.hidden) path')).toHaveCount(425);
  // The precomputed first view stays interactive, also at Kreis level.
  await page.locator('path[data-ags="06412000"]').hover();
  await expect(page.locator('.tooltip')).toContainText('Frankfurt am Main');
  await page.getByText('Kreise', { exact: true }).click();
  await expect(page.locator('svg.map .fills .level:not(.hidden) path')).toHaveCount(27);
  // The blocked download itself is the one expected browser error.
  const expected = problems.filter((p) => p.includes('net::ERR_FAILED'));
  expect(expected).toHaveLength(1);
  problems.splice(0, problems.length, ...problems.filter((p) => !expected.includes(p)));
});

test('on a 390 px phone the map fits and a tap shows the values', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  await page.goto(baseURL!);
  await expect(page.locator('svg.map .fills .level:not(.hidden) path')).toHaveCount(425);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.waitForFunction(() => performance.getEntriesByName('app-interactive').length > 0);
  await page.locator('path[data-ags="06412000"]').tap();
  await expect(page.locator('.tooltip')).toContainText('Frankfurt am Main');
  await context.close();
});
