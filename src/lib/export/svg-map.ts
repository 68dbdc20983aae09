// The map part of a map export: shapes, borders, outlines of the named regions and their labels,
// fitted into the page's map frame — all of Hessen, or the zoomed view clipped at the frame.
import { NO_DATA, UNINHABITED } from '../scales/palette.ts';
import type { Box } from '../geo/zoom.ts';
import type { MapExportModel } from './model.ts';
import { placeLabels, type LabelRequest, type Rect } from './labels.ts';
import { escapeXml, textWidth } from './text.ts';
import { FIT, INK, MUTED, n, type PresetSpec } from './page.ts';

/** Union of the shapes' bounding boxes (map units), or the whole frame if there are none. */
function extent(model: MapExportModel): Box {
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

export interface MapFit {
  /** Page units per map unit, and the map's origin on the page. */
  s: number;
  tx: number;
  ty: number;
  /** The part of the map inside the frame, in map units. */
  visible: Box;
}

/** `v0`, the start of a span of length `v`, moved so the span stays inside [e0, e1] (centred if it is longer). */
function keepInside(v0: number, v: number, e0: number, e1: number): number {
  return v >= e1 - e0 ? (e0 + e1 - v) / 2 : Math.min(Math.max(v0, e0), e1 - v);
}

/**
 * Fits the map into `frame` (page units): all shapes with room for the widest line (`pad`), or,
 * for a zoomed model, its view box in the frame. What the frame shows beyond the view box stays
 * inside the map where it can (like the screen's zoom, a region at the border is not centred);
 * everything beyond the frame is clipped.
 */
export function fitMap(model: MapExportModel, frame: Rect, pad: number): MapFit {
  const all = extent(model);
  const [ex0, ey0, ex1, ey1] = model.view?.box ?? all;
  const room = model.view ? 0 : pad;
  const s = Math.min((frame.width - 2 * room) / (ex1 - ex0), (frame.height - 2 * room) / (ey1 - ey0));
  let tx = frame.x + (frame.width - (ex1 - ex0) * s) / 2 - ex0 * s;
  let ty = frame.y + (frame.height - (ey1 - ey0) * s) / 2 - ey0 * s;
  if (model.view) {
    tx = frame.x - keepInside((frame.x - tx) / s, frame.width / s, all[0], all[2]) * s;
    ty = frame.y - keepInside((frame.y - ty) / s, frame.height / s, all[1], all[3]) * s;
  }
  const visible: Box = [(frame.x - tx) / s, (frame.y - ty) / s, (frame.x + frame.width - tx) / s, (frame.y + frame.height - ty) / s];
  return { s, tx, ty, visible };
}

const intersects = (a: Box, b: Box) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
const inside = ([x, y]: [number, number], b: Box) => x >= b[0] && x <= b[2] && y >= b[1] && y <= b[3];

export function drawMap(
  model: MapExportModel,
  spec: PresetSpec,
  box: Rect,
  f: number,
  ids: { hatchMap: string; clip: string },
): { svg: string; defs: string } {
  const { s, tx, ty, visible } = fitMap(model, box, spec.stroke.rb);
  const w = (px: number) => n(px / s);

  const noDataColour = model.legend.noData?.colour || NO_DATA;
  const uninhabitedColour = model.legend.uninhabited?.colour || UNINHABITED;
  const hs = spec.hatch.spacing / s;
  let defs =
    `<pattern id="${ids.hatchMap}" patternUnits="userSpaceOnUse" width="${n(hs)}" height="${n(hs)}" patternTransform="rotate(45)">` +
    `<rect width="${n(hs)}" height="${n(hs)}" fill="${escapeXml(noDataColour)}"/>` +
    `<line x1="0" y1="0" x2="0" y2="${n(hs)}" stroke="#8c8c8c" stroke-width="${w(spec.hatch.line)}"/></pattern>`;
  if (model.view)
    defs += `<clipPath id="${ids.clip}"><rect x="${n(box.x)}" y="${n(box.y)}" width="${n(box.width)}" height="${n(box.height)}"/></clipPath>`;

  // A zoomed export leaves out the shapes wholly outside the frame.
  const shapes = model.geometry.shapes[model.level].filter((sh) => !model.view || intersects(sh.bbox, visible));
  const paths = shapes.map((sh) => {
    const fill = model.fills.get(sh.ags) || (model.uninhabited.has(sh.ags) ? uninhabitedColour : `url(#${ids.hatchMap})`);
    return `<path d="${escapeXml(sh.d)}" fill="${escapeXml(fill)}"><title>${escapeXml(sh.ags)}</title></path>`;
  });
  const showKreis = model.level === 'gemeinde' || model.level === 'kreis';
  // Named Gemeinden on a map of Kreise get their borders too, so each name has its area.
  const gemeindeNames = model.level !== 'gemeinde' && (model.labels ?? []).some((l) => l.ags.length === 8);
  const lines = [
    gemeindeNames ? `<path d="${model.geometry.gemeindeBorders}" stroke="#fff" stroke-width="${w(spec.stroke.gemeinde)}"/>` : '',
    showKreis ? `<path d="${model.geometry.kreisBorders}" stroke="${MUTED}" stroke-width="${w(spec.stroke.kreis)}"/>` : '',
    `<path d="${model.geometry.rbBorders}" stroke="${INK}" stroke-width="${w(spec.stroke.rb)}"/>`,
    `<path d="${model.geometry.outline}" stroke="${INK}" stroke-width="${w(spec.stroke.outline)}"/>`,
    // Hessen in the national map: a dark line on a white halo, as on screen
    model.geometry.emphasis
      ? `<path d="${model.geometry.emphasis}" stroke="#fff" stroke-width="${w(spec.stroke.highlight)}"/>` +
        `<path d="${model.geometry.emphasis}" stroke="${INK}" stroke-width="${w(spec.stroke.rb)}"/>`
      : '',
  ].filter(Boolean);

  // The zoomed region's outline (any level), as strong as the Regierungsbezirk borders.
  const view = model.view;
  const viewShape = view && Object.values(model.geometry.shapes).flatMap((list) => list.filter((sh) => sh.ags === view.ags))[0];
  if (viewShape) lines.push(`<path d="${viewShape.d}" stroke="${INK}" stroke-width="${w(spec.stroke.rb)}"/>`);

  const marked = new Set((model.marked ?? []).map((m) => m.ags));
  const highlighted = new Set([...(model.highlighted ?? []), ...marked]);
  const hl = shapes.filter((sh) => highlighted.has(sh.ags));
  // A white rim under the black outline keeps it visible on the darkest class.
  const halo = spec.stroke.highlight + 4 * spec.stroke.gemeinde;
  const hlSvg = hl.length
    ? `<g fill="none" stroke-linejoin="round">` +
      hl.map((sh) => `<path d="${sh.d}" stroke="#fff" stroke-width="${w(halo)}"/>`).join('') +
      hl.map((sh) => `<path d="${sh.d}" stroke="#000" stroke-width="${w(spec.stroke.highlight)}"/>`).join('') +
      `</g>`
    : '';

  // Labels in page units inside the map frame: the named regions first (never left out), then the
  // other labels, highlighted ones first.
  const byAgs = new Map(shapes.map((sh) => [sh.ags, sh]));
  // Gemeinde names may also go on a map of Kreise (at a Kreis zoom).
  const gemeinden = model.level === 'gemeinde' ? byAgs : new Map(model.geometry.shapes.gemeinde.map((sh) => [sh.ags, sh]));
  const request = (ags: string, text: string, bold: boolean): LabelRequest[] => {
    const sh = byAgs.get(ags) ?? gemeinden.get(ags);
    return sh && text && inside(sh.label, visible) ? [{ ags, text, bold, at: [tx + sh.label[0] * s, ty + sh.label[1] * s] }] : [];
  };
  const named = (model.marked ?? []).flatMap((m) => request(m.ags, m.name, true));
  const wanted = (model.labels ?? []).filter((l) => !marked.has(l.ags));
  const others = [...wanted.filter((l) => highlighted.has(l.ags)), ...wanted.filter((l) => !highlighted.has(l.ags))].flatMap((l) =>
    request(l.ags, l.text, highlighted.has(l.ags)),
  );
  const size = spec.font.label * f;
  const all = extent(model);
  const drawn: [number, number] = [Math.max(box.x, tx + all[0] * s), Math.min(box.x + box.width, tx + all[2] * s)];
  const placed = placeLabels({ frame: box, size, measure: (t, sz, bold) => textWidth(t, sz, bold) / FIT, named, others, drawn });
  const leaders = placed.flatMap(({ leader: l }) =>
    l
      ? [
          `<line x1="${n(l[0])}" y1="${n(l[1])}" x2="${n(l[2])}" y2="${n(l[3])}" stroke="#fff" stroke-width="${n(size * 0.3)}"/>`,
          `<line x1="${n(l[0])}" y1="${n(l[1])}" x2="${n(l[2])}" y2="${n(l[3])}" stroke="${INK}" stroke-width="${n(size * 0.09)}"/>`,
          `<circle cx="${n(l[0])}" cy="${n(l[1])}" r="${n(size * 0.18)}" fill="${INK}" stroke="#fff" stroke-width="${n(size * 0.08)}"/>`,
        ]
      : [],
  );
  const labels = placed.map((l) => {
    const cls = `label${l.bold ? '-hl' : ''}${l.size < size ? '-s' : ''}`;
    return `<text class="${cls}" x="${n(l.x)}" y="${n(l.y)}" text-anchor="${l.anchor}">${escapeXml(l.text)}</text>`;
  });

  const drawing = [
    `<g transform="translate(${n(tx)} ${n(ty)}) scale(${Number(s.toFixed(6))})">`,
    `<g stroke="#fff" stroke-width="${w(spec.stroke.gemeinde)}" stroke-linejoin="round" fill-rule="evenodd">`,
    ...paths,
    `</g>`,
    `<g fill="none" stroke-linejoin="round" stroke-linecap="round">`,
    ...lines,
    `</g>`,
    hlSvg,
    `</g>`,
  ].filter(Boolean);
  const svg = [
    ...(model.view
      ? [
          `<g clip-path="url(#${ids.clip})">`,
          ...drawing,
          `</g>`,
          `<rect x="${n(box.x)}" y="${n(box.y)}" width="${n(box.width)}" height="${n(box.height)}" fill="none" stroke="#bfbfbf" stroke-width="${n(spec.stroke.swatch)}"/>`,
        ]
      : drawing),
    leaders.length ? `<g stroke-linecap="round">${leaders.join('')}</g>` : '',
    ...labels,
  ]
    .filter(Boolean)
    .join('\n');
  return { svg, defs };
}
