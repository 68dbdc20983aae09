// The one-page Steckbrief: one A4 page as PDF for a sample of every level, no text overflowing its
// box, the same numbers as the profile and the table, German, English and a phone.
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { parseGermanCsv } from '../../src/lib/export/csv.ts';
import { test, expect, duckdbReady } from './fixtures.ts';
import type { Page } from '@playwright/test';

interface RegionRow {
  ags: string;
  level: string;
  inhabited: boolean;
}
const regions: RegionRow[] = readFileSync('public/data/regions.csv', 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => {
    const cells = line.split(',');
    return { ags: cells[0]!, level: cells[1]!, inhabited: cells[cells.length - 1] === 'true' };
  });
const every = (level: string, step: number) => regions.filter((r) => r.level === level && r.inhabited).filter((_, i) => i % step === 0);
/** 1 Land, 3 RB, 13 Kreise, 22 Gemeinden (every 20th) and a gemeindefreies Gebiet. */
const SAMPLE = [
  ...every('land', 1),
  ...every('rb', 1),
  ...every('kreis', 2),
  ...every('gemeinde', 20),
  ...regions.filter((r) => !r.inhabited).slice(0, 1),
].map((r) => r.ags);

/** Opens another Steckbrief in the running page, as a link or the back button would. */
async function show(page: Page, ags: string, lang = 'de') {
  await page.evaluate(
    ([a, l]) => {
      history.pushState(null, '', `?steckbrief=${a}${l === 'en' ? '&lang=en' : ''}`);
      dispatchEvent(new PopStateEvent('popstate'));
    },
    [ags, lang],
  );
  await expect(page.locator(`article.sheet[data-ags="${ags}"]`)).toBeVisible({ timeout: 30_000 });
}

/** Elements of the sheet whose text is wider than their box. */
function overflowing(page: Page) {
  return page
    .locator('article.sheet')
    .evaluate((sheet) =>
      [...sheet.querySelectorAll('th, td, dt, dd, li, p, h2, h3, figcaption')]
        .filter((e) => e.scrollWidth > e.clientWidth + 1)
        .map((e) => `${e.tagName} “${(e.textContent ?? '').trim().slice(0, 40)}” ${e.scrollWidth}>${e.clientWidth}`),
    );
}

function pdfPages(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}

test('the Steckbrief of every sampled region prints on exactly one A4 page without overflowing text', async ({ page }) => {
  test.setTimeout(240_000);
  expect(SAMPLE.length).toBeGreaterThanOrEqual(30);
  expect(new Set(SAMPLE.map((a) => regions.find((r) => r.ags === a)!.level))).toEqual(new Set(['land', 'rb', 'kreis', 'gemeinde']));
  await page.goto(`./?steckbrief=${SAMPLE[0]}`);
  await duckdbReady(page);
  for (const lang of ['de', 'en']) {
    for (const ags of SAMPLE) {
      await show(page, ags, lang);
      const pdf = await page.pdf({ format: 'A4' });
      expect(pdfPages(pdf), `${ags} ${lang}: PDF pages`).toBe(1);
      await page.emulateMedia({ media: 'print' });
      expect(await overflowing(page), `${ags} ${lang} (print)`).toEqual([]);
      await page.emulateMedia({ media: 'screen' });
      expect(await overflowing(page), `${ags} ${lang} (screen)`).toEqual([]);
      await page.emulateMedia({ media: null }); // page.pdf() prints with the emulated media
    }
  }
});

/** A number as text, without unit, spaces or sign variants: "−5,6 %" → "-5,6". */
const num = (s: string | null) => (s ?? '').replace(/\u2212/g, '-').match(/[+-]?\d[\d.,]*\d|[+-]?\d/)?.[0] ?? '';

