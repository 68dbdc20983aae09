// Own datasets kept in this browser (IndexedDB) until the user removes them; never sent anywhere.
// Read back through zod, so a damaged or older entry is skipped instead of breaking the page.
import { OwnDataset } from './dataset.ts';

const DB = 'digitalatlas-owndata';
const STORE = 'datasets';

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    if (typeof indexedDB === 'undefined') return reject(new Error('IndexedDB nicht verfügbar'));
    const req = indexedDB.open(DB, 1);
    req.onupgradeneeded = () => req.result.createObjectStore(STORE, { keyPath: 'id' });
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB'));
    req.onblocked = () => reject(new Error('IndexedDB blockiert'));
  });
}

function run<T>(mode: IDBTransactionMode, f: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  return open().then(
    (db) =>
      new Promise<T>((resolve, reject) => {
        const tx = db.transaction(STORE, mode);
        const req = f(tx.objectStore(STORE));
        tx.oncomplete = () => {
          db.close();
          resolve(req.result);
        };
        tx.onerror = tx.onabort = () => {
          db.close();
          reject(tx.error ?? req.error ?? new Error('IndexedDB'));
        };
      }),
  );
}

/** Stored datasets, oldest first; entries that no longer validate are left out (and reported in `skipped`). */
export async function listDatasets(): Promise<{ datasets: OwnDataset[]; skipped: number }> {
  const all = (await run('readonly', (s) => s.getAll())) as unknown[];
  const datasets: OwnDataset[] = [];
  let skipped = 0;
  for (const entry of all) {
    const parsed = OwnDataset.safeParse(entry);
    if (parsed.success) datasets.push(parsed.data);
    else skipped++;
  }
  datasets.sort((a, b) => a.created.localeCompare(b.created));
  return { datasets, skipped };
}

export async function saveDataset(ds: OwnDataset): Promise<void> {
  await run('readwrite', (s) => s.put(OwnDataset.parse(ds)));
}

export async function removeDataset(id: string): Promise<void> {
  await run('readwrite', (s) => s.delete(id));
}
