// The indicator picker: groups, a keyboard-usable search over every indicator, and the level it opens at.
import { test, expect, duckdbReady } from './fixtures.ts';

test('the indicator picker narrows Digitalisierung by group and finds indicators by words, by keyboard', async ({ page }) => {
  await page.goto('./');
  await duckdbReady(page);
  await page.getByRole('button', { name: 'Digitalisierung' }).click();
  const indicator = page.getByLabel('Indikator', { exact: true });
  const total = await page.evaluate(async () => {
    const c = (await (await fetch('data/catalogue.json')).json()) as { indicators: { theme: string }[] };
    return c.indicators.filter((i) => i.theme === 'digitalisierung').length;
  });
  // A structured choice: the list holds one group, not the whole theme.
  const shown = await indicator.locator('option').count();
  expect(shown).toBeLessThan(total / 2);
  await page.getByLabel('Gruppe').selectOption('Mobilfunk Fläche');
  await expect(page.locator('#map-title')).toContainText('Wohnbaufläche');
  await expect(indicator.locator('option').first()).toHaveText(/LTE ≥ 2 Mbit\/s: Wohnbaufläche/);

  // Search with the keyboard only: type, arrow down, Enter.
  const search = page.getByRole('searchbox', { name: 'Indikator suchen' });
  await search.focus();
  await page.keyboard.type('glasfaser 1000');
  await expect(page.locator('#indicator-search-status')).toContainText('Indikatoren gefunden');
  const results = page.getByRole('list', { name: 'Indikator suchen' }).getByRole('button');
  await expect(results.first()).toContainText('Breitband ≥ 1000 Mbit/s: Glasfaser (FTTH/B)');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(results.nth(1)).toBeFocused();
  await expect(results.nth(1)).toContainText('nur Kreise');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Enter');
  await expect(page.locator('#map-title')).toContainText('≥ 1000 Mbit/s: Glasfaser');
  await expect(indicator).toBeFocused();
  await expect(indicator).toHaveValue('bb_ftthb_1000');
  await expect(page.getByLabel('Gruppe')).toHaveValue('Breitband Haushalte');
  await expect(results).toHaveCount(0);

  await search.fill('xyzzy');
  await expect(page.locator('#indicator-search-status')).toHaveText('Kein Indikator passt zu dieser Suche.');

  // English: the same picker, English words.
  await page.getByRole('button', { name: 'Switch to English' }).click();
  const searchEn = page.getByRole('searchbox', { name: 'Find an indicator' });
  await searchEn.fill('lte motorway');
  await expect(page.getByRole('list', { name: 'Find an indicator' }).getByRole('button').first()).toContainText('LTE ≥ 2 Mbit/s');
  await expect(page.getByLabel('Group')).toBeVisible();
});

test('a Kreis-only indicator in between does not leave the next Gemeinde indicator on Kreise', async ({ page }) => {
  await page.goto('./?i=bb_alle_1000');
  await duckdbReady(page);
  const gemeinden = page.getByRole('radio', { name: 'Gemeinden', exact: true });
  await expect(gemeinden).toBeChecked();
  await page.getByLabel('Indikator', { exact: true }).selectOption('bb_alle_50');
  await page.getByLabel('Gruppe').selectOption('Breitband Kreise (Mobilfunk u. a.)');
  await expect(page.getByRole('radio', { name: 'Kreise', exact: true })).toBeChecked();
  await expect(gemeinden).toBeDisabled();
  await page.getByLabel('Gruppe').selectOption('Breitband Haushalte');
  await expect(gemeinden).toBeChecked();
  await expect(page.locator('svg.map .fills .level:not(.hidden) path')).not.toHaveCount(26);

  // A level the visitor chose is kept.
  await page.getByText('Regierungsbezirke', { exact: true }).click();
  await page.getByLabel('Gruppe').selectOption('Breitband Kreise (Mobilfunk u. a.)');
  await expect(page.getByRole('radio', { name: 'Regierungsbezirke', exact: true })).toBeChecked();
  await page.getByLabel('Gruppe').selectOption('Breitband Haushalte');
  await expect(page.getByRole('radio', { name: 'Regierungsbezirke', exact: true })).toBeChecked();
});
