// Paints the fills of Map.canvas.svelte: one Path2D per shape (built once per shape list), one
// fillStyle per colour (shapes grouped by colour), the no-data hatch as a pattern like the SVG's.
import type { Shape } from '../geo/topology.ts';
import type { ScreenTransform } from '../geo/screen.ts';
import { NO_DATA, UNINHABITED } from '../scales/palette.ts';

const paths = new WeakMap<Shape[], Path2D[]>();

/** The shapes' Path2D objects, in their order; parsed once per shape list. */
export function pathsOf(shapes: Shape[]): Path2D[] {
  let p = paths.get(shapes);
  if (!p) paths.set(shapes, (p = shapes.map((s) => new Path2D(s.d))));
  return p;
}

/**
 * The union of some shapes' paths, kept for the views seen last: copying 10.949 paths into unions
 * costs more than filling them, and the slider and back-and-forth switches repeat the same classes.
 */
const UNIONS_KEPT = 48;
const unions = new WeakMap<Shape[], Map<string, Path2D>>();
function unionOf(shapes: Shape[], p: Path2D[], list: number[]): Path2D {
  let cache = unions.get(shapes);
  if (!cache) unions.set(shapes, (cache = new Map()));
  // FNV-1a over the indices: the same members give the same key
  let h = 0x811c9dc5;
  for (const i of list) h = Math.imul(h ^ i, 0x01000193);
  const key = `${list.length}:${h >>> 0}:${list[0]}:${list[list.length - 1]}`;
  let union = cache.get(key);
  if (union) {
    cache.delete(key);
  } else {
    union = new Path2D();
    for (const i of list) union.addPath(p[i]!);
    if (cache.size >= UNIONS_KEPT) cache.delete(cache.keys().next().value!);
  }
  cache.set(key, union);
  return union;
}

let lastMesh: { d: string; path: Path2D } | null = null;
function meshPath(d: string): Path2D {
  if (lastMesh?.d !== d) lastMesh = { d, path: new Path2D(d) };
  return lastMesh.path;
}

/** Opacity of regions outside the legend filter (the SVG map's `.faded`). */
const FADED = 0.18;
/** The SVG's #hatch-nodata: 5 map units, rotated 45°, a 1.6-wide line centred on the tile's edge. */
const HATCH = 5;
const HATCH_LINE = 0.8;

const hatches = new WeakMap<CanvasRenderingContext2D, { px: number; pattern: CanvasPattern }>();

/** The hatch at about device resolution (a new tile only when the zoom or pixel ratio changes). */
function hatchFor(ctx: CanvasRenderingContext2D, devicePerUnit: number): CanvasPattern | string {
  const px = Math.min(256, Math.max(8, Math.round(HATCH * devicePerUnit)));
  const cached = hatches.get(ctx);
  if (cached?.px === px) return cached.pattern;
  const tile = document.createElement('canvas');
  tile.width = tile.height = px;
  const t = tile.getContext('2d');
  if (!t) return NO_DATA;
  t.fillStyle = NO_DATA;
  t.fillRect(0, 0, px, px);
  t.fillStyle = '#8c8c8c';
  t.fillRect(0, 0, (HATCH_LINE / HATCH) * px, px);
  const pattern = ctx.createPattern(tile, 'repeat');
  if (!pattern) return NO_DATA;
  pattern.setTransform(new DOMMatrix().rotate(45).scale(HATCH / px));
  hatches.set(ctx, { px, pattern });
  return pattern;
}

export interface FillView {
  shapes: Shape[];
  fills: Map<string, string>;
  uninhabited: Set<string>;
  filtered: Set<string> | null;
  /** Drawn over the fills in white, 0.6 px wide (the SVG's .fine-borders) or one device pixel, or null. */
  fineBorders: string | null;
}

/** Shape indices per colour ('' = no data) and per faded state: one fillStyle per group. */
function groups(v: FillView): Map<string, number[]> {
  const out = new Map<string, number[]>();
  v.shapes.forEach((s, i) => {
    const colour = v.fills.get(s.ags) ?? (v.uninhabited.has(s.ags) ? UNINHABITED : '');
    const key = `${v.filtered !== null && !v.filtered.has(s.ags) ? 'f' : 'n'}${colour}`;
    const list = out.get(key);
    if (list) list.push(i);
    else out.set(key, [i]);
  });
  return out;
}

/**
 * Clears `canvas` (sized to `cssWidth` × `cssHeight` at `dpr`) and paints the view through
 * `screen` (map units → CSS pixels).
 */
export function paintFills(
  canvas: HTMLCanvasElement,
  cssWidth: number,
  cssHeight: number,
  dpr: number,
  screen: ScreenTransform,
  v: FillView,
): void {
  const w = Math.round(cssWidth * dpr);
  const h = Math.round(cssHeight * dpr);
  // Assigning the size clears the canvas (and its state) even when unchanged: only when needed.
  if (canvas.width !== w) canvas.width = w;
  if (canvas.height !== h) canvas.height = h;
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.clearRect(0, 0, w, h);
  if (!(screen.k > 0)) return;
  ctx.setTransform(dpr * screen.k, 0, 0, dpr * screen.k, dpr * screen.ox, dpr * screen.oy);
  const p = pathsOf(v.shapes);
  for (const [key, list] of groups(v)) {
    const colour = key.slice(1);
    ctx.globalAlpha = key[0] === 'f' ? FADED : 1;
    ctx.fillStyle = colour || hatchFor(ctx, dpr * screen.k);
    // One fill per colour: thousands of fill calls cost more than rasterising one path of many rings.
    // Shapes do not overlap, so even-odd over the union is even-odd per shape.
    ctx.fill(unionOf(v.shapes, p, list), 'evenodd');
  }
  ctx.globalAlpha = 1;
  if (v.fineBorders) {
    ctx.strokeStyle = '#fff';
    // At most one device pixel: Skia strokes that as a hairline. 1.2 device px (0.6 px at a pixel
    // ratio of 2) took 500–900 ms for the 10,949 Gemeinden's mesh without a GPU, a hairline 10 ms.
    ctx.lineWidth = Math.min(0.6, 1 / dpr) / screen.k;
    ctx.lineJoin = 'round';
    ctx.stroke(meshPath(v.fineBorders));
  }
}

let hitContext: CanvasRenderingContext2D | null = null;

/** Whether map point (x, y) lies in `path` (even-odd, as drawn); exact, not by pixels. */
export function pathContains(path: Path2D, x: number, y: number): boolean {
  hitContext ??= document.createElement('canvas').getContext('2d');
  return hitContext?.isPointInPath(path, x, y, 'evenodd') ?? false;
}
