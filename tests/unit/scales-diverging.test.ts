// Colours of a diverging scale follow the side of the midpoint for every method and every set of
// limits (issue 11.1: own limits "0; 2,5; 5; 7,5" on population change coloured growth as decline).
import { describe, expect, it } from 'vitest';
import { classify, classIndex, classSides, roundClasses, METHODS } from '../../src/lib/scales/classify.ts';
import { DIVERGING_NEUTRAL, divergingColours } from '../../src/lib/scales/palette.ts';

function rgb(colour: string): { r: number; g: number; b: number } {
  const [r, g, b] = (colour.match(/\d+/g) ?? []).map(Number);
  return { r: r!, g: g!, b: b! };
}

/** "red" (decline), "blue" (growth) or "neutral", from the colour itself. */
function hue(colour: string): 'red' | 'blue' | 'neutral' {
  if (colour === DIVERGING_NEUTRAL) return 'neutral';
  const c = rgb(colour);
  return c.r > c.b ? 'red' : 'blue';
}

const change = [-8.2, -5.1, -3, -1.4, -0.2, 0, 0.3, 1.9, 2.5, 4.4, 6, 7.5, 9.1, 12.6];

function expectColoursFollowSides(values: number[], classes: ReturnType<typeof classify>) {
  const colours = divergingColours(classes);
  expect(colours).toHaveLength(classes.thresholds.length + 1);
  const m = classes.midpoint!;
  for (const v of values) {
    const h = hue(colours[classIndex(classes, v)]!);
    if (v < m) expect(h === 'red' || h === 'neutral', `${v} below ${m} is ${h}`).toBe(true);
    else expect(h === 'blue' || h === 'neutral', `${v} at/above ${m} is ${h}`).toBe(true);
  }
}

describe('diverging colours follow the side of the midpoint', () => {
  it('own limits 0; 2,5; 5; 7,5 (the shipped story): values ≥ 0 blue, below 0 red', () => {
    const c = classify(change, { method: 'manual', k: 5, manual: [0, 2.5, 5, 7.5], midpoint: 0 });
    const colours = divergingColours(c).map(hue);
    expect(colours).toEqual(['red', 'blue', 'blue', 'blue', 'blue']);
    expectColoursFollowSides(change, c);
  });
  it('limits that do not contain the midpoint: the spanning class is neutral, no side gets the other colour', () => {
    for (const manual of [[2.5, 5, 7.5], [-5, -2.5], [-3, 4], [1], [-1], [-6, -2, 3, 8]]) {
      const c = classify(change, { method: 'manual', k: 5, manual, midpoint: 0 });
      expectColoursFollowSides(change, c);
      const sides = classSides(c)!;
      expect(sides.filter((s) => s === 'both').length).toBeLessThanOrEqual(1);
    }
    expect(divergingColours(classify(change, { method: 'manual', k: 5, manual: [2.5, 5, 7.5], midpoint: 0 })).map(hue)).toEqual([
      'neutral',
      'blue',
      'blue',
      'blue',
    ]);
    // All limits below the midpoint: every class but the last is decline.
    expect(divergingColours(classify(change, { method: 'manual', k: 5, manual: [-5, -2.5], midpoint: 0 })).map(hue)).toEqual([
      'red',
      'red',
      'neutral',
    ]);
  });
  it('every method and count, other midpoints, after rounding', () => {
    for (const method of METHODS.filter((m) => m !== 'manual'))
      for (let k = 3; k <= 9; k++)
        for (const midpoint of [0, 1, -2, 20, -20]) {
          const c = roundClasses(classify(change, { method, k, midpoint }), 1);
          expectColoursFollowSides(change, c);
        }
  });
  it('equal distance from the midpoint gives equal intensity on both sides', () => {
    const c = classify(change, { method: 'manual', k: 5, manual: [-5, 0, 5], midpoint: 0 });
    const [a, b, x, y] = divergingColours(c).map((s) => rgb(s));
    expect(Math.abs(a!.r - a!.b)).toBeGreaterThan(Math.abs(b!.r - b!.b));
    expect(Math.abs(y!.b - y!.r)).toBeGreaterThan(Math.abs(x!.b - x!.r));
  });
});
