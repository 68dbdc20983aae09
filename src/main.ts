import { hydrate, mount } from 'svelte';
import './app.css';
import App from './App.svelte';
import { Atlas } from './lib/state/atlas.svelte.ts';
import { Boot } from './lib/data/boot.ts';
import { buildGeometry, PlanarTopology } from './lib/geo/topology.ts';
import { openAtlasDb } from './lib/data/open.ts';
import { fetchFile } from './lib/data/fetch.ts';
import { readManifest } from './lib/data/manifest.ts';
import { offline } from './lib/data/offline.svelte.ts';
import { MESSAGES } from './lib/i18n/messages.ts';
import { replayEarlyInput, startingDone } from './lib/early.ts';
import { DEFAULT_GEBIETSSTAND, gebietsstandOf } from './lib/state/gebietsstand.ts';
import { dataDir, DEFAULT_SCOPE, scopeOf } from './lib/state/scope.ts';

const BASE = document.baseURI;
/** The Gebietsstand asked for decides which data set the page loads (another one: a new page load). */
const GEBIETSSTAND = gebietsstandOf(location.search);
/** Hessen or all of Germany: the national data set loads only when asked for. */
const SCOPE = scopeOf(location.search);
const DATA_DIR = dataDir(GEBIETSSTAND, SCOPE);
const DATA_URL = new URL(DATA_DIR, BASE).href;
/** The files of this page's version (hashes, sizes, rows), written by the build; null in development. */
const manifest = readManifest(document);

async function json(name: string): Promise<unknown> {
  const bytes = await fetchFile(BASE, `${DATA_DIR}${name}`, manifest);
  return JSON.parse(new TextDecoder().decode(bytes));
}

function paintedMark() {
  requestAnimationFrame(() => requestAnimationFrame(() => performance.mark('choropleth-painted')));
}

const afterPaint = new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

async function start() {
  const target = document.getElementById('app')!;
  try {
    // The prerendered map is painted before any heavy work (parsing, hydration) takes the main
    // thread. DuckDB's downloads are requested just before hydration, its worker starts after it:
    // started earlier, its compile slowed hydration by ≈190 ms and gained only ≈100 ms (2 cores).
    // The prerendered page shows the default Gebietsstand; another one is mounted fresh.
    const prerendered = target.dataset.prerendered && GEBIETSSTAND === DEFAULT_GEBIETSSTAND && SCOPE === DEFAULT_SCOPE;
    if (prerendered) await afterPaint;
    const [boot, topo] = await Promise.all([json('boot.json'), json('geo.topo.json')]);
    const atlas = new Atlas(Boot.parse(boot), buildGeometry(PlanarTopology.parse(topo)), GEBIETSSTAND, SCOPE);
    // One promise for the database, awaited by the app; a failed one is forgotten ("Erneut versuchen").
    let db: ReturnType<typeof openAtlasDb> | undefined;
    const openDb = (fresh = false) => {
      if (fresh) db = undefined;
      return (db ??= openAtlasDb(DATA_URL, manifest, DATA_DIR).catch((e: unknown) => {
        db = undefined;
        throw e;
      }));
    };
    const props = { atlas, openDb };
    if (prerendered) {
      openDb().catch(() => {}); // failures are reported by the app, which awaits the same promise
      hydrate(App, { target, props });
      // What the user clicked or chose while the page was starting is applied once the app has
      // mounted (it reads the URL on mount, which would undo an earlier replay).
      setTimeout(replayEarlyInput, 0);
    } else {
      target.textContent = '';
      mount(App, { target, props });
      paintedMark();
    }
    startingDone();
    performance.mark('app-interactive');
    if (import.meta.env.PROD) {
      // Offline after one visit: registered once the page is interactive.
      setTimeout(() => offline.register('./sw.js'), 1000);
    }
  } catch (e) {
    // Keep whatever the page already shows (the prerendered map) and say what failed.
    console.error(e);
    startingDone();
    const p = document.createElement('p');
    p.className = 'boot-error';
    p.setAttribute('role', 'alert');
    p.textContent = `${MESSAGES.de.bootFailed} (${e instanceof Error ? e.message : String(e)}) · ${MESSAGES.en.bootFailed} `;
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = 'Neu laden · Reload';
    button.addEventListener('click', () => location.reload());
    p.append(button);
    document.body.prepend(p);
  }
}

void start();
