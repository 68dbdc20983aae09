// Every e2e test fails on console errors, hydration warnings and requests to other origins.
import { test as base, expect, type Page } from '@playwright/test';

export const test = base.extend<{ problems: string[] }>({
  problems: [
    async ({ page, baseURL }, use) => {
      const problems: string[] = [];
      const origin = new URL(baseURL!).origin;
      page.on('console', (m) => {
        if (m.type() === 'error' || /hydration/i.test(m.text())) problems.push(`console ${m.type()}: ${m.text()}`);
      });
      page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
      page.on('request', (r) => {
        const url = r.url();
        if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'))
          problems.push(`request to other origin: ${url}`);
      });
      await use(problems);
      expect(problems, problems.join('\n')).toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Waits until DuckDB has loaded (the app sets a performance mark) and the map shows the asked-for view. */
export async function duckdbReady(page: Page) {
  await page.waitForFunction(() => performance.getEntriesByName('duckdb-ready').length > 0, null, { timeout: 30_000 });
  await expect(page.locator('.map.dimmed')).toHaveCount(0);
}

/** Waits until the prerendered page is hydrated and reacts to input (the app sets a performance mark). */
export async function interactive(page: Page) {
  await page.waitForFunction(() => performance.getEntriesByName('app-interactive').length > 0, null, { timeout: 30_000 });
}

/** The current fill of every region path. */
export async function fills(page: Page): Promise<string[]> {
  return page.locator('svg.map .fills .level:not(.hidden) path').evaluateAll((ps) => ps.map((p) => p.getAttribute('fill') ?? ''));
}
