// What the exports contain, built from the atlas as shown: the map with its legend, and the
// table as shown or for all periods. Every export carries sources, Gebietsstand, date and link.
import type { MapExportModel, MarkedRegion, TableColumn, TableModel } from '../export/model.ts';
import { exportBox, zoomView, type Box } from '../geo/zoom.ts';
import type { Values } from '../data/queries.ts';
import { formatDate } from '../scales/format.ts';
import { NO_DATA, UNINHABITED } from '../scales/palette.ts';
import type { Atlas } from './atlas.svelte.ts';
import { legendLabel } from './legend-text.ts';
import { valueOriginNote } from './value-notes.ts';
import { creditList } from '../export/text.ts';
import { regionName } from './names.ts';
import { valueText } from './panel.ts';

/** Today as YYYY-MM-DD in local time. */
export function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

function sourcesOf(atlas: Atlas) {
  return atlas.indicator.sources
    .concat('bkg')
    .filter((id, i, all) => all.indexOf(id) === i)
    .map((id) => atlas.catalogue.sources.find((s) => s.id === id))
    .filter((s) => s !== undefined);
}

/** Legend notes as on screen: classes, aggregation, harmonisation. */
export function legendNotes(atlas: Atlas, methodNote: string, notes: string[]): string[] {
  return atlas.indicator.scale === 'categorical' ? notes : [methodNote, ...notes];
}

/** Gemeinde names are offered at a Kreis zoom, or when the zoomed view shows at most this many Gemeinden. */
export const MAX_NAMED_GEMEINDEN = 60;

/** The map's zoom as the export frames it (the region with a margin), or null while the screen shows all of Hessen. */
export function exportView(atlas: Atlas, zoom: string | null | undefined): { box: Box; ags: string; name: string } | null {
  const region = zoom ? atlas.regions.get(zoom) : undefined;
  const shape = region && atlas.geometry.shapes[region.level].find((x) => x.ags === region.ags);
  if (!region || !shape) return null;
  const { width, height } = atlas.geometry;
  if (zoomView(shape.bbox, width, height).scale === 1) return null;
  return { box: exportBox(shape.bbox, width, height), ags: region.ags, name: regionName(region, atlas.lang) };
}

/**
 * Whether the export can name every Gemeinde in view: zoomed to a Kreis (on the Gemeinde or the
 * Kreis map), or on the Gemeinde map with few enough Gemeinden in view.
 */
export function gemeindeNamesAvailable(atlas: Atlas, zoom: string | null | undefined): boolean {
  const view = exportView(atlas, zoom);
  const level = atlas.shown.level;
  if (!view || (level !== 'gemeinde' && level !== 'kreis')) return false;
  if (atlas.regions.get(view.ags)?.level === 'kreis') return true;
  if (level !== 'gemeinde') return false;
  const [x0, y0, x1, y1] = view.box;
  const inView = atlas.geometry.shapes.gemeinde.filter(({ label: [x, y] }) => x >= x0 && x <= x1 && y >= y0 && y <= y1);
  return inView.length <= MAX_NAMED_GEMEINDEN;
}

/** The selected region and the compared ones of the shown level, each once, with the value as shown. */
export function markedRegions(atlas: Atlas): MarkedRegion[] {
  const { t, lang, indicator: ind } = atlas;
  const roles = new Map<string, MarkedRegion['role']>();
  if (atlas.state.selected) roles.set(atlas.state.selected, 'selected');
  for (const ags of atlas.state.compare) if (!roles.has(ags)) roles.set(ags, 'compared');
  return [...roles].flatMap(([ags, role]) => {
    const region = atlas.regions.get(ags);
    if (region?.level !== atlas.shown.level) return [];
    const v = atlas.values.get(ags);
    const value = !region.inhabited ? t.uninhabited : v ? valueText(ind, v.value, lang) : t.noData;
    return [{ ags, name: regionName(region, lang), value, role }];
  });
}

/**
 * Names of the inhabited Gemeinden for the option "Gemeindenamen anzeigen", in order of priority:
 * those of the zoomed Kreis (or the zoomed Gemeinde's Kreis) first, then by area, larger first.
 */
function gemeindeLabels(atlas: Atlas, zoom: string): { ags: string; text: string }[] {
  const region = atlas.regions.get(zoom);
  const kreis = region?.level === 'kreis' ? region.ags : region?.kreis;
  return [...atlas.regions.values()]
    .filter((r) => r.level === 'gemeinde' && r.inhabited)
    .sort(
      (a, b) =>
        Number(b.kreis === kreis) - Number(a.kreis === kreis) || (b.area_km2 ?? 0) - (a.area_km2 ?? 0) || a.ags.localeCompare(b.ags),
    )
    .map((r) => ({ ags: r.ags, text: r.name }));
}

/**
 * The map as shown: zoomed to `zoom` like the screen (a region's AGS, or null), the selected and
 * compared regions named, and with `gemeindeNames` (where available) the names of all Gemeinden.
 */
