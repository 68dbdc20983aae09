import { hydrate, mount } from 'svelte';
import './app.css';
import App from './App.svelte';
import { Atlas } from './lib/state/atlas.svelte.ts';
import { Boot } from './lib/data/boot.ts';
import { buildGeometry, PlanarTopology } from './lib/geo/topology.ts';
import { openAtlasDb } from './lib/data/open.ts';
import { MESSAGES } from './lib/i18n/messages.ts';

const DATA_URL = new URL('data/', document.baseURI).href;

async function json(name: string): Promise<unknown> {
  const res = await fetch(DATA_URL + name);
  if (!res.ok) throw new Error(`${name}: HTTP ${res.status}`);
  return res.json();
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
    if (target.dataset.prerendered) await afterPaint;
    const [boot, topo] = await Promise.all([json('boot.json'), json('geo.topo.json')]);
    const atlas = new Atlas(Boot.parse(boot), buildGeometry(PlanarTopology.parse(topo)));
    // One promise for the database, awaited by the app.
    let db: ReturnType<typeof openAtlasDb> | undefined;
    const openDb = (fresh = false) => {
      if (fresh) db = undefined;
      return (db ??= openAtlasDb(DATA_URL));
    };
    const props = { atlas, openDb };
    if (target.dataset.prerendered) {
      openDb().catch(() => {}); // failures are reported by the app, which awaits the same promise
      hydrate(App, { target, props });
    } else {
      target.textContent = '';
      mount(App, { target, props });
      paintedMark();
    }
    performance.mark('app-interactive');
    if (import.meta.env.PROD && 'serviceWorker' in navigator) {
      // Offline after one visit: registered once the page is interactive.
      setTimeout(() => void navigator.serviceWorker.register('./sw.js').catch(() => {}), 1000);
    }
  } catch (e) {
    // Keep whatever the page already shows (the prerendered map) and say what failed.
    console.error(e);
    const p = document.createElement('p');
    p.className = 'boot-error';
    p.setAttribute('role', 'alert');
    p.textContent = `${MESSAGES.de.bootFailed} (${e instanceof Error ? e.message : String(e)}) · ${MESSAGES.en.bootFailed}`;
    document.body.prepend(p);
  }
}

void start();
