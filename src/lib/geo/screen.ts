// From map units to the pixels of a box showing the map like an SVG viewBox with
// preserveAspectRatio="xMidYMid meet", zoomed by a ZoomView: one uniform scale and an offset.
import type { ZoomView } from './zoom.ts';

/** screen = (k · x + ox, k · y + oy), in CSS pixels from the box's top left corner. */
export interface ScreenTransform {
  k: number;
  ox: number;
  oy: number;
}

/** The transform for a `width` × `height` map drawn into a `boxWidth` × `boxHeight` box. */
export function screenTransform(width: number, height: number, boxWidth: number, boxHeight: number, zoom: ZoomView): ScreenTransform {
  const fit = Math.min(boxWidth / width, boxHeight / height) || 0;
  const left = (boxWidth - width * fit) / 2;
  const top = (boxHeight - height * fit) / 2;
  return { k: fit * zoom.scale, ox: left + fit * zoom.tx, oy: top + fit * zoom.ty };
}

/** The map point (map units) under the box point (px, py); NaN when the box has no size. */
export function toMap(t: ScreenTransform, px: number, py: number): [number, number] {
  return t.k > 0 ? [(px - t.ox) / t.k, (py - t.oy) / t.k] : [NaN, NaN];
}

/** The box point (CSS pixels) of map point (x, y). */
export function toScreen(t: ScreenTransform, x: number, y: number): [number, number] {
  return [t.ox + t.k * x, t.oy + t.k * y];
}
