// Pure helpers of the side panel: ranks with ties, table sorting, comparison rows, chart layout.
import { describe, expect, it } from 'vitest';
import type { Region } from '../../../src/lib/data/boot.ts';
import type { Value, Values } from '../../../src/lib/data/queries.ts';
import {
  chartLayout,
  compareRows,
  contextOf,
  kindLine,
  diffUnit,
  dodge,
  periodTimes,
  ranks,
  seriesPoints,
  shortName,
  sortRows,
  tableRows,
} from '../../../src/lib/state/panel.ts';

const v = (value: number, extra: Partial<Value> = {}): Value => ({ value, n: 1, expected: 1, flags: [], ...extra });
const values = (entries: Record<string, number>): Values => new Map(Object.entries(entries).map(([k, x]) => [k, v(x)]));
const region = (ags: string, name: string, extra: Partial<Region> = {}): Region => ({
  ags,
  level: 'gemeinde',
  name,
  bez: 'Gemeinde',
  kreis: ags.slice(0, 5),
  rb: ags.slice(0, 3),
  area_km2: 1,
  inhabited: true,
  ...extra,
});
const de = new Intl.Collator('de-DE');

describe('ranks', () => {
  it('gives rank 1 to the highest value and equal values the same rank', () => {
    const r = ranks(values({ a: 5, b: 9, c: 5, d: 1 }));
    expect(Object.fromEntries(r)).toEqual({ b: 1, a: 2, c: 2, d: 4 });
  });
  it('is empty for no values', () => {
    expect(ranks(new Map()).size).toBe(0);
  });
});

describe('contextOf', () => {
  it('lists Kreis, RB and Hessen for a Gemeinde, RB and Hessen for a Kreis, Hessen for an RB', () => {
    expect(contextOf(region('06412000', 'Frankfurt am Main', { kreis: '06412', rb: '064' }))).toEqual([
      { level: 'kreis', ags: '06412' },
      { level: 'rb', ags: '064' },
      { level: 'land', ags: '06' },
    ]);
    expect(contextOf(region('06633', 'Kassel', { level: 'kreis', rb: '066' })).map((c) => c.ags)).toEqual(['066', '06']);
    expect(contextOf(region('066', 'Kassel', { level: 'rb' })).map((c) => c.ags)).toEqual(['06']);
    expect(contextOf(region('06', 'Hessen', { level: 'land' }))).toEqual([]);
  });

  it('in the national data set adds the Land, Hessen and Deutschland, each once', () => {
    const all = () => true;
    expect(contextOf(region('09162000', 'München', { kreis: '09162', rb: '' }), all)).toEqual([
      { level: 'kreis', ags: '09162' },
      { level: 'land', ags: '09' },
      { level: 'land', ags: '06' },
      { level: 'bund', ags: 'DG' },
    ]);
    expect(contextOf(region('06412000', 'Frankfurt am Main', { kreis: '06412', rb: '' }), all).map((c) => c.ags)).toEqual([
      '06412',
      '06',
      'DG',
    ]);
    expect(contextOf(region('09', 'Bayern', { level: 'land' }), all).map((c) => c.ags)).toEqual(['06', 'DG']);
    expect(contextOf(region('DG', 'Deutschland', { level: 'bund' }), all)).toEqual([]);
  });
});

describe('names and units', () => {
  it('keeps chart labels short but unambiguous', () => {
    expect(shortName(region('06633', 'Kassel', { level: 'kreis', bez: 'Landkreis' }), 'de')).toBe('LK Kassel');
    expect(shortName(region('06611', 'Kassel', { level: 'kreis', bez: 'Kreisfreie Stadt' }), 'de')).toBe('Kassel (Stadt)');
    expect(shortName(region('066', 'Kassel', { level: 'rb', bez: 'Regierungsbezirk' }), 'de')).toBe('RB Kassel');
    expect(shortName(region('06435', 'Main-Kinzig-Kreis', { level: 'kreis', bez: 'Landkreis' }), 'de')).toBe('Main-Kinzig-Kreis');
  });
  it('states differences of shares in percentage points', () => {
    expect(diffUnit('% der Haushalte', 'Prozentpunkte')).toBe('Prozentpunkte');
    expect(diffUnit('Einw.', 'Prozentpunkte')).toBe('Einw.');
  });
});

