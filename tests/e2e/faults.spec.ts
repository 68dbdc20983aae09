// Every failure says so, within 15 s, where the result would be: engine, tables, start-up data,
// lazily loaded code; clicks made while the page starts are kept. Driven by the fault server.
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import { faultServer, type Fault, type FaultServer } from './fault-server.ts';
import { workerPort } from './ports.ts';

const DIST = resolve(process.env.DIST_DIR ?? 'dist');
const PORT = workerPort('E2E_FAULT_PORT', 4223);
const asset = (prefix: string, ext = '.js') => {
  const name = readdirSync(`${DIST}/assets`).find((n) => n.startsWith(prefix) && n.endsWith(ext));
  if (!name) throw new Error(`dist/assets/${prefix}*${ext} fehlt`);
  return `/assets/${name}`;
};
/** Limit from the issue: no failure may stay unreported for longer than this. */
const LIMIT_MS = 15_000;

const test = base.extend<{ server: FaultServer }>({
  server: async ({}, use) => {
    const server = await faultServer(DIST, PORT);
    await use(server);
    await server.close();
  },
});

/** Opens the page and returns how long until `locator` showed (and fails above LIMIT_MS). */
async function timeUntil(page: Page, url: string, locator: (p: Page) => ReturnType<Page['locator']>, scenario: string) {
  const t0 = Date.now();
  await page.goto(url, { waitUntil: 'commit' });
  await expect(locator(page)).toBeVisible({ timeout: LIMIT_MS });
  const ms = Date.now() - t0;
  test.info().annotations.push({ type: 'fault', description: `${scenario}: ${ms} ms` });
  console.log(`FAULT ${scenario}: message after ${ms} ms`);
  return ms;
}

const dbAlert = (p: Page) => p.locator('.alert[role=alert]', { hasText: 'Die Datenbank im Browser konnte nicht starten' });
const ENGINE_FAULTS: [string, Fault][] = [
  ['404', { kind: 'status', status: 404 }],
  ['500', { kind: 'status', status: 500 }],
  ['truncated', { kind: 'truncate' }],
  ['corrupted', { kind: 'corrupt' }],
  ['stalled', { kind: 'stall' }],
  ['cut', { kind: 'cut' }],
];

for (const [name, fault] of ENGINE_FAULTS) {
  test(`engine download ${name}: the database says why, with a retry that works`, async ({ page, server }) => {
    server.fault(/\.wasm$/, fault);
    await timeUntil(page, server.url, dbAlert, `engine ${name}`);
    await expect(dbAlert(page)).toContainText('.wasm');
    server.clear();
    await page.getByRole('button', { name: 'Erneut versuchen' }).click();
    await page.waitForFunction(() => performance.getEntriesByName('duckdb-ready').length > 0, null, { timeout: 30_000 });
    await expect(dbAlert(page)).toHaveCount(0);
  });
}

test('engine worker script missing: the worker error reaches the page', async ({ page, server }) => {
  server.fault(/duckdb-browser-(eh|mvp)\.worker-.*\.js$/, { kind: 'status', status: 404 });
  await timeUntil(page, server.url, dbAlert, 'engine worker 404');
  await expect(dbAlert(page)).toContainText(/worker.*\.js/i);
});

for (const [name, fault] of ENGINE_FAULTS) {
  test(`table facts.arrow ${name}: the database says which file`, async ({ page, server }) => {
    server.fault('/data/facts.arrow', fault);
    await timeUntil(page, server.url, dbAlert, `facts.arrow ${name}`);
    await expect(dbAlert(page)).toContainText('facts.arrow');
  });
}

test('projections.arrow missing: the atlas works, only the projections say so', async ({ page, server }) => {
  server.fault('/data/projections.arrow', { kind: 'status', status: 404 });
  await page.goto(server.url);
  await page.waitForFunction(() => performance.getEntriesByName('duckdb-ready').length > 0, null, { timeout: 30_000 });
  await expect(dbAlert(page)).toHaveCount(0);
  await page.getByRole('button', { name: 'Digitalisierung' }).click();
  await expect(page.locator('#map-title')).toContainText('Mbit/s');
  await page.getByRole('button', { name: 'Analysen' }).click();
  await page.getByRole('tab', { name: 'Bevölkerung & Prognosen' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'projections.arrow' })).toContainText('Nicht verfügbar');
  // The observed population series still draws.
  await expect(page.locator('#apanel svg').first()).toBeVisible();
});

