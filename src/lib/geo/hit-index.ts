// Which region is under the pointer, without a DOM element per region: a uniform grid of the
// shapes' bounding boxes (built once per shape list) narrows 10,949 shapes to a handful of
// candidates, and an exact point-in-shape test (the canvas' isPointInPath) decides among them.
import type { Box } from './zoom.ts';

export interface HitIndex {
  /** Extent of all boxes, cell size (map units); `cols` × `rows` cells. */
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  cell: number;
  cols: number;
  rows: number;
  /** Shape indices per cell, cell c at items[start[c] .. start[c + 1]) (compressed rows). */
  start: Int32Array;
  items: Int32Array;
  boxes: Box[];
}

/**
 * Grid over `boxes` (map units) with about `perCell` boxes' worth of area per cell, so a query
 * looks at a few candidates whatever the number of shapes. Empty boxes are indexed nowhere.
 */
export function buildHitIndex(boxes: Box[], perCell = 1): HitIndex {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const b of boxes) {
    x0 = Math.min(x0, b[0]);
    y0 = Math.min(y0, b[1]);
    x1 = Math.max(x1, b[2]);
    y1 = Math.max(y1, b[3]);
  }
  if (!(x1 > x0 && y1 > y0))
    return { x0: 0, y0: 0, x1: 0, y1: 0, cell: 1, cols: 0, rows: 0, start: new Int32Array(1), items: new Int32Array(0), boxes };
  const cell = Math.sqrt(((x1 - x0) * (y1 - y0) * perCell) / boxes.length);
  const cols = Math.max(1, Math.ceil((x1 - x0) / cell));
  const rows = Math.max(1, Math.ceil((y1 - y0) / cell));
  const colOf = (x: number) => Math.min(cols - 1, Math.floor((x - x0) / cell));
  const rowOf = (y: number) => Math.min(rows - 1, Math.floor((y - y0) / cell));
  // Two passes (count, then fill) so the cells are two flat arrays, not 10,000 small ones.
  const count = new Int32Array(cols * rows + 1);
  const each = (b: Box, f: (c: number) => void) => {
    if (!(b[2] >= b[0] && b[3] >= b[1])) return;
    for (let r = rowOf(b[1]); r <= rowOf(b[3]); r++) for (let c = colOf(b[0]); c <= colOf(b[2]); c++) f(r * cols + c);
  };
  for (const b of boxes) each(b, (c) => count[c + 1]!++);
  for (let c = 0; c < cols * rows; c++) count[c + 1]! += count[c]!;
  const items = new Int32Array(count[cols * rows]!);
  const fill = count.slice(0, -1);
  boxes.forEach((b, i) => each(b, (c) => (items[fill[c]!++] = i)));
  return { x0, y0, x1, y1, cell, cols, rows, start: count, items, boxes };
}

/** Indices of the shapes whose bounding box contains the point (x, y) in map units. */
export function candidatesAt(index: HitIndex, x: number, y: number): number[] {
  const { x0, y0, x1, y1, cell, cols, rows, start, items, boxes } = index;
  if (cols === 0 || !(x >= x0 && x <= x1 && y >= y0 && y <= y1)) return [];
  // Clamped as when building: a point on the far edge belongs to the last cell.
  const col = Math.min(cols - 1, Math.floor((x - x0) / cell));
  const row = Math.min(rows - 1, Math.floor((y - y0) / cell));
  const out: number[] = [];
  const k = row * cols + col;
  for (let j = start[k]!; j < start[k + 1]!; j++) {
    const i = items[j]!;
    const b = boxes[i]!;
    if (x >= b[0] && x <= b[2] && y >= b[1] && y <= b[3]) out.push(i);
  }
  return out;
}

/**
 * Index of the shape containing (x, y), by `contains(i, x, y)` on the candidates (in index order,
 * so on a shared border the first shape wins); -1 where no shape is.
 */
export function hitAt(index: HitIndex, x: number, y: number, contains: (i: number, x: number, y: number) => boolean): number {
  for (const i of candidatesAt(index, x, y)) if (contains(i, x, y)) return i;
  return -1;
}
