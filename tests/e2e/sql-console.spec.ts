// The SQL console on the workbench page (lab.html): answers an example, maps its result, refuses
// forbidden statements, cancels a long query within 1 s with the page responsive, never requests
// another origin (also not for URLs in the SQL), and a query from a link waits for "Ausführen".
import type { Page } from '@playwright/test';
import { encodeQuery } from '../../src/lib/sql/share.ts';
import { test, expect } from './fixtures.ts';
import { longestFrameGap } from '../support/page.ts';

async function ready(page: Page) {
  await expect(page.getByRole('button', { name: 'Ausführen' })).toBeEnabled({ timeout: 30_000 });
  await expect(page.locator('.cm-content')).toBeVisible();
}

async function setQuery(page: Page, sql: string) {
  await page.locator('.cm-content').click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Delete');
  await page.locator('.cm-content').fill(sql);
  await expect(page.locator('.cm-content')).toContainText(sql.slice(0, 20));
}

test('answers an example query and hands its result to the map', async ({ page }) => {
  await page.goto('./lab.html?view=sql');
  await ready(page);
  await page.getByLabel('Beispiele').selectOption({ label: 'Gigabit-Lücke Stadt–Land je Kreis' });
  await expect(page.locator('.cm-content')).toContainText('Gigabit-Versorgung (Mitte 2021)');
  await page.getByRole('button', { name: 'Ausführen' }).click();
  const table = page.getByRole('region', { name: 'Ergebnistabelle' });
  await expect(table.locator('tbody tr')).toHaveCount(17);
  await expect(table.locator('tbody tr').first()).toContainText('Gießen');
  await expect(table.locator('tbody tr').first()).toContainText('54,2');
  await expect(page.getByRole('status').filter({ hasText: '17 Zeilen in' })).toBeVisible();
  // Sorting by a column (ascending first): the smallest gap comes first.
  await page.getByRole('button', { name: 'Nach luecke_prozentpunkte sortieren' }).click();
  await expect(page.locator('th[aria-sort="ascending"]')).toHaveCount(1);
  await expect(table.locator('tbody tr').first()).not.toContainText('Gießen');
  await page.getByRole('button', { name: 'Auf der Karte zeigen' }).click();
  await expect(page.getByTestId('to-map')).toContainText('17 Gebiete');
  // The schema browser describes the atlas' tables.
  await page.getByRole('navigation', { name: 'Tabellen' }).getByText('facts', { exact: true }).click();
  await expect(page.getByText('Gewicht für Anteile: Einwohner zum letzten Stichtag vor dem Zeitpunkt')).toBeVisible();
});

test('refuses forbidden statements with a message, also URLs in the SQL, and requests nothing from other origins', async ({
  page,
  baseURL,
}) => {
  const foreign: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith(new URL(baseURL!).origin)) foreign.push(r.url());
  });
  await page.goto('./lab.html?view=sql');
  await ready(page);
  const cases: [string, RegExp][] = [
    ['DROP TABLE facts', /DROP ist hier nicht erlaubt/],
    ["ATTACH 'https://example.com/x.db' AS x", /ATTACH ist hier nicht erlaubt/],
    ["COPY facts TO 'out.csv'", /COPY ist hier nicht erlaubt/],
    ['INSTALL httpfs', /INSTALL ist hier nicht erlaubt/],
    ['SET enable_external_access = true', /SET ist hier nicht erlaubt/],
    ['PRAGMA database_list', /PRAGMA ist hier nicht erlaubt/],
    ['SELECT 1; DELETE FROM facts', /genau eine Anweisung/],
    ["SELECT * FROM read_csv('https://example.com/data.csv')", /read_csv liest Dateien oder Adressen im Internet/],
    ["SELECT * FROM 'https://example.com/data.parquet'", /liest Dateien oder Adressen im Internet/],
    ["SELECT * FROM regions, 'https://example.com/x.csv'", /kann keine Dateien oder Adressen im Internet lesen/],
  ];
  for (const [sql, message] of cases) {
    await setQuery(page, sql);
    await page.getByRole('button', { name: 'Ausführen' }).click();
    await expect(page.locator('p.message')).toHaveText(message);
  }
  // The tables are unchanged (456 regions: 421 Gemeinden, 4 gemeindefreie Gebiete, 27 Kreise, 3 RB, Hessen).
  await setQuery(page, 'SELECT count(*) AS n FROM regions');
  await page.getByRole('button', { name: 'Ausführen' }).click();
  await expect(page.getByRole('region', { name: 'Ergebnistabelle' }).locator('tbody td')).toHaveText('456');
  expect(foreign).toEqual([]);
});

test('cancels a long query within 1 s while the page stays responsive', async ({ page }) => {
  await page.goto('./lab.html?view=sql');
  await ready(page);
  await setQuery(page, 'SELECT sum(hash(i)) AS s FROM range(10000000000) t(i)');
  await page.getByRole('button', { name: 'Ausführen' }).click();
  await expect(page.getByRole('timer')).toContainText(/Läuft seit \d+,\d s/);
  await expect(page.getByRole('timer')).toContainText(/Läuft seit [1-9]/);
  // The query runs in the console's worker: the main thread keeps drawing frames.
  expect(await longestFrameGap(page, 1000)).toBeLessThan(200);
  const started = Date.now();
  await page.getByRole('button', { name: 'Abbrechen' }).click();
  await expect(page.locator('p.message')).toContainText('Abfrage abgebrochen');
  await expect(page.getByRole('button', { name: 'Ausführen' })).toBeEnabled();
  expect(Date.now() - started).toBeLessThan(1000);
  // The engine answers the next query.
  await setQuery(page, 'SELECT 42 AS antwort');
  await page.getByRole('button', { name: 'Ausführen' }).click();
  await expect(page.getByRole('region', { name: 'Ergebnistabelle' }).locator('tbody td')).toHaveText('42');
});

test('a query from a link is shown and runs only after "Ausführen"', async ({ page }) => {
  const sql = "SELECT name FROM regions WHERE ags = '06611000'";
  await page.goto(`./lab.html?view=sql&sql=${await encodeQuery(sql)}`);
  await ready(page);
  await expect(page.getByText('Diese Abfrage kam mit einem Link')).toBeVisible();
  await expect(page.locator('.cm-content')).toHaveText(sql);
  await expect(page.getByRole('region', { name: 'Ergebnistabelle' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Ausführen' }).click();
  await expect(page.getByRole('region', { name: 'Ergebnistabelle' }).locator('tbody td')).toHaveText('Kassel');
  await page.goto('./lab.html?view=sql&sql=kaputt!');
  await expect(page.getByRole('alert').filter({ hasText: 'beschädigt' })).toBeVisible();
});
