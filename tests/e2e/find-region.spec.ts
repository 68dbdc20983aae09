// After a search the visitor finds the selected region: a cue leads to the profile below the map,
// the table scrolls to its row and can be narrowed by Kreis or name.
import { test, expect, duckdbReady } from './fixtures.ts';

const inViewport = (box: { y: number; height: number } | null, height: number) => !!box && box.y >= 0 && box.y + box.height <= height;

test('at 1440×900 a search hit points to its profile below the fold, and the cue goes there', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('./');
  await duckdbReady(page);
  await page.getByRole('combobox', { name: /Ort suchen/ }).fill('Marburg');
  await page.keyboard.press('Enter');
  const heading = page.getByRole('heading', { name: 'Marburg', exact: true });
  await expect(heading).toBeAttached();
  expect(inViewport(await heading.boundingBox(), 900)).toBe(false);
  const cue = page.getByRole('button', { name: 'Profil: Marburg ansehen' });
  await expect(cue).toBeVisible();
  expect(inViewport(await cue.boundingBox(), 900)).toBe(true);
  await cue.click();
  await expect.poll(async () => inViewport(await heading.boundingBox(), 900)).toBe(true);
  await expect(page.getByRole('tab', { name: 'Profil' })).toBeFocused();
  await expect(cue).toBeHidden();
});

test('the table scrolls to the selected region and filters by Kreis and by name', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('./?p=tabelle');
  await duckdbReady(page);
  await page.getByRole('combobox', { name: /Ort suchen/ }).fill('Marburg');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Tabelle: Marburg ansehen' }).click();
  const scroller = page.locator('.rank-table .scroller');
  const row = scroller.locator('tr[data-ags="06534014"]');
  await expect(row).toHaveClass(/selected/);
  // Rank 91 of 421 is far below the table's first screen; its row is scrolled into the table's view.
  await expect.poll(() => scroller.evaluate((el) => el.scrollTop)).toBeGreaterThan(500);
  await expect
    .poll(async () => {
      const [r, s] = await Promise.all([row.boundingBox(), scroller.boundingBox()]);
      return !!r && !!s && r.y >= s.y && r.y + r.height <= s.y + s.height;
    })
    .toBe(true);

  const rows = scroller.locator('tbody tr');
  await expect(rows).toHaveCount(425);
  await page.getByLabel('Kreis', { exact: true }).selectOption({ label: 'Landkreis Marburg-Biedenkopf' });
  await expect(rows).toHaveCount(22);
  await expect(page.locator('.filter-count')).toContainText('22 von 425 Gebieten');
  await page.getByLabel('Name oder AGS filtern').fill('kirch');
  await expect(scroller.locator('tbody .name')).toHaveText(['Kirchhain']);
  await expect(page.locator('.filter-count')).toContainText('Marburg ist ausgewählt, passt aber nicht zum Filter.');
  await page.getByRole('button', { name: 'Filter zurücksetzen' }).click();
  await expect(rows).toHaveCount(425);
});
