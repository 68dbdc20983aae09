// The presenter's draft: nothing lost when a file or template replaces it, with two tabs, with
// storage full, damaged or blocked (issue 12.10–12.12), and a one-language draft plays (11.9).
import { test, expect, duckdbReady } from './fixtures.ts';
import type { Page } from '@playwright/test';

const DRAFT_KEY = 'digitalatlas-hessen:story-draft';
const BACKUP_KEY = 'digitalatlas-hessen:story-draft:unreadable';

async function openBuilder(page: Page) {
  await page.goto('./');
  await duckdbReady(page);
  await page.getByRole('button', { name: /Präsentationen: abspielen oder eigene erstellen/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Präsentationen' });
  await expect(dialog).toBeVisible();
  return dialog;
}

const steps = (dialog: ReturnType<Page['getByRole']>) => dialog.locator('ol.steps > li');
const addStep = (dialog: ReturnType<Page['getByRole']>) =>
  dialog.getByRole('button', { name: 'Aktuelle Ansicht als Schritt hinzufügen' }).click();

async function readDownload(page: Page, click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  const chunks = await (await download.createReadStream()).toArray();
  return { name: download.suggestedFilename(), text: Buffer.concat(chunks).toString('utf8') };
}

test('two tabs: steps added in one are never overwritten by the other', async ({ context }) => {
  const a = await context.newPage();
  const b = await context.newPage();
  const dialogB = await openBuilder(b); // opened before A has any steps
  const dialogA = await openBuilder(a);
  for (let i = 0; i < 3; i++) await addStep(dialogA);
  await expect(steps(dialogA)).toHaveCount(3);
  // B follows A's draft and adds on top of it.
  await expect(steps(dialogB)).toHaveCount(3);
  await expect(dialogB).toContainText('in einem anderen Tab geändert');
  await addStep(dialogB);
  await expect(steps(dialogB)).toHaveCount(4);
  await expect(steps(dialogA)).toHaveCount(4);
  await dialogB.getByLabel('Titel (Deutsch)').fill('Gemeinsamer Titel');
  await expect(dialogA.getByLabel('Titel (Deutsch)')).toHaveValue('Gemeinsamer Titel');
  await a.reload();
  const again = await openBuilder(a);
  await expect(steps(again)).toHaveCount(4);
  await expect(again.getByLabel('Titel (Deutsch)')).toHaveValue('Gemeinsamer Titel');
});

test('a template or a file replaces the draft only after asking, and can be undone', async ({ page }) => {
  const dialog = await openBuilder(page);
  await addStep(dialog);
  await dialog.getByLabel('Titel (Deutsch)').fill('Mein Vortrag');
  const template = dialog.getByRole('button', { name: 'Als Vorlage übernehmen' }).first();

  let asked = '';
  page.once('dialog', (d) => ((asked = d.message()), void d.dismiss()));
  await template.click();
  await expect.poll(() => asked).toContain('Ihren Entwurf (1 Schritt) durch die Vorlage „Hessen in sechs Karten“ ersetzen?');
  await expect(steps(dialog)).toHaveCount(1);

  page.once('dialog', (d) => void d.accept());
  await template.click();
  await expect(steps(dialog)).toHaveCount(6);
  await expect(dialog).toContainText('Der vorige Entwurf (1 Schritt) wurde ersetzt.');
  await dialog.getByRole('button', { name: 'Rückgängig' }).click();
  await expect(steps(dialog)).toHaveCount(1);
  await expect(dialog.getByLabel('Titel (Deutsch)')).toHaveValue('Mein Vortrag');
  // The undone state is what is stored.
  const stored = await page.evaluate((k) => JSON.parse(localStorage.getItem(k)!), DRAFT_KEY);
  expect(stored.title.de).toBe('Mein Vortrag');
  expect(stored.steps).toHaveLength(1);

  // A file: asked too.
  const file = { ...stored, id: 'vortrag', title: { de: 'Aus Datei', en: '' } };
  file.steps = [{ ...stored.steps[0], headline: { de: 'Eins', en: '' }, annotation: { de: 'Text', en: '' } }];
  page.once('dialog', (d) => void d.dismiss());
  const input = dialog.locator('.builder input[type="file"]');
  await input.setInputFiles({ name: 'vortrag.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  await expect(dialog.getByLabel('Titel (Deutsch)')).toHaveValue('Mein Vortrag');
  page.once('dialog', (d) => void d.accept());
  await input.setInputFiles({ name: 'vortrag.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  await expect(dialog.getByLabel('Titel (Deutsch)')).toHaveValue('Aus Datei');
  await dialog.getByRole('button', { name: 'Rückgängig' }).click();
  await expect(dialog.getByLabel('Titel (Deutsch)')).toHaveValue('Mein Vortrag');
});

test('storage full: the builder says the draft was not saved and offers it as a file', async ({ page }) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  const dialog = await openBuilder(page);
  await expect(dialog).toContainText('Der Entwurf wird in diesem Browser gespeichert.');
  await addStep(dialog);
  await dialog.getByLabel('Überschrift (Deutsch)').fill('Nicht verlieren');
  const alert = dialog.getByRole('alert').filter({ hasText: 'konnte nicht im Browser gespeichert werden' });
  await expect(alert).toBeVisible();
  await expect(dialog).not.toContainText('Der Entwurf wird in diesem Browser gespeichert.');
  const file = await readDownload(page, () => alert.getByRole('button', { name: 'Entwurf herunterladen' }).click());
  const draft = JSON.parse(file.text);
  expect(draft.steps).toHaveLength(1);
  expect(draft.steps[0].headline.de).toBe('Nicht verlieren');
});

test('a damaged or future-version draft does not break the builder; it is kept and offered for download', async ({ page }) => {
  await page.goto('./');
  const future = JSON.stringify({ format: 'digitalatlas-hessen/story', version: 2, id: 'x', title: { de: 'Neu' }, chapters: [] });
  await page.evaluate(([k, v]) => localStorage.setItem(k!, v!), [DRAFT_KEY, future]);
  const dialog = await openBuilder(page);
  const alert = dialog.getByRole('alert').filter({ hasText: 'konnte nicht gelesen werden' });
  await expect(alert).toBeVisible();
  const file = await readDownload(page, () => alert.getByRole('button', { name: 'Unlesbaren Entwurf herunterladen' }).click());
  expect(file.text).toBe(future);
  expect(await page.evaluate((k) => localStorage.getItem(k), BACKUP_KEY)).toBe(future);
  // The builder works; after a reload the kept draft is still offered.
  await addStep(dialog);
  await expect(steps(dialog)).toHaveCount(1);
  await page.reload();
  const again = await openBuilder(page);
  await expect(steps(again)).toHaveCount(1);
  await expect(again.getByRole('alert').filter({ hasText: 'konnte nicht gelesen werden' })).toBeVisible();
  await again.getByRole('button', { name: 'Unlesbaren Entwurf verwerfen' }).click();
  expect(await page.evaluate((k) => localStorage.getItem(k), BACKUP_KEY)).toBeNull();
});

test('blocked localStorage: the presentation dialog opens and ?story= plays', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException("Failed to read the 'localStorage' property from 'Window': Access is denied", 'SecurityError');
      },
    });
  });
  await page.goto('./?story=hessen-in-sechs-karten');
  await expect(page.locator('.story .counter')).toHaveText('1 / 6');
  await page.keyboard.press('Escape');
  await expect(page.locator('.story')).toHaveCount(0);
  await page.getByRole('button', { name: /Präsentationen: abspielen oder eigene erstellen/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Präsentationen' });
  await expect(dialog).toContainText('Hessen in sechs Karten');
  await expect(dialog.getByRole('alert')).toContainText('erlaubt hier kein Speichern');
  await addStep(dialog);
  await expect(steps(dialog)).toHaveCount(1);
});

test('a one-language draft can be rehearsed and downloaded', async ({ page }) => {
  const dialog = await openBuilder(page);
  await addStep(dialog);
  await dialog.getByLabel('Titel (Deutsch)').fill('Nur Deutsch');
  await dialog.getByLabel('Überschrift (Deutsch)').fill('Erster Schritt');
  await dialog.getByLabel('Text (Deutsch)').fill('Nur auf Deutsch geschrieben.');
  const file = await readDownload(page, () => dialog.getByRole('button', { name: 'Präsentation herunterladen' }).click());
  expect(JSON.parse(file.text).title).toEqual({ de: 'Nur Deutsch', en: '' });
  await dialog.getByRole('button', { name: 'Abspielen', exact: true }).last().click();
  await expect(page.locator('.story .counter')).toHaveText('1 / 1');
  await expect(page.locator('.story .headline')).toHaveText('Erster Schritt');
});

test('a link to a story made in another browser says so and plays its file once loaded', async ({ page }) => {
  const story = JSON.parse(
    JSON.stringify({
      format: 'digitalatlas-hessen/story',
      version: 1,
      id: 'mein-vortrag',
      title: { de: 'Mein Vortrag', en: 'My talk' },
      steps: [
        {
          headline: { de: 'Wachstum', en: 'Growth' },
          annotation: { de: 'Veränderung', en: 'Change' },
          view: { indicator: 'bev_veraenderung', level: 'gemeinde', period: '2023' },
        },
      ],
    }),
  );
  await page.goto('./?story=mein-vortrag');
  const alert = page.locator('.story').getByRole('alert');
  await expect(alert).toContainText('„mein-vortrag“ ist nicht in diesem Browser gespeichert');
  await alert.locator('input[type="file"]').setInputFiles({
    name: 'mein-vortrag.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(story)),
  });
  await expect(page.locator('.story .counter')).toHaveText('1 / 1');
  await expect(page.locator('.story .headline')).toHaveText('Wachstum');
});
