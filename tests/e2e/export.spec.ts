import { readFileSync } from 'node:fs';
import type { Download, Page } from '@playwright/test';
import { parseGermanCsv } from '../../src/lib/export/csv.ts';
import { test, expect, duckdbReady } from './fixtures.ts';

async function exportFile(page: Page, item: string): Promise<{ download: Download; bytes: Buffer }> {
  await page.getByRole('button', { name: 'Exportieren' }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: item }).click()]);
  const path = await download.path();
  return { download, bytes: readFileSync(path!) };
}

/** Width and height from a PNG's IHDR chunk. */
const pngSize = (b: Buffer) => ({ width: b.readUInt32BE(16), height: b.readUInt32BE(20) });

test('map as PNG (16:9 and A4) and SVG with legend, source, Gebietsstand and date', async ({ page }) => {
  await page.goto('./?i=bb_alle_1000');
  await duckdbReady(page);
  const slide = await exportFile(page, 'Karte als PNG (16:9)');
  expect(slide.download.suggestedFilename()).toBe('digitalatlas-hessen_bb_alle_1000_2021-06_gemeinde_16x9.png');
  expect(pngSize(slide.bytes)).toEqual({ width: 1920, height: 1080 });
  const a4 = await exportFile(page, 'Karte als PNG (A4 quer)');
  expect(pngSize(a4.bytes)).toEqual({ width: 3508, height: 2480 });

  const svg = (await exportFile(page, 'Karte als SVG (16:9)')).bytes.toString('utf8');
  expect(svg).toContain('Breitband ≥ 1000 Mbit/s: alle Technologien');
  expect(svg).toContain('% der Haushalte');
  expect(svg).toContain('Juni 2021');
  expect(svg).toContain('Breitbandatlas | Gigabit-Grundbuch');
  expect(svg).toContain('© BKG');
  expect(svg).toContain('Gebietsstand');
  expect(svg).toMatch(/Erstellt am \d{2}\.\d{2}\.\d{4}/);
  expect(svg).toContain('keine Einwohner');
  expect((svg.match(/<path/g) ?? []).length).toBeGreaterThan(425);
});

test('CSV for German Excel reads back with the shown values; all periods and XLSX too', async ({ page }) => {
  await page.goto('./?i=bev&t=2021');
  await duckdbReady(page);
  const { download, bytes } = await exportFile(page, 'Tabelle als CSV (wie angezeigt)');
  expect(download.suggestedFilename()).toMatch(/\.csv$/);
  expect(bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  const text = bytes.toString('utf8');
  expect(text).toContain('\r\n');
  const csv = parseGermanCsv(text);
  expect(csv.header[0]).toBe('AGS');
  expect(csv.rows).toHaveLength(425);
  const frankfurt = csv.rows.find((r) => r[0] === '06412000')!;
  expect(frankfurt).toContain(759224);
  expect(csv.meta.flat().join(' ')).toContain('Statistisches Bundesamt');

  const all = parseGermanCsv((await exportFile(page, 'Tabelle als CSV (alle Zeitpunkte)')).bytes.toString('utf8'));
  expect(all.header.length).toBeGreaterThan(15); // AGS, Name, Kreis, 15 dates, note
  expect(all.header).toContain('1983 [Einw.]');

  const xlsx = await exportFile(page, 'Tabelle als Excel (XLSX)');
  expect(xlsx.bytes.subarray(0, 2).toString()).toBe('PK');
});

test('CSV of all dates of a change: one column per target after the base, headers in order, no column of zeros', async ({ page }) => {
  await page.goto('./?i=bev_veraenderung');
  await duckdbReady(page);
  const all = parseGermanCsv((await exportFile(page, 'Tabelle als CSV (alle Zeitpunkte)')).bytes.toString('utf8'));
  const changeCols = all.header.map((h, i) => [h, i] as const).filter(([h]) => /^\d{4}.*–.*\d{4}/.test(h));
  expect(changeCols.length).toBeGreaterThan(1);
  for (const [h, i] of changeCols) {
    const [from, to] = h.match(/\d{4}/g)!.map(Number);
    expect(from!, h).toBeLessThan(to!);
    const values = all.rows.map((r) => r[i]).filter((v): v is number => typeof v === 'number');
    expect(
      values.some((v) => v !== 0),
      h,
    ).toBe(true);
  }
});

test('share: the link restores the view, the embed snippet shows a chrome-less map', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('./?i=bb_alle_1000&e=kreis');
  await duckdbReady(page);
  await page.getByRole('button', { name: 'Teilen' }).click();
  await expect(page.getByLabel('Link zu dieser Ansicht')).toHaveValue(/i=bb_alle_1000&e=kreis/);
  const snippet = await page.getByLabel('Zum Einbetten (iframe)').inputValue();
  expect(snippet).toMatch(/^<iframe src="http[^"]+embed=1"/);
  await page.getByRole('button', { name: 'Kopieren', exact: true }).click();
  await expect(page.getByText('Link kopiert')).toBeVisible();

  const embed = snippet.match(/src="([^"]+)"/)![1]!.replaceAll('&amp;', '&');
  await page.goto(embed);
  await duckdbReady(page);
  await expect(page.locator('svg.map .fills .level:not(.hidden) path')).toHaveCount(27);
  await expect(page.locator('header.top')).toHaveCount(0);
  await expect(page.locator('.controls-col')).toHaveCount(0);
  await expect(page.locator('.legend')).toContainText('Breitbandatlas');
  await expect(page.getByRole('link', { name: 'Im Digitalatlas öffnen' })).toHaveAttribute('href', /i=bb_alle_1000/);
});
