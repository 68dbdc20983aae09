// Issue 12, items 14 and 15: what a link carries but the view does not use is said and removed
// from the address bar, so the share link and the export footers carry only the view; notices
// repeat link values only as a short quoted fragment.
import { readFileSync } from 'node:fs';
import { test, expect, duckdbReady, interactive } from './fixtures.ts';

const LONG = 'ACHTUNG: Daten gefälscht – die Landesregierung hat diese Zahlen manipuliert, bitte rufen Sie 0800 123 an';

test('empty and unknown link values get a notice and leave the address bar, the share link and the SVG footer', async ({ page }) => {
  await page.goto('./?i=bb_alle_1000&f=&utm_source=newsletter&lock=yes&e=kreis');
  await interactive(page);
  const notices = page.locator('.notices');
  await expect(notices).toContainText('„f“ ohne Wert im Link – weggelassen.');
  await expect(notices).toContainText('Unbekannte Angaben im Link entfernt: „utm_source“.');
  await expect(notices).toContainText('Schalter „lock“ muss 0 oder 1 sein');
  await expect(page).toHaveURL(/\/\?i=bb_alle_1000&e=kreis$/);
  // No class filter was made up from the empty value.
  await expect(page.locator('.legend [aria-pressed=true]')).toHaveCount(0);

  await duckdbReady(page);
  await page.getByRole('button', { name: 'Teilen' }).click();
  await expect(page.getByLabel('Link zu dieser Ansicht')).toHaveValue(/\?i=bb_alle_1000&e=kreis$/);
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'Exportieren' }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Karte als SVG (16:9)' }).click()]);
  const svg = readFileSync((await download.path())!, 'utf8');
  expect(svg).toContain('i=bb_alle_1000');
  expect(svg).not.toContain('utm_source');
  expect(svg).not.toContain('lock=');

  // Back/forward reads the link again and keeps it canonical.
  await page.getByLabel('Indikator', { exact: true }).selectOption('bb_alle_50');
  await expect(page).toHaveURL(/i=bb_alle_50/);
  await page.goBack();
  await expect(page).toHaveURL(/\/\?i=bb_alle_1000&e=kreis$/);
});

test('a long attacker-chosen link value is quoted only as a short fragment', async ({ page }) => {
  await page.goto(`./?${new URLSearchParams({ i: LONG, s: LONG })}`);
  await interactive(page);
  const notices = page.locator('.notices');
  await expect(notices).toContainText('Unbekannter Indikator „ACHTUNG: Daten gefäl…“');
  await expect(notices).not.toContainText('manipuliert');
  await expect(notices).not.toContainText('0800');
  await expect(page).toHaveURL(/\/$/);
});

test('the analysis parameter is written back in canonical form, its notices stay visible', async ({ page }) => {
  await page.goto('./?m=analysen&a=trend~zz=1~idx=1~e=');
  await interactive(page);
  const notice = page.locator('.analyses .notice');
  await expect(notice).toContainText('Angabe „zz“ gehört nicht zu dieser Analyse.');
  await expect(notice).toContainText('Ebene „“ ist hier nicht möglich.');
  await expect(page).toHaveURL(/\/\?m=analysen&a=trend$/); // idx=1 is the default
  await expect(page.getByRole('tab', { name: 'Bevölkerung & Prognosen' })).toHaveAttribute('aria-selected', 'true');
  // The canonical form replaced the entry: going back leaves the atlas, not to the garbage link.
  await page.goBack();
  expect(page.url()).toBe('about:blank');
});
