// A small static server for the production build: brotli like a real host, correct MIME types
// (application/wasm), and extra in-memory pages (the static baseline).
import { createServer, type Server } from 'node:http';
import { readdir, readFile } from 'node:fs/promises';
import { extname, join, normalize, relative, sep } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
  '.map': 'application/json',
};

function brotli(body: Buffer): Buffer {
  const quality = body.length > 4_000_000 ? 5 : 9;
  return brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: quality } });
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(entries.map((e) => (e.isDirectory() ? listFiles(join(dir, e.name)) : [join(dir, e.name)])));
  return nested.flat();
}

export async function serve(root: string, port: number, extra: Record<string, string> = {}): Promise<Server> {
  const compressed = new Map<string, Buffer>();
  // Compress every file before serving, as a real host serves precompressed assets: on-the-fly
  // brotli of the 34 MB wasm would otherwise be measured as network time.
  for (const file of await listFiles(root)) {
    const path = '/' + relative(root, file).split(sep).join('/');
    if (!/\.(png|map)$/.test(path)) compressed.set(path, brotli(await readFile(file)));
  }
  for (const [path, body] of Object.entries(extra)) compressed.set(path, brotli(Buffer.from(body)));
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let path = decodeURIComponent(url.pathname);
    if (path.endsWith('/')) path += 'index.html';
    let body: Buffer;
    const page = extra[path];
    if (page !== undefined) body = Buffer.from(page);
    else {
      const file = normalize(join(root, path));
      if (!file.startsWith(normalize(root))) return void res.writeHead(403).end();
      try {
        body = await readFile(file);
      } catch {
        return void res.writeHead(404).end('not found');
      }
    }
    const type = TYPES[extname(path)] ?? 'application/octet-stream';
    const headers: Record<string, string | number> = { 'content-type': type, 'cache-control': 'no-cache' };
    if (/\bbr\b/.test(String(req.headers['accept-encoding'] ?? '')) && !type.startsWith('image/png')) {
      let br = compressed.get(path);
      if (!br) compressed.set(path, (br = brotli(body)));
      body = br;
      headers['content-encoding'] = 'br';
    }
    headers['content-length'] = body.length;
    res.writeHead(200, headers).end(body);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return server;
}
