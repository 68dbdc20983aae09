import { test, expect, duckdbReady, fills } from './fixtures.ts';
import type { Page } from '@playwright/test';

const STORY = './?story=hessen-in-sechs-karten';

const counter = (page: Page) => page.locator('.story .counter');
const headline = (page: Page) => page.locator('.story .headline');

test('plays the shipped story with the keyboard; the map follows each step', async ({ page }) => {
  await page.goto(STORY);
  await duckdbReady(page);
  await expect(counter(page)).toHaveText('1 / 6');
  await expect(headline(page)).toHaveText('Hessen wächst – aber nicht überall');
  await expect(page.locator('html')).toHaveClass(/presenting/);
  // Values of the highlighted regions are readable without hover.
  await expect(page.locator('.story .body')).toContainText('Frankfurt am Main');
  await expect(page.locator('.story .body')).toContainText('%');
  const step1 = await fills(page);

  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
  await expect(counter(page)).toHaveText('4 / 6');
  await expect(headline(page)).toHaveText('Das Stadt-Land-Gefälle beim Gigabit');
  await expect(page).toHaveURL(/step=4/);
  // An analysis step: the urban–rural gap chart of the analyses view.
  await expect(page.locator('.main-analyses')).toContainText('Großstadt');

  await page.keyboard.press('PageUp');
  await expect(counter(page)).toHaveText('3 / 6');
  await expect(page.locator('.map-title')).toContainText('Juni 2021');
  const step3 = await fills(page);
  expect(step3).not.toEqual(step1);

  await page.keyboard.press('End');
  await expect(counter(page)).toHaveText('6 / 6');
  await expect(headline(page)).toHaveText('Was heißt „ländlich“?');
  await page.keyboard.press('ArrowRight'); // stays on the last step
  await expect(counter(page)).toHaveText('6 / 6');
  await page.keyboard.press('Home');
  await expect(counter(page)).toHaveText('1 / 6');
  await page.keyboard.press('PageDown');
  await page.keyboard.press(' ');
  await expect(counter(page)).toHaveText('3 / 6');
  await page.getByRole('button', { name: 'Zurück' }).click();
  await expect(counter(page)).toHaveText('2 / 6');
  await expect(page.locator('.story .body')).toContainText('Veröffentlichte Vorausberechnung');
  await expect(page.locator('.story .body')).toContainText('2030–2050');

  // The browser's back button returns to the previous step.
  await page.goBack();
  await expect(counter(page)).toHaveText('3 / 6');
});

test('each step shows a QR code of the link to the same view in the normal atlas', async ({ page, baseURL }) => {
  await page.goto(`${STORY}&step=3`);
  await expect(counter(page)).toHaveText('3 / 6');
  const link = page.locator('.story .qr-link');
  await expect(link).toContainText('i=bb_alle_1000');
  const href = (await link.getAttribute('href'))!;
  expect(href.startsWith(new URL(baseURL!).origin)).toBe(true);
  expect(href).not.toMatch(/story=|step=|kiosk=/);
  const qr = page.locator('.story svg.qr');
  await expect(qr).toBeVisible();
  expect(await qr.getAttribute('data-text')).toBe(href);
  expect(((await qr.locator('path').getAttribute('d')) ?? '').length).toBeGreaterThan(500);

  // The link opens the atlas at that view, without the presentation.
  await page.goto(href);
  await expect(page.locator('.story')).toHaveCount(0);
  await duckdbReady(page);
  await expect(page.locator('.map-title')).toContainText('1000 Mbit/s');
  await expect(page.locator('.map-title')).toContainText('Juni 2021');
});

