import { describe, expect, it } from 'vitest';
import { shiftIntoView } from '../../../src/lib/export/fit.ts';

describe('pop-overs fit the viewport', () => {
  it('shifts a pop-over that opens off the left or right edge back in', () => {
    expect(shiftIntoView(-120, 296, 390)).toBe(128);
    expect(shiftIntoView(200, 456, 390)).toBe(-74);
    expect(shiftIntoView(20, 300, 390)).toBe(0);
    // Wider than the viewport: aligned to the left edge (it is narrowed as well).
    expect(shiftIntoView(-50, 400, 320)).toBe(58);
  });
});
