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
  const { csv, sheets } = await exportFiles(page, card);
  const data = sheets.find((s) => s.sheet === 'Daten')!.data.slice(1);
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
  const { csv, sheets } = await exportFiles(page, card);
  const data = sheets.find((s) => s.sheet === 'Daten')!.data.slice(1);
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

type Sheet = { sheet: string; data: unknown[][] };

/** A view's table exported as CSV (parsed) and as XLSX (its sheets). */
async function exportFiles(page: Page, card: string) {
  const csv = parseGermanCsv((await exportFile(page, card, 'Tabelle als CSV (wie angezeigt)')).bytes.toString('utf8'));
  const sheets = (await readXlsxFile((await exportFile(page, card, 'Tabelle als Excel (XLSX)')).bytes)) as Sheet[];
  return { csv, sheets };
}

/** CSV rows and XLSX data rows of a view's export (header row first in both). */
async function exportBoth(page: Page, card: string) {
  const { csv, sheets } = await exportFiles(page, card);
  const data = sheets.find((s) => s.sheet === 'Daten')!.data;
  expect(data[0]).toEqual(csv.header);
  return {
    csv,
    xlsx: data.slice(1),
    sources: sheets
      .find((s) => s.sheet === 'Quellen')!
      .data.flat()
      .join(' '),
  };
}

/** The value table under a chart (opened like a user does): column headers and rows of cell texts. */
async function chartTable(page: Page, card: string) {
  const details = page.locator(`${card} details.chart-table`).first();
  await details.locator('summary').click();
  const table = details.locator('table');
  const head = (await table.locator('thead th').allInnerTexts()).map((s) => s.trim());
  const rows = await table
    .locator('tbody tr')
    .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => (c as HTMLElement).innerText.trim())));
  return { head, rows };
}

test('Bevölkerung & Prognosen: CSV and XLSX hold every shown series point, projections marked with their source', async ({ page }) => {
  await page.goto('./?m=analysen&a=trend~r=066,06');
  await duckdbReady(page);
  const card = '[aria-labelledby="trend-h"]';
  await expect(page.locator(`${card} g.series[data-kind="dashed"]`).first()).toBeVisible();
  const shown = await chartTable(page, card);
  const { csv, xlsx, sources } = await exportBoth(page, card);
  const col = (label: string) => csv.header.findIndex((h) => h === label || h.startsWith(`${label} [`));
  const [iSeries, iKind, iPeriod, iValue, iSource, iNote] = ['Reihe', 'Art', 'Zeitpunkt', 'Wert', 'Quelle', 'Hinweis'].map(col);
  expect([iSeries, iKind, iPeriod, iValue, iSource, iNote].every((i) => i! >= 0)).toBe(true);
  expect(csv.header[iValue!]).toContain('Index (2013 = 100)');
  let cells = 0;
  for (const [period, ...texts] of shown.rows) {
    texts.forEach((text, j) => {
      if (text === '–') return;
      const series = shown.head[j + 1]!;
      const match = (r: unknown[]) => r[iSeries!] === series && String(r[iPeriod!]) === period;
      const line = csv.rows.find(match);
      expect(line, `${series} ${period}`).toBeDefined();
      expect(line![iValue!]).toBe(german(text));
      expect(xlsx.find(match)![iValue!]).toBe(german(text));
      cells++;
    });
  }
  // Every row of the file is a point of the chart, no more.
  expect(csv.rows).toHaveLength(cells);
  expect(xlsx).toHaveLength(cells);
  const projections = csv.rows.filter((r) => r[iKind!] === 'Prognose (veröffentlicht)');
  expect(projections.length).toBeGreaterThan(1);
  const legend = await page.locator(`${card} .chart-legend`).innerText();
  for (const r of projections) {
    expect(legend).toContain(String(r[iSeries!]));
    expect(String(r[iSource!])).toMatch(/Prognose|Modellrechnung|Bevölkerungsvorausberechnung/);
  }
  // The census break: the values from 2013 on say so, the ones before do not.
  const hessen = (p: number) => csv.rows.find((r) => r[iSeries!] === 'Hessen' && r[iPeriod!] === p)!;
  expect(String(hessen(2013)[iNote!])).toContain('Methodenbruch');
  expect(hessen(2009)[iNote!]).toBeNull();
  const meta = csv.meta.flat().join(' ');
  expect(meta).toContain('Gebietsstand');
  expect(meta).toContain('Statistisches Bundesamt');
  expect(sources).toContain('BBSR');
});

