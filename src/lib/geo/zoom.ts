// The map's zoom to a region: one rule for the screen (a transform of the drawing) and the exports
// (the same part of the map, fitted into the page's frame).

/** Box [x0, y0, x1, y1] in map units. */
export type Box = [number, number, number, number];

/** The region fills at most 1/1.6 of the view, and the view is never smaller than 1/8 of the map. */
const ROOM = 1.6;
const MAX_SCALE = 8;

export interface ZoomView {
  /** ≥ 1; 1 means the whole map (no zoom). */
  scale: number;
  /** Translation applied after `scale`, in map units of the unzoomed drawing. */
  tx: number;
  ty: number;
  /** The part of the map that is visible, in map units (inside [0, width] × [0, height]). */
  view: Box;
}

/**
 * Zoom of a `width` × `height` map to `box`: centred on the box, the box at most 1/1.6 of the
 * view, at most 8×, and never past the map's edges (a region at the border is not centred).
 */
export function zoomView(box: Box | null, width: number, height: number): ZoomView {
  const whole: ZoomView = { scale: 1, tx: 0, ty: 0, view: [0, 0, width, height] };
  if (!box) return whole;
  const [x0, y0, x1, y1] = box;
  const scale = Math.max(1, Math.min(MAX_SCALE, width / ((x1 - x0) * ROOM || 1), height / ((y1 - y0) * ROOM || 1)));
  if (scale === 1) return whole;
  const tx = Math.min(0, Math.max(width - width * scale, width / 2 - ((x0 + x1) / 2) * scale));
  const ty = Math.min(0, Math.max(height - height * scale, height / 2 - ((y0 + y1) / 2) * scale));
  return { scale, tx, ty, view: [-tx / scale, -ty / scale, (width - tx) / scale, (height - ty) / scale] };
}

/**
 * What an export of the zoom to `box` frames: the box with 8 % room on each side, centred, and at
 * least 1/8 of the map wide and high (the screen's deepest zoom), so a small Gemeinde keeps its
 * surroundings. The page's frame then adds what its aspect ratio leaves around it.
 */
export function exportBox(box: Box, width: number, height: number): Box {
  const [x0, y0, x1, y1] = box;
  const w = Math.max((x1 - x0) * 1.16, width / MAX_SCALE);
  const h = Math.max((y1 - y0) * 1.16, height / MAX_SCALE);
  const [cx, cy] = [(x0 + x1) / 2, (y0 + y1) / 2];
  return [cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2];
}
