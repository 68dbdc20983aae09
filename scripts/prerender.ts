// After the Vite builds: server-render the first view into index.html, so the filled map is
// painted from the HTML alone; the client then hydrates it.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Marks the first paint of the prerendered map (read by `npm run bench`). */
export const PAINT_MARK = `<script>requestAnimationFrame(function(){requestAnimationFrame(function(){performance.mark('choropleth-painted')})})</script>`;

export async function prerender(dist: string, serverEntry: string): Promise<void> {
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
  for (const marker of ['<!--ssr-head-->', '<div id="app"><!--ssr-body--></div>']) {
    if (!html.includes(marker)) throw new Error(`index.html: Platzhalter ${marker} fehlt`);
  }
  html = html
    .replace('<!--ssr-head-->', head)
    .replace('<div id="app"><!--ssr-body--></div>', `<div id="app" data-prerendered="true">${body}</div>${PAINT_MARK}`);
  writeFileSync(file, html);
  console.log(`${join(dist, 'index.html')} vorgerendert: ${Math.round(html.length / 1024)} kB`);
}
