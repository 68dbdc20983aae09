// Number cells read both ways and decided per column.
import { describe, expect, it } from 'vitest';
import { decideColumn, readCell } from '../../../src/lib/owndata/numbers.ts';

describe('one cell', () => {
  it('is read in German and English where it can be', () => {
    expect(readCell('1.234,5')).toEqual({ kind: 'number', de: 1234.5 });
    expect(readCell('1,234.5')).toEqual({ kind: 'number', en: 1234.5 });
    expect(readCell('159.878')).toEqual({ kind: 'number', de: 159878, en: 159.878 });
    expect(readCell('159,878')).toEqual({ kind: 'number', de: 159.878, en: 159878 });
    expect(readCell('164792')).toEqual({ kind: 'number', de: 164792, en: 164792 });
    expect(readCell('−1,8')).toEqual({ kind: 'number', de: -1.8 });
    expect(readCell('74,65 %')).toEqual({ kind: 'number', de: 74.65 });
    expect(readCell('1 234 567')).toEqual({ kind: 'number', de: 1234567, en: 1234567 });
    expect(readCell('1.234.567')).toEqual({ kind: 'number', de: 1234567 });
  });

  it('knows the official placeholders and what is no number', () => {
    for (const p of ['.', '-', '–', 'x', '/', '…']) expect(readCell(p).kind).toBe('placeholder');
    expect(readCell('').kind).toBe('empty');
    for (const bad of ['#DIV/0!', 'ca. 5.000', '12 Mio', '1.23.4']) expect(readCell(bad).kind).toBe('invalid');
  });
});

describe('a column', () => {
  it('is German when one cell can only be German, even if others are ambiguous', () => {
    expect(decideColumn(['164.792', '122,07'], 'en')).toMatchObject({ format: 'de', certain: true, reason: 'deOnly' });
  });
  it('with ungrouped numbers above 999, "159.878" has a decimal point', () => {
    expect(decideColumn(['164792', '775790', '159.878'], 'de')).toMatchObject({
      format: 'en',
      certain: true,
      reason: 'ungrouped',
      decimals: 3,
    });
  });
  it('that fits both ways follows the file, and says it is not certain', () => {
    expect(decideColumn(['159.878', '763.380'], 'de')).toMatchObject({ format: 'de', certain: false, reason: 'fileHint' });
    expect(decideColumn(['159.878', '763.380'], 'en')).toMatchObject({ format: 'en', certain: false });
  });
  it('counts numbers, empty cells, placeholders and invalid cells', () => {
    expect(decideColumn(['1,5', '', '.', 'abc'], 'de')).toMatchObject({ numbers: 1, empty: 1, placeholders: 1, invalid: 1 });
  });
});
