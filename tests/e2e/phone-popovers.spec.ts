// On phones (320–430 px) every pop-over and dialog lies inside the viewport (issue 11.10: the
// "Exportieren" and "Teilen" pop-overs opened off-screen to the left at 390 px).
import type { Locator, Page } from '@playwright/test';
import { test, expect, duckdbReady } from './fixtures.ts';

async function expectInside(page: Page, el: Locator, what: string) {
  await expect(el).toBeVisible();
  const vw = await page.evaluate(() => document.documentElement.clientWidth);
  const box = (await el.boundingBox())!;
  expect(box.x, `${what}: left edge`).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width, `${what}: right edge`).toBeLessThanOrEqual(vw + 0.5);
}

for (const width of [320, 390, 430]) {
  test(`${width} px: export and share pop-overs and the presentation dialog fit the screen`, async ({ page }) => {
    await page.setViewportSize({ width, height: 844 });
    await page.goto('./');
    await duckdbReady(page);

    await page.getByRole('button', { name: 'Exportieren', exact: true }).click();
    const list = page.getByRole('list', { name: 'Karte oder Tabelle exportieren' });
    await expectInside(page, list, 'Exportieren');
    for (const item of await list.getByRole('button').all()) await expectInside(page, item, 'export item');
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: 'Teilen', exact: true }).click();
    const panel = page.locator('.share .panel');
    await expectInside(page, panel, 'Teilen');
    await expectInside(page, panel.locator('input').first(), 'link field');
    await page.getByRole('button', { name: 'Teilen', exact: true }).click();

    await page.getByRole('button', { name: /Präsentationen: abspielen oder eigene erstellen/ }).click();
    await expectInside(page, page.getByRole('dialog', { name: 'Präsentationen' }), 'Präsentationen');
  });
}
