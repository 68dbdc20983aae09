// Analysis views export what they show: the CSV (German Excel) and XLSX read back to the values in the
// view's table, with sources and citation; the Teilen menu gives the view's link.
import { readFileSync } from 'node:fs';
import type { Download, Page } from '@playwright/test';
import readXlsxFile from 'read-excel-file/node';
import { parseGermanCsv } from '../../src/lib/export/csv.ts';
import { test, expect, duckdbReady } from './fixtures.ts';

async function exportFile(page: Page, scope: string, item: string): Promise<{ download: Download; bytes: Buffer }> {
  const menu = page.locator(scope);
  await menu.getByRole('button', { name: 'Exportieren' }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), menu.getByRole('button', { name: item }).click()]);
  return { download, bytes: readFileSync((await download.path())!) };
}

/** "+68,8" or "−3,2" or "82,1" as a number. */
const german = (s: string) => Number(s.trim().replace(/\./g, '').replace(',', '.').replace('−', '-').replace('+', ''));

test('Stadt–Land table: CSV and XLSX read back to the shown values of every typology', async ({ page }) => {
  await page.goto('./?m=analysen&a=gap');
  await duckdbReady(page);
  const card = '[aria-labelledby="gap-sens-h"]';
  const rows = page.locator(`${card} table.sensitivity tbody tr`);
  await expect(rows).toHaveCount(7);
  // The map's "all periods" and image entries are not offered for a table.
  await page.locator(card).getByRole('button', { name: 'Exportieren' }).click();
  await expect(page.locator(card).getByRole('button', { name: 'Tabelle als CSV (alle Zeitpunkte)' })).toHaveCount(0);
  await page.keyboard.press('Escape');

  const { download, bytes } = await exportFile(page, card, 'Tabelle als CSV (wie angezeigt)');
  expect(download.suggestedFilename()).toMatch(/^digitalatlas-hessen_stadt-land_bb_alle_1000_.*\.csv$/);
  expect(bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  const csv = parseGermanCsv(bytes.toString('utf8'));
  expect(csv.rows).toHaveLength(7);
  const col = (label: string) => csv.header.findIndex((h) => h === label || h.startsWith(`${label} [`));
  const iTyp = col('Typisierung');
  const iUrban = col('Städtischste Klasse');
  const iRural = col('Ländlichste Klasse');
  const iGap = col('Abstand');
  expect([iTyp, iUrban, iRural, iGap].every((i) => i >= 0)).toBe(true);

  const xlsx = await exportFile(page, card, 'Tabelle als Excel (XLSX)');
  const sheets = (await readXlsxFile(xlsx.bytes)) as Array<{ sheet: string; data: unknown[][] }>;
  const data = sheets.find((s) => s.sheet === 'Daten')!.data;
  expect(data).toHaveLength(8);

  for (let r = 0; r < 7; r++) {
    const tr = rows.nth(r);
    const name = (await tr.locator('th button').innerText()).trim();
    const shown = {
      urban: german(await tr.locator('td').nth(0).locator('strong').innerText()),
      rural: german(await tr.locator('td').nth(1).locator('strong').innerText()),
      gap: german(await tr.locator('td').nth(2).innerText()),
    };
    const line = csv.rows.find((row) => row[iTyp] === name);
    expect(line, name).toBeDefined();
    expect([line![iUrban], line![iRural], line![iGap]]).toEqual([shown.urban, shown.rural, shown.gap]);
    const sheetRow = data.find((row) => row[iTyp] === name)!;
    expect([sheetRow[iUrban], sheetRow[iRural], sheetRow[iGap]]).toEqual([shown.urban, shown.rural, shown.gap]);
  }
  const meta = csv.meta.flat().join(' ');
  expect(meta).toContain('Breitbandatlas');
  expect(meta).toContain('Gebietsstand');
  expect(meta).toContain('m=analysen');
  expect(
    sheets
      .find((s) => s.sheet === 'Quellen')!
      .data.flat()
      .join(' '),
  ).toContain('Breitbandatlas');
});

test('Teilen in an analysis view gives the view’s link', async ({ page }) => {
  await page.goto('./?m=analysen&a=gap~i=bb_alle_50');
  await duckdbReady(page);
  const card = page.locator('[aria-labelledby="gap-sens-h"]');
  await card.getByRole('button', { name: 'Teilen' }).click();
  const link = new URL(await card.locator('input').first().inputValue());
  expect(link.searchParams.get('m')).toBe('analysen');
  expect(link.searchParams.get('a')).toBe('gap~i=bb_alle_50');
});

test('Ländlicher Raum table: CSV and XLSX read back to the shown shares of every definition', async ({ page }) => {
  await page.goto('./?m=analysen&a=rural');
  await duckdbReady(page);
  const card = '[aria-labelledby="rural-table-h"]';
  const rows = page.locator(`${card} table.rural-table tbody tr`);
  await expect(rows.first()).toBeVisible();
  const count = await rows.count();
  expect(count).toBeGreaterThan(3);
  const csv = parseGermanCsv((await exportFile(page, card, 'Tabelle als CSV (wie angezeigt)')).bytes.toString('utf8'));
  const xlsx = (await readXlsxFile((await exportFile(page, card, 'Tabelle als Excel (XLSX)')).bytes)) as Array<{
    sheet: string;
    data: unknown[][];
  }>;
  const data = xlsx.find((s) => s.sheet === 'Daten')!.data.slice(1);
  expect(csv.rows).toHaveLength(count);
  expect(data).toHaveLength(count);
  for (let r = 0; r < count; r++) {
    const cells = rows.nth(r).locator('td');
    const shown = [
      (await cells.nth(0).innerText()).trim(),
      german((await cells.nth(1).innerText()).replace('%', '')),
      german((await cells.nth(2).innerText()).replace('%', '')),
      german(await cells.nth(3).innerText()),
    ];
    expect(csv.rows[r]!.slice(1)).toEqual(shown);
    expect(data[r]!.slice(1)).toEqual(shown);
  }
  expect(csv.meta.flat().join(' ')).toContain('Gebietsstand');
});

test('Projects table: CSV and XLSX list the shown projects with number, places and amount as on screen', async ({ page }) => {
  await page.goto('./?m=analysen&a=projects');
  await duckdbReady(page);
  const card = '[data-part="projects-table"]';
  const rows = page.locator(`${card} table.projects-table tbody tr`);
  await expect(rows.first()).toBeVisible();
  const count = await rows.count();
  const csv = parseGermanCsv((await exportFile(page, card, 'Tabelle als CSV (wie angezeigt)')).bytes.toString('utf8'));
  const xlsx = (await readXlsxFile((await exportFile(page, card, 'Tabelle als Excel (XLSX)')).bytes)) as Array<{
    sheet: string;
    data: unknown[][];
  }>;
  const data = xlsx.find((s) => s.sheet === 'Daten')!.data.slice(1);
  expect(csv.rows).toHaveLength(count);
  expect(data).toHaveLength(count);
  const iPlaces = csv.header.indexOf('Kommunen');
  for (const r of [0, Math.floor(count / 2), count - 1]) {
    const tr = rows.nth(r);
    const no = Number(await tr.locator('td').first().innerText());
    const places = (await tr.locator('td[data-label="Kommunen"]').innerText()).trim();
    expect(csv.rows[r]![0]).toBe(no);
    expect(data[r]![0]).toBe(no);
    expect(csv.rows[r]![iPlaces]).toBe(places);
  }
});
