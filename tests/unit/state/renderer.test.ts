import { expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { buildGeometry, PlanarTopology } from '../../../src/lib/geo/topology.ts';
import { rendererFor } from '../../../src/lib/state/renderer.ts';

it('keeps every Hessen level on SVG (its first paint is prerendered SVG) and draws all German Gemeinden on a canvas', () => {
  const geo = buildGeometry(PlanarTopology.parse(JSON.parse(readFileSync('public/data/geo.topo.json', 'utf8'))));
  for (const shapes of Object.values(geo.shapes)) expect(rendererFor(shapes.length)).toBe('svg');
  expect(rendererFor(10_949)).toBe('canvas');
});
