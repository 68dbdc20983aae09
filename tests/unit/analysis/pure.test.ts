// Pure parts of the analyses on tiny fixtures: seeded bootstrap, gap verdicts, projections,
// bivariate classes and palette, chart helpers, symbol placement.
import { describe, expect, it } from 'vitest';
import { mulberry32, mixSeed } from '../../../src/lib/analysis/prng.ts';
import { bootstrapGaps, gapChange, gapSeries, type GapUnit } from '../../../src/lib/analysis/bootstrap.ts';
import { verdict } from '../../../src/lib/analysis/gap.ts';
import { chainProjections, projectionLabel } from '../../../src/lib/analysis/projections.ts';
import type { ProjectionRow } from '../../../src/lib/analysis/trend-queries.ts';
import {
  BIVARIATE_COLOURS,
  bivariate,
  negativeShares,
  tercileOf,
  terciles,
  tercileWords,
  textOn,
} from '../../../src/lib/analysis/bivariate.ts';
import { dateX, periodX, segmentsOf, yearTicks } from '../../../src/lib/analysis/chart.ts';
import { spreadLabels } from '../../../src/lib/geo/spread.ts';
import { separatePoints, spreadPoints } from '../../../src/lib/analysis/symbols.ts';
import { editionFor } from '../../../src/lib/analysis/typologies.ts';

const identity = (x: number) => x;

/** Two classes: urban (code 1) with shares 80/90, rural (code 2) with 10/20/30; weights vary. */
function fixture(period = '2020', shift = 0): GapUnit[] {
  const u = (ags: string, code: number, share: number, w: number): GapUnit => ({ ags, period, num: (share + shift) * w, den: w, code });
  return [u('a', 1, 80, 100), u('b', 1, 90, 300), u('c', 2, 10, 10), u('d', 2, 20, 20), u('e', 2, 30, 70)];
}

describe('seeded random numbers', () => {
  it('repeat for the same seed and differ for another', () => {
    const a = mulberry32(1);
    const b = mulberry32(1);
    const xs = Array.from({ length: 5 }, () => a());
    expect(Array.from({ length: 5 }, () => b())).toEqual(xs);
    expect(mulberry32(2)()).not.toBe(xs[0]);
    for (const x of xs) expect(x >= 0 && x < 1).toBe(true);
    expect(mixSeed(1, 2, 3)).not.toBe(mixSeed(1, 3, 2));
  });
});

describe('gap with bootstrap interval', () => {
  it('computes population-weighted class values and the gap', () => {
    const [p] = gapSeries(fixture(), { urban: 1, rural: 2, finish: identity, b: 200 });
    // Urban: (80·100 + 90·300) / 400 = 87.5; rural: (10·10 + 20·20 + 30·70) / 100 = 26
    expect(p!.urban).toBeCloseTo(87.5, 12);
    expect(p!.rural).toBeCloseTo(26, 12);
    expect(p!.gap).toBeCloseTo(61.5, 12);
    expect(p!.ratio).toBeCloseTo(26 / 87.5, 12);
    expect(p!.nUrban).toBe(2);
    expect(p!.nRural).toBe(3);
  });

  it('gives the same interval every time, containing the estimate', () => {
    const opts = { urban: 1, rural: 2, finish: identity, b: 500 };
    const a = gapSeries(fixture(), opts)[0]!;
    const b = gapSeries(fixture(), opts)[0]!;
    expect(a.gapCi).toEqual(b.gapCi);
    expect(a.gapCi!.lo).toBeLessThanOrEqual(a.gap!);
    expect(a.gapCi!.hi).toBeGreaterThanOrEqual(a.gap!);
    // Resampled class values stay within the range of their Gemeinden: 80–90 minus 10–30.
    expect(a.gapCi!.lo).toBeGreaterThanOrEqual(50);
    expect(a.gapCi!.hi).toBeLessThanOrEqual(80);
    const other = gapSeries(fixture(), { ...opts, seed: 99 })[0]!;
    expect(other.gapCi).not.toEqual(a.gapCi);
  });

  it('draws the same Gemeinden in every period (paired), so a constant shift has no uncertainty', () => {
    const units = [...fixture('2019'), ...fixture('2020', 5)];
    const reps = bootstrapGaps(units, { urban: 1, rural: 2, finish: identity, b: 100 });
    const a = reps.get('2019')!.gaps;
    const b = reps.get('2020')!.gaps;
    for (let i = 0; i < 100; i++) expect(b[i]).toBeCloseTo(a[i]!, 9);
    const change = gapChange(units, '2019', '2020', { urban: 1, rural: 2, finish: identity, b: 100 })!;
    expect(change.change).toBeCloseTo(0, 9);
    expect(change.ci!.hi - change.ci!.lo).toBeLessThan(1e-9);
  });

  it('reports no value for an empty class', () => {
    const [p] = gapSeries(
      fixture().filter((u) => u.code === 1),
      { urban: 1, rural: 2, finish: identity, b: 10 },
    );
    expect(p!.gap).toBeNull();
    expect(p!.gapCi).toBeNull();
  });

  it('calls a gap closing or widening only when the paired interval excludes zero', () => {
    expect(verdict(80, 10, { lo: -75, hi: -60 })).toBe('closing');
    expect(verdict(10, 30, { lo: 5, hi: 30 })).toBe('widening');
    expect(verdict(60, 69, { lo: -14, hi: 60 })).toBe('unclear');
    expect(verdict(-20, -5, { lo: 10, hi: 20 })).toBe('closing');
    expect(verdict(10, 30, null)).toBe('unclear');
  });
});

