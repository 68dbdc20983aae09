// `npm run bench`: cold-load measurements of the production build in headless Chromium.
// Prints JSON with median and p95 per metric and the ratio to a static page with the same map.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { CHROMIUM } from '../../playwright.config.ts';
import { Catalogue } from '../../src/lib/data/catalogue.ts';
import { serve } from './serve.ts';

const root = resolve(import.meta.dirname, '../..');
const dist = resolve(root, process.env.DIST_DIR ?? 'dist');
const PORT = 4181;
const N = Number(process.env.BENCH_RUNS ?? 10);
const N_THROTTLED = Number(process.env.BENCH_THROTTLED_RUNS ?? 5);
const N_50MBIT = Number(process.env.BENCH_50MBIT_RUNS ?? 3);
/** BENCH_ONLY=50mbit: only the DuckDB-ready runs at 50 Mbit/s (the rest of the bench is skipped). */
const ONLY = process.env.BENCH_ONLY ?? '';
const PAINT_MARK = `<script>requestAnimationFrame(function(){requestAnimationFrame(function(){performance.mark('choropleth-painted')})})</script>`;

function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const i = (s.length - 1) * q;
  const lo = Math.floor(i);
  return s[lo]! + (s[Math.min(lo + 1, s.length - 1)]! - s[lo]!) * (i - lo);
}

const summary = (xs: number[]) => ({
  median: Math.round(quantile(xs, 0.5) * 10) / 10,
  p95: Math.round(quantile(xs, 0.95) * 10) / 10,
  n: xs.length,
});

/** A static page holding exactly the SVG map of the prerendered index.html. */
function staticBaseline(): string {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const m = /<svg[^>]*class="map[^"]*"[\s\S]*?<\/svg>/.exec(html);
  if (!m) throw new Error('Keine Karte in dist/index.html: erst `npm run build`');
  return `<!doctype html><html lang="de"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>Baseline</title>
<style>svg{display:block;width:100%;height:90vh}.fills path{shape-rendering:crispEdges;fill-rule:evenodd}.fine-borders,.kreis-borders,.rb-borders,.outline{fill:none;vector-effect:non-scaling-stroke}.fine-borders{stroke:#fff;stroke-width:.6px}.kreis-borders{stroke:#4d4d4d;stroke-width:.9px}.rb-borders{stroke:#1a1a1a;stroke-width:2px}.outline{stroke:#1a1a1a;stroke-width:1.2px}</style>
</head><body>${m[0]}${PAINT_MARK}</body></html>`;
}

interface Run {
  ttfc: number;
  mark: number;
  interactive?: number;
  duckdb?: number;
  bytesBeforeMap: number;
  criticalBytes: number;
  heapMB?: number;
}

type Throttle = boolean | '50mbit';

