// A chart export as a standalone SVG document: the chart as the page drew it (its <svg>, already
// serialised with its styles inline), scaled into a 16:9 slide or an A4 landscape page, with a
// legend beside it and the header and footer every export carries (title, Gebietsstand,
// sources with Stand, citation, date and link). Pure and deterministic.
import { formatNumber } from '../scales/format.ts';
import type { Preset } from './model.ts';
import { escapeXml, textWidth } from './text.ts';
import {
  FIT,
  FONT_STACK,
  INK,
  LINE_HEIGHT,
  MUTED,
  PRESETS,
  SCALES,
  block,
  blockHeight,
  drawBlock,
  gebietsstandLine,
  hashId,
  fitPage,
  pageBody,
  drawNotes,
  n,
  type PageModel,
  type PresetSpec,
} from './page.ts';

export interface ChartLegendItem {
  label: string;
  colour: string;
  /** A line (solid, dashed or thin) or a filled swatch (map classes). */
  kind: 'line' | 'dashed' | 'thin' | 'swatch';
  /** Count shown right of the label (map classes). */
  count?: number;
}

/** The chart as the page drew it: the children of its <svg> and its viewBox size. */
export interface SerialisedChart {
  markup: string;
  width: number;
  height: number;
}

export interface ChartExportModel extends PageModel {
  chart: SerialisedChart;
  legend: { title: string; items: ChartLegendItem[]; notes: string[] };
}

function drawLegend(
  model: ChartExportModel,
  notes: string[],
  spec: PresetSpec,
  at: { x: number; top: number; width: number },
  f: number,
): { height: number; svg: string } {
  const { x, top, width } = at;
  const fs = { title: spec.font.legendTitle * f, text: spec.font.legend * f, note: spec.font.note * f };
  const [sw, sh] = [spec.swatch[0] * f, spec.swatch[1] * f];
  const gap = fs.text * 0.6;
  const out: string[] = [];
  let y = top;
  if (model.legend.title) {
    const title = block(model.legend.title, width, 'ltitle', fs.title, true);
    out.push(drawBlock(title, x, y));
    y += blockHeight(title) + fs.text * 0.6;
  }
  const counts = model.legend.items.map((i) => (i.count === undefined ? '' : formatNumber(i.count, 0, model.lang)));
  const countWidth = Math.max(0, ...counts.map((c) => textWidth(c, fs.text))) / FIT;
  const labelWidth = width - sw - gap - (countWidth ? countWidth + 2 * gap : 0);
  model.legend.items.forEach((item, i) => {
    const label = block(item.label, labelWidth, 'legend', fs.text);
    const lineH = fs.text * LINE_HEIGHT;
    const cy = y + lineH / 2;
    const colour = escapeXml(item.colour);
    if (item.kind === 'swatch')
      out.push(
        `<rect x="${n(x)}" y="${n(cy - sh / 2)}" width="${n(sw)}" height="${n(sh)}" fill="${colour}" stroke="#000" stroke-opacity="0.3" stroke-width="${n(spec.stroke.swatch)}"/>`,
      );
    else {
      const w = (item.kind === 'thin' ? 0.12 : 0.25) * sh;
      const dash = item.kind === 'dashed' ? ` stroke-dasharray="${n(sw * 0.3)} ${n(sw * 0.18)}"` : '';
      out.push(`<line x1="${n(x)}" x2="${n(x + sw)}" y1="${n(cy)}" y2="${n(cy)}" stroke="${colour}" stroke-width="${n(w)}"${dash}/>`);
    }
    out.push(drawBlock(label, x + sw + gap, y));
    if (counts[i]) out.push(drawBlock({ lines: [counts[i]!], cls: 'count', size: fs.text, bold: false }, x + width, y, 'end'));
    y += Math.max(sh, blockHeight(label)) + fs.text * 0.35;
  });
  y = drawNotes(notes, x, y, width, fs.note, fs.text, out);
  return { height: y - top, svg: out.join('\n') };
}

/**
 * The chart as a standalone SVG document for a 16:9 slide (1920 × 1080 px) or an A4 landscape
 * page (297 × 210 mm). The chart keeps its proportions: in the left 68 % of the body with the
 * legend beside it, or across the page with the legend below when it is wide and flat. Too tall a
 * legend beside the chart is set smaller, then loses its last notes.
 */
