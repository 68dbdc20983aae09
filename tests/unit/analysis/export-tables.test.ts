// The trend and bivariate tables hold the values the views draw: every point of every shown line
// (projections marked with their source, values after the census break noted), and every area
// with its two values and its cell.
import { describe, expect, it } from 'vitest';
import { openBuiltData } from '../../../scripts/lib/duckdb-node.ts';
import { populationSeries, projectionsFor } from '../../../src/lib/analysis/trend-queries.ts';
import { chainProjections, projectionLabel } from '../../../src/lib/analysis/projections.ts';
import { dateX, periodX, segmentsOf, valueTable } from '../../../src/lib/analysis/chart.ts';
import { trendLines, trendTable } from '../../../src/lib/analysis/trend-table.ts';
import { bivarTable } from '../../../src/lib/analysis/bivar-table.ts';
import { bivariate } from '../../../src/lib/analysis/bivariate.ts';
import { ANALYSIS_EXPORT_TEXT } from '../../../src/lib/i18n/analysis-export.ts';
import { ANALYSIS_TEXT } from '../../../src/lib/i18n/analysis.ts';

describe('trend table', async () => {
  const { db, catalogue } = await openBuiltData('public/data');
  const bev = catalogue.indicators.find((i) => i.id === 'bev')!;
  const dates = new Map(catalogue.periods.map((p) => [p.id, p.date]));
  const regions = ['066', '06'];
  const points = await populationSeries(db, regions, '2013');
  const chains = chainProjections(await projectionsFor(db, regions));
  const X = ANALYSIS_EXPORT_TEXT.de;
  const lines = (index: boolean, projections = true) =>
    trendLines({
      regions,
      points,
      chains,
      index,
      base: '2013',
      projections,
      name: (a) => (a === '06' ? 'Hessen' : 'Regierungsbezirk Kassel'),
      periodX: (p) => periodX(p, dates),
      yearX: (y) => dateX(`${y}-12-31`),
      periodLabel: (p) => p,
      segments: segmentsOf(bev.periods, bev.methodBreaks),
      projectionLabel: (p) => projectionLabel(p, 'de'),
      text: {
        annualSeries: ANALYSIS_TEXT.de.annualSeries,
        projectionSeries: ANALYSIS_TEXT.de.projectionSeries,
        observedSource: 'Destatis',
        annualSource: 'BBSR',
        anchor: X.anchor,
        chained: X.chained,
      },
    });
  const table = (index: boolean) =>
    trendTable(lines(index), { text: X, unit: 'Personen', decimals: 0, breakLabel: (s) => bev.methodBreaks[s - 1]?.label.de });

  it('has one row per drawn point, observed values equal to the query', () => {
    const ls = lines(false);
    const { rows } = table(false);
    expect(rows).toHaveLength(ls.reduce((n, l) => n + l.points.length, 0));
    const hessen2023 = points.find((p) => p.ags === '06' && p.series === 'destatis' && p.period === '2023')!.value;
    const row = rows.find((r) => r.ags === '06' && r.kind === X.kinds.observed && r.period === '2023')!;
    expect(row.value).toBe(hessen2023);
    expect(row.note).toContain('nach Methodenbruch');
    expect(rows.find((r) => r.ags === '06' && r.kind === X.kinds.observed && r.period === '2009')!.note).toBe('');
  });

  it('marks projections with their source and starting value; without projections there are none', () => {
    const { rows } = table(false);
    const proj = rows.filter((r) => r.kind === X.kinds.projection);
    expect(proj.length).toBeGreaterThan(2);
    expect(proj.every((r) => String(r.source).length > 0 && String(r.series).includes(':'))).toBe(true);
    expect(proj.some((r) => String(r.note).startsWith('Ausgangswert der Prognose'))).toBe(true);
    const none = trendTable(lines(false, false), { text: X, unit: 'Personen', decimals: 0, breakLabel: () => undefined });
    expect(none.rows.some((r) => r.kind === X.kinds.projection)).toBe(false);
  });

  it('in the index view the base year is 100 for every observed series', () => {
    const base = table(true).rows.filter((r) => r.kind === X.kinds.observed && r.period === '2013');
    expect(base).toHaveLength(2);
    for (const r of base) expect(r.value).toBeCloseTo(100, 10);
  });
});

describe('bivariate table', () => {
  it('lists every area with its values and cell, and marks the shown list', () => {
    const xs = new Map([
      ['a', 1],
      ['b', 2],
      ['c', 3],
      ['d', 4],
    ]);
    const ys = new Map([
      ['a', 10],
      ['b', 30],
      ['c', 20],
    ]);
    const result = bivariate(xs, ys)!;
    const cell = result.cellOf.get('a')!;
    const X = ANALYSIS_EXPORT_TEXT.en;
    const { columns, rows } = bivarTable({
      regions: ['a', 'b', 'c', 'd'].map((ags) => ({ ags, name: ags.toUpperCase(), parent: 'K' })),
      parentLabel: 'District',
      x: { name: 'X (2023)', unit: '%', decimals: 1, values: xs, words: ['low', 'medium', 'high'] },
      y: { name: 'Y (2024)', unit: '%', decimals: 1, values: ys, words: ['low', 'medium', 'high'] },
      result,
      cellText: (x, y) => `${x}/${y}`,
      cell,
      text: X,
    });
    expect(columns.map((c) => c.key)).toContain('shown');
    expect(rows.map((r) => [r.ags, r.x, r.y, r.cell, r.shown])).toEqual([
      ['a', 1, 10, '0/0', 'yes'],
      ['b', 2, 30, '1/2', ''],
      ['c', 3, 20, '2/1', ''],
      ['d', 4, null, '', ''],
    ]);
    expect(rows[3]!.note).toBe(X.noValue);
  });
});

describe('chart value table', () => {
  it('has one row per x in order and one column per series shown in the table', () => {
    const t = valueTable([
      {
        id: 'a',
        points: [
          { x: 2, label: '2020', text: '2' },
          { x: 1, label: '2019', text: '1' },
        ],
      },
      { id: 'b', hideInTable: true, points: [{ x: 1, label: '2019', text: 'x' }] },
      { id: 'c', points: [{ x: 2, label: '2020', text: '3' }] },
    ]);
    expect(t.columns.map((c) => c.id)).toEqual(['a', 'c']);
    expect(t.rows.map((r) => [r.label, r.cells.get('a'), r.cells.get('c')])).toEqual([
      ['2019', '1', undefined],
      ['2020', '2', '3'],
    ]);
  });
});