async function measure(browser: Browser, url: string, opts: { waitDuckdb: boolean; throttle: Throttle }): Promise<Run> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page: Page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  if (opts.throttle === '50mbit') {
    // A good office or home line: 50 Mbit/s down, 10 up, 20 ms RTT; no CPU slowdown.
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 20,
      downloadThroughput: 50e6 / 8,
      uploadThroughput: 10e6 / 8,
    });
  } else if (opts.throttle) {
    // Lighthouse "mobile": 150 ms RTT, 1.6 Mbit/s down, 750 kbit/s up, 4× CPU slowdown.
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 150,
      downloadThroughput: (1.6 * 1024 * 1024) / 8,
      uploadThroughput: (750 * 1024) / 8,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  }
  await page.goto(url, { waitUntil: 'load' });
  const mark = (name: string, timeout: number) =>
    page
      .waitForFunction((n) => performance.getEntriesByName(n).length > 0, name, { timeout })
      .then(() => page.evaluate((n) => performance.getEntriesByName(n)[0]!.startTime, name))
      .catch(() => undefined);
  const painted = await mark('choropleth-painted', 30_000);
  if (painted === undefined) throw new Error(`${url}: keine Marke choropleth-painted`);
  // When the map is in the HTML and the whole document was parsed before the first contentful
  // paint, that paint shows the filled map: the same rule for the app and the static page. The
  // double-rAF mark (delayed by main-thread work such as hydration) is the fallback.
  const { fcp, parsed } = await page.evaluate(() => ({
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
    parsed: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domInteractive,
  }));
  const inHtml = await page.evaluate(
    () => !document.getElementById('app') || document.getElementById('app')!.dataset.prerendered === 'true',
  );
  const ttfc = inHtml && fcp !== undefined && parsed <= fcp ? fcp : painted;
  const run: Run = { ttfc, mark: painted, bytesBeforeMap: 0, criticalBytes: 0 };
  Object.assign(
    run,
    await page.evaluate((t) => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      const res = performance.getEntriesByType('resource') as (PerformanceResourceTiming & { renderBlockingStatus?: string })[];
      // (no named helper functions here: tsx would wrap them in __name, unknown in the page)
      return {
        // What the first map needs: the document and its render-blocking resources.
        criticalBytes: [nav, ...res.filter((e) => e.renderBlockingStatus === 'blocking')].reduce((a, e) => a + e.transferSize, 0),
        // Everything that happened to arrive before it was painted (scripts, preloads).
        bytesBeforeMap: [nav, ...res.filter((e) => e.responseEnd <= t)].reduce((a, e) => a + e.transferSize, 0),
      };
    }, ttfc),
  );
  if (opts.waitDuckdb) {
    run.interactive = await mark('app-interactive', 30_000);
    run.duckdb = await mark('duckdb-ready', 60_000);
    const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    run.heapMB = Math.round((heap.usedSize / 1024 / 1024) * 10) / 10;
  }
  await context.close();
  return run;
}

/** One cold run: a new browser, so HTTP, V8 and wasm caches are empty. */
async function cold(url: string, opts: { waitDuckdb: boolean; throttle: Throttle }): Promise<Run> {
  const browser = await chromium.launch(CHROMIUM);
  try {
    return await measure(browser, url, opts);
  } finally {
    await browser.close();
  }
}

const HESSEN_SWITCHES = [
  ['Digitalisierung', 'bb_alle_1000'],
  ['Digitalisierung', 'bb_alle_50'],
  ['Demografie', 'bev_dichte'],
  ['Demografie', 'bev'],
  ['Digitalisierung', 'bb_leitungsgebunden_100'],
  ['Demografie', 'bev_frauenanteil'],
  ['Digitalisierung', 'bb_ftthb_1000'],
  ['Stadt–Land', 'regiostar7'],
];