test('Gruppen vergleichen: CSV and XLSX hold A, B and A − B of every period as the charts show them', async ({ page }) => {
  await page.goto('./?m=analysen&a=groups');
  await duckdbReady(page);
  const card = '[aria-labelledby="groups-h"]';
  const groups = await chartTable(page, card);
  const diff = await chartTable(page, '[aria-labelledby="diff-h"]');
  const { csv, xlsx } = await exportBoth(page, card);
  expect(csv.header.slice(1, 3).map((h) => h.replace(/ \[.*\]$/, ''))).toEqual(groups.head.slice(1));
  expect(csv.rows).toHaveLength(groups.rows.length);
  groups.rows.forEach(([period, a, b], r) => {
    const d = diff.rows.find((row) => row[0] === period)![1]!;
    const shown = [german(a!), german(b!), german(d)];
    expect(String(csv.rows[r]![0])).toBe(period);
    expect(csv.rows[r]!.slice(1, 4)).toEqual(shown);
    expect(xlsx[r]!.slice(1, 4)).toEqual(shown);
  });
  expect(csv.meta.flat().join(' ')).toContain('Breitbandatlas');
});

test('Bedarf × Abdeckung: every Gemeinde with both values and its cell as on the map, the chosen cell’s list marked', async ({ page }) => {
  await page.goto('./?m=analysen&a=bivar~c=0');
  await duckdbReady(page);
  const card = '[aria-labelledby="bivar-map-h"]';
  const names = (await page.locator('.members .names').innerText()).split(', ').map((s) => s.trim());
  const count = Number(await page.locator('button.cell[data-cell="0"] .cell-count').innerText());
  expect(names).toHaveLength(count);
  // What the map says of each Gemeinde: "Name: X +1,2 %; Y 45,3 % … – cell".
  const paths = page.locator('svg.map .fills .level:not(.hidden) path[data-ags]');
  await expect(paths).toHaveCount(425);
  const labels = await paths.evaluateAll((ps) =>
    ps.map((p): [string, string] => [p.getAttribute('data-ags')!, p.getAttribute('aria-label') ?? '']),
  );
  const { csv, xlsx } = await exportBoth(page, card);
  const iCell = csv.header.indexOf('Kombination');
  const iShown = csv.header.indexOf('in der angezeigten Liste');
  expect([iCell, iShown].every((i) => i >= 0)).toBe(true);
  let checked = 0;
  for (const [ags, label] of labels) {
    const numbers = [...label.matchAll(/([+−-]?[\d.]+(?:,\d+)?)\u00a0/g)].map((m) => german(m[1]!));
    if (numbers.length !== 2) continue;
    const row = csv.rows.find((r) => r[0] === ags)!;
    const sheetRow = xlsx.find((r) => r[0] === ags)!;
    expect(row, ags).toBeDefined();
    expect(row.slice(3, 5)).toEqual(numbers);
    expect(sheetRow.slice(3, 5)).toEqual(numbers);
    expect(label.endsWith(` – ${row[iCell]}`)).toBe(true);
    checked++;
  }
  expect(checked).toBe(csv.rows.filter((r) => r[iCell] !== null).length);
  expect(checked).toBeGreaterThan(400);
  const listed = csv.rows.filter((r) => r[iShown] === 'ja').map((r) => r[1]);
  expect(new Set(listed)).toEqual(new Set(names));
});
