// The production build runs under its Content-Security-Policy with no violation: first view,
// DuckDB, every analysis, a story, an export, the workbench page. No source maps are shipped.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, duckdbReady } from './fixtures.ts';

const DIST = resolve(process.env.DIST_DIR ?? 'dist');

async function watch(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(`console: ${m.text()}`);
  });
  await page.exposeFunction('__cspViolation', (v: string) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { __cspViolation: (v: string) => void }).__cspViolation(
        `${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`,
      ),
    );
  });
  return violations;
}

test('the built page carries a CSP: own origin only, hashed inline script, wasm allowed, workers from self', async () => {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
  expect(csp).toContain("default-src 'self'");
  expect(csp).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-[A-Za-z0-9+/=]+'/);
  expect(csp).toContain("worker-src 'self' blob:");
  expect(csp).not.toMatch(/https?:|unsafe-eval'(?<!wasm-unsafe-eval')|\*/);
  // Every inline script is covered by a hash (the JSON manifest is data, not script).
  const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*type="application\/json")[^>]*>/g)];
  expect(inline.length).toBe((csp.match(/'sha256-/g) ?? []).length);
  expect(readFileSync(join(DIST, 'lab.html'), 'utf8')).toContain('http-equiv="Content-Security-Policy"');
});

test('no source maps in the production build', async () => {
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));
  const all = files(DIST);
  expect(all.filter((f) => f.endsWith('.map'))).toEqual([]);
  expect(all.filter((f) => f.endsWith('.js') && readFileSync(f, 'utf8').includes('sourceMappingURL='))).toEqual([]);
});

test('no CSP violation in Chromium: first view, DuckDB, analyses, a story, exports', async ({ page }) => {
  const violations = await watch(page);
  await page.goto('./');
  await duckdbReady(page);
  await page.getByRole('button', { name: 'Digitalisierung' }).click();
  await expect(page.locator('#map-title')).toContainText('Mbit/s');
  await page.getByRole('button', { name: 'Analysen' }).click();
  for (const tab of await page.getByRole('tab').all()) {
    await tab.click();
    await expect(page.locator('#apanel .loading')).toHaveCount(0, { timeout: 20_000 });
  }
  await page.goto('./?story=hessen-in-sechs-karten');
  await duckdbReady(page);
  await expect(page.locator('.story .counter')).toHaveText('1 / 6');
  await page.goto('./');
  await duckdbReady(page);
  await page.getByRole('button', { name: 'Exportieren' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Karte als PNG (16:9)' }).click();
  await download;
  await page.goto('./lab.html');
  await page.waitForLoadState('networkidle');
  expect(violations).toEqual([]);
});
