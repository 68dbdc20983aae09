// Kongress-Modus at 1920×1080: every step's content — the annotation and the chart, table, map or
// legend it talks about — lies on screen, because a clicker cannot scroll. Checked for every step
// of every shipped story and for a step made from every analysis view.
import { test, expect, duckdbReady } from './fixtures.ts';
import type { Page } from '@playwright/test';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { ANALYSIS_PARTS, partView, type AnalysisPart } from '../../src/lib/story/parts.ts';

const shipped = readdirSync('src/stories')
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(`src/stories/${f}`, 'utf8')) as { id: string; steps: unknown[] });

const ANALYSIS_VIEWS = ['gap', 'rural', 'trend', 'groups', 'bivar', 'projects'];
/** Every other part a step can name (src/lib/story/parts.ts), with the view it belongs to. */
const OTHER_PARTS = Object.keys(ANALYSIS_PARTS).filter((p) => !ANALYSIS_VIEWS.includes(p)) as AnalysisPart[];
const DRAFT_KEY = 'digitalatlas-hessen:story-draft';
/** One step per analysis view, as the builder makes them from the analyses ("add current view"). */
const analysisDraft = {
  format: 'digitalatlas-hessen/story',
  version: 1,
  id: 'eigene-praesentation',
  title: { de: 'Alle Analysen', en: 'All analyses' },
  steps: ANALYSIS_VIEWS.map((a) => ({
    headline: { de: `Analyse „${a}“`, en: `Analysis “${a}”` },
    annotation: { de: 'Was diese Analyse zeigt, steht vollständig auf dem Bildschirm.', en: 'What this analysis shows is on screen.' },
    view: { mode: 'analysen', analysis: a, indicator: 'bev', level: 'gemeinde', period: '2023' },
  })),
};
const partsDraft = {
  ...analysisDraft,
  steps: OTHER_PARTS.map((part) => ({
    headline: { de: `Teil „${part}“`, en: `Part “${part}”` },
    annotation: { de: 'Der genannte Teil der Analyse steht vollständig auf dem Bildschirm.', en: 'The named part is on screen.' },
    view: { mode: 'analysen', analysis: partView(part), part, indicator: 'bev', level: 'gemeinde', period: '2023' },
  })),
};

type Box = { top: number; bottom: number; left: number; right: number; height: number; width: number };

/** Boxes of what a step shows, once its queries have finished. */
async function measure(page: Page) {
  const analyses = page.locator('.main-analyses');
  if (await analyses.count()) {
    await expect(analyses.locator('.card').filter({ visible: true }).first()).toBeVisible();
    await expect(analyses.locator('.loading').filter({ visible: true })).toHaveCount(0, { timeout: 30_000 });
  } else {
    await expect(page.locator('.map-box svg').first()).toBeVisible({ timeout: 20_000 });
    await expect(page.locator('.map-box svg path[data-ags]').filter({ visible: true }).first()).toBeVisible({ timeout: 20_000 });
  }
  // The text's fly-in (a Web Animation) has ended and the fit has had its frame.
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  return page.evaluate(() => {
    const box = (e: Element): Box => {
      const r = e.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom, left: r.left, right: r.right, height: r.height, width: r.width };
    };
    const visible = (sel: string) => [...document.querySelectorAll(sel)].filter((e) => e.checkVisibility({ visibilityProperty: true }));
    const content = document.querySelector('.main-analyses')
      ? visible('.main-analyses .card, .main-analyses .card table, .main-analyses .meta')
      : visible('.map-box, .legend');
    const panel = document.querySelector<HTMLElement>('.main-analyses .analyses');
    return {
      text: box(document.querySelector('.story .text')!),
      body: box(document.querySelector('.story .body')!),
      story: box(document.querySelector('.story')!),
      content: content.map((e) => ({ name: e.className.split(' ')[0] + ':' + (e.querySelector('h3')?.textContent ?? ''), ...box(e) })),
      zoom: Number(panel?.dataset.storyScale ?? 1),
      // Content hidden in a sideways-scrolling box (a clicker cannot scroll it into view).
      clipped: visible('.main-analyses .card *')
        .filter((e) => ['auto', 'scroll', 'hidden'].includes(getComputedStyle(e).overflowX) && e.scrollWidth > e.clientWidth + 1)
        .map((e) => e.className),
      docHeight: document.documentElement.scrollHeight,
      docWidth: document.documentElement.scrollWidth,
    };
  });
}