/** Interaction latencies in one warm page: view switches, hover, time-slider frame rate. */
async function interactions(
  url: string,
  indicators = HESSEN_SWITCHES,
  hoverProbe: 'hover' | 'hoverGrid' = 'hover',
  slider: { theme: string; indicator: string } | null = { theme: 'Digitalisierung', indicator: 'bb_alle_50' },
) {
  const browser = await chromium.launch(CHROMIUM);
  try {
    // The probes are an inline script, which the page's CSP refuses; the measurement may bypass it.
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, bypassCSP: true });
    await page.goto(url);
    await page.waitForFunction(() => performance.getEntriesByName('duckdb-ready').length > 0, null, { timeout: 60_000 });
    await page.addScriptTag({ path: join(import.meta.dirname, 'probes.js') });
    // Each indicator is new (its query runs), then the first four again (cached).
    type Switch = { what: string; ms: number | null; query?: boolean };
    const measured: Switch[] = await page.evaluate(
      (ids) => (window as unknown as { atlasBench: { switches: (i: string[][]) => Promise<Switch[]> } }).atlasBench.switches(ids),
      [...indicators, ...indicators.slice(0, 4)],
    );
    const missed = measured.filter((m) => m.ms === null).map((m) => m.what);
    if (missed.length) throw new Error(`Keine neue Farbe nach: ${missed.join(', ')}`);
    const switches = measured.map((m) => m.ms!);
    const probes = () =>
      (window as unknown as { atlasBench: { hover: (n: number) => Promise<number[]>; slider: () => Promise<number[]> } }).atlasBench;
    const hover: number[] = await page.evaluate(`(${probes.toString()})().${hoverProbe}(200)`);
    let frames: number[] = [];
    if (slider) {
      await page.getByRole('button', { name: slider.theme, exact: true }).click();
      await page.selectOption('#indicator', slider.indicator);
      await page.waitForTimeout(500);
      frames = await page.evaluate(`(${probes.toString()})().slider()`);
    }
    const fps = frames.length / (frames.reduce((a, b) => a + b, 0) / 1000);
    return {
      switchMs: summary(switches),
      // The same switches split: the first view of an indicator waits for its DuckDB query.
      switchWithQueryMs: summary(measured.filter((m) => m.query).map((m) => m.ms!)),
      switchFromCacheMs: summary(measured.filter((m) => !m.query).map((m) => m.ms!)),
      hoverHandlerMs: summary(hover),
      sliderFps: Math.round(fps * 10) / 10,
      sliderLongFrames: frames.filter((d) => d > 34).length,
      sliderFrames: frames.length,
    };
  } finally {
    await browser.close();
  }
}

const N_NATIONAL = Number(process.env.BENCH_NATIONAL_RUNS ?? 5);

/**
 * Hessen → Deutschland: from the click on the scope switch in a Hessen page whose engine is loaded
 * (so DuckDB's wasm is in the HTTP cache) to the filled national map; then the national page's
 * heap, switches, canvas hover and (if an indicator has several periods) slider.
 */
async function national(base: string) {
  const catalogue = Catalogue.parse(JSON.parse(readFileSync(join(dist, 'data/de/catalogue.json'), 'utf8')));
  const themes: Record<string, string> = { demografie: 'Demografie', digitalisierung: 'Digitalisierung', stadt_land: 'Stadt–Land' };
  const mapped = catalogue.indicators.filter((i) => i.levels.includes('gemeinde') && i.scale !== 'categorical');
  const switches = mapped.slice(0, 8).map((i) => [themes[i.theme] ?? i.theme, i.id]);
  const multi = mapped.find((i) => i.periods.length > 1);
  const browser = await chromium.launch(CHROMIUM);
  const switchMs: number[] = [];
  const heap: number[] = [];
  try {
    for (let i = 0; i < N_NATIONAL; i++) {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      const page = await context.newPage();
      await page.goto(`${base}?i=bev`);
      await page.waitForFunction(() => performance.getEntriesByName('duckdb-ready').length > 0, null, { timeout: 60_000 });
      const t0 = await page.evaluate(() => performance.timeOrigin + performance.now());
      await page.getByTestId('scope-switch').getByRole('radio', { name: 'Deutschland' }).check();
      await page.waitForURL(/scope=de/);
      await page.waitForFunction(() => performance.getEntriesByName('choropleth-painted').length > 0, null, { timeout: 60_000 });
      switchMs.push(
        (await page.evaluate(() => performance.timeOrigin + performance.getEntriesByName('choropleth-painted')[0]!.startTime)) - t0,
      );
      await page.waitForFunction(() => performance.getEntriesByName('duckdb-ready').length > 0, null, { timeout: 60_000 });
      const cdp = await context.newCDPSession(page);
      const h = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
      heap.push(Math.round((h.usedSize / 1024 / 1024) * 10) / 10);
      await context.close();
    }
  } finally {
    await browser.close();
  }
  const interaction = await interactions(
    `${base}?scope=de&i=bev`,
    switches,
    'hoverGrid',
    multi ? { theme: themes[multi.theme] ?? multi.theme, indicator: multi.id } : null,
  );
  return { switchToDeutschlandMs: summary(switchMs), nationalJsHeapMB: summary(heap), national: interaction };
}