describe('projections', () => {
  const row = (p: Partial<ProjectionRow>): ProjectionRow => ({
    ags: '066',
    name: 'RB Kassel',
    projection: 'P',
    base: '2014',
    target: '2030',
    indicator: 'pop_change',
    value: 0,
    unit: 'percent',
    sourceUrl: 'https://example.org/a',
    note: '',
    observedBase: null,
    observedBaseSeries: null,
    ...p,
  });

  it('chains published changes from the observed base: (1 − 1,6 %)(1 − 10,8 %) − 1 = −12,2 %', () => {
    const [c] = chainProjections([
      row({ value: -10.8, base: '2030', target: '2050' }),
      row({ value: -1.6, observedBase: 1201100, observedBaseSeries: 'bbsr' }),
    ]);
    expect(c!.anchor).toBe('bbsr');
    expect(c!.points.map((p) => p.year)).toEqual(['2014', '2030', '2050']);
    expect(c!.points[1]!.value).toBeCloseTo(1201100 * 0.984, 6);
    expect(c!.points[2]!.value).toBeCloseTo(1201100 * 0.984 * 0.892, 6);
    expect(c!.totalChange).toBeCloseTo(100 * (0.984 * 0.892 - 1), 10);
    expect(c!.totalChange.toFixed(1)).toBe('-12.2');
  });

  it('starts from a published base level and ends at a published target level', () => {
    const [c] = chainProjections([
      row({
        ags: '06611',
        base: '2018',
        target: '2040',
        indicator: 'pop_level_base',
        value: 201585,
        observedBase: 201600,
        observedBaseSeries: 'bbsr',
      }),
      row({
        ags: '06611',
        base: '2018',
        target: '2040',
        indicator: 'pop_level_target',
        value: 217406,
        observedBase: 201600,
        observedBaseSeries: 'bbsr',
      }),
    ]);
    expect(c!.anchor).toBe('published');
    expect(c!.points).toEqual([
      { year: '2018', value: 201585 },
      { year: '2040', value: 217406 },
    ]);
  });

  it('draws nothing without a base value', () => {
    expect(chainProjections([row({ value: -1.6 })])).toEqual([]);
  });

  it('labels projections with source and vintage', () => {
    expect(projectionLabel('HSL regionalisierte Bevölkerungsvorausberechnung (Basis 31.12.2014, Mai 2016)', 'de')).toBe(
      'Prognose HSL 2016 (Basis 2014)',
    );
    expect(projectionLabel('unknown', 'de')).toBe('unknown');
  });
});

describe('bivariate classes', () => {
  it('splits values into terciles and every region into exactly one of nine cells', () => {
    const xs = new Map(Array.from({ length: 30 }, (_, i) => [`g${i}`, i - 10]));
    const ys = new Map(Array.from({ length: 30 }, (_, i) => [`g${i}`, (i * 7) % 30]));
    ys.delete('g0');
    const b = bivariate(xs, ys)!;
    expect(b.cells).toHaveLength(9);
    const all = b.cells.flatMap((c) => c.members);
    expect(all.length).toBe(29);
    expect(new Set(all).size).toBe(29);
    expect(b.cellOf.has('g0')).toBe(false);
    for (const c of b.cells) for (const a of c.members) expect(b.cellOf.get(a)).toBe(3 * c.x + c.y);
    const t = terciles([1, 2, 3, 4, 5, 6])!;
    expect([1, 2, 3, 4, 5, 6].map((v) => tercileOf(t, v))).toEqual([0, 0, 1, 1, 2, 2]);
  });

  it('names change terciles by whether their regions shrank', () => {
    const t = terciles([-5, -3, -1, 1, 2, 3, 4, 5, 6])!;
    const shares = negativeShares(t, [-5, -3, -1, 1, 2, 3, 4, 5, 6]);
    expect(shares).toEqual([1, 0, 0]);
    expect(tercileWords('change', 'de', shares)).toEqual(['schrumpfend', 'wachsend', 'stark wachsend']);
    expect(tercileWords('change', 'de', [0.6, 0.2, 0])[0]).toBe('überwiegend schrumpfend');
    expect(tercileWords('coverage', 'de')).toEqual(['schlecht versorgt', 'mittel versorgt', 'gut versorgt']);
  });

  it('uses nine colours that stay distinct for normal vision and red–green deficiencies', () => {
    const lin = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
    const rgb = (h: string) => [1, 3, 5].map((i) => lin(parseInt(h.slice(i, i + 2), 16) / 255));
    const lab = ([r, g, b]: number[]) => {
      const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
      const X = (0.4124 * r! + 0.3576 * g! + 0.1805 * b!) / 0.95047;
      const Y = 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
      const Z = (0.0193 * r! + 0.1192 * g! + 0.9505 * b!) / 1.08883;
      return [116 * f(Y) - 16, 500 * (f(X) - f(Y)), 200 * (f(Y) - f(Z))];
    };
    // Machado et al. (2009), severity 1.
    const sims: Record<string, number[][] | null> = {
      normal: null,
      deuteranopia: [
        [0.367322, 0.860646, -0.227968],
        [0.280085, 0.672501, 0.047413],
        [-0.01182, 0.04294, 0.968881],
      ],
      protanopia: [
        [0.152286, 1.052583, -0.204868],
        [0.114503, 0.786281, 0.099216],
        [-0.003882, -0.048116, 1.051998],
      ],
    };
    expect(new Set(BIVARIATE_COLOURS).size).toBe(9);
    for (const [name, m] of Object.entries(sims)) {
      const L = BIVARIATE_COLOURS.map((h) => {
        let c = rgb(h);
        if (m) c = m.map((row) => Math.min(1, Math.max(0, row[0]! * c[0]! + row[1]! * c[1]! + row[2]! * c[2]!)));
        return lab(c);
      });
      for (let i = 0; i < 9; i++)
        for (let j = i + 1; j < 9; j++) {
          const d = Math.hypot(L[i]![0]! - L[j]![0]!, L[i]![1]! - L[j]![1]!, L[i]![2]! - L[j]![2]!);
          expect(d, `${name}: ${BIVARIATE_COLOURS[i]} vs ${BIVARIATE_COLOURS[j]}`).toBeGreaterThan(15);
        }
    }
    expect(textOn('#804d36')).toBe('#fff');
    expect(textOn('#e8e8e8')).toBe('#000');
  });
});

