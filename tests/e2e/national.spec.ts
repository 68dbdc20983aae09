// Hessen im Bundesvergleich: the scope switch loads the national data set only when asked for; a
// non-Hessian Gemeinde is found with its Kreis and Land and profiled against Hessen and Germany.
import { readFileSync } from 'node:fs';
import { parseGermanCsv } from '../../src/lib/export/csv.ts';
import { test, expect, duckdbReady } from './fixtures.ts';

const scope = (page: import('@playwright/test').Page, name: string) => page.getByTestId('scope-switch').getByRole('radio', { name });
const levelNames = (page: import('@playwright/test').Page) =>
  page.locator('input[name="level"]').evaluateAll((inputs) => inputs.map((i) => i.parentElement!.textContent!.trim()));

test('Hessen → Deutschland: the national data load only on the switch; the map, legend and levels are national', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await page.goto('./?i=bev&e=kreis');
  await duckdbReady(page);
  expect(await levelNames(page)).toEqual(['Gemeinden', 'Kreise', 'Regierungsbezirke', 'Land']);
  expect(requested.filter((p) => p.includes('/data/de/'))).toEqual([]);

  await scope(page, 'Deutschland').check();
  await expect(page).toHaveURL(/\?scope=de&i=bev&e=kreis$/);
  await duckdbReady(page);
  expect(requested.some((p) => p.endsWith('/data/de/geo.topo.json'))).toBe(true);
  await expect(scope(page, 'Deutschland')).toBeChecked();
  expect(await levelNames(page)).toEqual(['Gemeinden', 'Kreise', 'Länder', 'Deutschland']);
  // the national map is drawn on a canvas at every level
  await expect(page.locator('.canvas-map canvas')).toHaveCount(1);
  const legend = page.locator('.legend');
  await expect(legend).toContainText('400 Kreise, 16 Länder');
  // every Kreis has a value: the class counts add up to 400
  const counts = await legend.locator('.count').allTextContents();
  expect(counts.map((c) => Number(c.replace(/\./g, ''))).reduce((a, b) => a + b, 0)).toBe(400);
  // Gemeinde classes hold thousands of Gemeinden: counted with a thousands separator
  await page.getByRole('radio', { name: 'Gemeinden' }).check();
  await duckdbReady(page);
  await expect(page.locator('.canvas-map canvas')).toHaveCount(1);
  const gemeindeCounts = await legend.locator('.count').allTextContents();
  expect(gemeindeCounts.some((c) => /^\d{1,3}\.\d{3}$/.test(c.trim()))).toBe(true);
  // no Gebietsstand switch nationally (one Gebietsstand)
  await expect(page.getByTestId('gebietsstand-switch')).toHaveCount(0);

  // and back to Hessen with the same view
  await scope(page, 'Hessen').check();
  await expect(page).toHaveURL(/\?i=bev$/);
  await duckdbReady(page);
  await expect(legend).toContainText('27 Kreise');
});

test('search finds a Bavarian Gemeinde with its Kreis and Land; its profile ranks it nationally and shows Hessen and Deutschland', async ({
  page,
}) => {
  await page.goto('./?scope=de&i=bev');
  await duckdbReady(page);
  const search = page.getByRole('combobox', { name: /Ort suchen/ });
  await search.fill('Wasserburg');
  const options = page.getByRole('option');
  await expect(options.filter({ hasText: 'Wasserburg a.Inn' })).toContainText('Landkreis Rosenheim · Bayern');
  await expect(options.filter({ hasText: 'Wasserburg (Bodensee)' })).toContainText('Bayern');
  await options.filter({ hasText: 'Wasserburg a.Inn' }).click();
  await expect(page).toHaveURL(/s=09187182/);
  const body = page.locator('#panel-body');
  await expect(body.getByRole('heading', { name: 'Wasserburg a.Inn' })).toBeVisible();
  await expect(body.locator('.rank')).toContainText(/Rang \d{1,2}\.?\d{0,3} von 10\.\d{3}/);
  await expect(body.locator('.level').first()).toHaveText('Gemeinde · Landkreis Rosenheim · Bayern');
  for (const context of ['Landkreis Rosenheim', 'Bayern', 'Hessen', 'Deutschland']) await expect(body).toContainText(context);
});

