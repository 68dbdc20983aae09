import AxeBuilder from '@axe-core/playwright';
import { test, expect, duckdbReady, fills, interactive } from './fixtures.ts';

const legendRows = (page: import('@playwright/test').Page) => page.locator('.legend .items .item');

test('pick a theme, an indicator and a year; the URL follows and a reload restores the view', async ({ page }) => {
  await page.goto('./');
  await duckdbReady(page);
  await page.getByRole('button', { name: 'Digitalisierung' }).click();
  await expect(page.locator('#map-title')).toContainText('1000 Mbit/s');
  await page.getByLabel('Indikator', { exact: true }).selectOption('bb_alle_50');
  await page.getByLabel('Zeitpunkt', { exact: true }).selectOption('2015');
  await expect(page.locator('#map-title')).toContainText('2015');
  await page.getByLabel('Verfahren').selectOption('jenks');
  await page.getByLabel('Anzahl').selectOption('7');
  await expect(legendRows(page)).toHaveCount(7);
  await expect(page).toHaveURL(/i=bb_alle_50/);
  await expect(page).toHaveURL(/t=2015/);
  await expect(page).toHaveURL(/k=jenks%3A7|k=jenks:7/);
  const before = await fills(page);

  await page.reload();
  await duckdbReady(page);
  await expect(page.locator('#map-title')).toContainText('≥ 50 Mbit/s');
  await expect(page.locator('#map-title')).toContainText('2015');
  await expect(legendRows(page)).toHaveCount(7);
  await expect.poll(() => fills(page)).toEqual(before);
});

test('back and forward restore earlier views', async ({ page }) => {
  await page.goto('./');
  await duckdbReady(page);
  await page.getByLabel('Indikator', { exact: true }).selectOption('bev_dichte');
  await expect(page.locator('#map-title')).toContainText('Bevölkerungsdichte');
  await page.goBack();
  await expect(page.locator('#map-title')).toContainText('Bevölkerungsveränderung');
  await page.goForward();
  await expect(page.locator('#map-title')).toContainText('Bevölkerungsdichte');
});

test('the time slider steps with the keyboard and plays through the years', async ({ page }) => {
  await page.goto('./?i=bb_alle_50');
  await duckdbReady(page);
  // Playwright's clock moves the play timer on, so that "stopped stays stopped" needs no fixed wait.
  await page.clock.install();
  const slider = page.getByRole('slider', { name: 'Zeitpunkt wählen' });
  await slider.focus();
  await page.keyboard.press('Home');
  await expect(page.locator('#map-title')).toContainText('2010');
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('#map-title')).toContainText('2011');
  await expect(page.getByText('Methodenbruch: Betreiber- und Methodenwechsel 2015')).toBeVisible();

  await page.getByRole('button', { name: 'Zeitreihe abspielen' }).click();
  await page.clock.runFor(1800); // two steps of 900 ms
  await expect(slider).toHaveAttribute('aria-valuetext', /2013/);
  await expect(page.locator('#map-title')).toContainText('2013');
  await page.getByRole('button', { name: 'Anhalten' }).click();
  const stopped = await page.locator('#map-title').textContent();
  await page.clock.runFor(2700);
  await expect(slider).toHaveAttribute('aria-valuetext', /2013/);
  await expect(page.locator('#map-title')).toHaveText(stopped!);
});

test('own class limits in German decimals, with a clear error for bad input', async ({ page }) => {
  await page.goto('./?i=bb_alle_1000');
  await duckdbReady(page);
  await page.getByLabel('Verfahren').selectOption('manual');
  const limits = page.getByLabel('Klassengrenzen');
  await limits.fill('10; 50,5; 90');
  await limits.press('Enter');
  await limits.blur();
  await expect(legendRows(page)).toHaveCount(4);
  await expect(page.locator('.legend')).toContainText('50,5 bis unter 90,0');
  await limits.fill('10; abc');
  await limits.blur();
  await expect(page.getByText('„abc“ ist keine Zahl')).toBeVisible();
  await expect(legendRows(page)).toHaveCount(4); // the last valid classes stay
});

test('a legend class highlights its regions on the map', async ({ page }) => {
  await page.goto('./');
  await interactive(page);
  await legendRows(page).first().click();
  await expect(legendRows(page).first()).toHaveAttribute('aria-pressed', 'true');
  const faded = await page.locator('svg.map .fills .level:not(.hidden) path.faded').count();
  const count = Number(await legendRows(page).first().locator('.count').textContent());
  expect(faded).toBe(425 - count);
  await expect(page).toHaveURL(/f=0/);
  await page.getByRole('button', { name: 'Hervorhebung aufheben' }).click();
  await expect(page.locator('svg.map .fills .level:not(.hidden) path.faded')).toHaveCount(0);
});

