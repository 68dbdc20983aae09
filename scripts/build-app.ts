// `npm run build:app`: client build, server build of the first view, the workbench page, prerendered index.html.
// DIST_DIR chooses the output folder (default dist/), so several builds can coexist.
import { resolve, join, basename } from 'node:path';
import { build } from 'vite';
import { prerender } from './prerender.ts';
import { serviceWorker } from './service-worker.ts';

const root = resolve(import.meta.dirname, '..');
const outDir = resolve(root, process.env.DIST_DIR ?? 'dist');
const ssrDir = join(root, '.tmp', `${basename(outDir)}-ssr`);

await build({ root, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
await build({ root, logLevel: 'warn', build: { ssr: 'src/entry-server.ts', outDir: ssrDir, emptyOutDir: true } });
// lab.html, the workbench for features not yet wired into the atlas: a build of its own, so the
// atlas' chunks (and its first paint) stay exactly as they are.
await build({
  root,
  logLevel: 'warn',
  publicDir: false,
  build: { outDir, emptyOutDir: false, rolldownOptions: { input: join(root, 'lab.html') } },
});
await prerender(outDir, join(ssrDir, 'entry-server.js'));
const sw = serviceWorker(outDir);
console.log(`sw.js: ${sw.files.length} Dateien vorgehalten, Version ${sw.version}`);
