// The offline cache holds exactly one checked version: truncated installs never count, a bad
// cached copy repairs itself, a new version waits and says so, a deploy with data still uploading
// pins nothing, a full storage quota is reported, old engines are pruned.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';
import { faultServer, fromServiceWorkerInstall, type FaultServer } from './fault-server.ts';
import { workerPort } from './ports.ts';

const DIST = resolve(process.env.DIST_DIR ?? 'dist');
const PORT = workerPort('E2E_FAULT_PORT', 4223);
const FACTS = readFileSync(resolve(DIST, 'data/facts.arrow'));
const sha = (b: Buffer | string) => createHash('sha256').update(b).digest('hex');

const test = base.extend<{ server: FaultServer; context: BrowserContext; page: Page }>({
  server: async ({}, use) => {
    const server = await faultServer(DIST, PORT);
    await use(server);
    await server.close();
  },
});
test.setTimeout(120_000);

const offlineState = (page: Page) => page.locator('.offline-state');
const dbReady = (page: Page) =>
  page.waitForFunction(() => performance.getEntriesByName('duckdb-ready').length > 0, null, { timeout: 30_000 });

async function cachedFacts(page: Page): Promise<number | null> {
  return page.evaluate(async () => {
    for (const key of await caches.keys()) {
      if (!key.startsWith('atlas-precache-')) continue;
      const hit = await (await caches.open(key)).match(new URL('data/facts.arrow', location.href).href);
      if (hit) return (await hit.arrayBuffer()).byteLength;
    }
    return null;
  });
}

test('a data file truncated during install never counts: no cache, and the page says why', async ({ page, server }) => {
  server.fault('/data/facts.arrow', { kind: 'truncate' }, { when: fromServiceWorkerInstall });
  const t0 = Date.now();
  await page.goto(server.url);
  await expect(offlineState(page)).toHaveAttribute('data-state', 'failed', { timeout: 15_000 });
  console.log(`FAULT install with truncated facts.arrow: message after ${Date.now() - t0} ms`);
  await expect(offlineState(page)).toContainText('Nicht offline verfügbar: data/facts.arrow');
  expect(
    await page
      .evaluate(async () => (await caches.keys()).filter((k) => k.startsWith('atlas-')))
      .then((k) => k.filter((x) => x !== 'atlas-duckdb')),
  ).toEqual([]);
  await dbReady(page); // the page itself loaded its (complete) data
});

test('one truncated answer during install is retried: the cache holds the whole, checked file', async ({ page, server }) => {
  server.fault('/data/facts.arrow', { kind: 'truncate' }, { when: fromServiceWorkerInstall, times: 1 });
  await page.goto(server.url);
  await expect(offlineState(page)).toHaveAttribute('data-state', 'ready', { timeout: 60_000 });
  await expect(offlineState(page)).toContainText('Offline verfügbar');
  expect(await cachedFacts(page)).toBe(FACTS.length);
});

test('a corrupted cached table repairs itself: dropped, fetched again, re-cached', async ({ page, server }) => {
  await page.goto(server.url);
  await expect(offlineState(page)).toHaveAttribute('data-state', 'ready', { timeout: 60_000 });
  await page.evaluate(async () => {
    for (const key of await caches.keys()) {
      if (!key.startsWith('atlas-precache-')) continue;
      const cache = await caches.open(key);
      const url = new URL('data/facts.arrow', location.href).href;
      const good = new Uint8Array(await (await cache.match(url))!.arrayBuffer());
      await cache.put(url, new Response(good.slice(0, good.length >> 1)));
    }
  });
  await page.reload();
  await dbReady(page);
  await expect(page.getByText('Die Datenbank im Browser konnte nicht starten')).toHaveCount(0);
  await expect.poll(() => cachedFacts(page), { timeout: 30_000 }).toBe(FACTS.length);
});