test('its numbers and ranks equal the profile and the table', async ({ page }) => {
  const cases = [
    { ags: '06635022', level: 'gemeinde', i: 'bb_alle_50', key: 'bb50' },
    { ags: '06412000', level: 'gemeinde', i: 'bev_frauenanteil', key: 'frauen' },
    { ags: '06633', level: 'kreis', i: 'bev', key: 'bev' },
    { ags: '066', level: 'rb', i: 'bb_ftthb_1000', key: 'ftthb' },
  ];
  for (const c of cases) {
    await page.goto(`./?i=${c.i}&e=${c.level}&s=${c.ags}`);
    await duckdbReady(page);
    const body = page.locator('#panel-body');
    await expect(body.locator('.value-block .value')).toHaveText(/\d/);
    const profileValue = num(await body.locator('.value-block .value').textContent());
    const profileRank = (await body.locator('.rank strong').textContent())?.trim();
    const context = await body.locator('dl.context').first().locator('dd').allTextContents();
    await page.getByRole('button', { name: /^Steckbrief .* öffnen$/ }).click();
    const row = page.locator(`article.sheet[data-ags="${c.ags}"] tr[data-key="${c.key}"]`);
    await expect(row).toBeVisible({ timeout: 30_000 });
    expect(num(await row.locator('.c-value').textContent()), c.ags).toBe(profileValue);
    await expect(row.locator('.c-rank')).toHaveText(profileRank!);
    expect((await row.locator('.c-num').allTextContents()).map(num)).toEqual(context.map(num));
    await page.getByRole('button', { name: 'Steckbrief schließen' }).click();
    await expect(page.locator('article.sheet')).toHaveCount(0);
    await expect(body.locator('#profile-name')).toBeVisible();
  }
  // The ranked table of the Kreise: population of Landkreis Kassel.
  await page.goto('./?i=bev&e=kreis&p=tabelle');
  await duckdbReady(page);
  const tableValue = num(await page.locator('#panel-body tr[data-ags="06633"] td.value').textContent());
  await show(page, '06633');
  expect(num(await page.locator('tr[data-key="bev"] .c-value').textContent())).toBe(tableValue);
});

test('print button, English, the phone and the screenshots', async ({ page }) => {
  await page.goto('./?steckbrief=06635022');
  await duckdbReady(page);
  const sheet = page.locator('article.sheet');
  await expect(sheet.locator('h2')).toHaveText('Willingen (Upland)');
  await expect(sheet.locator('tr[data-key="bev"] .c-rank')).toHaveText(/^Rang \d+ von 421$/);
  await expect(sheet.locator('figcaption')).toContainText('Korbach');
  await expect(sheet.locator('tr[data-key="bb50"] line.break')).toHaveCount(2);
  await expect(sheet.locator('footer')).toContainText('Gebietsstand');
  await expect(sheet.locator('footer')).toContainText('?steckbrief=06635022');
  await page.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => void (window as unknown as { printed: number }).printed++;
  });
  await page.getByRole('button', { name: /drucken oder .* als PDF/ }).click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  await page.screenshot({ path: 'test-results/steckbrief-de.png', fullPage: true });
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize({ width: 718, height: 1047 });
  await page.screenshot({ path: 'test-results/steckbrief-print-de.png', fullPage: true });
  await page.emulateMedia({ media: 'screen' });

  await show(page, '06635022', 'en');
  await expect(sheet.locator('tr[data-key="bev"] .c-rank')).toHaveText(/^Rank \d+ of 421$/);
  await expect(page.getByRole('button', { name: /^Print/ })).toBeVisible();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: 'test-results/steckbrief-en.png' });

  await page.setViewportSize({ width: 390, height: 844 });
  await show(page, '06412000');
  const layer = page.locator('.steckbrief-layer');
  expect(await layer.evaluate((e) => e.scrollWidth <= e.clientWidth)).toBe(true);
  expect(await overflowing(page)).toEqual([]);
  await page.screenshot({ path: 'test-results/steckbrief-phone.png' });
  await layer.evaluate((e) => e.scrollTo(0, 900));
  await page.screenshot({ path: 'test-results/steckbrief-phone-2.png' });
  await page.keyboard.press('Escape');
  await expect(sheet).toHaveCount(0);
  await expect.poll(() => new URL(page.url()).searchParams.get('steckbrief')).toBeNull();
});

