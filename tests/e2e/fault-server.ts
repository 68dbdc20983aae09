// A static server for the production build that can misbehave on chosen paths, for the e2e tests
// of failures: HTTP errors, truncated (200, half the bytes) or corrupted bodies, stalls, connections
// cut mid-file, delays, and files swapped for other content (another version). Uncompressed, so
// byte counts are exact.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { Socket } from 'node:net';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
  '.arrow': 'application/vnd.apache.arrow.stream',
};

export type Fault =
  | { kind: 'status'; status: number }
  /** HTTP 200 with only part of the bytes (and a matching Content-Length): looks complete. */
  | { kind: 'truncate'; fraction?: number }
  /** Same length, some bytes changed. */
  | { kind: 'corrupt' }
  /** Headers and a first part, then nothing (the connection stays open). */
  | { kind: 'stall' }
  /** Full Content-Length announced, half sent, then the connection is closed. */
  | { kind: 'cut' }
  | { kind: 'delay'; ms: number }
  /** Another body (e.g. the file of another version); `transform` gets the real one. */
  | { kind: 'replace'; transform: (body: Buffer) => Buffer | string };

interface Rule {
  match: string | RegExp;
  fault: Fault;
  /** How many matching requests get the fault (default: all). */
  times: number;
  when: (req: IncomingMessage) => boolean;
}

export interface FaultServer {
  url: string;
  /** Paths requested so far (pathname with query). */
  requests: string[];
  fault(match: string | RegExp, fault: Fault, opts?: { times?: number; when?: (req: IncomingMessage) => boolean }): void;
  clear(): void;
  close(): Promise<void>;
}

/** A service worker's precache request (`cache: 'reload'` / `'no-store'` sends no-cache). */
export const fromServiceWorkerInstall = (req: IncomingMessage): boolean => /no-cache/.test(String(req.headers['cache-control'] ?? ''));

export async function faultServer(root: string, port: number): Promise<FaultServer> {
  let rules: Rule[] = [];
  const requests: string[] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    requests.push(url.pathname + url.search);
    let path = decodeURIComponent(url.pathname);
    if (path.endsWith('/')) path += 'index.html';
    const rule = rules.find((r) => r.times > 0 && (typeof r.match === 'string' ? path === r.match : r.match.test(path)) && r.when(req));
    if (rule) rule.times--;
    const fault = rule?.fault;
    if (fault?.kind === 'status') return void res.writeHead(fault.status, { 'content-type': 'text/plain' }).end(`fault ${fault.status}`);
    const file = normalize(join(root, path));
    if (!file.startsWith(normalize(root))) return void res.writeHead(403).end();
    let body: Buffer;
    try {
      body = await readFile(file);
    } catch {
      return void res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
    const headers: Record<string, string | number> = {
      'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
    };
    if (fault?.kind === 'delay') await new Promise((r) => setTimeout(r, fault.ms));
    if (fault?.kind === 'replace') {
      const out = fault.transform(body);
      body = typeof out === 'string' ? Buffer.from(out) : out;
    }
    if (fault?.kind === 'truncate') body = body.subarray(0, Math.floor(body.length * (fault.fraction ?? 0.5)));
    if (fault?.kind === 'corrupt') {
      body = Buffer.from(body);
      for (let i = Math.floor(body.length / 2); i < Math.min(body.length, Math.floor(body.length / 2) + 64); i++) body[i] = body[i]! ^ 0xff;
    }
    headers['content-length'] = body.length;
    res.writeHead(200, headers);
    if (fault?.kind === 'stall' || fault?.kind === 'cut') {
      res.write(body.subarray(0, Math.floor(body.length / 2)));
      if (fault.kind === 'cut') setTimeout(() => res.socket?.destroy(), 50);
      return; // stall: nothing more, until the client gives up or the server closes
    }
    res.end(body);
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((ok) => server.listen(port, '127.0.0.1', ok));
  return {
    url: `http://127.0.0.1:${port}/`,
    requests,
    fault(match, fault, opts = {}) {
      rules.push({ match, fault, times: opts.times ?? Infinity, when: opts.when ?? (() => true) });
    },
    clear() {
      rules = [];
    },
    close: () =>
      new Promise<void>((ok) => {
        for (const s of sockets) s.destroy();
        server.close(() => ok());
      }),
  };
}
