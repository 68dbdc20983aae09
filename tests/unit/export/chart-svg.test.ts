// A chart export is a standalone page: the drawn chart scaled in with its proportions, a legend,
// and the title, Gebietsstand, sources with Stand, citation, date and link as every export carries.
import { describe, expect, it } from 'vitest';
import { chartToSvg, type ChartExportModel } from '../../../src/lib/export/chart-svg.ts';
import { presetSize } from '../../../src/lib/export/svg.ts';
import type { Preset } from '../../../src/lib/export/model.ts';
import { assertWellFormedXml } from './helpers.ts';
import { unescapeXml } from '../../support/xml.ts';

/** The page's own text (not the chart's), whitespace removed: lines are wrapped. */
const pageText = (svg: string) =>
  [...svg.matchAll(/<text class="[^"]+" x="[^"]+" y="[^"]+"(?: text-anchor="\w+")?>([^<]*)<\/text>/g)]
    .map((m) => unescapeXml(m[1]!))
    .join('')
    .replace(/\s+/g, '');
const squash = (s: string) => s.replace(/\s+/g, '');

function model(): ChartExportModel {
  return {
    lang: 'de',
    title: 'Bevölkerung, Index 2013 = 100 · Regierungsbezirk Kassel, Hessen',
    subtitle: 'Index (2013 = 100) · 1983–2023',
    gebietsstand: 'Gebietsstand ab 01.01.2026: 421 Gemeinden, 27 Kreise, 3 Regierungsbezirke',
    sourceLines: [
      'Statistisches Bundesamt (Destatis), GV-ISys · dl-de/by-2-0 · Stand 31.12.2023',
      '© BBSR Bonn · dl-de/by-2-0 · Stand 2021',
    ],
    citation:
      'Digitalatlas Hessen: Bevölkerung (Gebietsstand 2026). Quellen: Destatis; BBSR. Abgerufen am 04.12.2026, https://example.org/?m=analysen',
    exportDate: '2026-12-04',
    link: 'https://example.org/?m=analysen&a=trend',
    chart: {
      markup:
        '<g><path d="M0 0L640 340" style="stroke:#0072B2;stroke-width:2.5px;fill:none"/><text x="10" y="10" style="fill:#D55E00">Größe</text></g>',
      width: 640,
      height: 340,
    },
    legend: {
      title: 'Index (2013 = 100)',
      items: [
        { label: 'Regierungsbezirk Kassel', colour: '#0072B2', kind: 'line' },
        { label: 'Regierungsbezirk Kassel: Prognose 2017 (Basis 2014)', colour: '#0072B2', kind: 'dashed' },
        { label: 'schrumpfend und schlecht versorgt', colour: '#804d36', kind: 'swatch', count: 1234 },
      ],
      notes: ['┆ Zensus 2011: Bruch zwischen 2009 und 2013'],
    },
  };
}

describe.each(['16:9', 'a4'] as Preset[])('chartToSvg, preset %s', (preset) => {
  const svg = chartToSvg(model(), preset);
  const [W, H] = presetSize(preset).viewBox;

  it('is a well-formed SVG document of the preset’s size with the chart nested in its proportions', () => {
    assertWellFormedXml(svg);
    expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain(`viewBox="0 0 ${W} ${H}"`);
    const nested = svg.match(/<svg x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)" viewBox="0 0 640 340"/);
    expect(nested).not.toBeNull();
    const [x, y, w, h] = nested!.slice(1).map(Number) as [number, number, number, number];
    expect(w / h).toBeCloseTo(640 / 340, 2);
    expect(x + w).toBeLessThanOrEqual(W);
    expect(y + h).toBeLessThanOrEqual(H);
    expect(svg).toContain('<text x="10" y="10" style="fill:#D55E00">Größe</text>');
  });

  it('says title, legend, notes, Gebietsstand, sources with Stand, citation and link, umlauts intact', () => {
    const text = pageText(svg);
    const m = model();
    for (const s of [
      m.title,
      m.subtitle,
      m.legend.title,
      ...m.legend.items.map((i) => i.label),
      ...m.legend.notes,
      m.gebietsstand,
      ...m.sourceLines,
    ])
      expect(text).toContain(squash(s));
    expect(text).toContain(squash(`Zitierhinweis: ${m.citation}`));
    expect(text).toContain('1.234');
    expect(text).toContain(squash('Erstellt am 04.12.2026'));
    expect(svg).toContain('stroke-dasharray');
  });

  it('styles only its own text, so the chart keeps its colours, and references nothing outside', () => {
    expect(svg).not.toMatch(/(^|\n)text\{/);
    expect(svg).not.toMatch(/href|<image|@import|<script|<foreignObject/);
  });
});

describe('chartToSvg', () => {
  it('draws a wide, flat chart across the page with the legend below it, larger than beside it', () => {
    const wide = { ...model(), chart: { ...model().chart, width: 900, height: 220 } };
    const svg = chartToSvg(wide, '16:9');
    const [x, y, w, h] = svg
      .match(/<svg x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)" viewBox="0 0 900 220"/)!
      .slice(1)
      .map(Number) as number[];
    // Wider than the 68 % beside a legend, centred on the page.
    expect(w).toBeGreaterThan(0.68 * (1920 - 2 * 64) * 1.1);
    expect(x! + w! / 2).toBeCloseTo(960, 0);
    const legendY = Number(svg.match(/<text class="ltitle" x="[\d.]+" y="([\d.]+)"/)![1]);
    expect(legendY).toBeGreaterThan(y! + h!);
    assertWellFormedXml(svg);
  });

  it('is deterministic and English pages say so', () => {
    expect(chartToSvg(model(), '16:9')).toBe(chartToSvg(model(), '16:9'));
    const en = chartToSvg({ ...model(), lang: 'en', gebietsstand: '1 Jan 2026' }, '16:9');
    expect(pageText(en)).toContain(squash('Boundaries as of: 1 Jan 2026'));
    expect(pageText(en)).toContain('Citation:');
  });
});
