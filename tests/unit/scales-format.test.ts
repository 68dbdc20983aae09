// Typeset numbers use the true minus sign (issue 11.15): "−1,8", never "-1,8".
import { describe, expect, it } from 'vitest';
import { formatNumber, formatValue } from '../../src/lib/scales/format.ts';
import { legendLabel } from '../../src/lib/state/legend-text.ts';
import { MESSAGES } from '../../src/lib/i18n/messages.ts';
import { loadContext } from './story/context.ts';

describe('true minus sign', () => {
  it('in every number format, both languages, signed or not', () => {
    expect(formatNumber(-1.8, 1, 'de')).toBe('\u22121,8');
    expect(formatNumber(-1.8, 1, 'de', true)).toBe('\u22121,8');
    expect(formatNumber(2.3, 1, 'de', true)).toBe('+2,3');
    expect(formatNumber(-1234.5, 1, 'en')).toBe('\u22121,234.5');
    expect(formatValue(-12.3, 1, '%', 'de')).toBe('\u221212,3\u00a0%');
    expect(formatNumber(-0.04, 1, 'de')).not.toContain('-');
  });
  it('in legend labels of a diverging indicator', () => {
    const { catalogue } = loadContext();
    const ind = catalogue.indicators.find((i) => i.scale === 'diverging')!;
    for (const lang of ['de', 'en'] as const) {
      const label = legendLabel({ colour: '#000', count: 1, lower: -5, upper: -1.5 } as never, ind, MESSAGES[lang], lang);
      expect(label).toContain('\u2212');
      expect(label).not.toMatch(/-\d/);
    }
  });
});