test('search finds "giessen" and leads former Gemeinden to their successor', async ({ page }) => {
  await page.goto('./');
  await duckdbReady(page);
  const box = page.getByRole('combobox', { name: 'Ort suchen (Name oder AGS)' });
  await box.fill('giessen');
  await expect(page.getByRole('option', { name: /Gießen/ }).first()).toBeVisible();
  await box.press('Enter');
  await expect(page).toHaveURL(/s=06531005/);
  await expect(page.locator('svg.map path.marked')).toHaveCount(1);
  await expect(page.getByRole('button', { name: 'Ganz Hessen zeigen' })).toBeVisible();

  await box.fill('Bromskirchen');
  const option = page.getByRole('option', { name: /Allendorf \(Eder\)/ });
  await expect(option).toContainText('Bromskirchen');
  await option.click();
  await expect(page).toHaveURL(/s=06635001/);
});

test('an invalid link shows what was wrong and the page still works', async ({ page }) => {
  await page.goto('./?i=gibtsnicht&t=1800&v=xyz&k=%3Cscript%3E');
  const notice = page.locator('.notices');
  await expect(notice).toContainText('Unbekannter Indikator „gibtsnicht“');
  await expect(page.locator('svg.map .fills .level:not(.hidden) path')).toHaveCount(425);
  await expect(page.locator('#map-title')).toContainText('Bevölkerungsveränderung');
});

test('English switch translates the interface, the catalogue and the number format', async ({ page }) => {
  await page.goto('./?i=bb_alle_1000');
  await duckdbReady(page);
  await page.getByRole('button', { name: 'Switch to English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('#map-title')).toContainText('Broadband ≥ 1000 Mbit/s: all technologies');
  await expect(page.locator('.legend')).toContainText('% of households');
  await expect(page.getByRole('button', { name: 'Map' })).toBeVisible();
  await page.locator('path[data-ags="06412000"]').hover();
  await expect(page.locator('.tooltip')).toContainText('94.6 % of households');
  await expect(page).toHaveURL(/lang=en/);
});

test('the map works with the keyboard alone', async ({ page }) => {
  await page.goto('./');
  await duckdbReady(page);
  const first = page.locator('svg.map .fills .level:not(.hidden) path[tabindex="0"]');
  await first.focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  const focused = page.locator('svg.map .fills .level:not(.hidden) path:focus');
  await expect(focused).toHaveCount(1);
  const name = await focused.getAttribute('aria-label');
  expect(name).toMatch(/: [+-]?\d+,\d\s%|keine/);
  await page.keyboard.press('Enter');
  await expect(page.locator('.tooltip')).toContainText(name!.split(':')[0]!);
  await page.keyboard.press('Escape');
  await expect(page.locator('.tooltip')).toHaveCount(0);
});

for (const viewport of [
  { name: 'desktop', width: 1440, height: 900 },
  { name: 'phone', width: 390, height: 844 },
]) {
  test(`no serious or critical accessibility violations (${viewport.name})`, async ({ browser, baseURL }) => {
    const context = await browser.newContext({ viewport });
    const page = await context.newPage();
    await page.goto(baseURL!);
    await page.waitForFunction(() => performance.getEntriesByName('duckdb-ready').length > 0, null, { timeout: 30_000 });
    const result = await new AxeBuilder({ page }).analyze();
    const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(bad.map((v) => `${v.id}: ${v.nodes.length} × ${v.help}`)).toEqual([]);
    await context.close();
  });
}

test('Kreis broadband: legend, tooltip and table say "as published"; RB values are labelled computed with the method', async ({ page }) => {
  await page.goto('./?i=bb_alle_50&e=kreis&t=2021-06');
  await duckdbReady(page);
  // Gebietsstand 2026: published for 25 Kreise; the Main-Kinzig-Kreis and Hanau are computed (the
  // Breitbandatlas value is for the Kreis with Hanau), and said so in legend, tooltip and table.
  await expect(page.locator('.legend')).toContainText(
    'Kreise: Werte wie von der Quelle veröffentlicht; 2 berechnet – mit der Einwohnerzahl gewichtetes Mittel ihrer Gemeinden',
  );
  await page.locator('path[data-ags="06633"]').hover();
  await expect(page.locator('.tooltip')).toContainText('Kassel');
  await expect(page.locator('.tooltip .note', { hasText: 'berechnet' })).toHaveCount(0);
  await page.locator('path[data-ags="06415"]').hover();
  await expect(page.locator('.tooltip .note', { hasText: 'berechnet: bevölkerungsgewichtetes Mittel' })).toHaveCount(1);
  await page.goto('./?i=bb_alle_50&e=kreis&t=2021-06&gs=2025');
  await duckdbReady(page);
  await expect(page.locator('.legend')).toContainText('Kreise: Werte wie von der Quelle veröffentlicht (nicht berechnet).');
  await expect(page.locator('.legend')).not.toContainText('berechnet – mit der Einwohnerzahl');
  await page.getByRole('radio', { name: 'Regierungsbezirke', exact: true }).check();
  await expect(page.locator('.legend')).toContainText(
    'Regierungsbezirke: berechnet – mit der Einwohnerzahl gewichtetes Mittel ihrer Gemeinden',
  );
  await page.locator('svg.map .fills .level:not(.hidden) path').first().hover();
  await expect(page.locator('.tooltip .note', { hasText: 'berechnet: bevölkerungsgewichtetes Mittel' })).toHaveCount(1);
  await page.getByRole('tab', { name: 'Tabelle' }).click();
  await expect(page.locator('.rank-table .origin-note')).toContainText('Regierungsbezirke: berechnet');
});