test('a story with a public address: the QR code and the text beside it lead there, not to this laptop', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  const story = {
    format: 'digitalatlas-hessen/story',
    version: 1,
    id: 'eigene-praesentation',
    title: { de: 'Kongress', en: 'Congress' },
    publicUrl: 'https://kongress.example.de/atlas/',
    steps: [
      {
        headline: { de: 'Gigabit', en: 'Gigabit' },
        annotation: { de: 'Anteil der Haushalte.', en: 'Share of households.' },
        view: { indicator: 'bb_alle_1000', level: 'gemeinde', period: '2021-06' },
      },
    ],
  };
  await page.addInitScript((v) => localStorage.setItem('digitalatlas-hessen:story-draft', v), JSON.stringify(story));
  await page.goto('./?story=eigene-praesentation');
  await expect(counter(page)).toHaveText('1 / 1');
  const link = page.locator('.story .qr-link');
  await expect(link).toHaveText('https://kongress.example.de/atlas/?i=bb_alle_1000');
  await expect(link).toHaveAttribute('href', 'https://kongress.example.de/atlas/?i=bb_alle_1000');
  expect(await page.locator('.story svg.qr').getAttribute('data-text')).toBe('https://kongress.example.de/atlas/?i=bb_alle_1000');
  // The address is written beside the code, whole and on screen.
  const qr = (await page.locator('.story .qr-box').boundingBox())!;
  const text = (await link.boundingBox())!;
  expect(text.x).toBeGreaterThanOrEqual(qr.x + qr.width - 1);
  expect(text.x + text.width).toBeLessThanOrEqual(1920);
  expect(text.y + text.height).toBeLessThanOrEqual(qr.y + qr.height + 1);
});

test('kiosk: advances by itself and pauses on a key press', async ({ page }) => {
  // Playwright's clock: the pause is checked by moving time on, not by waiting it out.
  await page.clock.install();
  await page.goto(`${STORY}&kiosk=5`);
  await expect(counter(page)).toHaveText('1 / 6');
  await expect(page.locator('.story .kiosk')).toContainText('alle 5 s');
  await page.clock.runFor(6000);
  await expect(counter(page)).toHaveText('2 / 6');
  await page.keyboard.press('x');
  await expect(page.locator('.story .kiosk')).toContainText('Pausiert – läuft in 60 s weiter');
  // Longer than the 5 s step interval: the countdown moves on, the step stays.
  await page.clock.runFor(6000);
  await expect(page.locator('.story .kiosk')).toContainText(/Pausiert – läuft in 5[0-4] s weiter/);
  await expect(counter(page)).toHaveText('2 / 6');
  await page.getByRole('button', { name: 'Jetzt fortsetzen' }).click();
  await expect(page.locator('.story .kiosk')).toContainText('alle 5 s');
  await page.clock.runFor(6000);
  await expect(counter(page)).toHaveText('3 / 6');
});

test('Escape ends the presentation and leaves the atlas at the step view', async ({ page }) => {
  await page.goto(`${STORY}&step=3`);
  await duckdbReady(page);
  await expect(counter(page)).toHaveText('3 / 6');
  await page.keyboard.press('Escape');
  await expect(page.locator('.story')).toHaveCount(0);
  await expect(page.locator('html')).not.toHaveClass(/presenting/);
  await expect(page).not.toHaveURL(/story=/);
  await expect(page.locator('.map-title')).toContainText('1000 Mbit/s');
  await expect(page.locator('.controls-col')).toBeVisible();
});

test('full screen on "f" (or a message when the browser refuses), never an error', async ({ page }) => {
  await page.goto(STORY);
  await expect(counter(page)).toHaveText('1 / 6');
  await page.keyboard.press('f');
  const button = page.getByRole('button', { name: /Vollbild/ });
  await expect(async () => {
    const on = (await button.getAttribute('aria-pressed')) === 'true';
    const refused = await page.locator('.story .message').isVisible();
    expect(on || refused).toBe(true);
  }).toPass();
});

test('an unknown story says so and can be left', async ({ page }) => {
  await page.goto('./?story=gibt-es-nicht');
  await expect(page.getByRole('alert').filter({ hasText: '„gibt-es-nicht“ ist nicht in diesem Browser gespeichert' })).toBeVisible();
  await page.locator('.story .exit').click();
  await expect(page.locator('.story')).toHaveCount(0);
});

