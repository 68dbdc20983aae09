// Own data on the workbench page (lab.html): drop a German Excel file, read the report, confirm;
// the dataset survives a reload and is gone when removed. Bad files get a message and change
// nothing; a 50 MB file is read in a worker with progress while the page stays responsive.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures.ts';
import { dropFile, longestFrameGap } from '../support/page.ts';

const FIXTURES = 'tests/fixtures/owndata';

test('a dropped German Excel file: report, confirm, kept across reloads, removed', async ({ page }) => {
  await page.goto('./lab.html?view=owndata');
  await expect(page.getByText('Noch keine eigenen Daten.')).toBeVisible();
  await dropFile(page, 'gemeinden-2023.csv', readFileSync(join(FIXTURES, 'de-excel-bom.csv')));

  await expect(page.getByText(/CSV · UTF-8 mit BOM · Trennzeichen „;“ · 8 Datenzeilen · Kopfzeile in Zeile 4/)).toBeVisible();
  await expect(page.getByText('2 Titelzeilen über der Tabelle übersprungen')).toBeVisible();
  await expect(page.getByText('Jede der 8 Datenzeilen ist genau einmal gezählt:')).toBeVisible();
  await expect(page.getByRole('button', { name: '8 zugeordnet' })).toBeVisible();
  await expect(page.getByText('8 Gemeinden', { exact: true })).toBeVisible();
  // The number format is shown per column, with what decided it.
  await expect(page.getByText('erkannt an „122,07“')).toBeVisible();
  const report = page.getByRole('region', { name: 'Zeilen des Prüfberichts' });
  await expect(report.locator('tbody tr')).toHaveCount(8);
  await expect(report.locator('tbody tr').first()).toContainText('Darmstadt (06411000)');
  // The value each unit gets, as read with the decided format.
  await expect(report.locator('tbody tr').first().locator('td').last()).toHaveText('164.792');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Prüfbericht herunterladen (CSV)' }).click(),
  ]);
  const csv = readFileSync((await download.path())!, 'utf8');
  expect(csv.startsWith('\ufeffZeile;Schlüssel/Name;Ergebnis')).toBe(true);
  expect(csv.trim().split('\r\n')).toHaveLength(9);

  await page.getByRole('button', { name: 'Übernehmen' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Bitte Titel und Quelle angeben.' })).toBeVisible();
  await page.getByLabel(/^Titel/).fill('Gigabit und Einwohner 2023');
  await page.getByLabel(/^Quelle/).fill('Destatis GV-ISys 31.12.2023; Breitbandatlas Mitte 2021');
  await page.getByLabel('Einheit').fill('Einw.');
  await page.getByRole('button', { name: 'Übernehmen' }).click();
  await expect(page.getByText('„Gigabit und Einwohner 2023“ gespeichert – nur in diesem Browser.')).toBeVisible();
  await expect(page.getByTestId('to-map')).toContainText('8 Gebiete');
  const stored = page.getByRole('region', { name: 'Gespeicherte eigene Daten' });
  await expect(stored.getByText('Gigabit und Einwohner 2023')).toBeVisible();

  await page.reload();
  await expect(stored.getByText('Gigabit und Einwohner 2023')).toBeVisible();
  await expect(stored.getByText(/8 Gemeinden · 8 Zeilen · importiert am \d{2}\.\d{2}\.\d{4}/)).toBeVisible();
  await stored.locator('summary', { hasText: 'Prüfbericht' }).click();
  await expect(stored.getByRole('button', { name: '8 zugeordnet' })).toBeVisible();

  await stored.getByRole('button', { name: '„Gigabit und Einwohner 2023“ entfernen' }).click();
  await expect(page.getByText('Noch keine eigenen Daten.')).toBeVisible();
  await page.reload();
  await expect(page.getByText('Noch keine eigenen Daten.')).toBeVisible();
});

test('ambiguous names are asked, not guessed; the answer changes the report', async ({ page }) => {
  await page.goto('./lab.html?view=owndata');
  await page.locator('input[type=file]').setInputFiles(join(FIXTURES, 'names.csv'));
  await expect(page.getByRole('button', { name: '2 mehrdeutig (nicht übernommen)' })).toBeVisible();
  await page.getByLabel(/„Lautertal“/).selectOption({ label: 'Lautertal (Odenwald) (06431014)' });
  await expect(page.getByRole('button', { name: '1 mehrdeutig (nicht übernommen)' })).toBeVisible();
  await expect(page.getByRole('button', { name: '8 zugeordnet' })).toBeVisible();
});

test('an XLSX is read in the browser: title row skipped, numbers exact', async ({ page }) => {
  await page.goto('./lab.html?view=owndata');
  await page.locator('input[type=file]').setInputFiles(join(FIXTURES, 'gemeinden.xlsx'));
  await expect(page.getByText(/XLSX · Blatt „Gemeinden“ · 8 Datenzeilen · Kopfzeile in Zeile 3/)).toBeVisible();
  await expect(page.getByRole('button', { name: '8 zugeordnet' })).toBeVisible();
  await expect(page.getByText('Zahlenformat: Excel-Zahl')).toHaveCount(3);
});

