import { readFileSync } from 'node:fs';
import type { Download, Page } from '@playwright/test';
import { parseGermanCsv } from '../../src/lib/export/csv.ts';
import { test, expect, duckdbReady } from './fixtures.ts';

async function exportFile(page: Page, item: string): Promise<{ download: Download; bytes: Buffer }> {
  await page.getByRole('button', { name: 'Exportieren' }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: item }).click()]);
  const path = await download.path();
  return { download, bytes: readFileSync(path!) };
}

/** Width and height from a PNG's IHDR chunk. */
const pngSize = (b: Buffer) => ({ width: b.readUInt32BE(16), height: b.readUInt32BE(20) });

test('map as PNG (16:9 and A4) and SVG with legend, source, Gebietsstand and date', async ({ page }) => {
  await page.goto('./?i=bb_alle_1000');
  await duckdbReady(page);
  const slide = await exportFile(page, 'Karte als PNG (16:9)');
  expect(slide.download.suggestedFilename()).toBe('digitalatlas-hessen_bb_alle_1000_2021-06_gemeinde_16x9.png');
  expect(pngSize(slide.bytes)).toEqual({ width: 1920, height: 1080 });
  const a4 = await exportFile(page, 'Karte als PNG (A4 quer)');
  expect(pngSize(a4.bytes)).toEqual({ width: 3508, height: 2480 });

  const svg = (await exportFile(page, 'Karte als SVG (16:9)')).bytes.toString('utf8');
  expect(svg).toContain('Breitband ≥ 1000 Mbit/s: alle Technologien');
  expect(svg).toContain('% der Haushalte');
  expect(svg).toContain('Juni 2021');
  expect(svg).toContain('Breitbandatlas | Gigabit-Grundbuch');
  expect(svg).toContain('© BKG');
  expect(svg).toContain('Gebietsstand');
  expect(svg).toMatch(/Erstellt am \d{2}\.\d{2}\.\d{4}/);
  expect(svg).toContain('keine Einwohner');
  expect((svg.match(/<path/g) ?? []).length).toBeGreaterThan(425);
});

test('CSV for German Excel reads back with the shown values; all periods and XLSX too', async ({ page }) => {
  await page.goto('./?i=bev&t=2021');
  await duckdbReady(page);
  const { download, bytes } = await exportFile(page, 'Tabelle als CSV (wie angezeigt)');
  expect(download.suggestedFilename()).toMatch(/\.csv$/);
  expect(bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  const text = bytes.toString('utf8');
  expect(text).toContain('\r\n');
  const csv = parseGermanCsv(text);
  expect(csv.header[0]).toBe('AGS');
  expect(csv.rows).toHaveLength(425);
  const frankfurt = csv.rows.find((r) => r[0] === '06412000')!;
  expect(frankfurt).toContain(759224);
  expect(csv.meta.flat().join(' ')).toContain('Statistisches Bundesamt');

  const all = parseGermanCsv((await exportFile(page, 'Tabelle als CSV (alle Zeitpunkte)')).bytes.toString('utf8'));
  expect(all.header.length).toBeGreaterThan(15); // AGS, Name, Kreis, 15 dates, note
  expect(all.header).toContain('1983 [Einw.]');

  const xlsx = await exportFile(page, 'Tabelle als Excel (XLSX)');
  expect(xlsx.bytes.subarray(0, 2).toString()).toBe('PK');
});

test('CSV of all dates of a change: one column per target after the base, headers in order, no column of zeros', async ({ page }) => {
  await page.goto('./?i=bev_veraenderung');
  await duckdbReady(page);
  const all = parseGermanCsv((await exportFile(page, 'Tabelle als CSV (alle Zeitpunkte)')).bytes.toString('utf8'));
  const changeCols = all.header.map((h, i) => [h, i] as const).filter(([h]) => /^\d{4}.*–.*\d{4}/.test(h));
  expect(changeCols.length).toBeGreaterThan(1);
  for (const [h, i] of changeCols) {
    const [from, to] = h.match(/\d{4}/g)!.map(Number);
    expect(from!, h).toBeLessThan(to!);
    const values = all.rows.map((r) => r[i]).filter((v): v is number => typeof v === 'number');
    expect(
      values.some((v) => v !== 0),
      h,
    ).toBe(true);
  }
});

test('share: the link restores the view, the embed snippet shows a chrome-less map', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('./?i=bb_alle_1000&e=kreis');
  await duckdbReady(page);
  await page.getByRole('button', { name: 'Teilen' }).click();
  await expect(page.getByLabel('Link zu dieser Ansicht')).toHaveValue(/i=bb_alle_1000&e=kreis/);
  const snippet = await page.getByLabel('Zum Einbetten (iframe)').inputValue();
  expect(snippet).toMatch(/^<iframe src="http[^"]+embed=1"/);
  await page.getByRole('button', { name: 'Kopieren', exact: true }).click();
  await expect(page.getByText('Link kopiert')).toBeVisible();

  const embed = snippet.match(/src="([^"]+)"/)![1]!.replaceAll('&amp;', '&');
  await page.goto(embed);
  await duckdbReady(page);
  await expect(page.locator('svg.map .fills .level:not(.hidden) path')).toHaveCount(27);
  await expect(page.locator('header.top')).toHaveCount(0);
  await expect(page.locator('.controls-col')).toHaveCount(0);
  await expect(page.locator('.legend')).toContainText('Breitbandatlas');
  await expect(page.getByRole('link', { name: 'Im Digitalatlas öffnen' })).toHaveAttribute('href', /i=bb_alle_1000/);
});

