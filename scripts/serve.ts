// `npm start` (after the build): serves dist/ with sirv — the precompressed brotli/gzip copies the
// build wrote (scripts/precompress.ts), ETags for revalidation, and the content-hashed assets as
// immutable. PORT (default 4173), HOST (default all interfaces, for the offline laptop set-up).
import { createServer, type Server } from 'node:http';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import sirv from 'sirv';

export function startServer(dir: string, port: number, host = '0.0.0.0'): Promise<Server> {
  const assets = sirv(dir, { brotli: true, gzip: true, etag: true, dev: false });
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    // Names with a content hash never change; everything else is revalidated (ETag) on each visit.
    res.setHeader('cache-control', path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
    if (path === '/sw.js') res.setHeader('service-worker-allowed', '/');
    assets(req, res, () => {
      res.statusCode = 404;
      res.setHeader('content-type', 'text/plain; charset=utf-8');
      res.end('Nicht gefunden · Not found');
    });
  });
  return new Promise((ok) => server.listen(port, host, () => ok(server)));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const port = Number(process.env.PORT ?? 4173);
  const host = process.env.HOST ?? '0.0.0.0';
  await startServer(resolve(import.meta.dirname, '..', process.env.DIST_DIR ?? 'dist'), port, host);
  console.log(`Digitalatlas Hessen: http://localhost:${port}/ (Ordner ${process.env.DIST_DIR ?? 'dist'}, brotli/gzip vorkomprimiert)`);
}
