// Every download of the page: a bounded wait (no byte for IDLE_MS, or longer than TOTAL_MS in all,
// ends it with a specific error), progress in bytes, and the content checked against the build's
// hash. A file that does not match is fetched once more after the offline cache was dropped (it
// may hold a truncated copy); if it still does not match it belongs to another version.
import { sha256Hex, versionedPath, type Manifest } from './manifest.ts';

export const IDLE_MS = 8_000;
export const TOTAL_MS = 180_000;

export type FetchFailure = 'http' | 'timeout' | 'network' | 'mismatch';

export class FetchError extends Error {
  constructor(
    readonly kind: FetchFailure,
    readonly file: string,
    detail: string,
    readonly status = 0,
  ) {
    super(`${file}: ${detail}`);
  }
}

export interface FetchOptions {
  onProgress?: (bytes: number) => void;
  idleMs?: number;
  cache?: RequestCache;
}

/** Reads a response to the end; aborts when no byte arrives for `idleMs`. */
export async function download(url: string, file: string, opts: FetchOptions = {}): Promise<Uint8Array> {
  const idleMs = opts.idleMs ?? IDLE_MS;
  const controller = new AbortController();
  let reason: FetchError | null = null;
  let idle: ReturnType<typeof setTimeout> | undefined;
  const arm = () => {
    clearTimeout(idle);
    idle = setTimeout(() => {
      reason = new FetchError('timeout', file, `keine Daten seit ${idleMs / 1000} s`);
      controller.abort();
    }, idleMs);
  };
  const total = setTimeout(() => {
    reason = new FetchError('timeout', file, `nicht in ${TOTAL_MS / 1000} s geladen`);
    controller.abort();
  }, TOTAL_MS);
  try {
    arm();
    const res = await fetch(url, { signal: controller.signal, cache: opts.cache ?? 'default' });
    if (!res.ok) throw new FetchError('http', file, `HTTP ${res.status}`, res.status);
    const parts: Uint8Array[] = [];
    let size = 0;
    if (!res.body) return new Uint8Array(await res.arrayBuffer());
    const reader = res.body.getReader();
    for (;;) {
      arm();
      const { done, value } = await reader.read();
      if (done) break;
      parts.push(value);
      size += value.length;
      opts.onProgress?.(size);
    }
    const out = new Uint8Array(size);
    let at = 0;
    for (const p of parts) {
      out.set(p, at);
      at += p.length;
    }
    return out;
  } catch (e) {
    if (reason) throw reason;
    if (e instanceof FetchError) throw e;
    throw new FetchError('network', file, `Verbindung abgebrochen (${e instanceof Error ? e.message : String(e)})`);
  } finally {
    clearTimeout(idle);
    clearTimeout(total);
  }
}

/** Drops the offline copies (precache of every version, and the engine entry), so the next request goes to the network. */
export async function dropOfflineCopies(url: string): Promise<void> {
  if (typeof caches === 'undefined') return;
  const keys = await caches.keys().catch(() => [] as string[]);
  await Promise.all(keys.filter((k) => k.startsWith('atlas-precache-')).map((k) => caches.delete(k)));
  const engine = await caches.open('atlas-duckdb').catch(() => null);
  await engine?.delete(url.split('?')[0]!);
  navigator.serviceWorker?.controller?.postMessage({ type: 'repair' });
}

/** A file of this page's version (`path` relative to `base`), verified against the manifest when there is one. */
export async function fetchFile(base: string, path: string, manifest: Manifest | null, opts: FetchOptions = {}): Promise<Uint8Array> {
  const entry = manifest?.files[path];
  const url = new URL(versionedPath(path, entry), base).href;
  const check = async (bytes: Uint8Array) => !entry || (bytes.length === entry.bytes && (await sha256Hex(bytes)) === entry.sha256);
  const first = await download(url, path, opts);
  if (await check(first)) return first;
  await dropOfflineCopies(url);
  const second = await download(url, path, { ...opts, cache: 'reload' });
  if (await check(second)) return second;
  throw new FetchError('mismatch', path, `Inhalt passt nicht zu dieser Version der Seite (${second.length} statt ${entry!.bytes} B)`);
}