test('boot.json stalled: "Der Atlas startet", then a message with a reload button', async ({ page, server }) => {
  server.fault('/data/boot.json', { kind: 'stall' });
  await page.goto(server.url, { waitUntil: 'commit' });
  await expect(page.locator('#atlas-starting')).toContainText('Der Atlas startet');
  await timeUntil(page, server.url, (p) => p.locator('.boot-error'), 'boot.json stalled');
  await expect(page.locator('.boot-error')).toContainText('boot.json');
  await expect(page.locator('.boot-error').getByRole('button', { name: /Neu laden/ })).toBeVisible();
});

test('boot.json of another version (deploy in progress): said, not mixed into this page', async ({ page, server }) => {
  server.fault('/data/boot.json', { kind: 'replace', transform: (b) => b.toString().replace('421 Gemeinden', '420 Gemeinden') });
  await timeUntil(page, server.url, (p) => p.locator('.boot-error'), 'boot.json of another version');
  await expect(page.locator('.boot-error')).toContainText('data/boot.json: Inhalt passt nicht zu dieser Version der Seite');
});

test('boot.json 500: message at once', async ({ page, server }) => {
  server.fault('/data/boot.json', { kind: 'status', status: 500 });
  await timeUntil(page, server.url, (p) => p.locator('.boot-error'), 'boot.json 500');
});

test('main script missing: the prerendered page says the atlas could not start', async ({ page, server }) => {
  server.fault(asset('index-'), { kind: 'status', status: 404 });
  await timeUntil(page, server.url, (p) => p.locator('.atlas-starting.failed'), 'main script 404');
  await expect(page.locator('#atlas-starting')).toContainText('konnte nicht starten');
  await expect(page.getByRole('button', { name: /Neu laden/ })).toBeVisible();
});

test('a click before hydration is kept and applied', async ({ page, server }) => {
  server.fault('/data/boot.json', { kind: 'delay', ms: 2500 });
  await page.goto(server.url, { waitUntil: 'domcontentloaded' });
  await page.getByRole('button', { name: 'Digitalisierung' }).click();
  await expect(page.locator('#atlas-starting')).toContainText('Ihre Auswahl wird übernommen');
  await page.waitForFunction(() => performance.getEntriesByName('app-interactive').length > 0, null, { timeout: 15_000 });
  // The replayed choice needs the database, which starts after hydration.
  await expect(page.locator('#map-title')).toContainText('Mbit/s', { timeout: 30_000 });
  await expect(page.locator('#atlas-starting')).toHaveCount(0);
});

const chunkAlert = (p: Page) => p.getByRole('alert').filter({ hasText: 'konnte nicht geladen werden' });

test('Analysen chunk missing: message with "Neu laden" instead of an empty page', async ({ page, server }) => {
  server.fault(asset('Analyses-'), { kind: 'status', status: 404 });
  await page.goto(server.url);
  await page.waitForFunction(() => performance.getEntriesByName('app-interactive').length > 0);
  const t0 = Date.now();
  await page.getByRole('button', { name: 'Analysen' }).click();
  await expect(chunkAlert(page)).toBeVisible({ timeout: LIMIT_MS });
  console.log(`FAULT Analyses chunk 404: message after ${Date.now() - t0} ms`);
  await expect(chunkAlert(page).getByRole('button', { name: 'Neu laden' })).toBeVisible();
});

test('an analysis view chunk missing: message with "Neu laden"', async ({ page, server }) => {
  server.fault(asset('TrendView-'), { kind: 'status', status: 404 });
  await page.goto(server.url);
  await page.waitForFunction(() => performance.getEntriesByName('duckdb-ready').length > 0, null, { timeout: 30_000 });
  await page.getByRole('button', { name: 'Analysen' }).click();
  await page.getByRole('tab', { name: 'Bevölkerung & Prognosen' }).click();
  await expect(chunkAlert(page)).toBeVisible({ timeout: LIMIT_MS });
  await expect(chunkAlert(page).getByRole('button', { name: 'Neu laden' })).toBeVisible();
});

test('?story= with its chunk missing: message instead of silence', async ({ page, server }) => {
  server.fault(asset('StoryPlayer-'), { kind: 'status', status: 404 });
  await timeUntil(page, `${server.url}?story=hessen-in-sechs-karten`, chunkAlert, 'StoryPlayer chunk 404');
  await expect(chunkAlert(page).getByRole('button', { name: 'Neu laden' })).toBeVisible();
});
