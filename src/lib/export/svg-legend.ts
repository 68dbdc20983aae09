// The legend column of a map export: title, unit, classes with counts, named regions, notes.
import { formatNumber } from '../scales/format.ts';
import { UNINHABITED } from '../scales/palette.ts';
import { EXPORT_MESSAGES } from '../i18n/export.ts';
import type { LegendItem, MapExportModel } from './model.ts';
import { escapeXml, textWidth } from './text.ts';
import { block, blockHeight, drawBlock, drawNotes, FIT, LINE_HEIGHT, n, type PresetSpec } from './page.ts';

interface LegendLayout {
  height: number;
  svg: string;
}

/** The legend column at `at`: its height and its SVG elements. */
export function drawLegend(
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

  y = drawMarked(model, out, { x, y, width }, { size: fs.text, swatch: [sw, sh], gap, rowGap, spec });

  y = drawNotes(notes, x, y, width, fs.note, fs.text, out);
  return { height: y - top, svg: out.join('\n') };
}

/**
 * The selected and compared regions under the classes: an outline swatch like the map's, the
 * name and the value as shown. Returns the y below the list.
 */
function drawMarked(
  model: MapExportModel,
  out: string[],
  at: { x: number; y: number; width: number },
  o: { size: number; swatch: [number, number]; gap: number; rowGap: number; spec: PresetSpec },
): number {
  const marked = model.marked ?? [];
  if (!marked.length) return at.y;
  const t = EXPORT_MESSAGES[model.lang];
  const { x, width } = at;
  const [sw, sh] = o.swatch;
  let y = at.y + o.size * 0.5;
  const head = block(t.markedTitle, width, 'legend-b', o.size, true);
  out.push(drawBlock(head, x, y));
  y += blockHeight(head) + o.size * 0.2;
  const valueW = Math.min(width * 0.45, Math.max(...marked.map((m) => textWidth(m.value, o.size))) / FIT);
  const nameW = width - sw - valueW - 3 * o.gap;
  const lineH = o.size * LINE_HEIGHT;
  for (const m of marked) {
    const name = block(m.role === 'selected' ? t.selectedName(m.name) : m.name, nameW, 'legend', o.size);
    const value = block(m.value, valueW, 'legend', o.size);
    const textH = Math.max(blockHeight(name), blockHeight(value));
    const textTop = y + Math.max(0, (sh - lineH) / 2);
    const swY = y + Math.max(0, (lineH - sh) / 2);
    const inset = o.spec.stroke.highlight / 2;
    out.push(
      `<rect x="${n(x + inset)}" y="${n(swY + inset)}" width="${n(sw - 2 * inset)}" height="${n(sh - 2 * inset)}" fill="#fff" stroke="#000" stroke-width="${n(o.spec.stroke.highlight)}"/>`,
    );
    out.push(drawBlock(name, x + sw + o.gap, textTop));
    out.push(drawBlock(value, x + width, textTop, 'end'));
    y += Math.max(sh, textTop - y + textH) + o.rowGap;
  }
  return y;
}