test('1920×1080: large type, nothing cut off, the map takes most of the screen', async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto(`${STORY}&step=2`);
  await duckdbReady(page);
  await expect(page.locator('.story .body')).toContainText('2030–2050');
  await page.screenshot({ path: testInfo.outputPath('story-1920x1080.png') });
  const m = await page.evaluate(() => {
    const px = (sel: string) => parseFloat(getComputedStyle(document.querySelector(sel)!).fontSize);
    const box = (sel: string) => document.querySelector(sel)!.getBoundingClientRect();
    const body = document.querySelector('.story .body')!;
    return {
      legendItem: px('.legend .items li'),
      title: px('.map-title'),
      headline: px('.story .headline'),
      annotation: px('.story .annotation'),
      map: box('.map-box'),
      story: box('.story'),
      docHeight: document.documentElement.scrollHeight,
      docWidth: document.documentElement.scrollWidth,
      bodyHidden: body.scrollHeight - body.clientHeight,
      controls: getComputedStyle(document.querySelector('.controls-col')!).display,
    };
  });
  expect(m.legendItem).toBeGreaterThanOrEqual(1.4 * 16);
  expect(m.title).toBeGreaterThanOrEqual(32);
  expect(m.headline).toBeGreaterThanOrEqual(40);
  expect(m.annotation).toBeGreaterThanOrEqual(24);
  expect(m.map.height).toBeGreaterThan(850);
  expect(m.map.right).toBeLessThanOrEqual(m.story.left);
  expect(m.docHeight).toBeLessThanOrEqual(1080);
  expect(m.docWidth).toBeLessThanOrEqual(1920);
  expect(m.bodyHidden).toBeLessThanOrEqual(1);
  expect(m.controls).toBe('none');
});

test('builder: add the current view as a step, get clear errors, play, download and load again', async ({ page }) => {
  await page.goto('./');
  const menu = page.getByRole('button', { name: /Präsentationen: abspielen oder eigene erstellen/ });
  await duckdbReady(page);
  await menu.click();
  const dialog = page.getByRole('dialog', { name: 'Präsentationen' });
  await expect(dialog).toContainText('Hessen in sechs Karten');
  await expect(dialog).toContainText('6 Schritte');

  await dialog.getByRole('button', { name: 'Aktuelle Ansicht als Schritt hinzufügen' }).click();
  await expect(dialog.getByRole('status').first()).toHaveText('Ansicht als Schritt 1 hinzugefügt.');
  await expect(dialog.locator('.steps .summary').first()).toContainText('Gebietsstand 2026');
  await dialog.getByRole('button', { name: 'Abspielen', exact: true }).last().click();
  const problems = dialog.getByRole('alert');
  await expect(problems).toContainText('Die Präsentation ist noch nicht vollständig');
  await expect(problems).toContainText('Titel: braucht einen Text auf Deutsch oder Englisch');
  await expect(problems).toContainText('Schritt 1, Überschrift: braucht einen Text auf Deutsch oder Englisch');

  await dialog.getByLabel('Titel (Deutsch)').fill('Mein Vortrag');
  await dialog.getByLabel('Titel (Englisch)').fill('My talk');
  await dialog.getByLabel('Überschrift (Deutsch)').fill('Wo Hessen wächst');
  await dialog.getByLabel('Überschrift (Englisch)').fill('Where Hesse grows');
  await dialog.getByLabel('Text (Deutsch)').fill('Die Karte zeigt die Veränderung.');
  await dialog.getByLabel('Text (Englisch)').fill('The map shows the change.');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Präsentation herunterladen' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('eigene-praesentation.json');
  const saved = JSON.parse(await (await download.createReadStream()).toArray().then((c) => Buffer.concat(c).toString('utf8')));
  expect(saved).toMatchObject({ format: 'digitalatlas-hessen/story', id: 'eigene-praesentation', title: { de: 'Mein Vortrag' } });
  expect(saved.steps[0].view).toMatchObject({ indicator: 'bev_veraenderung', level: 'gemeinde', period: '2023' });

  // A broken file: clear errors, the draft stays as it was.
  const broken = structuredClone(saved);
  broken.steps[0].view.period = '2031';
  delete broken.steps[0].headline;
  const input = dialog.locator('input[type="file"]');
  await input.setInputFiles({ name: 'kaputt.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
  await expect(problems).toContainText('„kaputt.json“ wurde nicht geladen – Ihr Entwurf bleibt unverändert');
  await expect(problems).toContainText('Schritt 1, Überschrift: fehlt');
  await expect(dialog.getByLabel('Überschrift (Deutsch)')).toHaveValue('Wo Hessen wächst');
  page.once('dialog', (d) => void d.accept());
  await input.setInputFiles({ name: 'vortrag.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(saved)) });
  await expect(dialog.getByRole('status').first()).toHaveText('„vortrag.json“ geladen (1 Schritt).');

  await dialog.getByRole('button', { name: 'Abspielen', exact: true }).last().click();
  await expect(dialog).toBeHidden();
  await expect(counter(page)).toHaveText('1 / 1');
  await expect(headline(page)).toHaveText('Wo Hessen wächst');
  await page.keyboard.press('Escape');
  await expect(page.locator('.story')).toHaveCount(0);
});
