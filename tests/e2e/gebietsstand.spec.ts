import { test, expect, duckdbReady } from './fixtures.ts';

const kreisPaths = (page: import('@playwright/test').Page) => page.locator('svg.map .fills .level:not(.hidden) path');

test('the Kreis map shows 27 Kreise with Hanau kreisfrei by default, 26 on the Gebietsstand 2023–2025', async ({ page }) => {
  await page.goto('./?e=kreis');
  await duckdbReady(page);
  await expect(kreisPaths(page)).toHaveCount(27);
  await expect(page.locator('path[data-ags="06415"]')).toHaveCount(1);
  const legend = page.locator('.legend');
  await expect(legend).toContainText('Gebietsstand ab 01.01.2026: 421 Gemeinden, 27 Kreise');
  const current = page.getByRole('radio', { name: 'Gebietsstand 2026 (27 Kreise)' });
  await expect(current).toBeChecked();
  await expect(page).not.toHaveURL(/gs=/);

  await page.getByRole('radio', { name: '2023–2025 (26 Kreise)' }).check();
  await expect(page).toHaveURL(/[?&]e=kreis&gs=2025$/);
  await duckdbReady(page);
  await expect(kreisPaths(page)).toHaveCount(26);
  await expect(page.locator('path[data-ags="06415"]')).toHaveCount(0);
  await expect(legend).toContainText('Gebietsstand 01.01.2023–31.12.2025: 421 Gemeinden, 26 Kreise');
  await expect(page.getByRole('radio', { name: '2023–2025 (26 Kreise)' })).toBeChecked();

  // Back returns to the default Gebietsstand
  await page.goBack();
  await expect(kreisPaths(page)).toHaveCount(27);
});

test('Hanau’s old key opens the kreisfreie Stadt with a note; its tooltip and table row show its own population', async ({ page }) => {
  await page.goto('./?i=bev&e=kreis&s=06435014&p=tabelle');
  await duckdbReady(page);
  await expect(page.locator('.notices')).toContainText('Hanau ist seit 01.01.2026 kreisfrei (neuer Schlüssel 06415000).');
  // the Gemeinde key was resolved: the Kreis map still shows 27 Kreise
  await expect(kreisPaths(page)).toHaveCount(27);
  const row = page.locator('#panel-body table tbody tr', { hasText: 'Hanau' });
  await expect(row).toHaveCount(1);
  await expect(page.locator('#panel-body table tbody tr')).toHaveCount(27);
  await page.locator('path[data-ags="06415"]').hover();
  const tip = page.locator('.tooltip');
  await expect(tip).toContainText('Hanau');
  const kreisValue = (await row.locator('td').allTextContents()).find((t) => /^\d{1,3}(\.\d{3})+$/.test(t.trim()));
  expect(kreisValue).toBeTruthy();
  await expect(tip).toContainText(kreisValue!.trim());

  await page.goto('./?i=bev&s=06435014&lang=en');
  await duckdbReady(page);
  await expect(page.locator('.notices')).toContainText('Hanau has been a district-free city (kreisfrei) since 1 Jan 2026');
  await page.locator('path[data-ags="06415000"]').hover();
  await expect(page.locator('.tooltip')).toContainText(kreisValue!.trim().replaceAll('.', ','));
});

test('a story step keeps its Gebietsstand: a 2025 step shows 26 Kreise and says so; an old Hanau key gets the note', async ({ page }) => {
  const story = {
    format: 'digitalatlas-hessen/story',
    version: 1,
    id: 'gebietsstand-vergleich',
    title: { de: 'Gebietsstände', en: 'Territorial status' },
    steps: [
      {
        headline: { de: 'Heute', en: 'Today' },
        annotation: { de: 'Hanau markiert (alter Schlüssel).', en: 'Hanau selected (old key).' },
        // A file from before the field existed: no gs, the old Gemeinde key of Hanau.
        view: { indicator: 'bb_alle_1000', level: 'gemeinde', period: '2021-06', selected: '06435014' },
      },
      {
        headline: { de: 'Früher', en: 'Before' },
        annotation: { de: '26 Kreise.', en: '26 districts.' },
        view: { indicator: 'bb_alle_1000', level: 'kreis', period: '2021-06', gs: '2025' },
      },
    ],
  };
  await page.addInitScript((v) => localStorage.setItem('digitalatlas-hessen:story-draft', v), JSON.stringify(story));
  await page.goto('./?story=gebietsstand-vergleich');
  const overlay = page.locator('.story');
  await expect(overlay.locator('.counter')).toHaveText('1 / 2');
  await expect(page.locator('path[data-ags="06415000"]')).toHaveCount(1);
  await expect(overlay.locator('.gebietsstand')).toHaveText('Gebietsstand: Gebietsstand 2026 (27 Kreise)');
  await expect(overlay.getByRole('note')).toContainText('Hanau ist seit 01.01.2026 kreisfrei');

  await page.keyboard.press('ArrowRight');
  await expect(overlay.locator('.counter')).toHaveText('2 / 2');
  await expect(page).toHaveURL(/gs=2025/);
  await duckdbReady(page);
  await expect(kreisPaths(page)).toHaveCount(26);
  await expect(overlay.locator('.gebietsstand')).toHaveText('Gebietsstand: 2023–2025 (26 Kreise)');
  await page.screenshot({ path: 'test-results/story-gs2025.png' });
});

test('the story builder takes a step on the Gebietsstand 2023–2025 and names it in the step list', async ({ page }) => {
  await page.goto('./?e=kreis&gs=2025');
  await duckdbReady(page);
  await page.getByRole('button', { name: /Präsentationen: abspielen oder eigene erstellen/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Präsentationen' });
  await dialog.getByRole('button', { name: 'Aktuelle Ansicht als Schritt hinzufügen' }).click();
  await expect(dialog.locator('.steps .summary').first()).toContainText('Kreise · Gebietsstand 2023–2025');
});
