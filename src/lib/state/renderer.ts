// Which map renderer a data set's map gets (by its number of Gemeinden): SVG keeps a focusable, labelled path per region and
// is prerendered (Hessen, ≤ 425 shapes); beyond a few thousand shapes only a canvas repaints a
// view switch in time (≈ 13 µs per SVG path against ≈ 6 µs per canvas fill, PERFORMANCE.md).
export type MapRenderer = 'svg' | 'canvas';

/** Above this many shapes the map is drawn on a canvas. */
const CANVAS_FROM = 2000;

export function rendererFor(shapeCount: number): MapRenderer {
  return shapeCount > CANVAS_FROM ? 'canvas' : 'svg';
}
