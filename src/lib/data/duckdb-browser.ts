// The browser's one DuckDB-WASM instance, behind one promise. Everything is imported lazily so
// the 34 MB engine never delays the first map; wasm and worker come from our own origin. The
// page downloads the engine itself (bounded wait, progress, hash checked) and hands the bytes to
// the worker, so a stalled, truncated or corrupted download is reported at once, not by a timeout.
import type { AsyncDuckDB, AsyncDuckDBConnection, AsyncPreparedStatement } from '@duckdb/duckdb-wasm';
import type { Db } from './db.ts';

let instance: Promise<Db> | null = null;
/** Cache of the service worker that keeps DuckDB's wasm for offline use (scripts/service-worker.ts). */
export const DUCKDB_CACHE = 'atlas-duckdb';
/** From the engine's bytes in memory to a running database (compile, open). */
const START_TIMEOUT_MS = 30_000;
const MAX_PREPARED = 64;

/** Loads the engine's bytes given its URL (the page's checked download). */
export type EngineLoader = (url: string) => Promise<Uint8Array>;

async function start(loadEngine: EngineLoader): Promise<Db> {
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
  const wasmUrl = new URL(bundle.mainModule, document.baseURI).href;
  const bytes = await loadEngine(wasmUrl);
  const blobUrl = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/wasm' }));
  const worker = new Worker(bundle.mainWorker!);
  const db: AsyncDuckDB = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
  // Errors inside the worker (its script, the compile) end the wait with their message.
  let timer: ReturnType<typeof setTimeout> | undefined;
  const failed = new Promise<never>((_, reject) => {
    worker.addEventListener('error', (e) => {
      e.preventDefault();
      reject(new Error(`DuckDB-Worker: ${e.message || 'abgebrochen'}`));
    });
    worker.addEventListener('messageerror', () => reject(new Error('DuckDB-Worker: Nachricht nicht lesbar')));
    timer = setTimeout(() => reject(new Error(`DuckDB nicht in ${START_TIMEOUT_MS / 1000} s gestartet`)), START_TIMEOUT_MS);
  });
  failed.catch(() => {}); // settled by the race below; never an unhandled rejection
  try {
    await Promise.race([
      db.instantiate(blobUrl, bundle.pthreadWorker).catch((e: unknown) => {
        throw new Error(`DuckDB-Programm nicht startbar: ${e instanceof Error ? e.message : String(e)}`);
      }),
      failed,
    ]);
    await Promise.race([db.open({ query: { castBigIntToDouble: true } }), failed]);
  } catch (e) {
    worker.terminate();
    throw e;
  } finally {
    clearTimeout(timer);
    URL.revokeObjectURL(blobUrl);
  }
  engineUrl = wasmUrl;
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
 * On the first visit the page fetched the wasm before the service worker was in control, so it
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

/** Starts DuckDB once; later calls share the same promise. A failed start is forgotten, so "Erneut versuchen" starts afresh. */
export function duckdb(loadEngine: EngineLoader): Promise<Db> {
  return (instance ??= start(loadEngine).catch((e: unknown) => {
    instance = null;
    throw e;
  }));
}
