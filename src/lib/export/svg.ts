// A map export as a standalone SVG document: title, map, legend and footer laid out for a 16:9
// slide or an A4 landscape page. Pure and deterministic (same model → same bytes).
import { formatNumber } from '../scales/format.ts';
import { NO_DATA, UNINHABITED } from '../scales/palette.ts';
import { EXPORT_MESSAGES } from '../i18n/export.ts';
import type { LegendItem, MapExportModel, Preset } from './model.ts';
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
  layoutPage,
  n,
  type PresetSpec,
} from './page.ts';

export { presetSize } from './page.ts';

interface Frame {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Union of the shapes' bounding boxes (map units), or the whole frame if there are none. */
function extent(model: MapExportModel): [number, number, number, number] {
  const shapes = model.geometry.shapes[model.level];
  if (shapes.length === 0) return [0, 0, model.geometry.width, model.geometry.height];
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const s of shapes) {
    x0 = Math.min(x0, s.bbox[0]);
    y0 = Math.min(y0, s.bbox[1]);
    x1 = Math.max(x1, s.bbox[2]);
    y1 = Math.max(y1, s.bbox[3]);
  }
  return [x0, y0, x1, y1];
}

function drawMap(model: MapExportModel, spec: PresetSpec, box: Frame, f: number, ids: { hatchMap: string }): { svg: string; defs: string } {
  const [ex0, ey0, ex1, ey1] = extent(model);
  // Keep half the widest line inside the box.
  const pad = spec.stroke.rb;
  const s = Math.min((box.width - 2 * pad) / (ex1 - ex0), (box.height - 2 * pad) / (ey1 - ey0));
  const tx = box.x + (box.width - (ex1 - ex0) * s) / 2 - ex0 * s;
  const ty = box.y + (box.height - (ey1 - ey0) * s) / 2 - ey0 * s;
  const w = (px: number) => n(px / s);

  const noDataColour = model.legend.noData?.colour || NO_DATA;
  const uninhabitedColour = model.legend.uninhabited?.colour || UNINHABITED;
  const hs = spec.hatch.spacing / s;
  const defs =
    `<pattern id="${ids.hatchMap}" patternUnits="userSpaceOnUse" width="${n(hs)}" height="${n(hs)}" patternTransform="rotate(45)">` +
    `<rect width="${n(hs)}" height="${n(hs)}" fill="${escapeXml(noDataColour)}"/>` +
    `<line x1="0" y1="0" x2="0" y2="${n(hs)}" stroke="#8c8c8c" stroke-width="${w(spec.hatch.line)}"/></pattern>`;

  const shapes = model.geometry.shapes[model.level];
  const paths = shapes.map((sh) => {
    const fill = model.fills.get(sh.ags) || (model.uninhabited.has(sh.ags) ? uninhabitedColour : `url(#${ids.hatchMap})`);
    return `<path d="${escapeXml(sh.d)}" fill="${escapeXml(fill)}"><title>${escapeXml(sh.ags)}</title></path>`;
  });
  const showKreis = model.level === 'gemeinde' || model.level === 'kreis';
  const lines = [
    showKreis ? `<path d="${model.geometry.kreisBorders}" stroke="${MUTED}" stroke-width="${w(spec.stroke.kreis)}"/>` : '',
    `<path d="${model.geometry.rbBorders}" stroke="${INK}" stroke-width="${w(spec.stroke.rb)}"/>`,
    `<path d="${model.geometry.outline}" stroke="${INK}" stroke-width="${w(spec.stroke.outline)}"/>`,
  ].filter(Boolean);

  const highlighted = new Set(model.highlighted ?? []);
  const hl = shapes.filter((sh) => highlighted.has(sh.ags));
  // A white rim under the black outline keeps it visible on the darkest class.
  const halo = spec.stroke.highlight + 4 * spec.stroke.gemeinde;
  const hlSvg = hl.length
    ? `<g fill="none" stroke-linejoin="round">` +
      hl.map((sh) => `<path d="${sh.d}" stroke="#fff" stroke-width="${w(halo)}"/>`).join('') +
      hl.map((sh) => `<path d="${sh.d}" stroke="#000" stroke-width="${w(spec.stroke.highlight)}"/>`).join('') +
      `</g>`
    : '';

  // Labels in page units, kept inside the map box; highlighted ones first, and a label that would
  // overlap one already placed moves a line up or down, or is left out.
  const byAgs = new Map(shapes.map((sh) => [sh.ags, sh]));
  const size = spec.font.label * f;
  const placed: Frame[] = [];
  const labels: string[] = [];
  const wanted = (model.labels ?? []).filter(({ ags, text }) => text && byAgs.has(ags));
  const ordered = [...wanted.filter((l) => highlighted.has(l.ags)), ...wanted.filter((l) => !highlighted.has(l.ags))];
  for (const { ags, text } of ordered) {
    const sh = byAgs.get(ags)!;
    const bold = highlighted.has(ags);
    const half = textWidth(text, size, bold) / FIT / 2 + size * 0.2;
    const x = Math.min(Math.max(tx + sh.label[0] * s, box.x + half), box.x + box.width - half);
    const y0 = ty + sh.label[1] * s + size * 0.35;
    for (const dy of [0, -1.1 * size, 1.1 * size]) {
      const y = Math.min(Math.max(y0 + dy, box.y + size), box.y + box.height - size * 0.3);
      const rect = { x: x - half, y: y - size, width: 2 * half, height: size * 1.25 };
      const hit = placed.some(
        (p) => rect.x < p.x + p.width && p.x < rect.x + rect.width && rect.y < p.y + p.height && p.y < rect.y + rect.height,
      );
      if (hit) continue;
      placed.push(rect);
      labels.push(`<text class="${bold ? 'label-hl' : 'label'}" x="${n(x)}" y="${n(y)}" text-anchor="middle">${escapeXml(text)}</text>`);
      break;
    }
  }

  const svg = [
    `<g transform="translate(${n(tx)} ${n(ty)}) scale(${Number(s.toFixed(6))})">`,
    `<g stroke="#fff" stroke-width="${w(spec.stroke.gemeinde)}" stroke-linejoin="round" fill-rule="evenodd">`,
    ...paths,
    `</g>`,
    `<g fill="none" stroke-linejoin="round" stroke-linecap="round">`,
    ...lines,
    `</g>`,
    hlSvg,
    `</g>`,
    ...labels,
  ]
    .filter(Boolean)
    .join('\n');
  return { svg, defs };
}

