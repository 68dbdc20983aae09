import { describe, expect, it } from 'vitest';
import { screenTransform, toMap, toScreen } from '../../../src/lib/geo/screen.ts';
import { zoomView } from '../../../src/lib/geo/zoom.ts';

describe('screen transform (like an SVG viewBox, xMidYMid meet)', () => {
  it('centres a tall map in a wide box and scales it to the box height', () => {
    const t = screenTransform(1000, 1449, 800, 500, zoomView(null, 1000, 1449));
    expect(t.k).toBeCloseTo(500 / 1449);
    expect(toScreen(t, 0, 0)[1]).toBeCloseTo(0);
    expect(toScreen(t, 500, 1449 / 2)[0]).toBeCloseTo(400);
    expect(toScreen(t, 500, 1449 / 2)[1]).toBeCloseTo(250);
  });

  it('zooms like the SVG transform: the zoomed box is centred and toMap undoes toScreen', () => {
    const box = [400, 600, 500, 700] as [number, number, number, number];
    const t = screenTransform(1000, 1449, 690, 1000, zoomView(box, 1000, 1449));
    const [sx, sy] = toScreen(t, 450, 650);
    expect(sx).toBeCloseTo(345, 0);
    expect(sy).toBeCloseTo(500, 0);
    const [x, y] = toMap(t, 123, 456);
    expect(toScreen(t, x, y)[0]).toBeCloseTo(123);
    expect(toScreen(t, x, y)[1]).toBeCloseTo(456);
  });

  it('maps nothing in a box without size', () => {
    expect(toMap(screenTransform(1000, 1449, 0, 0, zoomView(null, 1000, 1449)), 1, 1)).toEqual([NaN, NaN]);
  });
});
