// Which map component draws the data set: Hessen's SVG (prerendered), or for many regions (all
// German Gemeinden) the canvas, loaded only then. Chosen per data set, not per level, so a level
// switch never swaps the renderer. Call during component init.
import type { Component } from 'svelte';
import type { MapGeometry } from '../geo/topology.ts';
import { rendererFor } from '../state/renderer.ts';
import MapSvg from './Map.svg.svelte';
import type { MapProps } from './map-props.ts';

export function mapRenderer(geometry: () => MapGeometry): { readonly component: Component<MapProps> | undefined } {
  let canvas = $state<Component<MapProps>>();
  const wantsCanvas = $derived(rendererFor(geometry().shapes.gemeinde.length) === 'canvas');
  $effect(() => {
    // Should its chunk fail to load, the SVG map draws the same (slowly).
    if (wantsCanvas && !canvas)
      void import('./Map.canvas.svelte').then(
        (m) => (canvas = m.default),
        () => (canvas = MapSvg),
      );
  });
  return {
    get component() {
      return wantsCanvas ? canvas : MapSvg;
    },
  };
}
