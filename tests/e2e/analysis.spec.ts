// The analyses view: reachable from the header and from the URL, each sub-view with real numbers.
import AxeBuilder from '@axe-core/playwright';
import { test, expect, duckdbReady } from './fixtures.ts';
import type { Page } from '@playwright/test';

const TABS = [
  ['gap', 'Stadt–Land-Gefälle'],
  ['rural', 'Wie ländlich ist Hessen?'],
  ['trend', 'Bevölkerung & Prognosen'],
  ['groups', 'Gruppen vergleichen'],
  ['bivar', 'Bedarf × Abdeckung'],
  ['projects', 'Projekte'],
] as const;

const analysisParam = (page: Page) => new URL(page.url()).searchParams.get('a') ?? '';

test('opens from the header switch and reaches every sub-view by its tab', async ({ page }) => {
  await page.goto('./');
  await duckdbReady(page);
  await page.getByRole('button', { name: 'Analysen', exact: true }).click();
  await expect(page).toHaveURL(/m=analysen/);
  const tablist = page.getByRole('tablist', { name: 'Analysen' });
  await expect(tablist.getByRole('tab')).toHaveCount(6);
  await expect(tablist.getByRole('tab', { name: 'Stadt–Land-Gefälle' })).toHaveAttribute('aria-selected', 'true');
  for (const [view, name] of TABS.slice(1)) {
    await tablist.getByRole('tab', { name }).click();
    await expect(tablist.getByRole('tab', { name })).toHaveAttribute('aria-selected', 'true');
    await expect.poll(() => analysisParam(page)).toMatch(new RegExp(`^${view}`));
    // Some views run a dozen queries (2–3 s on an idle machine); CI machines are slower.
    await expect(page.getByRole('tabpanel')).not.toContainText('Wird berechnet', { timeout: 20_000 });
  }
  // Back goes to the previous sub-view.
  await page.goBack();
  await expect(tablist.getByRole('tab', { name: 'Bedarf × Abdeckung' })).toHaveAttribute('aria-selected', 'true');
});

test('the tabs follow the ARIA pattern: arrow keys move between them', async ({ page }) => {
  await page.goto('./?m=analysen');
  await duckdbReady(page);
  const first = page.getByRole('tab', { name: 'Stadt–Land-Gefälle' });
  await first.focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: 'Wie ländlich ist Hessen?' })).toBeFocused();
  await expect(page.getByRole('tab', { name: 'Wie ländlich ist Hessen?' })).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('End');
  await expect(page.getByRole('tab', { name: 'Projekte' })).toHaveAttribute('aria-selected', 'true');
});

for (const [view, name] of TABS) {
  test(`opens “${name}” from the URL`, async ({ page }) => {
    await page.goto(`./?m=analysen&a=${view}`);
    await expect(page.getByRole('tab', { name })).toHaveAttribute('aria-selected', 'true');
    await duckdbReady(page);
    const panel = page.getByRole('tabpanel');
    await expect(panel.locator('footer.meta')).toContainText('Gebietsstand ab 01.01.2026');
    await expect(panel.locator('footer.meta')).toContainText('Quellen');
  });
}