/** Serves "version B": the same build with a marked page and a service worker naming it. */
function deployB(server: FaultServer, opts: { factsHash?: string } = {}) {
  const indexA = readFileSync(resolve(DIST, 'index.html'), 'utf8');
  const indexB = indexA.replace('<title>', '<meta name="atlas-test-version" content="B" /><title>');
  server.fault('/index.html', { kind: 'replace', transform: () => indexB });
  server.fault('/sw.js', {
    kind: 'replace',
    transform: (sw) => {
      let text = sw
        .toString()
        .replace(/const VERSION = '([0-9a-f]+)'/, "const VERSION = '$1b'")
        .replace(sha(indexA), sha(indexB));
      if (opts.factsHash) text = text.replace(sha(FACTS), opts.factsHash);
      return text;
    },
  });
}
const versionB = (page: Page) => page.locator('meta[name=atlas-test-version]');

test('a new version waits and says so; page and data stay one version until "neu laden"', async ({ page, server }) => {
  await page.goto(server.url);
  await expect(offlineState(page)).toHaveAttribute('data-state', 'ready', { timeout: 60_000 });
  deployB(server);
  await page.reload();
  await dbReady(page);
  // Still version A (the cached page with its cached data): nothing mixed, no title flipping.
  await expect(versionB(page)).toHaveCount(0);
  const update = page.getByRole('button', { name: 'Neue Version verfügbar – neu laden' });
  await expect(update).toBeVisible({ timeout: 30_000 });
  await update.click();
  await expect(versionB(page)).toHaveCount(1, { timeout: 15_000 });
  await dbReady(page);
});

test('a deploy whose data are still uploading pins nothing: the old version stays whole', async ({ page, server }) => {
  await page.goto(server.url);
  await expect(offlineState(page)).toHaveAttribute('data-state', 'ready', { timeout: 60_000 });
  // The new sw.js expects other facts than the server has yet.
  deployB(server, { factsHash: 'f'.repeat(64) });
  const swFetches = () => server.requests.filter((r) => r.startsWith('/data/facts.arrow')).length;
  const before = swFetches();
  await page.reload();
  await dbReady(page);
  // The new worker tried (twice) and gave up; the old one still serves its complete version.
  await expect.poll(swFetches, { timeout: 30_000 }).toBeGreaterThanOrEqual(before + 2);
  await expect
    .poll(
      () =>
        page.evaluate(async () => {
          const reg = await navigator.serviceWorker.getRegistration();
          return Boolean(reg?.installing || reg?.waiting);
        }),
      { timeout: 30_000 },
    )
    .toBe(false);
  await expect(page.getByRole('button', { name: 'Neue Version verfügbar – neu laden' })).toHaveCount(0);
  await expect(offlineState(page)).toHaveAttribute('data-state', 'ready');
  expect(await cachedFacts(page)).toBe(FACTS.length);
});

test('storage quota too small: "Nicht offline verfügbar" says so', async ({ page, server }) => {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Storage.overrideQuotaForOrigin', { origin: server.url.replace(/\/$/, ''), quotaSize: 2_000_000 });
  const t0 = Date.now();
  await page.goto(server.url);
  await expect(offlineState(page)).toHaveAttribute('data-state', 'failed', { timeout: 15_000 });
  console.log(`FAULT storage quota 2 MB: message after ${Date.now() - t0} ms`);
  await expect(offlineState(page)).toContainText('Speicherplatz');
});

test('engines of older builds are pruned from the cache', async ({ page, server }) => {
  server.fault('/sw.js', { kind: 'status', status: 404 });
  await page.goto(server.url);
  await dbReady(page);
  await page.evaluate(async () => {
    const cache = await caches.open('atlas-duckdb');
    await cache.put(new URL('assets/duckdb-eh-OLDBUILD.wasm', location.href).href, new Response(new Uint8Array(1000)));
  });
  server.clear();
  await page.reload();
  await expect(offlineState(page)).toHaveAttribute('data-state', 'ready', { timeout: 60_000 });
  const kept = await page.evaluate(async () => (await (await caches.open('atlas-duckdb')).keys()).map((r) => r.url.split('/').pop()));
  expect(kept.some((u) => u?.includes('OLDBUILD'))).toBe(false);
  expect(kept.length).toBe(1);
});
