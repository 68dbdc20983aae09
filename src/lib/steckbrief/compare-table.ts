// The comparison as a table for CSV/XLSX: every compared region and its Kreis, RB and Hessen, with
// the comparison's indicator and the Steckbrief's key figures over all their periods (long format:
// one row per region, indicator and period). Values come from the same named queries (loaders).
import type { Catalogue, Level } from '../data/catalogue.ts';
import type { Region } from '../data/boot.ts';
import type { Source } from '../data/catalogue.ts';
import type { TableModel } from '../export/index.ts';
import type { Lang } from '../scales/format.ts';
import { contextOf } from '../state/panel.ts';
import { regionName } from '../state/names.ts';
import { STECKBRIEF_MESSAGES } from '../i18n/steckbrief.ts';
import { FIGURES, resolveFigures, type FigureSpec, type ResolvedFigure } from './figures.ts';
import type { Loaders, SeriesByLevel } from './model.ts';
import { MAP_SOURCE } from './locator.ts';

/** The comparison's indicator first, then the key figures; each indicator/base once. */
export function compareFigures(catalogue: Catalogue, indicator: string, base: string | undefined): ResolvedFigure[] {
  const own: FigureSpec = { key: indicator, indicator, chart: false };
  const figures = [...resolveFigures(catalogue, [own]).map((f) => ({ ...f, base: base ?? f.base })), ...resolveFigures(catalogue, FIGURES)];
  const seen = new Set<string>();
  return figures.filter((f) => {
    const k = `${f.ind.id}|${f.base ?? ''}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return f.ind.formula.type !== 'category';
  });
}

export interface CompareTableInput {
  catalogue: Catalogue;
  regions: ReadonlyMap<string, Region>;
  compare: readonly string[];
  figures: { figure: ResolvedFigure; series: SeriesByLevel }[];
  lang: Lang;
  periodLabel: (id: string) => string;
  levelSingular: Record<Level, string>;
  exportDate: string;
  link: string;
  /** The formatted export date for the citation line. */
  dateText: string;
}

export async function loadCompareFigures(catalogue: Catalogue, indicator: string, base: string | undefined, loaders: Loaders) {
  const figures = compareFigures(catalogue, indicator, base);
  const series = await Promise.all(figures.map((f) => loaders.series(f.ind.id, f.base)));
  return figures.map((figure, i) => ({ figure, series: series[i]! }));
}

export function compareTable(input: CompareTableInput): TableModel {
  const { lang, regions } = input;
  const m = STECKBRIEF_MESSAGES[lang];
  const rowsOf: { ags: string; role: string }[] = [];
  const seen = new Set<string>();
  const add = (ags: string, role: string) => {
    if (seen.has(ags)) return;
    seen.add(ags);
    rowsOf.push({ ags, role });
  };
  for (const ags of input.compare) add(ags, m.roleCompared);
  for (const ags of input.compare)
    for (const c of contextOf(regions.get(ags) ?? ({ level: 'bund' } as Region), (a) => regions.has(a))) add(c.ags, m.roleContext);
  const rows: TableModel['rows'] = [];
  for (const { ags, role } of rowsOf) {
    const r = regions.get(ags);
    if (!r) continue;
    for (const { figure, series } of input.figures) {
      const { ind, base } = figure;
      if (!ind.levels.includes(r.level)) continue;
      const byPeriod = series.get(r.level);
      const periods = base ? ind.periods.filter((p) => p > base) : ind.periods;
      for (const p of periods) {
        const v = byPeriod?.get(p)?.get(ags);
        if (!v) continue;
        rows.push({
          ags,
          name: regionName(r, lang),
          role,
          level: input.levelSingular[r.level],
          indicator: ind.id,
          title: ind.title[lang],
          unit: ind.unit[lang],
          period: base ? `${input.periodLabel(base)}–${input.periodLabel(p)}` : input.periodLabel(p),
          value: v.value,
          note: v.flags.includes('harmonised') ? m.harmonised : '',
        });
      }
    }
  }
  const ids = [...new Set([...input.figures.flatMap((f) => f.figure.ind.sources), MAP_SOURCE])];
  const sources = ids
    .map((id) => input.catalogue.sources.find((s) => s.id === id))
    .filter((s): s is Source => s !== undefined)
    .map((s) => ({ name: s.name[lang], credit: s.credit[lang], licence: s.licence[lang], url: s.url, stand: s.stand[lang] }));
  const names = input.compare.map((a) => regionName(regions.get(a), lang)).join(', ');
  const title = `${m.compareTitle}: ${names}`;
  const gebietsstand = input.catalogue.gebietsstand[lang];
  return {
    lang,
    title,
    columns: [
      { key: 'ags', label: 'AGS', kind: 'text' },
      { key: 'name', label: m.colName, kind: 'text' },
      { key: 'role', label: m.colRole, kind: 'text' },
      { key: 'level', label: m.colLevel, kind: 'text' },
      { key: 'indicator', label: m.colIndicatorId, kind: 'text' },
      { key: 'title', label: m.figure, kind: 'text' },
      { key: 'unit', label: m.colUnit, kind: 'text' },
      { key: 'period', label: m.colPeriod, kind: 'text' },
      { key: 'value', label: m.value, kind: 'number' },
      { key: 'note', label: m.colNote, kind: 'text' },
    ],
    rows,
    sources,
    citation: `${title}. ${gebietsstand}. ${sources.map((s) => s.credit).join('; ')}. ${m.exported} ${input.dateText}: ${input.link}`,
    gebietsstand,
    exportDate: input.exportDate,
    link: input.link,
  };
}
