// After the Vite builds: server-render the first view into index.html, so the filled map is
// painted from the HTML alone; the client then hydrates it. The page also gets the manifest of
// its version (data files with their hashes), a start-up notice and its Content-Security-Policy.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { MANIFEST_ID, versionedPath, type Manifest } from '../src/lib/data/manifest.ts';
import { cspMeta } from './csp.ts';
import { EARLY_SCRIPT, STARTING_HTML } from './early.ts';

export async function prerender(dist: string, serverEntry: string, manifest: Manifest): Promise<void> {
  const { renderFirstView } = (await import(pathToFileURL(serverEntry).href)) as {
    renderFirstView: (boot: unknown, topo: unknown) => { head: string; body: string };
  };
  const boot = JSON.parse(readFileSync(join(dist, 'data/boot.json'), 'utf8'));
  const topo = JSON.parse(readFileSync(join(dist, 'data/geo.topo.json'), 'utf8'));
  const { head, body } = renderFirstView(boot, topo);

  const file = join(dist, 'index.html');
  let html = readFileSync(file, 'utf8');
  // The stylesheet is small: inline it so the first paint waits for no second request.
  html = html.replace(/<link rel="stylesheet"[^>]*href="\.\/(assets\/[^"]+\.css)">/, (_, href: string) => {
    const css = readFileSync(join(dist, href), 'utf8');
    return `<style>${css.replaceAll('</style', '<\\/style')}</style>`;
  });
  for (const marker of ['<!--ssr-head-->', '<div id="app"><!--ssr-body--></div>', '<meta charset="utf-8" />']) {
    if (!html.includes(marker)) throw new Error(`index.html: Platzhalter ${marker} fehlt`);
  }
  // Preloads ask for the same versioned URLs as the app (no second download, no other version).
  html = html.replace(/href="\.\/(data\/[^"?]+)"/g, (_, path: string) => `href="./${versionedPath(path, manifest.files[path])}"`);
  const manifestJson = JSON.stringify(manifest).replaceAll('<', '\\u003c');
  html = html
    .replace('<meta charset="utf-8" />', `<meta charset="utf-8" />\n    ${cspMeta([EARLY_SCRIPT])}`)
    .replace('<!--ssr-head-->', `${head}<script type="application/json" id="${MANIFEST_ID}">${manifestJson}</script>`)
    .replace(
      '<div id="app"><!--ssr-body--></div>',
      `${STARTING_HTML}<div id="app" data-prerendered="true">${body}</div><script>${EARLY_SCRIPT}</script>`,
    );
  writeFileSync(file, html);
  console.log(`${join(dist, 'index.html')} vorgerendert: ${Math.round(html.length / 1024)} kB`);
}