export function chartToSvg(model: ChartExportModel, preset: Preset): string {
  const spec = PRESETS[preset];
  const { width: W, height: H, margin: m } = spec;
  const contentW = W - 2 * m;
  const id = `dah-${hashId(['chart', preset, model.title, model.subtitle, model.exportDate, model.link, ...model.legend.items.map((i) => i.label + i.colour)].join('|'))}`;

  const { page, f: fPage } = fitPage(model, spec);
  const bodyH = page.bodyBottom - page.bodyTop;
  const hasLegend = model.legend.items.length > 0 || model.legend.notes.length > 0;
  const gutter = m * 0.75;
  const { width: cw, height: ch } = model.chart;

  /** The legend at `at`, set smaller and then without its last notes until it is at most `maxH` tall. */
  const fitLegend = (at: { x: number; top: number; width: number }, maxH: number) => {
    let notes = model.legend.notes;
    let f = SCALES[0]!;
    let legend = drawLegend(model, notes, spec, at, f);
    while (legend.height > maxH) {
      const next = SCALES[SCALES.indexOf(f) + 1];
      if (next !== undefined) f = next;
      else if (notes.length) notes = notes.slice(0, -1);
      else break;
      legend = drawLegend(model, notes, spec, at, f);
    }
    return { ...legend, f };
  };

  // Beside: the chart in the left 68 %, the legend right of it. Below: a wide, flat chart across
  // the page with the legend under it, when that draws the chart larger.
  const sideW = hasLegend ? contentW * 0.68 : contentW;
  const side = hasLegend ? fitLegend({ x: m + sideW + gutter, top: page.bodyTop, width: contentW - sideW - gutter }, bodyH) : null;
  const sideScale = Math.min(sideW / Math.max(cw, 1), bodyH / Math.max(ch, 1));
  let legend = side ?? { height: 0, svg: '', f: SCALES[0]! };
  let box = { x: m + (sideW - cw * sideScale) / 2, y: page.bodyTop, width: cw * sideScale, height: ch * sideScale };
  if (hasLegend) {
    const probe = drawLegend(model, model.legend.notes, spec, { x: m, top: 0, width: contentW }, SCALES[0]!);
    const belowScale = Math.min(contentW / Math.max(cw, 1), (bodyH - probe.height - gutter) / Math.max(ch, 1));
    if (belowScale > sideScale * 1.1) {
      const height = ch * belowScale;
      box = { x: m + (contentW - cw * belowScale) / 2, y: page.bodyTop, width: cw * belowScale, height };
      legend = {
        ...drawLegend(model, model.legend.notes, spec, { x: m, top: page.bodyTop + height + gutter, width: contentW }, SCALES[0]!),
        f: SCALES[0]!,
      };
    }
  }
  const fLegend = legend.f;
  const chart =
    `<svg x="${n(box.x)}" y="${n(box.y)}" width="${n(box.width)}" height="${n(box.height)}" viewBox="0 0 ${n(cw)} ${n(ch)}" overflow="hidden">\n` +
    `${model.chart.markup}\n</svg>`;

  const p = (x: number) => n(x * fPage);
  const l = (x: number) => n(x * fLegend);
  const style = [
    `.title,.subtitle,.footer,.ltitle,.legend,.count,.note{font-family:${FONT_STACK};fill:${INK}}`,
    `.title{font-size:${p(spec.font.title)}px;font-weight:bold}`,
    `.subtitle{font-size:${p(spec.font.subtitle)}px;fill:${MUTED}}`,
    `.footer{font-size:${p(spec.font.footer)}px;fill:${MUTED}}`,
    `.ltitle{font-size:${l(spec.font.legendTitle)}px;font-weight:bold}`,
    `.legend{font-size:${l(spec.font.legend)}px}`,
    `.count{font-size:${l(spec.font.legend)}px;fill:${MUTED};font-variant-numeric:tabular-nums}`,
    `.note{font-size:${l(spec.font.note)}px;fill:${MUTED}}`,
  ].join('\n');
  const desc = [model.subtitle, gebietsstandLine(model), ...model.sourceLines].filter(Boolean).join(' · ');
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="http://www.w3.org/2000/svg" width="${spec.widthAttr}" height="${spec.heightAttr}" viewBox="0 0 ${W} ${H}" xml:lang="${model.lang}" role="img" aria-labelledby="${id}-title ${id}-desc">`,
    `<title id="${id}-title">${escapeXml(model.title)}</title>`,
    `<desc id="${id}-desc">${escapeXml(desc)}</desc>`,
    `<defs>\n<style>\n${style}\n</style>\n</defs>`,
    ...pageBody(page, spec, [chart, legend.svg]),
  ].join('\n');
}

/** What a view hands the export menu: the page texts, the legend and the chart's rendered <svg>. */
export type ChartImage = Omit<ChartExportModel, 'chart'> & { svg: SVGSVGElement };