async function main() {
  if (!existsSync(join(dist, 'index.html'))) throw new Error('dist/ fehlt: erst `npm run build`');
  const server = await serve(dist, PORT, { '/bench-static.html': staticBaseline() });
  const base = `http://127.0.0.1:${PORT}/`;
  try {
    if (ONLY === 'national') {
      console.log(JSON.stringify(await national(base), null, 2));
      return;
    }
    const at50: Run[] = [];
    for (let i = 0; i < N_50MBIT; i++) at50.push(await cold(base, { waitDuckdb: true, throttle: '50mbit' }));
    const duckdbReady50MbitMs = summary(at50.flatMap((r) => (r.duckdb === undefined ? [] : [r.duckdb])));
    if (ONLY === '50mbit') {
      console.log(JSON.stringify({ runs: N_50MBIT, duckdbReady50MbitMs }, null, 2));
      return;
    }
    // App and baseline runs alternate, so load changes on the machine hit both alike.
    const app: Run[] = [];
    const baseline: Run[] = [];
    for (let i = 0; i < N; i++) {
      app.push(await cold(base, { waitDuckdb: true, throttle: false }));
      baseline.push(await cold(`${base}bench-static.html`, { waitDuckdb: false, throttle: false }));
    }
    const throttled: Run[] = [];
    for (let i = 0; i < N_THROTTLED; i++) throttled.push(await cold(base, { waitDuckdb: false, throttle: true }));
    const interaction = await interactions(base);
    const nationwide = existsSync(join(dist, 'data/de/catalogue.json')) ? await national(base) : null;
    const ttfc = summary(app.map((r) => r.ttfc));
    const staticTtfc = summary(baseline.map((r) => r.ttfc));
    const result = {
      runs: N,
      ttfcMs: ttfc,
      staticPageTtfcMs: staticTtfc,
      ttfcRatioToStatic: Math.round((ttfc.median / staticTtfc.median) * 100) / 100,
      paintMarkMs: summary(app.map((r) => r.mark)),
      staticPagePaintMarkMs: summary(baseline.map((r) => r.mark)),
      interactiveMs: summary(app.flatMap((r) => (r.interactive === undefined ? [] : [r.interactive]))),
      duckdbReadyMs: summary(app.flatMap((r) => (r.duckdb === undefined ? [] : [r.duckdb]))),
      // First visit on a 50 Mbit/s line, brotli as served by `npm start`.
      duckdbReady50MbitMs,
      criticalBytesForFirstMap: summary(app.map((r) => r.criticalBytes)),
      bytesArrivedBeforeFirstMap: summary(app.map((r) => r.bytesBeforeMap)),
      throttledBytesArrivedBeforeFirstMap: summary(throttled.map((r) => r.bytesBeforeMap)),
      staticPageBytes: summary(baseline.map((r) => r.bytesBeforeMap)),
      jsHeapMB: summary(app.flatMap((r) => (r.heapMB === undefined ? [] : [r.heapMB]))),
      throttledMobileTtfcMs: summary(throttled.map((r) => r.ttfc)),
      ...interaction,
      ...nationwide,
      budgets: {
        switchToDeutschlandMs: 2500,
        nationalJsHeapMB: 150,
        switchP95Ms: 50,
        hoverHandlerMs: 4,
        sliderFps: 60,
        ttfcMs: 500,
        ttfcRatio: 1.5,
        duckdbReadyMs: 3000,
        throttledTtfcMs: 2000,
        criticalBytesForFirstMap: 150 * 1024,
        jsHeapMB: 30,
      },
    };
    console.log(JSON.stringify(result, null, 2));
  } finally {
    server.close();
  }
}

await main();