function expectOnScreen(m: Awaited<ReturnType<typeof measure>>, what: string) {
  expect(m.content.length, `${what}: something shown`).toBeGreaterThan(0);
  expect(m.text.bottom, `${what}: annotation`).toBeLessThanOrEqual(m.body.bottom + 1);
  expect(m.text.top, `${what}: annotation`).toBeGreaterThanOrEqual(0);
  for (const c of m.content) {
    expect(c.top, `${what}: ${c.name} top`).toBeGreaterThanOrEqual(0);
    expect(c.bottom, `${what}: ${c.name} bottom`).toBeLessThanOrEqual(1080);
    expect(c.left, `${what}: ${c.name} left`).toBeGreaterThanOrEqual(0);
    expect(c.right, `${what}: ${c.name} beside the overlay`).toBeLessThanOrEqual(m.story.left + 1);
  }
  expect(m.clipped, `${what}: nothing cut off sideways`).toEqual([]);
  expect(m.docHeight, `${what}: no scrolling`).toBeLessThanOrEqual(1080);
  expect(m.docWidth, `${what}: no scrolling`).toBeLessThanOrEqual(1920);
  // Legible from the back row: never shrunk below half size.
  expect(m.zoom, `${what}: scale`).toBeGreaterThanOrEqual(0.5);
}

test.describe('1920×1080: each step fits the screen', () => {
  test.use({ viewport: { width: 1920, height: 1080 } });

  for (const story of shipped) {
    test(`every step of „${story.id}“`, async ({ page }) => {
      test.setTimeout(180_000);
      mkdirSync('/tmp/presenter', { recursive: true });
      await page.goto(`./?story=${story.id}`);
      await duckdbReady(page);
      for (let i = 1; i <= story.steps.length; i++) {
        if (i > 1) await page.keyboard.press('ArrowRight');
        await expect(page.locator('.story .counter')).toHaveText(`${i} / ${story.steps.length}`);
        const m = await measure(page);
        await page.screenshot({ path: `/tmp/presenter/${story.id}-${i}.png` });
        expectOnScreen(m, `${story.id} step ${i}`);
      }
    });
  }

  test('a step made from every analysis view', async ({ page }) => {
    test.setTimeout(180_000);
    await page.addInitScript(([k, v]) => localStorage.setItem(k!, v!), [DRAFT_KEY, JSON.stringify(analysisDraft)]);
    await page.goto('./?story=eigene-praesentation');
    await duckdbReady(page);
    for (let i = 1; i <= ANALYSIS_VIEWS.length; i++) {
      if (i > 1) await page.keyboard.press('ArrowRight');
      await expect(page.locator('.story .counter')).toHaveText(`${i} / ${ANALYSIS_VIEWS.length}`);
      const m = await measure(page);
      await page.screenshot({ path: `/tmp/presenter/analysis-${ANALYSIS_VIEWS[i - 1]}.png` });
      expectOnScreen(m, `analysis ${ANALYSIS_VIEWS[i - 1]}`);
    }
  });

  test('every part a step can name', async ({ page }) => {
    test.setTimeout(180_000);
    await page.addInitScript(([k, v]) => localStorage.setItem(k!, v!), [DRAFT_KEY, JSON.stringify(partsDraft)]);
    await page.goto('./?story=eigene-praesentation');
    await duckdbReady(page);
    for (let i = 1; i <= OTHER_PARTS.length; i++) {
      if (i > 1) await page.keyboard.press('ArrowRight');
      await expect(page.locator('.story .counter')).toHaveText(`${i} / ${OTHER_PARTS.length}`);
      const m = await measure(page);
      await page.screenshot({ path: `/tmp/presenter/part-${OTHER_PARTS[i - 1]}.png` });
      expectOnScreen(m, `part ${OTHER_PARTS[i - 1]}`);
    }
  });
});