describe('table rows and sorting', () => {
  const regions = [
    region('06000001', 'Ölberg'),
    region('06000002', 'Aach'),
    region('06000003', 'Zell'),
    region('06000004', 'Bad Kleinstadt'),
    region('06000200', 'Gutsbezirk Wald', { inhabited: false }),
    region('06000005', 'Ohne Daten'),
  ];
  const vals = values({ '06000001': 10, '06000002': 30, '06000003': 10, '06000004': 20 });
  const rows = tableRows(regions, vals, true, (r) => r.name);

  it('ranks with ties and marks regions without data or inhabitants', () => {
    const byAgs = Object.fromEntries(rows.map((r) => [r.ags, [r.rank, r.status]]));
    expect(byAgs).toEqual({
      '06000001': [3, 'data'],
      '06000002': [1, 'data'],
      '06000003': [3, 'data'],
      '06000004': [2, 'data'],
      '06000200': [null, 'uninhabited'],
      '06000005': [null, 'nodata'],
    });
  });

  it('sorts by rank (ties by name) and keeps no-data and uninhabited last in every order', () => {
    const names = (key: 'rank' | 'name' | 'value', dir: 'asc' | 'desc') => sortRows(rows, key, dir, de).map((r) => r.name);
    expect(names('rank', 'asc')).toEqual(['Aach', 'Bad Kleinstadt', 'Ölberg', 'Zell', 'Ohne Daten', 'Gutsbezirk Wald']);
    expect(names('rank', 'desc')).toEqual(['Ölberg', 'Zell', 'Bad Kleinstadt', 'Aach', 'Ohne Daten', 'Gutsbezirk Wald']);
    // German collation: Ö sorts with O.
    expect(names('name', 'asc')).toEqual(['Aach', 'Bad Kleinstadt', 'Ölberg', 'Zell', 'Ohne Daten', 'Gutsbezirk Wald']);
    expect(names('name', 'desc').slice(0, 4)).toEqual(['Zell', 'Ölberg', 'Bad Kleinstadt', 'Aach']);
    expect(names('value', 'desc').slice(0, 4)).toEqual(['Aach', 'Bad Kleinstadt', 'Ölberg', 'Zell']);
    expect(names('value', 'asc').slice(-2)).toEqual(['Ohne Daten', 'Gutsbezirk Wald']);
  });

  it('sorts categorical values by class order, without ranks', () => {
    const cat = tableRows(regions.slice(0, 3), values({ '06000001': 50, '06000002': 10, '06000003': 30 }), false, (r) => r.name);
    expect(cat.every((r) => r.rank === null)).toBe(true);
    const order = new Map([
      [10, 0],
      [30, 1],
      [50, 2],
    ]);
    expect(sortRows(cat, 'value', 'asc', de, (x) => order.get(x)!).map((r) => r.name)).toEqual(['Aach', 'Zell', 'Ölberg']);
  });
});

describe('comparison rows', () => {
  const series = (byPeriod: Record<string, Record<string, number>>) =>
    new Map(Object.entries(byPeriod).map(([p, vals]) => [p, values(vals)]));
  const periods = ['2010', '2013', '2018', '2021'];

  it('takes the first period where every region has a value and computes the change', () => {
    const kreise = series({ '2010': { a: 10 }, '2013': { a: 12, b: 40 }, '2018': { a: 15, b: 42 }, '2021': { a: 20, b: 50 } });
    const { firstPeriod, rows } = compareRows(
      [
        { ags: 'a', series: kreise },
        { ags: 'b', series: kreise },
      ],
      periods,
      '2021',
    );
    expect(firstPeriod).toBe('2013');
    expect(rows.map((r) => [r.now?.value, r.first?.value, r.diff])).toEqual([
      [20, 12, 8],
      [50, 40, 10],
    ]);
  });

  it('has no first period at the first period and no values while loading', () => {
    expect(compareRows([{ ags: 'a', series: undefined }], periods, '2010')).toEqual({
      firstPeriod: null,
      rows: [{ ags: 'a', now: null, first: null, diff: null }],
    });
  });

  it('reads a region’s points over the periods, skipping gaps', () => {
    const s = series({ '2010': { a: 1 }, '2018': { a: 3 } });
    expect(seriesPoints(s, 'a', periods)).toEqual([
      { period: '2010', value: 1 },
      { period: '2018', value: 3 },
    ]);
    expect(seriesPoints(undefined, 'a', periods)).toEqual([]);
  });
});

