// Server render of the first view, used at build time to prerender index.html.
import { render } from 'svelte/server';
import App from './App.svelte';
import { Atlas } from './lib/state/atlas.svelte.ts';
import { Boot } from './lib/data/boot.ts';
import { buildGeometry, PlanarTopology } from './lib/geo/topology.ts';

export function renderFirstView(boot: unknown, topo: unknown): { head: string; body: string } {
  const atlas = new Atlas(Boot.parse(boot), buildGeometry(PlanarTopology.parse(topo)));
  return render(App, { props: { atlas } });
}