interface LegendLayout {
  height: number;
  svg: string;
}

function drawLegend(
  model: MapExportModel,
  notes: string[],
  spec: PresetSpec,
  at: { x: number; top: number; width: number },
  f: number,
  ids: { hatchLegend: string },
): LegendLayout {
  const { x, top, width } = at;
  const t = EXPORT_MESSAGES[model.lang];
  const fs = { title: spec.font.legendTitle * f, text: spec.font.legend * f, note: spec.font.note * f };
  const [sw, sh] = [spec.swatch[0] * f, spec.swatch[1] * f];
  const gap = fs.text * 0.6;
  const out: string[] = [];
  let y = top;

  const title = block(model.legend.title, width, 'ltitle', fs.title, true);
  out.push(drawBlock(title, x, y));
  y += blockHeight(title);
  if (model.unit) {
    const unit = block(t.unitIn(model.unit), width, 'legend', fs.text);
    out.push(drawBlock(unit, x, y));
    y += blockHeight(unit);
  }
  y += fs.text * 0.8;

  const rows: { item: LegendItem; kind: 'class' | 'noData' | 'uninhabited' }[] = [
    ...model.legend.items.map((item) => ({ item, kind: 'class' as const })),
    ...(model.legend.noData ? [{ item: model.legend.noData, kind: 'noData' as const }] : []),
    ...(model.legend.uninhabited ? [{ item: model.legend.uninhabited, kind: 'uninhabited' as const }] : []),
  ];
  const counts = rows.map((r) => formatNumber(r.item.count, 0, model.lang));
  const countHeader = block(t.count, width, 'note', fs.note);
  const countWidth = Math.max(textWidth(t.count, fs.note), ...counts.map((c) => textWidth(c, fs.text))) / FIT;
  const labelX = x + sw + gap;
  const labelWidth = width - sw - gap - countWidth - 2 * gap;
  if (rows.length) {
    out.push(drawBlock(countHeader, x + width, y, 'end'));
    y += blockHeight(countHeader) + fs.text * 0.15;
  }
  const rowGap = fs.text * 0.35;
  rows.forEach(({ item, kind }, i) => {
    const label = block(item.label, labelWidth, 'legend', fs.text);
    const textH = blockHeight(label);
    const rowH = Math.max(sh, textH);
    const lineH = fs.text * LINE_HEIGHT;
    // Swatch centred on the first text line.
    const swY = y + Math.max(0, (Math.min(rowH, lineH) - sh) / 2);
    const textTop = y + Math.max(0, (sh - lineH) / 2);
    const fill = kind === 'noData' ? `url(#${ids.hatchLegend})` : kind === 'uninhabited' ? item.colour || UNINHABITED : item.colour;
    out.push(
      `<rect x="${n(x)}" y="${n(swY)}" width="${n(sw)}" height="${n(sh)}" fill="${escapeXml(fill)}" stroke="#000" stroke-opacity="0.3" stroke-width="${n(spec.stroke.swatch)}"/>`,
    );
    out.push(drawBlock(label, labelX, textTop));
    out.push(drawBlock({ lines: [counts[i]!], cls: 'count', size: fs.text, bold: false }, x + width, textTop, 'end'));
    y += Math.max(rowH, textTop - y + textH) + rowGap;
  });

  if (notes.length) y += fs.text * 0.6;
  for (const note of notes) {
    const b = block(note, width, 'note', fs.note);
    out.push(drawBlock(b, x, y));
    y += blockHeight(b) + fs.note * 0.4;
  }
  return { height: y - top, svg: out.join('\n') };
}