test('empty, binary and keyless files get a clear message and stored data stay', async ({ page }) => {
  await page.goto('./lab.html?view=owndata');
  await page.locator('input[type=file]').setInputFiles(join(FIXTURES, 'kreise.csv'));
  await page.getByLabel(/^Titel/).fill('Kreise 2023');
  await page.getByLabel(/^Quelle/).fill('Destatis GV-ISys');
  await page.getByRole('button', { name: 'Übernehmen' }).click();
  const stored = page.getByRole('region', { name: 'Gespeicherte eigene Daten' });
  await expect(stored.getByText('Kreise 2023')).toBeVisible();

  const cases: [string, RegExp][] = [
    ['empty.csv', /Die Datei ist leer/],
    ['binary.csv.gz', /Das ist ein Archiv/],
    ['no-key.csv', /Keine Spalte enthält Gemeinde-, Kreis- oder Regierungsbezirksschlüssel/],
  ];
  for (const [file, message] of cases) {
    await page.locator('input[type=file]').setInputFiles(join(FIXTURES, file));
    const alert = page.getByRole('alert').filter({ hasText: message });
    await expect(alert).toBeVisible();
    await expect(alert).toContainText('Ihre gespeicherten Daten sind unverändert.');
    await alert.getByRole('button', { name: 'Andere Datei wählen' }).click();
  }
  await expect(stored.getByText('Kreise 2023')).toBeVisible();
  await stored.getByRole('button', { name: '„Kreise 2023“ entfernen' }).click();
  await expect(page.getByText('Noch keine eigenen Daten.')).toBeVisible();
});

test('a 50 MB CSV is read in a worker with progress; the page stays responsive', async ({ page }) => {
  test.setTimeout(120_000);
  // Real rows: the Breitbandatlas extract (long format, one row per Gemeinde, period and speed), four times.
  const source = readFileSync('data/stats/broadband_gemeinden_long.csv', 'utf8');
  const [header, ...rows] = source.trimEnd().split('\n');
  const body = rows.join('\n');
  let text = header + '\n';
  while (text.length < 50_000_000) text += body + '\n';
  mkdirSync('test-results', { recursive: true });
  const path = join('test-results', 'breitband-50mb.csv');
  writeFileSync(path, text);
  const dataRows = text.trimEnd().split('\n').length - 1;

  await page.goto('./lab.html?view=owndata');
  await page.locator('input[type=file]').setInputFiles(path);
  await expect(page.getByRole('progressbar')).toBeVisible();
  // Parsing happens in the worker: frames keep coming on the page.
  const gap = await longestFrameGap(page, 1500);
  expect(gap).toBeLessThan(250);
  await expect(page.getByText(`Jede der ${dataRows.toLocaleString('de-DE')} Datenzeilen ist genau einmal gezählt:`)).toBeVisible({
    timeout: 90_000,
  });
  // One row per Gemeinde is kept; the other rows of the long format are listed as duplicates.
  await expect(page.getByRole('button', { name: /^[\d.]+ doppelt/ })).toBeVisible();
  await expect(page.getByText(/Zeilen gezeigt; der Download enthält alle\./)).toBeVisible();
});

test('an own dataset is a table in the SQL console; both panels pass axe', async ({ page }) => {
  await page.goto('./lab.html');
  await page.locator('input[type=file]').setInputFiles(join(FIXTURES, 'old-keys-2017.csv'));
  // Seven old keys of 2017, and Hanau (06435014), whose key is 06415000 since 01.01.2026.
  await expect(page.getByRole('button', { name: '8 über alten Schlüssel zugeordnet' })).toBeVisible();
  const axe = await new AxeBuilder({ page }).include('main').analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.help}`)).toEqual([]);
  await page.getByLabel(/^Titel/).fill('Einwohner 2017');
  await page.getByLabel(/^Quelle/).fill('Destatis GV-ISys 31.12.2017');
  await page.getByRole('button', { name: 'Übernehmen' }).click();
  const schema = page.getByRole('navigation', { name: 'Tabellen' });
  await expect(schema.getByText('own_einwohner_2017', { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Ausführen' })).toBeEnabled({ timeout: 30_000 });
  await page.locator('.cm-content').click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.locator('.cm-content').fill("SELECT einwohner_31_12_2017 FROM own_einwohner_2017 WHERE ags = '06437016'");
  await page.getByRole('button', { name: 'Ausführen' }).click();
  await expect(page.getByRole('region', { name: 'Ergebnistabelle' }).locator('tbody td')).toHaveText('10.139');
  const axe2 = await new AxeBuilder({ page }).include('main').analyze();
  expect(axe2.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.help}`)).toEqual([]);
  await page.getByRole('button', { name: '„Einwohner 2017“ entfernen' }).click();
  await expect(schema.getByText('own_einwohner_2017', { exact: true })).toHaveCount(0);
});