export function mapModel(
  atlas: Atlas,
  opts: { link: string; methodNote: string; notes: string[]; zoom?: string | null; gemeindeNames?: boolean },
): MapExportModel {
  const { t, lang, indicator: ind, legend } = atlas;
  const uninhabited = new Set([...atlas.regions.values()].filter((r) => !r.inhabited).map((r) => r.ags));
  const marked = markedRegions(atlas);
  const view = exportView(atlas, opts.zoom);
  const names = opts.gemeindeNames && view && gemeindeNamesAvailable(atlas, opts.zoom);
  return {
    lang,
    title: ind.title[lang],
    subtitle: `${atlas.periodText()} · ${t.levels[atlas.shown.level]}`,
    unit: ind.scale === 'categorical' ? '' : ind.unit[lang],
    geometry: atlas.geometry,
    level: atlas.shown.level,
    fills: atlas.fills,
    uninhabited,
    highlighted: marked.map((m) => m.ags),
    marked,
    labels: names ? gemeindeLabels(atlas, view.ags) : undefined,
    view: view ?? undefined,
    legend: {
      title: ind.short[lang],
      items: legend.items.map((item) => ({ colour: item.colour, label: legendLabel(item, ind, t, lang), count: item.count })),
      noData: legend.noData > 0 ? { colour: NO_DATA, label: t.noData, count: legend.noData } : undefined,
      uninhabited: legend.uninhabited > 0 ? { colour: UNINHABITED, label: t.uninhabited, count: legend.uninhabited } : undefined,
      notes: legendNotes(atlas, opts.methodNote, opts.notes),
    },
    gebietsstand: atlas.catalogue.gebietsstand[lang],
    sourceLines: sourcesOf(atlas).map((s) => `${s.credit[lang]} · ${s.licence[lang]} · ${t.stand} ${s.stand[lang]}`),
    exportDate: today(),
    link: opts.link,
  };
}

/**
 * The table of the shown level: one row per region, the shown period ('shown') or one column
 * per period ('all', computed in one query). Values at full precision rounded to the
 * indicator's decimals by the writers.
 */
export async function tableModel(atlas: Atlas, scope: 'shown' | 'all', link: string): Promise<TableModel> {
  const { t, lang, indicator: ind, shown } = atlas;
  const categorical = ind.scale === 'categorical';
  const unit = categorical ? undefined : ind.unit[lang];
  const columns: TableColumn[] = [
    { key: 'ags', label: 'AGS', kind: 'text' },
    { key: 'name', label: t.table_name, kind: 'text' },
    { key: 'parent', label: shown.level === 'gemeinde' ? t.kreisOf : t.rbOf, kind: 'text' },
  ];
  let byPeriod: [string, Values][];
  if (scope === 'all') {
    const pending = atlas.seriesOf(shown.indicator, shown.level, shown.base);
    if (!pending) throw new Error(t.viewUnavailable);
    const base = shown.base ?? ind.defaultBase;
    // A change needs its base before the target: no "base–base" column of zeros, no reversed "2013–1983".
    byPeriod = [...(await pending)]
      .filter(([p]) => ind.formula.type !== 'change' || (base !== undefined && p > base))
      .sort(([a], [b]) => (a < b ? -1 : 1));
  } else byPeriod = [[shown.period, atlas.values]];
  for (const [period] of byPeriod) {
    const label =
      ind.formula.type === 'change' ? t.change(atlas.periodLabel(shown.base), atlas.periodLabel(period)) : atlas.periodLabel(period);
    columns.push({ key: `v_${period}`, label, kind: categorical ? 'text' : 'number', decimals: ind.decimals, unit });
  }
  if (scope === 'shown' && !categorical) columns.push({ key: 'rank', label: t.table_rank, kind: 'number', decimals: 0 });
  columns.push({ key: 'note', label: t.table_note, kind: 'text' });

  const ranks = new Map(atlas.ranking.map((r) => [r.ags, r.rank]));
  const regions = [...atlas.regions.values()].filter((r) => r.level === shown.level).sort((a, b) => a.ags.localeCompare(b.ags));
  const rows = regions.map((r) => {
    const row: Record<string, string | number | null> = {
      ags: r.ags,
      name: regionName(r, lang),
      parent:
        shown.level === 'gemeinde'
          ? regionName(atlas.regions.get(r.kreis), lang)
          : shown.level === 'kreis'
            ? regionName(atlas.regions.get(r.rb), lang)
            : '',
    };
    const notes = new Set<string>();
    for (const [period, values] of byPeriod) {
      const v = values.get(r.ags);
      row[`v_${period}`] = !v
        ? null
        : categorical
          ? (ind.categories?.find((c) => c.code === v.value)?.label[lang] ?? String(v.value))
          : v.value;
      if (v?.flags.includes('harmonised')) notes.add(t.harmonised);
      const origin = valueOriginNote(v, t);
      if (origin) notes.add(origin);
      if (v && v.n < v.expected) notes.add(t.partial);
    }
    if (!r.inhabited) notes.add(t.uninhabited);
    if (scope === 'shown' && !categorical) row.rank = ranks.get(r.ags) ?? null;
    row.note = [...notes].join('; ');
    return row;
  });
  const sources = sourcesOf(atlas).map((s) => ({
    name: s.name[lang],
    credit: s.credit[lang],
    licence: s.licence[lang],
    url: s.url,
    stand: s.stand[lang],
  }));
  const exportDate = today();
  const period = scope === 'all' ? `${atlas.periodLabel(byPeriod[0]?.[0])}–${atlas.periodLabel(byPeriod.at(-1)?.[0])}` : atlas.periodText();
  const title = `${ind.title[lang]} (${unit ?? ''}) · ${period} · ${t.levels[shown.level]}`.replace(' ()', '');
  const citation = t.citation(
    title,
    atlas.catalogue.gebietsstand[lang],
    creditList(sources.map((s) => s.credit)),
    formatDate(exportDate, lang),
    link,
  );
  return { lang, title, columns, rows, sources, citation, gebietsstand: atlas.catalogue.gebietsstand[lang], exportDate, link };
}
