// A map export as a standalone SVG document: title, map, legend and footer laid out for a 16:9
// slide or an A4 landscape page. Pure and deterministic (same model → same bytes).
import { NO_DATA } from '../scales/palette.ts';
import { EXPORT_MESSAGES } from '../i18n/export.ts';
import type { MapExportModel, Preset } from './model.ts';
import { escapeXml } from './text.ts';
import { fitPage, pageBody, FONT_STACK, gebietsstandLine, hashId, INK, MUTED, n, PRESETS, SCALES } from './page.ts';
import { drawLegend } from './svg-legend.ts';
import { drawMap } from './svg-map.ts';
import { OPTIONAL_SIZES } from './labels.ts';

export { presetSize } from './page.ts';

/** The subtitle, and for a zoomed export the region it shows ("… · Ausschnitt: Landkreis Fulda"). */
function subtitleText(model: MapExportModel): string {
  return model.view ? `${model.subtitle} · ${EXPORT_MESSAGES[model.lang].viewOf(model.view.name)}` : model.subtitle;
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
  const id = `dah-${hashId([preset, model.title, model.subtitle, ...(model.view ? [model.view.name] : []), model.level, model.exportDate, model.link, ...model.legend.items.map((i) => i.label + i.colour)].join('|'))}`;
  const ids = {
    hatchMap: `${id}-hatch-map`,
    hatchLegend: `${id}-hatch-legend`,
    clip: `${id}-clip`,
    title: `${id}-title`,
    desc: `${id}-desc`,
  };

  const { page, f: fPage } = fitPage({ ...model, subtitle: subtitleText(model) }, spec);
  const bodyH = page.bodyBottom - page.bodyTop;

  // Body: map centred in the left 56 %, legend in the right column.
  const gutter = m * 0.75;
  const mapW = contentW * 0.56;
  const at = { x: m + mapW + gutter, top: page.bodyTop, width: contentW - mapW - gutter };
  // The classes and counts are those of all of Hessen; a zoomed export says so first.
  let notes = model.view ? [EXPORT_MESSAGES[model.lang].viewNote, ...model.legend.notes] : model.legend.notes;
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
    ...(/class="label(-hl)?-s"/.test(map.svg)
      ? [
          `.label-s,.label-hl-s{font-size:${p(spec.font.label * OPTIONAL_SIZES[1]!)}px;paint-order:stroke;stroke:#fff;stroke-width:${p(spec.font.label * 0.22)}px;stroke-linejoin:round}`,
          `.label-hl-s{font-weight:bold}`,
        ]
      : []),
    `.ltitle{font-size:${l(spec.font.legendTitle)}px;font-weight:bold}`,
    `.legend{font-size:${l(spec.font.legend)}px}`,
    ...(model.marked?.length ? [`.legend-b{font-size:${l(spec.font.legend)}px;font-weight:bold}`] : []),
    `.count{font-size:${l(spec.font.legend)}px;fill:${MUTED};font-variant-numeric:tabular-nums}`,
    `.note{font-size:${l(spec.font.note)}px;fill:${MUTED}}`,
  ].join('\n');

  const desc = [subtitleText(model), model.unit, gebietsstandLine(model), ...model.sourceLines].filter(Boolean).join(' · ');
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
    ...pageBody(page, spec, [map.svg, legend.svg]),
  ].join('\n');
}
