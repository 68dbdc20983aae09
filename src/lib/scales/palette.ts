// Colour-blind-safe palettes (ColorBrewer, cividis). Never a rainbow.
import { schemeYlGnBu, interpolateRdBu, interpolateCividis } from 'd3-scale-chromatic';
import { classSides, type Classes } from './classify.ts';

export const NO_DATA = '#d9d9d9';
export const UNINHABITED = '#f4f4f4';

function brewer(scheme: readonly (readonly string[])[], k: number): string[] {
  const n = Math.max(3, Math.min(9, k));
  const colours = [...scheme[n]!];
  // ColorBrewer has no 1- or 2-class schemes: take the outer colours of the 3-class one.
  return k === 1 ? [colours[1]!] : k === 2 ? [colours[0]!, colours[2]!] : colours;
}

/** One colour per class of a sequential scale, light (low) to dark (high). */
export function sequentialColours(k: number): string[] {
  return brewer(schemeYlGnBu, k);
}

/** Colour of a diverging class that holds values on both sides of the midpoint (RdBu's centre). */
export const DIVERGING_NEUTRAL = interpolateRdBu(0.5);

/**
 * One colour per class of a diverging scale, by the side of the midpoint each class lies on
 * (never by its position): red below, blue above, the neutral centre for a class spanning the
 * midpoint. Both sides use the same steps away from the midpoint, so equal distance in classes
 * means equal intensity.
 */
export function divergingColours(classes: Pick<Classes, 'thresholds' | 'midpoint'>): string[] {
  const sides = classSides(classes) ?? [];
  const below = sides.filter((x) => x === 'below').length;
  const above = sides.filter((x) => x === 'above').length;
  const side = Math.max(below, above, 1);
  // Step j (1 = next to the midpoint) sits at 0.5 ∓ (0.12 … 0.5) on RdBu (0 dark red, 1 dark blue).
  const offset = (j: number) => 0.12 + (0.38 * (j - 1)) / Math.max(side - 1, 1);
  let seenAbove = 0;
  return sides.map((x, i) => {
    if (x === 'below') return interpolateRdBu(0.5 - offset(below - i));
    if (x === 'above') return interpolateRdBu(0.5 + offset(++seenAbove));
    return DIVERGING_NEUTRAL;
  });
}

/** Colours for ordered categories (most urban first), from cividis: distinguishable with CVD. */
export function categoricalColours(n: number): string[] {
  if (n === 1) return [interpolateCividis(0.5)];
  return Array.from({ length: n }, (_, i) => interpolateCividis(0.05 + (0.9 * i) / (n - 1)));
}
