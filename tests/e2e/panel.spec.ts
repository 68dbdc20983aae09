// The side panel: profile of a region, ranked table linked with the map, comparison, phone sheet.
import { test, expect, duckdbReady } from './fixtures.ts';
import type { Page } from '@playwright/test';

const interactive = (page: Page) => page.waitForFunction(() => performance.getEntriesByName('app-interactive').length > 0);

test('clicking Frankfurt opens its profile: value, rank, Kreis/RB/Hessen, time series, typologies, neighbours', async ({ page }) => {
  await page.goto('./');
  await duckdbReady(page);
  await page.locator('path[data-ags="06412000"]').click();
  const body = page.locator('#panel-body');
  await expect(body.locator('#profile-name')).toHaveText('Frankfurt am Main');

  // Value and rank agree with the map's tooltip (same data, same ranking).
  const tip = page.locator('.tooltip');
  const rank = (await tip.textContent())!.match(/Rang \d+ von 421/)![0];
  await expect(body.locator('.rank')).toContainText(rank);
  await expect(body.locator('.rank')).toContainText('höchster Wert = Rang 1');
  await expect(body.locator('.value-block .value')).toHaveText(/^[+-]\d+,\d\s%$/);
  await expect(body.locator('.value-block .value')).toHaveText((await tip.locator('.value').textContent())!);

  const context = body.locator('dl.context').first();
  for (const name of ['Frankfurt am Main (kreisfreie Stadt)', 'Regierungsbezirk Darmstadt', 'Hessen']) {
    await expect(context.locator('div', { hasText: name }).locator('dd')).toHaveText(/[+-]\d+,\d\s%/);
  }

  const chart = body.locator('.series svg[role="img"]');
  await expect(chart).toBeVisible();
  await expect(chart.locator('path.line[data-id="06412000"]')).toHaveCount(1);
  await expect(chart.locator('path.line[data-id="06"]')).toHaveCount(1); // Hessen as reference
  await expect(chart).toContainText('1983');
  await expect(chart).toContainText('2023');
  await expect(body.locator('.break-notes')).toContainText('Zensus 2011');

  const typologies = body.locator('dl.typologies').first();
  await expect(typologies.locator('div', { hasText: 'Stadt- und Gemeindetyp (BBSR)' }).first().locator('dd')).toHaveText('Großstadt');
  await expect(body.locator('dl.typologies').nth(1)).toContainText('kreisfreie Großstadt');

  const offenbach = body.locator('.neighbours').getByRole('button', { name: /^Offenbach am Main: [+-]\d+,\d\s%/ });
  await expect(offenbach).toBeVisible();
  await offenbach.click();
  await expect(body.locator('#profile-name')).toHaveText('Offenbach am Main');
  await expect(page).toHaveURL(/s=06413000/);

  // Compare and close.
  await body.getByRole('button', { name: 'Vergleichen' }).click();
  await expect(page.getByRole('tab', { name: /Vergleich \(1\)/ })).toBeVisible();
  await body.getByRole('button', { name: 'Profil schließen' }).click();
  await expect(body).toContainText('Wählen Sie ein Gebiet');
});

test('the population profile shows the Zensus 2022 as its own marker beside the Zensus-2011 series, also in the table', async ({
  page,
}) => {
  await page.goto('./?i=bev&s=06412000');
  await duckdbReady(page);
  const body = page.locator('#panel-body');
  await expect(body.locator('#profile-name')).toHaveText('Frankfurt am Main');
  const chart = body.locator('.series svg[role="img"]');
  // One line for the series, and the census as a single marker that no line runs through.
  await expect(chart.locator('path.line')).toHaveCount(1);
  await expect(chart.locator('path[fill="#b35806"]')).toHaveCount(1);
  await expect(body.locator('.chart-legend')).toContainText(
    'Einwohner (Zensus 2022): neue Basis, eigener Punkt, nicht mit der Linie verbunden',
  );
  await body.getByText('Werte als Tabelle').click();
  const may = body.locator('.as-table tr', { hasText: 'Mai 2022' });
  await expect(may.locator('td')).toHaveText(['–', '743.268 Einw.']);
  await expect(
    body
      .locator('.as-table tr', { has: page.locator('th', { hasText: /^2021$/ }) })
      .locator('td')
      .nth(1),
  ).toHaveText('–');
  // A change indicator is relative to its base: no census marker there.
  await page.goto('./?i=bev_veraenderung&s=06412000');
  await duckdbReady(page);
  await expect(body.locator('.series svg[role="img"] path.line[data-id="06412000"]')).toHaveCount(1);
  await expect(body.locator('.series svg[role="img"] path[fill="#b35806"]')).toHaveCount(0);
  await expect(body.locator('.chart-legend')).not.toContainText('Zensus 2022');
});