test('the Stadt–Land gap runs on every German Gemeinde; the groups set Hessen’s Landgemeinden against all German ones', async ({
  page,
}) => {
  await page.goto('./?scope=de&m=analysen&a=gap~i=bev_veraenderung');
  await duckdbReady(page);
  const tabs = page.getByRole('tablist');
  // the strategy's rural share and the Hessian projects are Hessen's own views
  await expect(tabs.getByRole('tab')).toHaveText([
    'Stadt–Land-Gefälle',
    'Bevölkerung & Prognosen',
    'Gruppen vergleichen',
    'Bedarf × Abdeckung',
  ]);
  const classes = page.locator('[aria-labelledby="gap-classes-h"]');
  await expect(classes).toContainText('Landgemeinde');
  // the classes' Gemeinden together: nearly all 10.753 inhabited German Gemeinden (a few are untyped), thousands per class
  const counts = (await classes.textContent())!.match(/\(([\d.]+) Gemeinden\)/g)!.map((m) => Number(m.replace(/\D/g, '')));
  expect(counts.length % 5).toBe(0); // the legend, and the same in the chart's table
  counts.splice(5);
  expect(counts.reduce((a, b) => a + b, 0)).toBeGreaterThan(10_700);
  await expect(classes).toContainText(/\(\d\.\d{3} Gemeinden\)/);
  await expect(page.locator('[aria-labelledby="gap-sens-h"] table tbody tr').first()).toContainText('Großstadt');

  await tabs.getByRole('tab', { name: 'Gruppen vergleichen' }).click();
  await expect(page).toHaveURL(/a=groups/);
  const summary = page.getByText(/^A: .* in Hessen – besteht aus/);
  await expect(summary).toContainText('Landgemeinde in Hessen – besteht aus 118 Gemeinden');
  await expect(summary).toContainText(/B: Stadt-\/Gemeindetyp: Landgemeinde – besteht aus \d\.\d{3} Gemeinden/);
  await expect(page.locator('[aria-labelledby="groups-h"]')).toContainText('A: Stadt-/Gemeindetyp: Landgemeinde in Hessen');
});

test('a national map export names the scope and holds every German Gemeinde with its official population', async ({ page }) => {
  await page.goto('./?scope=de&i=bev');
  await duckdbReady(page);
  await page.getByRole('button', { name: 'Exportieren' }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Tabelle als CSV (wie angezeigt)' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^digitalatlas-hessen_deutschland_bev_2023_gemeinde\.csv$/);
  const csv = parseGermanCsv(readFileSync((await download.path())!).toString('utf8'));
  expect(csv.rows.length).toBeGreaterThan(10_900);
  const valueCol = csv.header.findIndex((h) => h.startsWith('2023'));
  const sum = csv.rows.reduce((a, r) => a + (typeof r[valueCol] === 'number' ? (r[valueCol] as number) : 0), 0);
  // Destatis GV-ISys, Gemeinden 31.12.2023
  expect(sum).toBe(84_669_326);
  const meta = csv.meta.flat().join(' ');
  expect(meta).toContain('10.751 Gemeinden, 400 Kreise, 16 Länder');
  expect(meta).toContain('scope=de');
});

test('a story step on Deutschland loads the national data set and says so; Back in the story returns to Hessen', async ({ page }) => {
  const story = {
    format: 'digitalatlas-hessen/story',
    version: 1,
    id: 'bundesvergleich',
    title: { de: 'Hessen im Bundesvergleich', en: 'Hesse compared with Germany' },
    steps: [
      {
        headline: { de: 'Hessen', en: 'Hesse' },
        annotation: { de: 'Die Kreise Hessens.', en: 'Hesse’s districts.' },
        view: { indicator: 'bev', level: 'kreis', period: '2023' },
      },
      {
        headline: { de: 'Deutschland', en: 'Germany' },
        annotation: { de: 'Alle Kreise Deutschlands.', en: 'All districts of Germany.' },
        view: { indicator: 'bev', level: 'kreis', period: '2023', scope: 'de', selected: '09162' },
      },
    ],
  };
  await page.addInitScript((v) => localStorage.setItem('digitalatlas-hessen:story-draft', v), JSON.stringify(story));
  await page.goto('./?story=bundesvergleich');
  const overlay = page.locator('.story');
  await expect(overlay.locator('.counter')).toHaveText('1 / 2');
  await expect(overlay.locator('.scope')).toHaveText('Raum: Hessen');
  await expect(page.locator('svg.map path[data-ags="06412"]')).toHaveCount(1);

  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/scope=de/);
  await expect(overlay.locator('.counter')).toHaveText('2 / 2');
  await duckdbReady(page);
  await expect(page.locator('.canvas-map canvas')).toHaveCount(1);
  await expect(overlay.locator('.scope')).toHaveText('Raum: Deutschland');
  await expect(page.locator('.legend')).toContainText('400 Kreise, 16 Länder');

  await page.keyboard.press('ArrowLeft');
  await expect(overlay.locator('.counter')).toHaveText('1 / 2');
  await expect(page).not.toHaveURL(/scope=de/);
  await duckdbReady(page);
  await expect(page.locator('svg.map path[data-ags="06412"]')).toHaveCount(1);
});
