// `npm start` (scripts/serve.ts, sirv): the build's precompressed copies are served (brotli, gzip),
// with the right types; the page on it shows real download progress (bytes of total) and starts.
import { readdirSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Server } from 'node:http';
import { test, expect } from '@playwright/test';
import { startServer } from '../../scripts/serve.ts';
import { workerPort } from './ports.ts';

const DIST = resolve(process.env.DIST_DIR ?? 'dist');
const PORT = workerPort('E2E_FAULT_PORT', 4223);
const URL_ = `http://127.0.0.1:${PORT}/`;
const wasm = readdirSync(`${DIST}/assets`).find((n) => /^duckdb-eh-.*\.wasm$/.test(n))!;

let server: Server;
test.beforeAll(async () => {
  server = await startServer(DIST, PORT, '127.0.0.1');
});
test.afterAll(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
});

async function head(path: string, encoding: string) {
  const res = await fetch(URL_ + path, { headers: { 'accept-encoding': encoding } });
  const bytes = (await res.arrayBuffer()).byteLength; // (Node's fetch decodes; the length header tells what was sent)
  return {
    status: res.status,
    type: res.headers.get('content-type'),
    encoding: res.headers.get('content-encoding'),
    length: Number(res.headers.get('content-length')),
    bytes,
  };
}

test('the engine and the data go out precompressed (brotli, else gzip), with their types', async () => {
  const br = await head(`assets/${wasm}`, 'br, gzip');
  expect(br).toMatchObject({ status: 200, type: 'application/wasm', encoding: 'br' });
  expect(br.length).toBe(statSync(`${DIST}/assets/${wasm}.br`).size);
  expect(br.length).toBeLessThan(statSync(`${DIST}/assets/${wasm}`).size / 3);
  expect(await head(`assets/${wasm}`, 'gzip')).toMatchObject({ encoding: 'gzip', length: statSync(`${DIST}/assets/${wasm}.gz`).size });
  expect(await head('data/facts.arrow', 'br')).toMatchObject({ encoding: 'br' });
  expect(await head('index.html', 'br')).toMatchObject({ encoding: 'br', type: expect.stringContaining('text/html') });
  expect((await head('nothing-here.js', 'br')).status).toBe(404);
});

test('while the engine and tables load, a progress bar shows bytes loaded of total', async ({ page }) => {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  // 20 Mbit/s: a few seconds for the ≈ 7 MB the browser receives.
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 20,
    downloadThroughput: 20e6 / 8,
    uploadThroughput: 2e6 / 8,
  });
  await page.goto(URL_);
  const bar = page.locator('progress#db-progress');
  await expect(bar).toBeVisible({ timeout: 15_000 });
  await expect(page.locator('label[for=db-progress]')).toContainText(/Datenbank wird geladen: \d+,\d von \d+,\d MB/);
  const max = Number(await bar.getAttribute('max'));
  expect(max).toBeGreaterThan(30e6); // engine + tables, uncompressed bytes (what the page counts)
  const first = Number(await bar.getAttribute('value'));
  await expect.poll(async () => Number((await bar.getAttribute('value')) ?? 0), { timeout: 15_000 }).toBeGreaterThan(first);
  await page.waitForFunction(() => performance.getEntriesByName('duckdb-ready').length > 0, null, { timeout: 60_000 });
  await expect(bar).toHaveCount(0);
});
