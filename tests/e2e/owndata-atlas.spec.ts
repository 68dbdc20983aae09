// Own data and the SQL console in the atlas itself (./): the header's "Eigene Daten" and
// "SQL-Konsole" open their panels over the map; a `?sql=` link opens the console with the query unrun.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { encodeQuery } from '../../src/lib/sql/share.ts';
import { test, expect } from './fixtures.ts';
import { dropFile } from '../support/page.ts';

const FIXTURES = 'tests/fixtures/owndata';

test('"Eigene Daten" in the atlas header: import by keyboard, shown on the map, kept across reloads, Escape closes', async ({ page }) => {
  await page.goto('./');
  // (With own data stored, the themes have an "Eigene Daten" button too.)
  const opener = page.getByRole('group', { name: 'Werkzeuge' }).getByRole('button', { name: 'Eigene Daten' });
  await opener.focus();
  await page.keyboard.press('Enter');
  const layer = page.getByRole('dialog', { name: 'Eigene Daten' });
  await expect(layer.getByText('Noch keine eigenen Daten.')).toBeVisible();
  await expect(page).toHaveURL(/[?&]tool=eigene-daten/);
  // The console's editor is not loaded for own data.
  expect(await page.evaluate(() => performance.getEntriesByType('resource').some((r) => /codemirror/i.test(r.name)))).toBe(false);

  await dropFile(page, 'gemeinden-2023.csv', readFileSync(join(FIXTURES, 'de-excel-bom.csv')));
  await expect(layer.getByRole('button', { name: '8 zugeordnet' })).toBeVisible();
  await layer.getByLabel(/^Titel/).fill('Einwohner 2023');
  await layer.getByLabel(/^Quelle/).fill('Destatis GV-ISys 31.12.2023');
  await layer.getByRole('button', { name: 'Übernehmen' }).click();
  // The layer closes on the map showing the dataset.
  await expect(layer).toBeHidden();
  await expect(page.locator('#map-title')).toContainText('Einwohner 2023');
  await expect(page).toHaveURL(/[?&]i=own_/);

  await page.reload();
  // Own data are computed by DuckDB: the map shows them once the engine has started.
  await expect(page.locator('#map-title')).toContainText('Einwohner 2023', { timeout: 30_000 });
  await opener.click();
  await expect(layer.getByRole('region', { name: 'Gespeicherte eigene Daten' }).getByText('Einwohner 2023')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(layer).toBeHidden();
  await expect(page).not.toHaveURL(/tool=/);
  await expect(opener).toBeFocused();
});

test('"SQL-Konsole" opens the console (CodeMirror only then); a ?sql= link shows the query unrun', async ({ page }) => {
  await page.goto('./');
  await expect(page.locator('#map-title')).toBeVisible();
  expect(await page.evaluate(() => performance.getEntriesByType('resource').some((r) => /codemirror/i.test(r.name)))).toBe(false);
  await page.getByRole('button', { name: 'SQL-Konsole' }).click();
  const layer = page.getByRole('dialog', { name: 'SQL-Konsole' });
  await expect(layer.getByRole('button', { name: 'Ausführen' })).toBeEnabled({ timeout: 30_000 });
  await expect(layer.locator('.cm-content')).toBeVisible();
  await layer.getByRole('button', { name: 'Schließen' }).click();
  await expect(layer).toBeHidden();

  const sql = "SELECT name FROM regions WHERE ags = '06611000'";
  await page.goto(`./?i=bev_dichte&sql=${await encodeQuery(sql)}`);
  await expect(layer.getByRole('button', { name: 'Ausführen' })).toBeEnabled({ timeout: 30_000 });
  await expect(layer.getByText('Diese Abfrage kam mit einem Link')).toBeVisible();
  await expect(layer.locator('.cm-content')).toHaveText(sql);
  await expect(layer.getByRole('region', { name: 'Ergebnistabelle' })).toHaveCount(0);
  await layer.getByRole('button', { name: 'Ausführen' }).click();
  await expect(layer.getByRole('region', { name: 'Ergebnistabelle' }).locator('tbody td')).toHaveText('Kassel');
  // The rest of the view stays as the link said.
  await expect(page).toHaveURL(/i=bev_dichte/);

  await page.goto('./?sql=kaputt!');
  await expect(layer.getByRole('alert').filter({ hasText: 'beschädigt' })).toBeVisible();
});

test('a tool chunk that cannot load shows the ChunkFailed message', async ({ page, problems }) => {
  await page.route(/SqlTool[^/]*\.js$/, (route) => route.abort());
  await page.goto('./?tool=sql');
  const alert = page.getByRole('dialog', { name: 'SQL-Konsole' }).getByRole('alert');
  await expect(alert).toContainText('Dieser Teil des Atlas konnte nicht geladen werden');
  await expect(alert.getByRole('button', { name: 'Neu laden' })).toBeVisible();
  // The blocked chunk is the only problem.
  const expected = problems.filter((p) => p.includes('net::ERR_FAILED'));
  expect(expected.length).toBeGreaterThan(0);
  problems.splice(0, problems.length, ...problems.filter((p) => !expected.includes(p)));
});

for (const size of [
  { width: 1440, height: 900 },
  { width: 390, height: 844 },
]) {
  test(`tools fit the screen at ${size.width} px`, async ({ page }) => {
    await page.setViewportSize(size);
    await page.goto('./');
    await page.getByRole('button', { name: 'Eigene Daten' }).click();
    const layer = page.getByRole('dialog', { name: 'Eigene Daten' });
    await expect(layer.getByText('Noch keine eigenen Daten.')).toBeVisible();
    const box = (await layer.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(size.width);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(size.width);
    await page.screenshot({ path: `test-results/owndata-atlas-${size.width}.png` });
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'SQL-Konsole' }).click();
    await expect(page.getByRole('dialog', { name: 'SQL-Konsole' }).locator('.cm-content')).toBeVisible({ timeout: 30_000 });
    await page.screenshot({ path: `test-results/sql-atlas-${size.width}.png` });
  });
}
