// `npm run build:app`: client build, server build of the first view, the workbench page, prerendered
// index.html with the manifest of its version and its CSP, sw.js, precompressed copies (br, gz).
// DIST_DIR chooses the output folder (default dist/), so several builds can coexist.
// SOURCEMAP=1 adds source maps (not shipped otherwise).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve, join, basename } from 'node:path';
import { build } from 'vite';
import { buildManifest } from './manifest.ts';
import { cspMeta } from './csp.ts';
import { precompress } from './precompress.ts';
import { prerender } from './prerender.ts';
import { serviceWorker } from './service-worker.ts';

const root = resolve(import.meta.dirname, '..');
const outDir = resolve(root, process.env.DIST_DIR ?? 'dist');
const ssrDir = join(root, '.tmp', `${basename(outDir)}-ssr`);

await build({ root, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
await build({ root, logLevel: 'warn', build: { ssr: 'src/entry-server.ts', outDir: ssrDir, emptyOutDir: true, sourcemap: false } });
// lab.html, the workbench for features not yet wired into the atlas: a build of its own, so the
// atlas' chunks (and its first paint) stay exactly as they are.
await build({
  root,
  logLevel: 'warn',
  publicDir: false,
  build: { outDir, emptyOutDir: false, rolldownOptions: { input: join(root, 'lab.html') } },
});
// Dependencies' own files (DuckDB's workers) point to maps that are not shipped: the comment goes too.
if (process.env.SOURCEMAP !== '1') {
  for (const name of readdirSync(join(outDir, 'assets')).filter((n) => n.endsWith('.js'))) {
    const file = join(outDir, 'assets', name);
    const js = readFileSync(file, 'utf8');
    const stripped = js.replace(/\n?\/\/# sourceMappingURL=\S+\s*$/, '\n');
    if (stripped !== js) writeFileSync(file, stripped);
  }
}
const lab = join(outDir, 'lab.html');
writeFileSync(lab, readFileSync(lab, 'utf8').replace('<meta charset="utf-8" />', `<meta charset="utf-8" />\n    ${cspMeta()}`));
const manifest = buildManifest(outDir);
await prerender(outDir, join(ssrDir, 'entry-server.js'), manifest);
const sw = serviceWorker(outDir, manifest);
console.log(`sw.js: ${sw.files.length} Dateien vorgehalten, Version ${sw.version}`);
const packed = await precompress(outDir);
console.log(
  `vorkomprimiert (br, gz): ${packed.files} Dateien, ${(packed.bytes / 1e6).toFixed(1)} MB → ${(packed.brotliBytes / 1e6).toFixed(1)} MB brotli`,
);