describe('chart layout', () => {
  const periods = [
    { id: '2010', date: '2010-12-31' },
    { id: '2014', date: '2014-12-31' },
    { id: '2018', date: '2018-12-31' },
    { id: '2018-12', date: '2018-12-31' },
    { id: '2021-06', date: '2021-06-30' },
  ];
  const base = { width: 300, height: 150, margin: { top: 10, right: 10, bottom: 20, left: 40 }, periods };

  it('places periods by date and pulls apart periods with the same date', () => {
    const t = periodTimes(periods);
    expect(t[3]! - t[2]!).toBeGreaterThan(0);
    for (let i = 1; i < t.length; i++) expect(t[i]!).toBeGreaterThan(t[i - 1]!);
  });

  it('maps points to the plot, labels first and last period and min/max, marks breaks and the current period', () => {
    const layout = chartLayout({
      ...base,
      lines: [
        {
          id: 'a',
          points: [
            { period: '2010', value: 20 },
            { period: '2014', value: 50 },
            { period: '2021-06', value: 90 },
          ],
        },
      ],
      yTicks: 'extent',
      breaks: ['2014', '2021-06'],
      current: '2014',
    });
    const pts = layout.lines[0]!.points;
    expect(pts[0]!.x).toBeCloseTo(40);
    expect(pts[2]!.x).toBeCloseTo(290);
    expect(pts[0]!.y).toBeCloseTo(130); // lowest value at the bottom
    expect(pts[2]!.y).toBeCloseTo(10);
    expect(layout.lines[0]!.d.startsWith('M40,130')).toBe(true);
    expect(layout.xTicks[0]!.period).toBe('2010');
    expect(layout.xTicks.at(-1)!.period).toBe('2021-06');
    expect(layout.yTicks.map((t) => t.value)).toEqual([20, 90]);
    // A break after the last period is outside the chart; the one after 2014 lies between 2014 and 2018.
    expect(layout.breaks.map((b) => b.after)).toEqual(['2014']);
    expect(layout.breaks[0]!.x).toBeGreaterThan(pts[1]!.x);
    expect(layout.current?.x).toBeCloseTo(pts[1]!.x);
  });

  it('includes the midpoint of a change and gives rounded ticks when asked', () => {
    const layout = chartLayout({
      ...base,
      lines: [
        {
          id: 'a',
          points: [
            { period: '2010', value: 3 },
            { period: '2018', value: 7.5 },
          ],
        },
      ],
      include: [0],
      yTicks: 'nice',
    });
    const ticks = layout.yTicks.map((t) => t.value);
    expect(ticks[0]).toBe(0);
    expect(ticks.at(-1)).toBeGreaterThanOrEqual(7.5);
  });

  it('keeps end labels apart', () => {
    const layout = chartLayout({
      ...base,
      lines: [
        {
          id: 'a',
          points: [
            { period: '2010', value: 1 },
            { period: '2021-06', value: 50 },
          ],
        },
        {
          id: 'b',
          points: [
            { period: '2010', value: 2 },
            { period: '2021-06', value: 50.1 },
          ],
        },
      ],
      yTicks: 'nice',
      labelGap: 14,
    });
    const [a, b] = layout.lines.map((l) => l.labelY!);
    expect(Math.abs(a! - b!)).toBeGreaterThanOrEqual(14);
  });

  it('labels the x axis only where labels do not touch, always first and last', () => {
    const many = Array.from({ length: 12 }, (_, i) => ({ id: String(2010 + i), date: `${2010 + i}-12-31` }));
    const layout = chartLayout({ ...base, periods: many, lines: [], yTicks: 'nice', xLabelWidth: () => 40 });
    const xs = layout.xTicks.map((t) => t.x);
    expect(layout.xTicks[0]!.period).toBe('2010');
    expect(layout.xTicks.at(-1)!.period).toBe('2021');
    expect(layout.xTicks.length).toBeLessThan(12);
    // Centred labels 40 px wide with 8 px room: centres at least 48 px apart.
    for (let i = 2; i < xs.length - 1; i++) expect(xs[i]! - xs[i - 1]!).toBeGreaterThanOrEqual(48);
  });

  it('dodges positions within bounds, keeping their order', () => {
    expect(dodge([50, 50, 50], 10, 0, 100)).toEqual([50, 60, 70]);
    expect(dodge([98, 99], 10, 0, 100)).toEqual([90, 100]);
    expect(dodge([30, 10], 10, 0, 100)).toEqual([30, 10]);
  });
});

describe('kindLine', () => {
  it('names the Kreis of a Gemeinde, and nationally its Land', () => {
    const hessen = new Map([['06412', region('06412', 'Frankfurt am Main', { level: 'kreis', bez: 'Kreisfreie Stadt' })]]);
    const g = region('06412000', 'Frankfurt am Main', { kreis: '06412' });
    expect(kindLine(g, hessen, 'Gemeinde', 'de')).toBe('Gemeinde · Frankfurt am Main (kreisfreie Stadt)');
    const de = new Map([
      ['09187', region('09187', 'Rosenheim', { level: 'kreis', bez: 'Landkreis' })],
      ['09', region('09', 'Bayern', { level: 'land' })],
      ['DG', region('DG', 'Deutschland', { level: 'bund' })],
    ]);
    expect(kindLine(region('09187182', 'Wasserburg a.Inn', { kreis: '09187' }), de, 'Gemeinde', 'de')).toBe(
      'Gemeinde · Landkreis Rosenheim · Bayern',
    );
    expect(kindLine(region('09187', 'Rosenheim', { level: 'kreis' }), de, 'Kreis', 'de')).toBe('Kreis · Bayern');
  });
});
