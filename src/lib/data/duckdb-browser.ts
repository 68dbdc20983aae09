// The browser's one DuckDB-WASM instance, behind one promise. Everything is imported lazily so
// the 34 MB engine never delays the first map; wasm and worker come from our own origin.
import type { AsyncDuckDB, AsyncDuckDBConnection, AsyncPreparedStatement } from '@duckdb/duckdb-wasm';
import type { Db } from './db.ts';

let instance: Promise<Db> | null = null;
/** Cache of the service worker that keeps DuckDB's wasm for offline use (scripts/service-worker.ts). */
export const DUCKDB_CACHE = 'atlas-duckdb';
const START_TIMEOUT_MS = 120_000;
const MAX_PREPARED = 64;

async function probeEngine(url: string): Promise<void> {
  const cached = typeof caches !== 'undefined' ? await caches.match(url).catch(() => undefined) : undefined;
  if (cached) return;
  const probe = await fetch(url, { method: 'HEAD' }).catch((e: unknown) => {
    throw new Error(`DuckDB-Programmdatei nicht erreichbar (${e instanceof Error ? e.message : String(e)})`);
  });
  if (!probe.ok) throw new Error(`DuckDB-Programmdatei nicht erreichbar (HTTP ${probe.status})`);
}

async function start(): Promise<Db> {
  const [duckdb, mvpWasm, mvpWorker, ehWasm, ehWorker] = await Promise.all([
    import('@duckdb/duckdb-wasm'),
    import('@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url'),
    import('@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url'),
    import('@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url'),
    import('@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url'),
  ]);
  const bundle = await duckdb.selectBundle({
    mvp: { mainModule: mvpWasm.default, mainWorker: mvpWorker.default },
    eh: { mainModule: ehWasm.default, mainWorker: ehWorker.default },
  });
  if (typeof WebAssembly !== 'object') throw new Error('Dieser Browser kann kein WebAssembly ausführen');
  const worker = new Worker(bundle.mainWorker!);
  const db: AsyncDuckDB = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
  // Errors that still happen inside the worker (or a stalled download) end the wait.
  let timer: ReturnType<typeof setTimeout> | undefined;
  const failed = new Promise<never>((_, reject) => {
    worker.addEventListener('error', (e) => {
      e.preventDefault();
      reject(new Error(e.message || 'DuckDB-Worker abgebrochen'));
    });
    timer = setTimeout(() => reject(new Error(`DuckDB nicht in ${START_TIMEOUT_MS / 1000} s gestartet`)), START_TIMEOUT_MS);
    // A blocked or missing wasm file only fails inside the worker, where instantiate() never
    // settles; asking the server in parallel gives the user a clear message at once.
    // (Offline, the service worker's cache holds it: no need to ask.)
    void probeEngine(bundle.mainModule).catch(reject);
  });
  failed.catch(() => {}); // settled by the race below; never an unhandled rejection
  try {
    await Promise.race([db.instantiate(bundle.mainModule, bundle.pthreadWorker), failed]);
    await Promise.race([db.open({ query: { castBigIntToDouble: true } }), failed]);
  } catch (e) {
    worker.terminate();
    throw e;
  } finally {
    clearTimeout(timer);
  }
  engineUrl = bundle.mainModule;
  const conn: AsyncDuckDBConnection = await db.connect();
  const prepared = new Map<string, Promise<AsyncPreparedStatement>>();
  return {
    async insertArrow(name, bytes) {
      await conn.insertArrowFromIPCStream(bytes, { name, create: true });
    },
    async exec(sql) {
      await conn.query(sql);
    },
    async query(sql, params = []) {
      let stmt = prepared.get(sql);
      if (stmt) prepared.delete(sql);
      else stmt = conn.prepare(sql);
      prepared.set(sql, stmt);
      // Bounded like every other cache: the least recently used statement is closed.
      for (const [old, p] of prepared) {
        if (prepared.size <= MAX_PREPARED) break;
        prepared.delete(old);
        void p.then((s) => s.close()).catch(() => {});
      }
      return (await stmt).query(...params);
    },
    terminate() {
      worker.terminate();
      instance = null;
    },
  };
}

/**
 * On the first visit the worker fetched the wasm before the service worker was in control, so it
 * is put into the offline cache now (usually from the HTTP cache, not the network).
 */
let engineUrl: string | null = null;
function keepForOffline(url: string | null = engineUrl): void {
  const worker = navigator.serviceWorker?.controller;
  if (url && worker) worker.postMessage({ type: 'keep-engine', url });
}

/**
 * Keeps the loaded engine for offline use once the data are loaded and the page is idle, so the
 * copy never competes with starting up.
 */
export function keepDuckdbForOffline(): void {
  if (typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;
  const later = (globalThis as { requestIdleCallback?: (f: () => void) => void }).requestIdleCallback ?? ((f: () => void) => setTimeout(f, 2000));
  const keep = () => later(() => keepForOffline());
  // On a first visit the service worker takes control only after registering.
  if (navigator.serviceWorker.controller) keep();
  else navigator.serviceWorker.addEventListener('controllerchange', keep, { once: true });
}

/** Starts DuckDB once; later calls share the same promise (also a failed one). */
export function duckdb(): Promise<Db> {
  return (instance ??= start());
}
