import { describe, expect, it } from 'vitest';
import { classify, classIndex, classCounts, roundClasses } from '../../src/lib/scales/classify.ts';
import { divergingColours, sequentialColours } from '../../src/lib/scales/palette.ts';
import { formatDate, formatNumber, formatValue } from '../../src/lib/scales/format.ts';

describe('classification', () => {
  const values = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
  it('quantiles put equal numbers of values in each class', () => {
    const c = classify(values, { method: 'quantile', k: 5 });
    expect(classCounts(c, values)).toEqual([2, 2, 2, 2, 2]);
  });
  it('equal intervals split the range evenly', () => {
    expect(classify(values, { method: 'equal', k: 3 }).thresholds).toEqual([4, 7]);
  });
  it('natural breaks find the gaps', () => {
    const c = classify([1, 1.2, 1.1, 10, 10.5, 11, 30, 31], { method: 'jenks', k: 3 });
    expect(c.thresholds).toEqual([10, 30]);
  });
  it('manual breaks are used as given (sorted)', () => {
    expect(classify(values, { method: 'manual', k: 3, manual: [5, 2] }).thresholds).toEqual([2, 5]);
  });
  it('a diverging scale keeps the midpoint as a class boundary with classes on both sides', () => {
    const change = [-8, -5, -3, -1, 0.5, 2, 4, 6, 9, 12];
    const c = classify(change, { method: 'quantile', k: 6, midpoint: 0 });
    expect(c.thresholds).toContain(0);
    expect(c.thresholds[c.midIndex! - 1]).toBe(0);
    expect(classIndex(c, -0.1)).toBeLessThan(c.midIndex!);
    expect(classIndex(c, 0)).toBe(c.midIndex);
    const colours = divergingColours(c);
    expect(colours).toHaveLength(c.thresholds.length + 1);
  });
  it('rounding thresholds to the shown decimals keeps values and printed limits consistent', () => {
    const c = roundClasses(classify([0.04, 1.26, 2.51, 3.74, 5.02], { method: 'equal', k: 4 }), 1);
    for (const t of c.thresholds) expect(Math.round(t * 10) / 10).toBe(t);
  });
  it('has one colour per class for 3 to 9 classes', () => {
    for (let k = 3; k <= 9; k++) expect(sequentialColours(k)).toHaveLength(k);
  });
});

describe('German number and date formats', () => {
  it('formats 1.234,5 and 45,2 %', () => {
    expect(formatNumber(1234.5, 1)).toBe('1.234,5');
    expect(formatValue(45.24, 1, '%')).toBe('45,2\u00a0%');
    expect(formatNumber(6420729, 0)).toBe('6.420.729');
  });
  it('shows the sign of a change', () => {
    expect(formatNumber(2.345, 1, 'de', true)).toBe('+2,3');
    expect(formatNumber(-1.25, 1, 'de', true)).toMatch(/^-1,3$|^−1,3$/);
  });
  it('formats English with a decimal point', () => {
    expect(formatNumber(1234.5, 1, 'en')).toBe('1,234.5');
  });
  it('formats dates as 31.12.2023', () => {
    expect(formatDate('2023-12-31')).toBe('31.12.2023');
  });
});
