import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { projectTopology } from '../../scripts/data/geo.ts';
import { buildGeometry, PlanarTopology } from '../../src/lib/geo/topology.ts';
import { nearestInDirection } from '../../src/lib/geo/nearest.ts';

const source = JSON.parse(readFileSync('data/geo/hessen-gemeinden.topo.json', 'utf8'));
const planar = projectTopology(source, { attribution: 'BKG', gebietsstand: '2023–2025' });
const geo = buildGeometry(planar);

describe('map geometry', () => {
  it('has a shape per Gemeinde (421 + 4 gemeindefreie Gebiete), Kreis and Regierungsbezirk', () => {
    expect(geo.shapes.gemeinde).toHaveLength(425);
    expect(geo.shapes.kreis).toHaveLength(26);
    expect(geo.shapes.rb).toHaveLength(3);
    expect(new Set(geo.shapes.gemeinde.map((s) => s.ags)).size).toBe(425);
    for (const s of geo.shapes.gemeinde) expect(s.d, s.ags).toMatch(/^M[\d.]+,[\d.]+L/);
  });

  it('is projected north-up into a 1000-wide frame: Kassel north of Frankfurt, Wiesbaden west of it', () => {
    const at = (ags: string) => geo.shapes.gemeinde.find((s) => s.ags === ags)!.label;
    expect(geo.width).toBe(1000);
    expect(geo.height).toBeGreaterThan(1300);
    expect(at('06611000')[1]).toBeLessThan(at('06412000')[1]);
    expect(at('06414000')[0]).toBeLessThan(at('06412000')[0]);
  });

  it('keeps shapes conformal: Frankfurt is about as wide as tall as on the ground (≈ 23 × 23 km)', () => {
    const [x0, y0, x1, y1] = geo.shapes.gemeinde.find((s) => s.ags === '06412000')!.bbox;
    expect((x1 - x0) / (y1 - y0)).toBeGreaterThan(0.85);
    expect((x1 - x0) / (y1 - y0)).toBeLessThan(1.2);
  });

  it('places every label point inside its own bounding box', () => {
    for (const s of geo.shapes.gemeinde) {
      expect(s.label[0]).toBeGreaterThanOrEqual(s.bbox[0]);
      expect(s.label[0]).toBeLessThanOrEqual(s.bbox[2]);
      expect(s.label[1]).toBeGreaterThanOrEqual(s.bbox[1]);
      expect(s.label[1]).toBeLessThanOrEqual(s.bbox[3]);
    }
  });

  it('draws Kreis and RB borders as meshes', () => {
    expect(geo.kreisBorders.length).toBeGreaterThan(geo.rbBorders.length);
    expect(geo.rbBorders).toMatch(/^M/);
  });
});

describe('keyboard navigation', () => {
  const points = geo.shapes.gemeinde.map((s) => ({ id: s.ags, at: s.label }));
  it('moves from Frankfurt northwards and back southwards', () => {
    const north = nearestInDirection(points, '06412000', 'up')!;
    const p = points.find((x) => x.id === north)!.at;
    expect(p[1]).toBeLessThan(points.find((x) => x.id === '06412000')!.at[1]);
    expect(nearestInDirection(points, north, 'down')).not.toBeNull();
  });
  it('stops at the edge of the map', () => {
    const westmost = [...points].sort((a, b) => a.at[0] - b.at[0])[0]!;
    expect(nearestInDirection(points, westmost.id, 'left')).toBeNull();
  });
});

describe('the national map', () => {
  const national = buildGeometry(PlanarTopology.parse(JSON.parse(readFileSync('public/data/de/geo.topo.json', 'utf8'))));
  /** [x0, y0, x1, y1] of the points of an SVG path. */
  const boxOf = (d: string) => {
    const xy = [...d.matchAll(/(-?[\d.]+),(-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])] as const);
    return [
      Math.min(...xy.map((p) => p[0])),
      Math.min(...xy.map((p) => p[1])),
      Math.max(...xy.map((p) => p[0])),
      Math.max(...xy.map((p) => p[1])),
    ];
  };

  it('emphasises Hessen’s border (exactly its shape’s extent); Hessen’s own map has none', () => {
    expect(geo.emphasis).toBe('');
    const hessen = national.shapes.land.find((s) => s.ags === '06')!;
    expect(boxOf(national.emphasis)).toEqual(hessen.bbox.map((v) => Math.round(v * 10) / 10));
  });

  it('draws the Länder borders where Hessen draws its Regierungsbezirke, and Germany’s outline', () => {
    expect(national.shapes.rb).toEqual([]);
    expect(national.rbBorders.length).toBeGreaterThan(1000);
    const germany = national.shapes.bund[0]!;
    expect(boxOf(national.outline)).toEqual(germany.bbox.map((v) => Math.round(v * 10) / 10));
  });
});
