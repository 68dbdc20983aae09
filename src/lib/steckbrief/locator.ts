// The Steckbrief's locator map: the region, its neighbours (named) and, for Hessen, its
// Regierungsbezirke, cut out of the atlas geometry around them.
import type { Region } from '../data/boot.ts';
import type { MapGeometry, Shape } from '../geo/topology.ts';

/** Catalogue source of the map geometry (VG250), credited on the sheet. */
export const MAP_SOURCE = 'bkg';

export interface LocatorModel {
  viewBox: [number, number, number, number];
  region: Shape | null;
  /** Hessen: its parts are drawn over it. */
  regionUnder: boolean;
  /** Neighbours (for Hessen: its Regierungsbezirke), with their label position inside the view. */
  others: { shape: Shape; label: [number, number] }[];
  /** Hessen's outline for orientation. */
  outline: string;
}

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

export function locatorModel(geometry: MapGeometry, region: Region): LocatorModel {
  const own = geometry.shapes[region.level].find((s) => s.ags === region.ags) ?? null;
  const others =
    region.level === 'land'
      ? geometry.shapes.rb
      : own
        ? own.neighbours.flatMap((ags) => geometry.shapes[region.level].filter((s) => s.ags === ags))
        : [];
  // The region and its neighbours' nearer halves: a neighbour's whole box can be far larger.
  const boxes = own ? [own.bbox] : others.map((s) => s.bbox);
  let [x0, y0, x1, y1] = boxes.reduce(
    (a, b) => [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2]), Math.max(a[3], b[3])],
    [Infinity, Infinity, -Infinity, -Infinity],
  );
  if (!Number.isFinite(x0)) [x0, y0, x1, y1] = [0, 0, geometry.width, geometry.height];
  const size = Math.max(x1 - x0, y1 - y0);
  const pad = region.level === 'land' ? size * 0.02 : size * 0.6;
  const vb: [number, number, number, number] = [x0 - pad, y0 - pad, x1 - x0 + 2 * pad, y1 - y0 + 2 * pad];
  const inset = Math.min(vb[2], vb[3]) * 0.08;
  return {
    viewBox: vb,
    region: own,
    regionUnder: region.level === 'land',
    others: others.map((shape) => ({
      shape,
      label: [clamp(shape.label[0], vb[0] + inset, vb[0] + vb[2] - inset), clamp(shape.label[1], vb[1] + inset, vb[1] + vb[3] - inset)],
    })),
    outline: geometry.outline,
  };
}

/**
 * Which labels the map can show without overlap (greedy, larger neighbours first); the others
 * are still named in the caption. Width is estimated from the name's length.
 */
export function visibleLabels(others: LocatorModel['others'], nameOf: (ags: string) => string, font: number): Set<string> {
  const area = (s: { bbox: [number, number, number, number] }) => (s.bbox[2] - s.bbox[0]) * (s.bbox[3] - s.bbox[1]);
  const placed: [number, number, number, number][] = [];
  const out = new Set<string>();
  for (const o of [...others].sort((a, b) => area(b.shape) - area(a.shape))) {
    const w = nameOf(o.shape.ags).length * font * 0.56;
    const box: [number, number, number, number] = [
      o.label[0] - w / 2,
      o.label[1] - font * 0.6,
      o.label[0] + w / 2,
      o.label[1] + font * 0.6,
    ];
    if (placed.some((p) => box[0] < p[2] && box[2] > p[0] && box[1] < p[3] && box[3] > p[1])) continue;
    placed.push(box);
    out.add(o.shape.ags);
  }
  return out;
}