describe('chart helpers', () => {
  it('places dates on a decimal year axis', () => {
    expect(dateX('2020-01-01')).toBe(2020);
    expect(dateX('2021-06-30')).toBeCloseTo(2021 + 180 / 365, 9);
    expect(periodX('2018', new Map([['2018', '2018-12-31']]))).toBeCloseTo(2018 + 364 / 365, 9);
  });

  it('splits lines at method breaks', () => {
    const seg = segmentsOf(
      ['2013', '2014', '2015', '2018', '2018-12'],
      [
        { after: '2014', label: { de: 'a', en: 'a' } },
        { after: '2018', label: { de: 'b', en: 'b' } },
      ],
    );
    expect([...seg.values()]).toEqual([0, 0, 1, 1, 2]);
  });

  it('picks round year steps and keeps labels apart', () => {
    expect(yearTicks(1983, 2023.9, 6)).toEqual([1990, 2000, 2010, 2020]);
    expect(yearTicks(2018.99, 2021.5, 10)).toEqual([2019, 2020, 2021]);
    const ys = spreadLabels([100, 102, 104, 50], 14, 0, 300);
    const sorted = [...ys].sort((a, b) => a - b);
    for (let i = 1; i < sorted.length; i++) expect(sorted[i]! - sorted[i - 1]!).toBeGreaterThanOrEqual(14 - 1e-9);
  });

  it('uses the latest typology edition on or before a period, else the first', () => {
    const eds = ['2013', '2017', '2019', '2021', '2023'];
    expect(editionFor('2021-06', eds)).toBe('2021');
    expect(editionFor('2018-12', eds)).toBe('2017');
    expect(editionFor('2010', eds)).toBe('2013');
  });
});

describe('symbols', () => {
  it('spreads symbols at the same place and separates close ones', () => {
    const pts = [
      { x: 100, y: 100 },
      { x: 100, y: 100 },
      { x: 105, y: 100 },
      { x: 500, y: 500 },
    ];
    const spread = spreadPoints(pts.slice(0, 2), 10);
    expect(Math.hypot(spread[0]!.x - spread[1]!.x, spread[0]!.y - spread[1]!.y)).toBeCloseTo(20, 9);
    const out = separatePoints(pts, 30);
    for (let i = 0; i < out.length; i++)
      for (let j = i + 1; j < out.length; j++) expect(Math.hypot(out[i]!.x - out[j]!.x, out[i]!.y - out[j]!.y)).toBeGreaterThan(29);
    expect(out[3]).toEqual({ x: 500, y: 500 });
    expect(pts[0]).toEqual({ x: 100, y: 100 }); // inputs untouched
  });
});

describe('year-end ticks', () => {
  it('sit on 31 December, where annual values are drawn', async () => {
    const { yearEndTicks, dateX } = await import('../../../src/lib/analysis/chart.ts');
    const ticks = yearEndTicks(dateX('2017-12-31'), dateX('2023-12-31'), 10);
    expect(ticks.map((t) => t.year)).toEqual([2017, 2018, 2019, 2020, 2021, 2022, 2023]);
    expect(ticks[0]!.x).toBe(dateX('2017-12-31'));
  });
});
