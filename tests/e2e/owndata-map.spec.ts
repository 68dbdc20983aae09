// Own data as an indicator of the atlas: a dropped German Excel file is on the map within 1 s of
// "Übernehmen", with legend, tooltip, table, Kreis sums, its own source line and the mark
// "Eigene Daten"; it survives a reload, a link to it in another browser says why it is not there,
// and removing it takes it off the map.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';

const FILE = readFileSync('tests/fixtures/owndata/de-excel-bom.csv');

async function importFile(page: Page) {
  await page.goto('./');
  await page.waitForFunction(() => performance.getEntriesByName('duckdb-ready').length > 0, null, { timeout: 30_000 });
  await tools(page).click();
  const layer = page.getByRole('dialog', { name: 'Eigene Daten' });
  const zone = layer.getByRole('group', { name: 'Datei hierher ziehen' });
  const transfer = await page.evaluateHandle(
    (data) => {
      const dt = new DataTransfer();
      dt.items.add(new File([Uint8Array.from(data)], 'gemeinden-2023.csv', { type: 'text/csv' }));
      return dt;
    },
    [...FILE],
  );
  await zone.dispatchEvent('drop', { dataTransfer: transfer });
  await expect(layer.getByRole('button', { name: '8 zugeordnet' })).toBeVisible();
  await layer.getByLabel(/^Titel/).fill('Einwohner 2023 (Datei)');
  await layer.getByLabel(/^Einheit/).fill('Einw.');
  await layer.getByLabel(/^Quelle/).fill('Gemeindeliste des Kreises, Stand 31.12.2023');
  await layer.getByLabel(/^Stand/).fill('31.12.2023');
  return layer;
}

const tools = (page: Page) => page.getByRole('group', { name: 'Werkzeuge' }).getByRole('button', { name: 'Eigene Daten' });
const frankfurt = (page: Page) => page.locator('svg.map .fills .level:not(.hidden) path[data-ags="06412000"]');

test('a German Excel file is painted on the map within 1 s of confirming, kept across a reload, removed', async ({ page }) => {
  test.slow(); // import, two levels, a reload and a removal
  const layer = await importFile(page);
  await page.evaluate(() => {
    const path = document.querySelector('svg.map .fills .level:not(.hidden) path[data-ags="06412000"]')!;
    const before = path.getAttribute('fill');
    (window as unknown as { painted: Promise<number> }).painted = new Promise((resolve) => {
      const start = performance.now();
      const check = () => {
        const ms = performance.now() - start;
        const painted = path.getAttribute('fill') !== before && document.querySelector('#map-title')?.textContent?.includes('Datei');
        if (painted || ms > 10_000) resolve(painted ? ms : Infinity);
        else requestAnimationFrame(check);
      };
      document.addEventListener('click', () => requestAnimationFrame(check), { once: true, capture: true });
    });
  });
  await layer.getByRole('button', { name: 'Übernehmen' }).click();
  const ms = await page.evaluate(() => (window as unknown as { painted: Promise<number> }).painted);
  expect(ms).toBeLessThan(1000);
  await expect(layer).toBeHidden();
  await expect(page.locator('#map-title')).toContainText('Einwohner 2023 (Datei)');
  await expect(page.locator('#map-title .own-badge')).toHaveText('Eigene Daten');
  await expect(page).toHaveURL(/[?&]i=own_/);
  // The file's Gemeinden have colours, the others are "keine Daten".
  await expect(frankfurt(page)).not.toHaveAttribute('fill', 'url(#hatch-nodata)');
  await expect(page.locator('svg.map .fills .level:not(.hidden) path[data-ags="06413000"]')).toHaveAttribute('fill', 'url(#hatch-nodata)');
  await frankfurt(page).hover();
  await expect(page.locator('.tooltip')).toContainText('775.790');
  // Its source line, with the mark, is in the sources.
  await expect(page.locator('footer.sources')).toContainText('Einwohner 2023 (Datei) (eigene Daten)');
  await expect(page.locator('footer.sources')).toContainText('Gemeindeliste des Kreises, Stand 31.12.2023');

  // Kreise: the atlas' sum of the file's Gemeinden (Wetteraukreis: Büdingen only).
  await page.mouse.move(0, 0); // the tooltip would cover the Kreis below Frankfurt
  await page.getByRole('radio', { name: 'Kreise', exact: true }).check();
  await expect(page.locator('.legend')).toContainText(
    'Eigene Daten. Kreise, Regierungsbezirke, Land: vom Atlas berechnete Summe der Gemeinden der Datei.',
  );
  await page.locator('svg.map .fills .level:not(.hidden) path[data-ags="06440"]').hover();
  await expect(page.locator('.tooltip')).toContainText('22.607');
  await expect(page.locator('.tooltip')).toContainText('unvollständig (1/25)');
  await page.screenshot({ path: 'test-results/owndata-map-kreise.png' });
  await page.getByRole('tab', { name: 'Tabelle' }).click();
  await expect(page.locator('.rank-table')).toContainText('Frankfurt am Main');
  await expect(page.locator('.rank-table')).toContainText('775.790');

  await page.reload();
  await expect(page.locator('#map-title')).toContainText('Einwohner 2023 (Datei)', { timeout: 30_000 });
  await tools(page).click();
  const list = page.getByRole('dialog', { name: 'Eigene Daten' }).getByRole('region', { name: 'Gespeicherte eigene Daten' });
  await list.getByRole('button', { name: '„Einwohner 2023 (Datei)“ entfernen' }).click();
  await page.keyboard.press('Escape');
  await expect(page.locator('#map-title')).not.toContainText('Einwohner 2023 (Datei)');
  await expect(page.getByRole('group', { name: 'Thema' })).not.toContainText('Eigene Daten');
});