/** Boxes of the SVG's map labels as Chromium lays them out (the document is drawn off-screen in the page). */
async function labelBoxes(page: Page, svg: string) {
  return page.evaluate((doc) => {
    const host = document.createElement('div');
    host.style.cssText = 'position:absolute;left:-10000px;top:0;width:1920px;height:1080px';
    host.innerHTML = doc.replace(/^<\?xml[^>]*>/, '');
    document.body.append(host);
    const out = [...host.querySelectorAll<SVGTextElement>('text[class^="label"]')].map((t) => {
      const b = t.getBBox();
      return { text: t.textContent ?? '', cls: t.getAttribute('class')!, x: b.x, y: b.y, width: b.width, height: b.height };
    });
    const clip = host.querySelector('clipPath rect');
    const frame = clip ? ['x', 'y', 'width', 'height'].map((a) => Number(clip.getAttribute(a))) : null;
    host.remove();
    return { labels: out, frame };
  }, svg);
}

test('a map zoomed to a Kreis exports that Kreis with the selected and compared Gemeinden named; the option adds all Gemeinde names', async ({
  page,
}) => {
  await page.goto('./?i=bb_alle_1000&v=06631015,06631017');
  await duckdbReady(page);
  // Not zoomed: the option is offered but off, with the reason.
  await page.getByRole('button', { name: 'Exportieren' }).click();
  await expect(page.getByRole('checkbox', { name: 'Gemeindenamen anzeigen' })).toBeDisabled();
  await expect(page.getByText('Bei Zoom auf einen Kreis')).toBeVisible();
  await page.keyboard.press('Escape');

  await page.getByRole('combobox', { name: /Ort suchen/ }).fill('Landkreis Fulda');
  await page
    .getByRole('option', { name: /Landkreis Fulda/ })
    .first()
    .click();
  await expect(page.getByRole('button', { name: 'Ganz Hessen zeigen' })).toBeVisible();
  // The search opens the Kreis map zoomed to the Kreis: the option applies there too.
  await expect(page.getByRole('radio', { name: 'Kreise', exact: true })).toBeChecked();
  await page.getByRole('button', { name: 'Exportieren' }).click();
  await expect(page.getByRole('checkbox', { name: 'Gemeindenamen anzeigen' })).toBeEnabled();
  await page.keyboard.press('Escape');
  await page.getByRole('radio', { name: 'Gemeinden', exact: true }).check();
  await expect(page.locator('svg.map.dimmed')).toHaveCount(0);
  const paths = page.locator('svg.map .fills .level:not(.hidden) path');
  await page.locator('svg.map .fills .level:not(.hidden) path[data-ags="06631009"]').click();
  await expect(page).toHaveURL(/s=06631009/);
  await page.keyboard.press('Escape');

  // What the map says about each Gemeinde of the Kreis: "Name: value".
  const shown = new Map(
    (await paths.evaluateAll((ps) => ps.map((p) => [p.getAttribute('data-ags')!, p.getAttribute('aria-label')!] as const))).filter(([a]) =>
      a.startsWith('06631'),
    ),
  );
  expect(shown.size).toBeGreaterThan(15);
  const nameOf = (ags: string) => shown.get(ags)!.split(': ')[0]!;
  const valueOf = (ags: string) => shown.get(ags)!.split(': ')[1]!;

  const svg = (await exportFile(page, 'Karte als SVG (16:9)')).bytes.toString('utf8');
  const text = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join(' ');
  expect(text).toContain('Juni 2021 · Gemeinden · Ausschnitt: Landkreis Fulda');
  expect(svg).toMatch(/<g clip-path="url\(#[\w-]+-clip\)">/);
  const drawn = new Set([...svg.matchAll(/<title>(\d{8})<\/title>/g)].map((m) => m[1]));
  for (const ags of shown.keys()) expect(drawn.has(ags), ags).toBe(true);
  for (const far of ['06411000', '06414000', '06611000']) expect(drawn.has(far), far).toBe(false);
  expect(drawn.size).toBeLessThan(150);
  // Named on the map in bold and in the legend with the value the map shows.
  const named = [...svg.matchAll(/<text class="label-hl"[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
  expect(named.sort()).toEqual([nameOf('06631009'), nameOf('06631015'), nameOf('06631017')].sort());
  expect(text).toContain('Auswahl und Vergleich');
  expect(text).toContain(`${nameOf('06631009')} (Auswahl)`);
  for (const ags of ['06631009', '06631015', '06631017'])
    expect(text.replace(/\u00a0/g, ' ')).toContain(valueOf(ags).replace(/\u00a0/g, ' '));
  expect(svg).not.toMatch(/<text class="label(-s)?"/);

  // The option, by keyboard: the menu opens on the checkbox, Space ticks it.
  await page.getByRole('button', { name: 'Exportieren' }).click();
  const option = page.getByRole('checkbox', { name: 'Gemeindenamen anzeigen' });
  await expect(option).toBeFocused();
  await page.keyboard.press('Space');
  await expect(option).toBeChecked();
  await page.keyboard.press('Escape');
  for (const item of ['Karte als SVG (16:9)', 'Karte als SVG (A4 quer)']) {
    const withNames = (await exportFile(page, item)).bytes.toString('utf8');
    const { labels, frame } = await labelBoxes(page, withNames);
    const names = new Set(labels.map((l) => l.text));
    const own = [...shown.keys()].filter((a) => names.has(nameOf(a)));
    expect(own.length / shown.size, `${item}: ${own.length} of ${shown.size}`).toBeGreaterThanOrEqual(0.7);
    for (const l of labels) {
      expect(l.x, l.text).toBeGreaterThanOrEqual(frame![0]! - 1);
      expect(l.x + l.width, l.text).toBeLessThanOrEqual(frame![0]! + frame![2]! + 1);
    }
    // Glyph boxes include the ascent and descent; two neighbouring lines may touch by a hair.
    for (let i = 0; i < labels.length; i++)
      for (let j = i + 1; j < labels.length; j++) {
        const [a, b] = [labels[i]!, labels[j]!];
        const overlap =
          Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x) > 1 &&
          Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y) > 1;
        expect(overlap, `${a.text} / ${b.text}`).toBe(false);
      }
  }
});
