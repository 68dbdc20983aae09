// The DuckDB worker dies after "ready" (a crash, the browser reclaiming memory): every view that
// needs a query says so within 15 s where its result would be, the map and legend stay those of
// the view they show, and "Erneut versuchen" starts a new engine that paints the asked view.
import { test, expect, duckdbReady, fills } from './fixtures.ts';
import type { Page } from '@playwright/test';

/** Limit from issue 12: no failure may stay unreported for longer than this. */
const LIMIT_MS = 15_000;

/** Keeps a handle to every DuckDB worker the page starts, so a test can kill the engine. */
async function watchEngineWorkers(page: Page) {
  await page.addInitScript(() => {
    const Native = window.Worker;
    const engines: Worker[] = [];
    (window as unknown as { __engines: Worker[] }).__engines = engines;
    window.Worker = class extends Native {
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        if (/duckdb-browser-[a-z]+\.worker/.test(String(url))) engines.push(this);
      }
    };
  });
}

async function killEngine(page: Page) {
  const n = await page.evaluate(() => {
    const engines = (window as unknown as { __engines: Worker[] }).__engines;
    engines.forEach((w) => w.terminate());
    return engines.length;
  });
  expect(n, 'the DuckDB worker was found').toBeGreaterThan(0);
}

const legendText = (page: Page) => page.locator('.legend').innerText();

test('engine killed after ready: the map says so, keeps the shown view, and retry paints the new one', async ({ page }) => {
  await watchEngineWorkers(page);
  await page.goto('./');
  await duckdbReady(page);
  const title = await page.locator('#map-title').innerText();
  const legend = await legendText(page);
  const before = await fills(page);

  await killEngine(page);
  const t0 = Date.now();
  await page.getByRole('button', { name: 'Digitalisierung' }).click();
  const failed = page.locator('.query-failed[role=alert]');
  await expect(failed).toBeVisible({ timeout: LIMIT_MS });
  const ms = Date.now() - t0;
  console.log(`FAULT engine killed after ready (map): message after ${ms} ms`);
  await expect(failed).toContainText('konnte nicht berechnet werden');
  await expect(failed).toContainText('antwortet nicht mehr');
  // The message names the asked view and the one the map still shows.
  await expect(failed).toContainText('Mbit/s');
  await expect(failed).toContainText(title.split('·')[0]!.trim());
  await expect(page.getByText('Wird berechnet …')).toHaveCount(0);

  // Map, title and legend are still those of the shown view; the controls show the asked one.
  await expect(page.locator('#map-title')).toHaveText(title);
  expect(await legendText(page)).toBe(legend);
  expect(await fills(page)).toEqual(before);
  await expect(page.getByRole('button', { name: 'Digitalisierung' })).toHaveAttribute('aria-pressed', 'true');

  await failed.getByRole('button', { name: 'Erneut versuchen' }).click();
  await expect(page.locator('#map-title')).toContainText('Mbit/s', { timeout: 30_000 });
  await expect(failed).toHaveCount(0);
  await expect(page.locator('svg.map.dimmed')).toHaveCount(0);
  expect(await fills(page)).not.toEqual(before);
  expect(await legendText(page)).not.toBe(legend);
});

test('engine killed: the profile panel says so instead of loading for ever, and retry fills it', async ({ page }) => {
  await watchEngineWorkers(page);
  await page.goto('./');
  await duckdbReady(page);
  await killEngine(page);
  // Wiesbaden at Gemeinde level: its Kreis/RB/Land rows need a query.
  await page.locator('svg.map .fills .level:not(.hidden) path').first().click();
  const failed = page.locator('.panel-col .query-failed[role=alert]');
  await expect(failed).toBeVisible({ timeout: LIMIT_MS });
  await expect(failed).toContainText('antwortet nicht mehr');
  await failed.getByRole('button', { name: 'Erneut versuchen' }).click();
  await expect(failed).toHaveCount(0, { timeout: 30_000 });
  await expect(page.locator('.panel-col')).not.toContainText('wird geladen', { timeout: 30_000 });
  await expect(page.locator('.panel-col')).toContainText('Regierungsbezirk Darmstadt +');
});

test('engine killed: an analysis says so with a retry that restarts the engine', async ({ page }) => {
  await watchEngineWorkers(page);
  await page.goto('./?m=analysen');
  await duckdbReady(page);
  await killEngine(page);
  const t0 = Date.now();
  await page.getByRole('tab', { name: 'Gruppen vergleichen' }).click();
  const failed = page.locator('#apanel .query-failed[role=alert]');
  await expect(failed).toBeVisible({ timeout: LIMIT_MS });
  console.log(`FAULT engine killed after ready (analysis): message after ${Date.now() - t0} ms`);
  await expect(failed).toContainText('antwortet nicht mehr');
  await expect(page.locator('#apanel [role=status]', { hasText: 'wird berechnet' })).toHaveCount(0);
  await failed.getByRole('button', { name: 'Erneut versuchen' }).click();
  await expect(failed).toHaveCount(0, { timeout: 30_000 });
  await expect(page.locator('#apanel svg').first()).toBeVisible({ timeout: 30_000 });
});
