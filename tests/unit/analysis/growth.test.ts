// "wachsend + schrumpfend + unverändert" add up to every Gemeinde, counted as the values are shown.
import { describe, expect, it } from 'vitest';
import { openBuiltData } from '../../../scripts/lib/duckdb-node.ts';
import { valuesFor } from '../../../src/lib/data/queries.ts';
import { growthCounts } from '../../../src/lib/analysis/growth.ts';
import { ANALYSIS_TEXT } from '../../../src/lib/i18n/analysis.ts';
import { formatNumber } from '../../../src/lib/scales/format.ts';

describe('growth counts', () => {
  it('count a change shown as 0,0 % as unchanged, so the counts add up (Gemeinden 2013→2023)', async () => {
    const { db, catalogue } = await openBuiltData('public/data');
    const ind = catalogue.indicators.find((i) => i.id === 'bev_veraenderung')!;
    const v = await valuesFor(db, { indicator: ind, level: 'gemeinde', period: '2023', base: '2013' });
    const values = [...v.values()].map((x) => x.value);
    const c = growthCounts(values, 1);
    expect(c.growing + c.unchanged + c.shrinking).toBe(421);
    const shownZero = values.filter((x) => formatNumber(x, 1, 'de', false).replace('−', '') === '0,0').length;
    expect(shownZero).toBeGreaterThan(0);
    expect(c.unchanged).toBe(shownZero);
    expect(ANALYSIS_TEXT.de.growShrink(c, 'Gemeinden')).toBe(
      `${c.growing} Gemeinden wachsend, ${c.shrinking} schrumpfend, ${c.unchanged} unverändert (0,0\u00a0%)`,
    );
  });

  it('rounds like the display: +0,04 is unchanged, +0,05 is growing, −0,05 shrinking', () => {
    expect(growthCounts([0.04, -0.04, 0, 0.05, -0.05, NaN], 1)).toEqual({ growing: 1, unchanged: 3, shrinking: 1 });
    expect(ANALYSIS_TEXT.en.growShrink({ growing: 2, unchanged: 0, shrinking: 1 }, 'municipalities')).toBe(
      '2 municipalities growing, 1 shrinking',
    );
  });
});
