// Offline after one visit: this test runs its own server and shuts it down, because Chromium's
// offline emulation does not reliably reach service workers (microsoft/playwright#2311).
import { resolve } from 'node:path';
import { serve } from '../../scripts/bench/serve.ts';
import { test, expect, fills } from './fixtures.ts';
import { workerPort } from './ports.ts';

const PORT = workerPort('E2E_OFFLINE_PORT', 4399);

test('after one visit the atlas works with the server gone: map, data and DuckDB', async ({ browser }) => {
  test.setTimeout(120_000);
  const server = await serve(resolve(process.env.DIST_DIR ?? 'dist'), PORT);
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(e.message));
  try {
    await page.goto(`http://127.0.0.1:${PORT}/`);
    await page.waitForFunction(() => performance.getEntriesByName('duckdb-ready').length > 0, null, { timeout: 30_000 });
    // The service worker installs (app shell and data precached) and keeps DuckDB's engine; the
    // engine counts as kept once it is listed and readable in three checks in a row (a copy in
    // progress can be listed and then replaced).
    let stable = 0;
    await expect
      .poll(
        async () => {
          const kept = await page.evaluate(async () => {
            const reg = await navigator.serviceWorker.getRegistration();
            if (!navigator.serviceWorker.controller || reg?.active?.state !== 'activated') return false;
            const cache = await caches.open('atlas-duckdb');
            const key = (await cache.keys()).find((r) => r.url.endsWith('.wasm'));
            const stored = key ? await cache.match(key) : undefined;
            return stored ? (await stored.arrayBuffer()).byteLength > 30_000_000 : false;
          });
          stable = kept ? stable + 1 : 0;
          return stable;
        },
        { timeout: 90_000, intervals: [700] },
      )
      .toBeGreaterThanOrEqual(3);
  } finally {
    await new Promise((r) => server.close(r));
    server.closeAllConnections();
  }

  await page.reload();
  await expect(page.locator('svg.map .fills .level:not(.hidden) path')).toHaveCount(425);
  await page.waitForFunction(() => performance.getEntriesByName('duckdb-ready').length > 0, null, { timeout: 30_000 });
  const before = await fills(page);
  await page.getByRole('button', { name: 'Digitalisierung' }).click();
  await expect(page.locator('#map-title')).toContainText('1000 Mbit/s');
  await expect.poll(() => fills(page)).not.toEqual(before);
  await expect(page.getByText('Datenbank im Browser konnte nicht starten')).toHaveCount(0);
  expect(problems).toEqual([]);
  await context.close();
});
