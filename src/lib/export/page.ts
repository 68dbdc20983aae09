// The page of an image export (map or chart): presets, fonts, number output, wrapped text blocks,
// and the header (title, subtitle) and footer (Gebietsstand, sources with Stand, citation, date and
// link) every export carries. Pure; svg.ts (map) and chart-svg.ts (charts) lay out their body between them.
import { formatDate } from '../scales/format.ts';
import type { Lang } from '../scales/format.ts';
import { EXPORT_MESSAGES } from '../i18n/export.ts';
import type { Preset } from './model.ts';
import { escapeXml, wrapText } from './text.ts';

/** What the header and footer of an exported page say. */
export interface PageModel {
  lang: Lang;
  title: string;
  subtitle: string;
  /** The Gebietsstand; the footer adds "Gebietsstand: " unless it starts so. */
  gebietsstand: string;
  /** One line per source with credit, licence and Stand. */
  sourceLines: string[];
  /** A citation line ("Zitierhinweis: …"), if the export carries one. */
  citation?: string;
  /** ISO date YYYY-MM-DD. */
  exportDate: string;
  link: string;
}

export interface PresetSpec {
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

export const PRESETS: Record<Preset, PresetSpec> = {
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
export const FONT_STACK = "Arial, 'Liberation Sans', Arimo, Helvetica, 'Nimbus Sans', 'Helvetica Neue', sans-serif";
export const INK = '#1a1a1a';
export const MUTED = '#4d4d4d';
export const LINE_HEIGHT = 1.25;
/**
 * Text is wrapped to this share of the space it may fill: the width estimate uses Arial metrics,
 * and a substitute font (DejaVu Sans, the Linux default, is ~12 % wider) must still fit.
 */
export const FIT = 0.86;
/** Baseline below the top of a line box (Arial ascent 0.905 em plus half the leading). */
export const BASELINE = 0.97;

/** Numbers in the output: at most 2 decimals, no trailing zeros, no "-0". */
export function n(x: number): string {
  const r = Math.round(x * 100) / 100;
  return String(Object.is(r, -0) ? 0 : r);
}

/** FNV-1a hash in base 36: a deterministic id prefix that differs between documents. */
export function hashId(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

export type Cls = 'title' | 'subtitle' | 'ltitle' | 'legend' | 'legend-b' | 'count' | 'note' | 'footer' | 'label' | 'label-hl';

export interface Block {
  lines: string[];
  cls: Cls;
  size: number;
  bold: boolean;
}

export function block(text: string, width: number, cls: Cls, size: number, bold = false): Block {
  return { lines: wrapText(text, width * FIT, size, bold), cls, size, bold };
}

export function blockHeight(b: Block): number {
  return b.lines.length * b.size * LINE_HEIGHT;
}

/** `<text>` elements of a block whose first line box starts at `top`. */
export function drawBlock(b: Block, x: number, top: number, anchor: 'start' | 'end' = 'start'): string {
  return b.lines
    .map((line, i) => {
      const y = top + i * b.size * LINE_HEIGHT + b.size * BASELINE;
      const a = anchor === 'end' ? ' text-anchor="end"' : '';
      return `<text class="${b.cls}" x="${n(x)}" y="${n(y)}"${a}>${escapeXml(line)}</text>`;
    })
    .join('\n');
}

export function gebietsstandLine(model: PageModel): string {
  const label = EXPORT_MESSAGES[model.lang].gebietsstand;
  const value = model.gebietsstand.trim();
  return /^(gebietsstand|boundaries)/i.test(value) ? value : `${label}: ${value}`;
}

export interface PageLayout {
  header: string[];
  footer: string[];
  bodyTop: number;
  bodyBottom: number;
  ruleY: number;
}

/** Title and subtitle at the top, Gebietsstand, sources and creation line at the bottom. */
export function layoutPage(model: PageModel, spec: PresetSpec, f: number): PageLayout {
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
    ...(model.citation ? [block(`${t.citation}: ${model.citation}`, contentW, 'footer', size)] : []),
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

export const SCALES = [1, 0.92, 0.85, 0.78, 0.72, 0.66, 0.6];

/** The page at the largest scale that leaves the body at least 45 % of the page height (down to 60 %). */
export function fitPage(model: PageModel, spec: PresetSpec): { page: PageLayout; f: number } {
  let f = SCALES[0]!;
  let page = layoutPage(model, spec, f);
  for (const next of SCALES.slice(1)) {
    if (page.bodyBottom - page.bodyTop >= spec.height * 0.45) break;
    f = next;
    page = layoutPage(model, spec, f);
  }
  return { page, f };
}

/** Notes below a legend, from `y` (after a gap of 0.6 × `textSize`); returns the y below them. */
export function drawNotes(
  notes: readonly string[],
  x: number,
  y: number,
  width: number,
  size: number,
  textSize: number,
  out: string[],
): number {
  if (notes.length) y += textSize * 0.6;
  for (const note of notes) {
    const b = block(note, width, 'note', size);
    out.push(drawBlock(b, x, y));
    y += blockHeight(b) + size * 0.4;
  }
  return y;
}

/** The page after its <defs>: white ground, header, `body`, the rule above the footer, footer, end of document. */
export function pageBody(page: PageLayout, spec: PresetSpec, body: string[]): string[] {
  const { width: W, height: H, margin: m } = spec;
  return [
    `<rect width="${W}" height="${H}" fill="#fff"/>`,
    ...page.header,
    ...body,
    `<line x1="${m}" y1="${n(page.ruleY)}" x2="${W - m}" y2="${n(page.ruleY)}" stroke="#bfbfbf" stroke-width="${n(spec.stroke.swatch)}"/>`,
    ...page.footer,
    `</svg>`,
    '',
  ];
}