/**
 * The map as a standalone SVG document for a 16:9 slide (1920 × 1080 px) or an A4 landscape
 * page (297 × 210 mm, viewBox in 0.1 mm). Too long a title or footer is set smaller (down to
 * 60 %) so the map keeps at least 45 % of the page height; too tall a legend is set smaller on
 * its own, and if it still does not fit beside the map its last notes are left out.
 */
export function mapToSvg(model: MapExportModel, preset: Preset): string {
  const spec = PRESETS[preset];
  const { width: W, height: H, margin: m } = spec;
  const contentW = W - 2 * m;
  const id = `dah-${hashId([preset, model.title, model.subtitle, model.level, model.exportDate, model.link, ...model.legend.items.map((i) => i.label + i.colour)].join('|'))}`;
  const ids = { hatchMap: `${id}-hatch-map`, hatchLegend: `${id}-hatch-legend`, title: `${id}-title`, desc: `${id}-desc` };

  let fPage = SCALES[0]!;
  let page = layoutPage(model, spec, fPage);
  for (const f of SCALES.slice(1)) {
    if (page.bodyBottom - page.bodyTop >= H * 0.45) break;
    fPage = f;
    page = layoutPage(model, spec, f);
  }
  const bodyH = page.bodyBottom - page.bodyTop;

  // Body: map centred in the left 56 %, legend in the right column.
  const gutter = m * 0.75;
  const mapW = contentW * 0.56;
  const at = { x: m + mapW + gutter, top: page.bodyTop, width: contentW - mapW - gutter };
  let notes = model.legend.notes;
  let fLegend = SCALES[0]!;
  let legend = drawLegend(model, notes, spec, at, fLegend, ids);
  while (legend.height > bodyH) {
    const next = SCALES[SCALES.indexOf(fLegend) + 1];
    if (next !== undefined) fLegend = next;
    else if (notes.length) notes = notes.slice(0, -1);
    else break;
    legend = drawLegend(model, notes, spec, at, fLegend, ids);
  }
  const map = drawMap(model, spec, { x: m, y: page.bodyTop, width: mapW, height: bodyH }, fPage, ids);

  const hs = spec.hatch.spacing;
  const noDataColour = model.legend.noData?.colour || NO_DATA;
  const p = (x: number) => n(x * fPage);
  const l = (x: number) => n(x * fLegend);
  const style = [
    `text{font-family:${FONT_STACK};fill:${INK}}`,
    `.title{font-size:${p(spec.font.title)}px;font-weight:bold}`,
    `.subtitle{font-size:${p(spec.font.subtitle)}px;fill:${MUTED}}`,
    `.footer{font-size:${p(spec.font.footer)}px;fill:${MUTED}}`,
    `.label,.label-hl{font-size:${p(spec.font.label)}px;paint-order:stroke;stroke:#fff;stroke-width:${p(spec.font.label * 0.22)}px;stroke-linejoin:round}`,
    `.label-hl{font-weight:bold}`,
    `.ltitle{font-size:${l(spec.font.legendTitle)}px;font-weight:bold}`,
    `.legend{font-size:${l(spec.font.legend)}px}`,
    `.count{font-size:${l(spec.font.legend)}px;fill:${MUTED};font-variant-numeric:tabular-nums}`,
    `.note{font-size:${l(spec.font.note)}px;fill:${MUTED}}`,
  ].join('\n');

  const desc = [model.subtitle, model.unit, gebietsstandLine(model), ...model.sourceLines].filter(Boolean).join(' · ');
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="http://www.w3.org/2000/svg" width="${spec.widthAttr}" height="${spec.heightAttr}" viewBox="0 0 ${W} ${H}" xml:lang="${model.lang}" role="img" aria-labelledby="${ids.title} ${ids.desc}">`,
    `<title id="${ids.title}">${escapeXml(model.title)}</title>`,
    `<desc id="${ids.desc}">${escapeXml(desc)}</desc>`,
    `<defs>`,
    `<style>\n${style}\n</style>`,
    map.defs,
    `<pattern id="${ids.hatchLegend}" patternUnits="userSpaceOnUse" width="${n(hs)}" height="${n(hs)}" patternTransform="rotate(45)">` +
      `<rect width="${n(hs)}" height="${n(hs)}" fill="${escapeXml(noDataColour)}"/>` +
      `<line x1="0" y1="0" x2="0" y2="${n(hs)}" stroke="#8c8c8c" stroke-width="${n(spec.hatch.line)}"/></pattern>`,
    `</defs>`,
    `<rect width="${W}" height="${H}" fill="#fff"/>`,
    ...page.header,
    map.svg,
    legend.svg,
    `<line x1="${m}" y1="${n(page.ruleY)}" x2="${W - m}" y2="${n(page.ruleY)}" stroke="#bfbfbf" stroke-width="${n(spec.stroke.swatch)}"/>`,
    ...page.footer,
    `</svg>`,
    '',
  ].join('\n');
}