test('a link to own data opened in another browser says the data are only in the sender’s browser', async ({ page, browser, baseURL }) => {
  await importFile(page);
  await page.getByRole('dialog', { name: 'Eigene Daten' }).getByRole('button', { name: 'Übernehmen' }).click();
  await expect(page).toHaveURL(/[?&]i=own_/);
  const link = page.url();
  const other = await browser.newContext({ baseURL });
  const recipient = await other.newPage();
  await recipient.goto(link);
  await expect(recipient.locator('.notices')).toContainText('nur im Browser der Person liegen, die ihn geteilt hat');
  await expect(recipient.locator('#map-title')).toContainText('Bevölkerungsveränderung');
  await other.close();
});

test('own data in the analyses: a link to the group comparison with an own indicator opens it', async ({ page }) => {
  await importFile(page);
  await page.getByRole('dialog', { name: 'Eigene Daten' }).getByRole('button', { name: 'Übernehmen' }).click();
  await expect(page).toHaveURL(/[?&]i=own_/);
  const id = new URL(page.url()).searchParams.get('i')!;
  await page.goto(`./?m=analysen&a=groups~i=${id}`);
  // The link is read once the stored data are registered, then computed by DuckDB.
  await expect(page.locator('#groups-h')).toContainText('Einwohner 2023 (Datei)', { timeout: 30_000 });
  await expect(page.locator('.notices')).toHaveCount(0);
  await expect(page.locator('#diff-h')).toHaveText('Differenz A − B (Einw.)');
});

test('own data as a story step: added, played with their values', async ({ page }) => {
  await importFile(page);
  await page.getByRole('dialog', { name: 'Eigene Daten' }).getByRole('button', { name: 'Übernehmen' }).click();
  await expect(page.locator('#map-title')).toContainText('Einwohner 2023 (Datei)');
  await page.getByRole('button', { name: /Präsentationen: abspielen oder eigene erstellen/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Präsentationen' });
  await dialog.getByRole('button', { name: 'Aktuelle Ansicht als Schritt hinzufügen' }).click();
  await expect(dialog.getByRole('status').first()).toHaveText('Ansicht als Schritt 1 hinzugefügt.');
  await dialog.getByLabel('Titel (Deutsch)').fill('Kreisliste');
  await dialog.getByLabel('Titel (Englisch)').fill('District list');
  await dialog.getByLabel('Überschrift (Deutsch)').fill('Unsere Liste');
  await dialog.getByLabel('Überschrift (Englisch)').fill('Our list');
  await dialog.getByLabel('Text (Deutsch)').fill('Die eigenen Zahlen.');
  await dialog.getByLabel('Text (Englisch)').fill('Our own figures.');
  await dialog.getByRole('button', { name: 'Abspielen', exact: true }).last().click();
  await expect(page.getByRole('heading', { name: 'Unsere Liste' })).toBeVisible();
  await expect(page.locator('svg.map .fills .level:not(.hidden) path[data-ags="06412000"]')).toHaveAttribute(
    'aria-label',
    /Frankfurt am Main.*775\.790/,
  );
});