test('similar Gemeinden follow the indicator set in the URL and go into the comparison', async ({ page }) => {
  await page.goto('./?steckbrief=06635022');
  await duckdbReady(page);
  const section = page.locator('section.similar');
  const items = section.locator('ol li');
  await expect(items).toHaveCount(4);
  const first = await items.evaluateAll((li) => li.map((e) => e.getAttribute('data-ags')));
  await section.getByRole('checkbox', { name: 'Bevölkerungsdichte' }).uncheck();
  await section.getByRole('checkbox', { name: /Glasfaser/ }).check();
  await expect.poll(() => new URL(page.url()).searchParams.get('aehnlich')).toBe('bev~bev_veraenderung~bb_alle_1000~bb_ftthb_1000');
  await expect.poll(() => items.evaluateAll((li) => li.map((e) => e.getAttribute('data-ags')))).not.toEqual(first);
  const second = await items.evaluateAll((li) => li.map((e) => e.getAttribute('data-ags')));
  // The same link gives the same list.
  await page.goto(page.url());
  await duckdbReady(page);
  await expect(items).toHaveCount(4);
  expect(await items.evaluateAll((li) => li.map((e) => e.getAttribute('data-ags')))).toEqual(second);
  await expect(items.first().locator('.why')).toHaveText(/ähnlich|deutlich|in keiner Kennzahl/);
  await section.getByRole('button', { name: /^Mit diesen 4 vergleichen$/ }).click();
  await expect(page.locator('article.sheet')).toHaveCount(0);
  await expect.poll(() => new URL(page.url()).searchParams.get('v')).toBe(['06635022', ...second].join(','));
});

test('the comparison downloads as CSV and XLSX with Kreis, RB and Hessen rows that read back to the shown values', async ({ page }) => {
  await page.goto('./?i=bb_alle_50&p=vergleich&v=06635022,06412000');
  await duckdbReady(page);
  const rows = page.locator('#panel-body table tbody tr');
  await expect(rows).toHaveCount(2);
  await expect(rows.first().locator('td.num').first()).toHaveText(/\d/);
  const shown = (await rows.locator('td.num:first-of-type').allTextContents()).map(num);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Vergleich als CSV' }).click()]);
  expect(download.suggestedFilename()).toMatch(/\.csv$/);
  const csv = parseGermanCsv(readFileSync((await download.path())!, 'utf8'));
  const col = (name: string) => csv.header.findIndex((h) => h.startsWith(name));
  expect(new Set(csv.rows.map((r) => r[col('AGS')]))).toEqual(new Set(['06635022', '06412000', '06635', '066', '06', '06412', '064']));
  const latest = (ags: string) =>
    csv.rows.filter((r) => r[col('AGS')] === ags && r[col('Kennzahl-ID')] === 'bb_alle_50').at(-1)![col('Wert')] as number;
  const fmt = (v: number) => new Intl.NumberFormat('de-DE', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(v);
  expect(['06635022', '06412000'].map((a) => fmt(latest(a)))).toEqual(shown);
  const [xlsx] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Vergleich als Excel (XLSX)' }).click(),
  ]);
  expect(xlsx.suggestedFilename()).toMatch(/\.xlsx$/);
  expect(
    readFileSync((await xlsx.path())!)
      .subarray(0, 2)
      .toString(),
  ).toBe('PK');
});

test('without the database the Steckbrief says so instead of showing numbers', async ({ page, problems }) => {
  await page.route(/\.wasm(\?|$)/, (route) => route.abort());
  await page.goto('./?steckbrief=06635022');
  await expect(page.locator('.steckbrief-layer [role="alert"]')).toContainText('braucht die Datenbank im Browser');
  await expect(page.locator('article.sheet')).toHaveCount(0);
  await expect(page.getByRole('button', { name: /drucken oder/ })).toBeDisabled();
  await page.getByRole('button', { name: 'Steckbrief schließen' }).click();
  await expect(page.locator('.steckbrief-layer')).toHaveCount(0);
  const expected = problems.filter((p) => p.includes('net::ERR_FAILED'));
  expect(expected).toHaveLength(1);
  problems.splice(0, problems.length, ...problems.filter((p) => !expected.includes(p)));
});

test('the Steckbrief has no accessibility violations (axe), in German and English', async ({ page }) => {
  for (const lang of ['de', 'en']) {
    await page.goto(`./?steckbrief=06635022${lang === 'en' ? '&lang=en' : ''}`);
    await duckdbReady(page);
    await expect(page.locator('section.similar ol li')).toHaveCount(4);
    const result = await new AxeBuilder({ page }).include('.steckbrief-layer').analyze();
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  }
});

test('a search result opens its Steckbrief', async ({ page }) => {
  await page.goto('./');
  await duckdbReady(page);
  const box = page.getByRole('combobox', { name: 'Ort suchen (Name oder AGS)' });
  await box.fill('Willingen');
  await box.press('Enter');
  await page.getByRole('button', { name: 'Steckbrief Willingen (Upland) öffnen' }).first().click();
  await expect(page.locator('article.sheet[data-ags="06635022"] h2')).toHaveText('Willingen (Upland)');
  await expect.poll(() => new URL(page.url()).searchParams.get('steckbrief')).toBe('06635022');
});