for (const [view, name] of TABS) {
  test(`“${name}” has no accessibility violations (axe)`, async ({ page }) => {
    test.setTimeout(120_000); // axe checks every one of the 425 map regions
    await page.goto(`./?m=analysen&a=${view}`);
    await duckdbReady(page);
    await expect(page.getByRole('tabpanel')).not.toContainText('Wird berechnet', { timeout: 20_000 });
    const result = await new AxeBuilder({ page }).include('.analyses').analyze();
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.help}`)).toEqual([]);
  });
}

test('an invalid analysis link shows a notice and the default view', async ({ page }) => {
  await page.goto('./?m=analysen&a=gap~i=nope');
  await duckdbReady(page);
  await expect(page.getByRole('status').filter({ hasText: 'Indikator „nope“' })).toBeVisible();
  await expect(page.locator('#gap-indicator')).toHaveValue('bb_alle_1000');
});

test('the gigabit gap table lists every typology with a gap and an interval', async ({ page }) => {
  await page.goto('./?m=analysen');
  await duckdbReady(page);
  const table = page.locator('table.sensitivity');
  await expect(table.locator('tbody tr')).toHaveCount(7);
  for (const name of [
    'Stadt- und Gemeindetyp (BBSR)',
    'RegioStaR 2',
    'RegioStaR 7',
    'Siedlungsstruktureller Kreistyp (BBSR)',
    'Städtischer und ländlicher Raum (BBSR)',
    'Siedlungsstruktureller Regionstyp (BBSR)',
    'Grad der Verstädterung (DEGURBA)',
  ])
    await expect(table).toContainText(name);
  const sg = table.locator('tr[data-typology="bbsr_sgtyp"]');
  await expect(sg).toContainText('Großstadt: 82,1');
  await expect(sg).toContainText('Landgemeinde: 13,3');
  await expect(sg).toContainText('+68,8');
  await expect(sg).toContainText('(118 Gemeinden)');
  // Choosing a typology in the table changes the chart and the URL.
  await sg.getByRole('button').click();
  await table.locator('tr[data-typology="regiostar2"]').getByRole('button').click();
  await expect.poll(() => analysisParam(page)).toBe('gap~typ=regiostar2');
  await expect(page.locator('#gap-classes-h')).toContainText('RegioStaR 2');
});

test('≥ 50 Mbit/s by Stadt- und Gemeindetyp: the gap closed from 2010 to 2021', async ({ page }) => {
  await page.goto('./?m=analysen&a=gap~i=bb_alle_50');
  await duckdbReady(page);
  const verdict = page.locator('.verdict');
  await expect(verdict).toContainText('Der Abstand hat sich verringert');
  await expect(verdict).toContainText('2010: 83,5 Prozentpunkte');
  await expect(verdict).toContainText('Juni 2021: 9,5 Prozentpunkte');
  await expect(page.locator('.warn').first()).toContainText('Methodenbrüche');
  await expect(page.locator('#gap-classes-h').locator('..').locator('svg g.series[data-kind="line"]')).toHaveCount(5);
});

test('the index view compares RB Kassel, Gießen and Darmstadt with a dashed projection', async ({ page }) => {
  await page.goto('./?m=analysen&a=trend');
  await duckdbReady(page);
  const chart = page.locator('#trend-h').locator('..');
  await expect(chart.locator('g.series[data-kind="line"]')).toHaveCount(3);
  await expect(chart.locator('g.series[data-kind="dashed"]')).toHaveCount(1);
  await expect(chart.locator('.chart-legend')).toContainText('Prognose 2017 (Basis 2014');
  await expect(chart.locator('svg title').first()).toHaveText('Bevölkerung, Index 2013 = 100');
  await expect(chart.locator('.rules-note')).toContainText('Zensus 2011');
  const kassel = page.locator('li.chain[data-region="066"]');
  await expect(kassel).toContainText('2014: 1.201.100');
  await expect(kassel).toContainText('−12,2 %');
  await expect(kassel).toContainText('1.238.748');
  await expect(page.locator('blockquote')).toContainText('laut Strategie');
  // The change map at Kreis level has 27 regions (Gebietsstand 2026).
  await page.locator('#change-level').selectOption('kreis');
  await expect(page.locator('svg.map .fills .level:not(.hidden) path')).toHaveCount(27);
  await expect.poll(() => analysisParam(page)).toBe('trend~e=kreis');
});

test('Wie ländlich: Kleinstädte + Landgemeinden ≈ 81 % of the whole Landesfläche, and the strategy is cited', async ({ page }) => {
  await page.goto('./?m=analysen&a=rural');
  await duckdbReady(page);
  const table = page.locator('table.rural-table');
  await expect(table.locator('tr[data-definition="sg_klein_land"]')).toContainText('81,5 %');
  await expect(table.locator('tr[data-definition="sg_klein_land"]')).toContainText('362');
  await expect(table.locator('tr[data-definition="rs2_land"]')).toContainText('67,8 %');
  await expect(table.locator('tr[data-definition="sl_land"]')).toContainText('45,3 %');
  await expect(page.locator('blockquote')).toContainText('rund 80 %');
  await expect(page.locator('blockquote cite')).toContainText('Digitale Städte – Digitale Regionen');
  await table.locator('tr[data-definition="rs2_land"]').getByRole('button').click();
  await expect.poll(() => analysisParam(page)).toBe('rural~d=rs2_land');
  await expect(page.locator('.legend')).toContainText('252 Gemeinden');
});

test('groups: RB Kassel against RB Darmstadt with their difference', async ({ page }) => {
  await page.goto('./?m=analysen&a=groups');
  await duckdbReady(page);
  await expect(page.locator('.members')).toContainText('Regierungsbezirk Kassel – besteht aus 136 Gemeinden');
  await expect(page.locator('#groups-h').locator('..').locator('g.series[data-kind="line"]')).toHaveCount(2);
  await expect(page.locator('#diff-h')).toContainText('Differenz A − B');
  // A typology class as group B.
  await page.locator('fieldset', { hasText: 'Gruppe B' }).getByLabel('Klasse einer Typisierung').check();
  await expect.poll(() => analysisParam(page)).toBe('groups~b=bbsr_sgtyp.50');
  await expect(page.locator('.members')).toContainText('118 Gemeinden');
});

test('the bivariate legend has nine cells in plain words that add up to all Gemeinden', async ({ page }) => {
  await page.goto('./?m=analysen&a=bivar');
  await duckdbReady(page);
  const cells = page.locator('.bivar-legend button.cell');
  await expect(cells).toHaveCount(9);
  const texts = await cells.locator('.cell-text').allTextContents();
  expect(new Set(texts).size).toBe(9);
  expect(texts.some((t) => /schrumpfend und schlecht versorgt/.test(t))).toBe(true);
  const counts = (await cells.locator('.cell-count').allTextContents()).map(Number);
  expect(counts.reduce((a, b) => a + b, 0)).toBe(421);
  await expect(page.locator('svg.map .fills .level:not(.hidden) path')).toHaveCount(425);
  // Choosing a cell lists its Gemeinden and goes into the URL.
  await page.locator('button.cell[data-cell="0"]').click();
  await expect.poll(() => analysisParam(page)).toBe('bivar~c=0');
  await expect(page.locator('.members .names')).not.toBeEmpty();
  // Kreis level.
  await page.getByRole('radio', { name: 'Kreise', exact: true }).check();
  await expect(page.locator('svg.map .fills .level:not(.hidden) path')).toHaveCount(27);
});

test('projects: 70 rows labelled as a selection; the programme filter reduces them', async ({ page }) => {
  await page.goto('./?m=analysen&a=projects');
  await duckdbReady(page);
  const rows = page.locator('table.projects-table tbody tr');
  await expect(rows).toHaveCount(70);
  await expect(page.locator('h3.selection')).toHaveText('Auswahl von 70 Projekten (nicht vollständig)');
  const symbols = page.locator('svg.overlay g.symbol');
  await expect(symbols).toHaveCount(70);
  await expect(symbols.first()).toHaveAttribute('aria-label', /^Projekt 1: Modellprojekt Smart City Darmstadt/);
  await page.locator('#projects-program').selectOption('modellprojekte-smart-cities');
  await expect(rows).toHaveCount(5);
  await expect(symbols).toHaveCount(5);
  await expect.poll(() => analysisParam(page)).toBe('projects~prog=modellprojekte-smart-cities');
  // A symbol is a keyboard-reachable button that selects its table row.
  await symbols.first().focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('table.projects-table tr.current')).toContainText('Darmstadt');
  await expect(page.locator('table.projects-table')).toContainText('13,5 Mio. € (Bundesförderung)');
});

test.describe('phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });
  test('no sub-view overflows 390 px horizontally', async ({ page }) => {
    await page.goto('./?m=analysen');
    await duckdbReady(page);
    for (const [view, name] of TABS) {
      await page.getByRole('tab', { name }).click();
      await expect.poll(() => analysisParam(page)).toMatch(view === 'gap' ? /^$/ : new RegExp(`^${view}`));
      await expect(page.getByRole('tabpanel')).not.toContainText('Wird berechnet', { timeout: 20_000 });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, view).toBeLessThanOrEqual(0);
    }
  });
});
