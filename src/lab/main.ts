// The workbench (lab.html, built beside the atlas by scripts/build-app.ts) for features not yet wired
// into the atlas: own data and the SQL console, on the same boot data and tables as the app.
// ?view=owndata|sql|map (map: the canvas map on Hessen's geometry; &renderer=svg the SVG map), ?lang=en,
// ?sql=<query from a link>.
import { mount } from 'svelte';
import '../app.css';
import { Boot } from '../lib/data/boot.ts';
import { decodeQuery } from '../lib/sql/share.ts';
import Lab from './Lab.svelte';
import MapLab from './MapLab.svelte';
import { Atlas } from '../lib/state/atlas.svelte.ts';
import { buildGeometry, PlanarTopology } from '../lib/geo/topology.ts';

const DATA_URL = new URL('data/', document.baseURI).href;
const params = new URLSearchParams(location.search);
const res = await fetch(DATA_URL + 'boot.json');
const boot = Boot.parse(await res.json());
const sqlParam = params.get('sql');
const sql = sqlParam ? await decodeQuery(sqlParam) : null;
const view = params.get('view') === 'owndata' ? 'owndata' : params.get('view') === 'sql' ? 'sql' : 'both';
const lang = params.get('lang') === 'en' ? 'en' : 'de';
document.documentElement.lang = lang;
if (params.get('view') === 'map') {
  const topo = PlanarTopology.parse(await (await fetch(DATA_URL + 'geo.topo.json')).json());
  const atlas = new Atlas(boot, buildGeometry(topo));
  atlas.set({ lang });
  mount(MapLab, {
    target: document.getElementById('app')!,
    props: { atlas, renderer: params.get('renderer') === 'svg' ? 'svg' : 'canvas' },
  });
} else {
  mount(Lab, {
    target: document.getElementById('app')!,
    props: { boot, dataUrl: DATA_URL, lang, view, sql, fromLink: sqlParam !== null, badLink: sqlParam !== null && sql === null },
  });
}
performance.mark('lab-ready');