test('a Kreis profile shows its RB and Hessen and its Kreis typologies, also for another indicator', async ({ page }) => {
  await page.goto('./?i=bb_alle_50&e=kreis&s=06633');
  await duckdbReady(page);
  const body = page.locator('#panel-body');
  await expect(body.locator('#profile-name')).toHaveText('Landkreis Kassel');
  await expect(body.locator('.value-block .value')).toHaveText(/^\d+,\d\s% der Haushalte$/);
  await expect(body.locator('.rank')).toContainText(/Rang \d+ von 27/);
  const context = body.locator('dl.context').first();
  await expect(context.locator('dt')).toHaveText(['Regierungsbezirk Kassel', 'Hessen']);
  await expect(body.locator('dl.typologies')).toContainText('Siedlungsstruktureller Kreistyp (BBSR)');
  // Two method breaks of the broadband series are marked and explained.
  await expect(body.locator('.series svg line.break')).toHaveCount(2);
  await expect(body.locator('.break-notes li')).toHaveCount(2);
});

test('the table lists every Gemeinde, sorts, and is linked with the map both ways', async ({ page }) => {
  await page.goto('./?p=tabelle');
  await interactive(page);
  const table = page.locator('#panel-body table');
  await expect(table.locator('caption')).toContainText('Bevölkerungsveränderung, 2013–2023, Gemeinden');
  await expect(table.locator('caption')).toContainText('Gebietsstand');
  const rows = table.locator('tbody tr');
  await expect(rows).toHaveCount(425);
  await expect(table.locator('th[aria-sort="ascending"]')).toContainText('Rang');
  await expect(rows.first().locator('td').first()).toHaveText('1');
  // Regions without inhabitants come last, also when sorted by name.
  await expect(rows.last()).toContainText('keine Einwohner');

  await table.getByRole('button', { name: /^Name/ }).click();
  await expect(table.locator('th[aria-sort="ascending"]')).toContainText('Name');
  const names = await table.locator('tbody th[scope="row"]').allTextContents();
  const inhabited = names.slice(0, 421).map((n) => n.trim());
  expect(inhabited).toEqual([...inhabited].sort(new Intl.Collator('de-DE').compare));
  expect(names.slice(421).every((n) => n.includes('gemeindefreies Gebiet'))).toBe(true);
  await table.getByRole('button', { name: /^Name/ }).click();
  await expect(table.locator('th[aria-sort="descending"]')).toContainText('Name');

  // Row hover → the map highlights that region.
  const row = rows.nth(5);
  const ags = (await row.getAttribute('data-ags'))!;
  await row.hover();
  const highlight = page.locator('svg.map path.highlight');
  await expect(highlight).toHaveCount(1);
  expect(await highlight.getAttribute('d')).toBe(await page.locator(`path[data-ags="${ags}"]`).getAttribute('d'));

  // Keyboard focus on a name does the same; map hover highlights the row (no page scroll).
  await page.mouse.move(0, 0);
  await rows.nth(7).locator('button.name').focus();
  const focusedAgs = (await rows.nth(7).getAttribute('data-ags'))!;
  expect(await highlight.getAttribute('d')).toBe(await page.locator(`path[data-ags="${focusedAgs}"]`).getAttribute('d'));
  await rows.nth(7).locator('button.name').blur();
  const scroller = page.locator('#panel-body .scroller');
  const scrollBefore = await scroller.evaluate((e) => e.scrollTop);
  await page.locator('path[data-ags="06412000"]').hover();
  await expect(table.locator('tr[data-ags="06412000"]')).toHaveClass(/hovered/);
  expect(await scroller.evaluate((e) => e.scrollTop)).toBe(scrollBefore);

  // Clicking a name selects the region and keeps the table; "+" adds it to the comparison.
  await table.locator('tr[data-ags="06412000"] button.name').click();
  await expect(page).toHaveURL(/s=06412000/);
  await expect(page.getByRole('tab', { name: 'Tabelle' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.locator('svg.map path.marked')).toHaveCount(1);
  await table.getByRole('button', { name: 'Frankfurt am Main zum Vergleich hinzufügen' }).click();
  await expect(page).toHaveURL(/v=06412000/);
});

test('the table follows the legend filter and the shown level', async ({ page }) => {
  await page.goto('./?p=tabelle');
  await duckdbReady(page);
  const first = page.locator('.legend .item').first();
  const count = Number(await first.locator('.count').textContent());
  await first.click();
  const table = page.locator('#panel-body table');
  await expect(table.locator('tbody tr')).toHaveCount(count);
  await expect(page.locator('#panel-body .filter-note')).toContainText(`${count} von 421`);
  await page.locator('#panel-body .filter-note button').click();
  await expect(table.locator('tbody tr')).toHaveCount(425);
  await page.getByText('Kreise', { exact: true }).click();
  await expect(table.locator('tbody tr')).toHaveCount(27);
  await expect(table.locator('caption')).toContainText('Kreise');
});

test('two Kreise compared from the link: a line and a label each, a table row each, the same after reload', async ({ page }) => {
  await page.goto('./?e=kreis&v=06633,06631&p=vergleich');
  await duckdbReady(page);
  const check = async () => {
    const body = page.locator('#panel-body');
    await expect(page.getByRole('tab', { name: /Vergleich/ })).toHaveAttribute('aria-selected', 'true');
    const chart = body.locator('.chart-figure svg[role="img"]');
    await expect(chart.locator('path.line')).toHaveCount(2);
    // Direct labels (their order follows the values at the end).
    await expect(chart.locator('text.end-label')).toHaveCount(2);
    expect((await chart.locator('text.end-label').allTextContents()).sort()).toEqual(['LK Fulda', 'LK Kassel']);
    await expect(chart).toContainText('1983');
    await expect(chart.locator('line.break')).toHaveCount(1);
    const rows = body.locator('table tbody tr');
    await expect(rows).toHaveCount(2);
    await expect(rows.nth(0)).toContainText('Landkreis Kassel');
    await expect(rows.nth(1)).toContainText('Landkreis Fulda');
    await expect(rows.nth(0).locator('td').first()).toHaveText(/^[+-]\d+,\d$/);
  };
  await check();
  await page.reload();
  await duckdbReady(page);
  await check();

  // Removing one leaves one line and row.
  await page.getByRole('button', { name: 'Landkreis Fulda entfernen' }).click();
  await expect(page.locator('#panel-body table tbody tr')).toHaveCount(1);
  await expect(page).toHaveURL(/v=06633(&|$)/);
});

test('a comparison of a share shows the first period, the change in percentage points, and an empty state', async ({ page }) => {
  await page.goto('./?i=bb_alle_50&e=kreis&v=06633,06412&p=vergleich');
  await duckdbReady(page);
  const body = page.locator('#panel-body');
  await expect(body.locator('thead')).toContainText('Wert 2010');
  await expect(body.locator('thead')).toContainText('Veränderung (Prozentpunkte)');
  await expect(body.locator('tbody tr').first().locator('td').nth(2)).toHaveText(/^\+\d+,\d$/);
  await body
    .getByRole('button', { name: /entfernen$/ })
    .first()
    .click();
  await body
    .getByRole('button', { name: /entfernen$/ })
    .first()
    .click();
  await expect(body).toContainText('Noch keine Gebiete im Vergleich');
});

test('the tabs work with the arrow keys', async ({ page }) => {
  await page.goto('./');
  await interactive(page);
  const profil = page.getByRole('tab', { name: 'Profil' });
  await profil.focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: 'Tabelle' })).toBeFocused();
  await expect(page.getByRole('tab', { name: 'Tabelle' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('tabpanel')).toHaveAttribute('aria-labelledby', 'panel-tab-tabelle');
  await page.keyboard.press('End');
  await expect(page.getByRole('tab', { name: /Vergleich/ })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(profil).toBeFocused();
  await expect(profil).toHaveAttribute('aria-selected', 'true');
});

test('on a 390 px phone the panel is a bottom sheet that opens and closes without horizontal overflow', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, locale: 'de-DE' });
  const page = await context.newPage();
  await page.goto(baseURL!);
  await duckdbReady(page);
  // Neither the page nor the sheet's own scrolling body is wider than the screen.
  const overflow = () =>
    page.evaluate(() => {
      const root = document.documentElement;
      const sheet = document.querySelector('section.sheet-panel')!.getBoundingClientRect();
      const body = document.getElementById('panel-body')!;
      return Math.max(
        root.scrollWidth - root.clientWidth,
        sheet.right - root.clientWidth,
        -sheet.left,
        body.scrollWidth - body.clientWidth,
      );
    });
  const sheet = page.locator('section.sheet-panel');
  const toggle = sheet.locator('.sheet-toggle');

  await page.locator('path[data-ags="06412000"]').tap();
  await expect(sheet.locator('.summary')).toContainText('Frankfurt am Main');
  await expect(sheet.locator('.summary')).toContainText(/[+-]\d+,\d\s%/);
  await expect(page.getByRole('tab', { name: 'Profil' })).toBeHidden();
  const collapsed = (await sheet.boundingBox())!;
  expect(collapsed.height).toBeLessThanOrEqual(64);
  expect(collapsed.y + collapsed.height).toBeCloseTo(await page.evaluate(() => innerHeight), 0);
  expect(await overflow()).toBeLessThanOrEqual(0);

  await toggle.tap();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(page.locator('#profile-name')).toHaveText('Frankfurt am Main');
  const open = (await sheet.boundingBox())!;
  expect(open.height).toBeLessThanOrEqual((await page.evaluate(() => innerHeight)) * 0.7 + 1);
  expect(await overflow()).toBeLessThanOrEqual(0);

  await page.getByRole('tab', { name: 'Tabelle' }).tap();
  await expect(page.locator('#panel-body tbody tr')).toHaveCount(425);
  expect(await overflow()).toBeLessThanOrEqual(0);
  await page.getByRole('tab', { name: /Vergleich/ }).tap();
  await expect(page.locator('#panel-body')).toContainText('Noch keine Gebiete');
  expect(await overflow()).toBeLessThanOrEqual(0);

  await page.keyboard.press('Escape');
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByRole('tab', { name: 'Tabelle' })).toBeHidden();
  await expect(toggle).toBeFocused();
  expect((await sheet.boundingBox())!.height).toBeLessThanOrEqual(64);

  await toggle.tap();
  await toggle.tap();
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  expect(await overflow()).toBeLessThanOrEqual(0);
  await context.close();
});

test('before the database is ready the profile shows the first view’s value and says the rest is loading', async ({ page, problems }) => {
  await page.route(/\.wasm(\?|$)/, (route) => route.abort());
  await page.goto('./?s=06412000');
  await interactive(page);
  const body = page.locator('#panel-body');
  await expect(body.locator('#profile-name')).toHaveText('Frankfurt am Main');
  await expect(body.locator('.value-block .value')).toHaveText(/^[+-]\d+,\d\s%$/);
  await expect(body.locator('.rank')).toContainText(/Rang \d+ von 421/);
  await expect(body.locator('.series')).toContainText('Braucht die Datenbank');
  const expected = problems.filter((p) => p.includes('net::ERR_FAILED'));
  expect(expected).toHaveLength(1);
  problems.splice(0, problems.length, ...problems.filter((p) => !expected.includes(p)));
});
