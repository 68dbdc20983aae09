import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { buildGeometry, PlanarTopology } from '../../../src/lib/geo/topology.ts';
import { buildHitIndex, candidatesAt, hitAt } from '../../../src/lib/geo/hit-index.ts';
import { insideRings, ringsOf } from '../../support/path-rings.ts';

const geo = buildGeometry(PlanarTopology.parse(JSON.parse(readFileSync('public/data/geo.topo.json', 'utf8'))));

describe.each(['gemeinde', 'kreis', 'rb'] as const)('hit index of the %s shapes (real Hessen geometry)', (level) => {
  const shapes = geo.shapes[level];
  const index = buildHitIndex(shapes.map((s) => s.bbox));
  const rings = shapes.map((s) => ringsOf(s.d));
  const contains = (i: number, x: number, y: number) => insideRings(rings[i]!, x, y);

  it('finds every region at its label point, as that region', () => {
    const wrong = shapes.filter((s, i) => hitAt(index, s.label[0], s.label[1], contains) !== i).map((s) => s.ags);
    expect(wrong).toEqual([]);
  });

  it('finds nothing outside Hessen: the corners of the map and beyond its edges', () => {
    for (const [x, y] of [
      [1, 1],
      [geo.width - 1, 1],
      [1, geo.height - 1],
      [geo.width - 1, geo.height - 1],
      [-50, 700],
      [geo.width + 50, 700],
      [500, -10],
      [500, geo.height + 10],
    ] as const) {
      expect(hitAt(index, x, y, contains), `${x},${y}`).toBe(-1);
    }
  });

  it('offers as candidates exactly the shapes whose bounding box holds the point', () => {
    for (const s of shapes) {
      const [x, y] = s.label;
      const brute = shapes.flatMap((t, i) => (x >= t.bbox[0] && x <= t.bbox[2] && y >= t.bbox[1] && y <= t.bbox[3] ? [i] : []));
      expect(candidatesAt(index, x, y), s.ags).toEqual(brute);
    }
  });
});

it('every shape is a candidate at every point of its bounding box (corners included)', () => {
  const shapes = geo.shapes.gemeinde;
  const index = buildHitIndex(shapes.map((s) => s.bbox));
  shapes.forEach((s, i) => {
    const [x0, y0, x1, y1] = s.bbox;
    for (const [x, y] of [
      [x0, y0],
      [x1, y1],
      [x0, y1],
      [x1, y0],
      [(x0 + x1) / 2, (y0 + y1) / 2],
    ] as const)
      expect(candidatesAt(index, x, y), s.ags).toContain(i);
  });
});

it('keeps each grid cell small: no cell of the Gemeinde grid lists more than 5 % of the shapes', () => {
  const index = buildHitIndex(geo.shapes.gemeinde.map((s) => s.bbox));
  const sizes = Array.from({ length: index.cols * index.rows }, (_, c) => index.start[c + 1]! - index.start[c]!);
  expect(Math.max(...sizes)).toBeLessThanOrEqual(geo.shapes.gemeinde.length * 0.05);
});

it('an empty shape list finds nothing', () => {
  expect(hitAt(buildHitIndex([]), 0, 0, () => true)).toBe(-1);
});
