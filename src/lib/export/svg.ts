// A map export as a standalone SVG document: title, map, legend and footer laid out for a 16:9
// slide or an A4 landscape page. Pure and deterministic (same model → same bytes).
import { formatDate, formatNumber } from '../scales/format.ts';
import { NO_DATA, UNINHABITED } from '../scales/palette.ts';
import { EXPORT_MESSAGES } from '../i18n/export.ts';
import type { LegendItem, MapExportModel, Preset } from './model.ts';
import { escapeXml, textWidth, wrapText } from './text.ts';

interface PresetSpec {
  /** viewBox size: CSS px for 16:9, 0.1 mm for A4. */
  width: number;
  height: number;
  /** width/height attributes of the document. */
  widthAttr: string;
  heightAttr: string;
  /** Raster size and resolution of the PNG export. */
  png: { width: number; height: number; dpi: number };
  margin: number;
  font: { title: number; subtitle: number; legendTitle: number; legend: number; note: number; footer: number; label: number };
  /** Line widths in viewBox units (not map units). */
  stroke: { gemeinde: number; kreis: number; rb: number; outline: number; highlight: number; swatch: number };
  swatch: [number, number];
  hatch: { spacing: number; line: number };
}

const PRESETS: Record<Preset, PresetSpec> = {
  '16:9': {
    width: 1920,
    height: 1080,
    widthAttr: '1920',
    heightAttr: '1080',
    // 1920 px at 144 dpi = 13.33 in, the width of a 16:9 PowerPoint/Impress slide.
    png: { width: 1920, height: 1080, dpi: 144 },
    margin: 64,
    font: { title: 44, subtitle: 28, legendTitle: 26, legend: 22, note: 18, footer: 18, label: 18 },
    stroke: { gemeinde: 0.5, kreis: 1.1, rb: 2.4, outline: 1.6, highlight: 3.5, swatch: 1 },
    swatch: [38, 25],
    hatch: { spacing: 6, line: 1.8 },
  },
  a4: {
    width: 2970,
    height: 2100,
    widthAttr: '297mm',
    heightAttr: '210mm',
    png: { width: 3508, height: 2480, dpi: 300 },
    margin: 120,
    // In 0.1 mm: 18 pt title, 12 pt subtitle, 10 pt legend, 8 pt footer.
    font: { title: 64, subtitle: 42, legendTitle: 39, legend: 35, note: 29, footer: 28, label: 28 },
    stroke: { gemeinde: 1, kreis: 2.4, rb: 5, outline: 3.5, highlight: 7, swatch: 1.5 },
    swatch: [56, 37],
    hatch: { spacing: 9, line: 2.6 },
  },
};

/** Size attributes, viewBox and PNG raster size of a preset. */
export function presetSize(preset: Preset): {
  widthAttr: string;
  heightAttr: string;
  viewBox: [number, number];
  png: { width: number; height: number; dpi: number };
} {
  const p = PRESETS[preset];
  return { widthAttr: p.widthAttr, heightAttr: p.heightAttr, viewBox: [p.width, p.height], png: { ...p.png } };
}

// Arial-metric fonts first (the wrap estimate uses their widths), then the platform's sans-serif.
const FONT_STACK = "Arial, 'Liberation Sans', Arimo, Helvetica, 'Nimbus Sans', 'Helvetica Neue', sans-serif";
const INK = '#1a1a1a';
const MUTED = '#4d4d4d';
const LINE_HEIGHT = 1.25;
/**
 * Text is wrapped to this share of the space it may fill: the width estimate uses Arial metrics,
 * and a substitute font (DejaVu Sans, the Linux default, is ~12 % wider) must still fit.
 */
const FIT = 0.86;
/** Baseline below the top of a line box (Arial ascent 0.905 em plus half the leading). */
const BASELINE = 0.97;

/** Numbers in the output: at most 2 decimals, no trailing zeros, no "-0". */
function n(x: number): string {
  const r = Math.round(x * 100) / 100;
  return String(Object.is(r, -0) ? 0 : r);
}

/** FNV-1a hash in base 36: a deterministic id prefix that differs between documents. */
function hashId(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

type Cls = 'title' | 'subtitle' | 'ltitle' | 'legend' | 'count' | 'note' | 'footer' | 'label' | 'label-hl';

interface Block {
  lines: string[];
  cls: Cls;
  size: number;
  bold: boolean;
}

function block(text: string, width: number, cls: Cls, size: number, bold = false): Block {
  return { lines: wrapText(text, width * FIT, size, bold), cls, size, bold };
}

function blockHeight(b: Block): number {
  return b.lines.length * b.size * LINE_HEIGHT;
}

/** `<text>` elements of a block whose first line box starts at `top`. */
function drawBlock(b: Block, x: number, top: number, anchor: 'start' | 'end' = 'start'): string {
  return b.lines
    .map((line, i) => {
      const y = top + i * b.size * LINE_HEIGHT + b.size * BASELINE;
      const a = anchor === 'end' ? ' text-anchor="end"' : '';
      return `<text class="${b.cls}" x="${n(x)}" y="${n(y)}"${a}>${escapeXml(line)}</text>`;
    })
    .join('\n');
}

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

function gebietsstandLine(model: MapExportModel): string {
  const label = EXPORT_MESSAGES[model.lang].gebietsstand;
  const value = model.gebietsstand.trim();
  return /^(gebietsstand|boundaries)/i.test(value) ? value : `${label}: ${value}`;
}

interface PageLayout {
  header: string[];
  footer: string[];
  bodyTop: number;
  bodyBottom: number;
  ruleY: number;
}

/** Title and subtitle at the top, Gebietsstand, sources and creation line at the bottom. */
function layoutPage(model: MapExportModel, spec: PresetSpec, f: number): PageLayout {
  const t = EXPORT_MESSAGES[model.lang];
  const { height: H, margin: m } = spec;
  const contentW = spec.width - 2 * m;

  const title = block(model.title, contentW, 'title', spec.font.title * f, true);
  const subtitle = block(model.subtitle, contentW, 'subtitle', spec.font.subtitle * f);
  let y = m;
  const header = [drawBlock(title, m, y)];
  y += blockHeight(title) + spec.font.subtitle * f * 0.15;
  header.push(drawBlock(subtitle, m, y));
  y += blockHeight(subtitle);

  const size = spec.font.footer * f;
  const blocks = [
    block(gebietsstandLine(model), contentW, 'footer', size),
    ...model.sourceLines.map((line) => block(line, contentW, 'footer', size)),
    block(`${t.createdOn(formatDate(model.exportDate, model.lang))} · ${model.link}`, contentW, 'footer', size),
  ];
  const footerTop = H - m - blocks.reduce((h, b) => h + blockHeight(b), 0);
  const footer: string[] = [];
  let fy = footerTop;
  for (const b of blocks) {
    footer.push(drawBlock(b, m, fy));
    fy += blockHeight(b);
  }
  return { header, footer, bodyTop: y + m * 0.6, bodyBottom: footerTop - m * 0.6, ruleY: footerTop - m * 0.3 };
}

const SCALES = [1, 0.92, 0.85, 0.78, 0.72, 0.66, 0.6];

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
