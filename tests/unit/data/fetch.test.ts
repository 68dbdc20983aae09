// Page downloads are bounded and checked (src/lib/data/fetch.ts), against a real local server.
import { createServer, type Server } from 'node:http';
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { download, fetchFile, FetchError } from '../../../src/lib/data/fetch.ts';
import type { Manifest } from '../../../src/lib/data/manifest.ts';

const BODY = Buffer.from('x'.repeat(100_000));
let server: Server;
let base = '';

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = (req.url ?? '').split('?')[0];
    if (path === '/stall') {
      res.writeHead(200, { 'content-length': BODY.length });
      res.write(BODY.subarray(0, 1000));
      return;
    }
    if (path === '/404') return void res.writeHead(404).end();
    if (path === '/half') return void res.writeHead(200).end(BODY.subarray(0, BODY.length / 2));
    res.writeHead(200).end(BODY);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}/`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

const manifest = (path: string): Manifest => ({
  version: 't',
  files: { [path]: { sha256: createHash('sha256').update(BODY).digest('hex'), bytes: BODY.length } },
});

describe('download', () => {
  it('a stalled body ends with a timeout naming the file, after the idle time', async () => {
    const t0 = Date.now();
    const e = await download(`${base}stall`, 'stall', { idleMs: 500 }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(FetchError);
    expect((e as FetchError).kind).toBe('timeout');
    expect((e as FetchError).message).toMatch(/^stall: keine Daten seit 0.5 s/);
    expect(Date.now() - t0).toBeLessThan(3000);
  });

  it('reports progress in bytes and an HTTP error with its status', async () => {
    const seen: number[] = [];
    expect((await download(`${base}ok`, 'ok', { onProgress: (n) => seen.push(n) })).length).toBe(BODY.length);
    expect(seen.at(-1)).toBe(BODY.length);
    await expect(download(`${base}404`, '404')).rejects.toThrow('404: HTTP 404');
  });
});

describe('fetchFile', () => {
  it('accepts the file of this version and rejects a truncated one as another version', async () => {
    expect((await fetchFile(base, 'ok', manifest('ok'))).length).toBe(BODY.length);
    const e = await fetchFile(base, 'half', manifest('half')).catch((x: unknown) => x);
    expect((e as FetchError).kind).toBe('mismatch');
    expect((e as FetchError).message).toContain('half: Inhalt passt nicht zu dieser Version');
  });
});
