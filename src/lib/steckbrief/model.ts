// The Steckbrief of one region as plain data: every number comes from the atlas' named queries
// (seriesByLevel, typologyClasses, projectsList), handed in as loaders so that the browser uses the
// atlas' cached series and the tests the same functions on DuckDB-WASM in Node.
import { projectTitleText } from '../analysis/index.ts';
import type { Catalogue, Level } from '../data/catalogue.ts';
import type { Region } from '../data/boot.ts';
import type { Value, Values } from '../data/queries.ts';
import type { TypologyClass } from '../data/profile.ts';
import type { Project } from '../analysis/index.ts';
import { contextOf, ranks, valueText } from '../state/panel.ts';
import { formatNumber } from '../scales/format.ts';
import { regionName } from '../state/names.ts';
import type { Lang } from '../scales/format.ts';
import { STECKBRIEF_MESSAGES } from '../i18n/steckbrief.ts';
import { FIGURES, resolveFigures, type FigureSpec, type ResolvedFigure } from './figures.ts';
import type { TrendPoint } from './chart.ts';

export type SeriesByLevel = Map<Level, Map<string, Values>>;

/** Where the numbers come from: the atlas' named queries. */
export interface Loaders {
  series(indicator: string, base?: string): Promise<SeriesByLevel>;
  typologies(region: Region): Promise<TypologyClass[]>;
  projects(): Promise<Project[]>;
}

export interface SteckbriefData {
  region: Region;
  figures: { figure: ResolvedFigure; series: SeriesByLevel }[];
  typologies: TypologyClass[];
  projects: Project[];
}

/** Runs every query the Steckbrief of `region` needs (in parallel). */
export async function loadSteckbrief(
  catalogue: Catalogue,
  region: Region,
  loaders: Loaders,
  specs: readonly FigureSpec[] = FIGURES,
): Promise<SteckbriefData> {
  const figures = resolveFigures(catalogue, specs);
  const [series, typologies, projects] = await Promise.all([
    Promise.all(figures.map((f) => loaders.series(f.ind.id, f.base))),
    loaders.typologies(region),
    loaders.projects(),
  ]);
  return { region, figures: figures.map((figure, i) => ({ figure, series: series[i]! })), typologies, projects };
}

export interface Cell {
  level: Level;
  ags: string;
  name: string;
  value: number | null;
  /** The number alone (the unit is in the row's title), true minus. */
  text: string;
}

export interface FigureRow {
  key: string;
  indicator: string;
  title: string;
  /** "2023" or "2013–2023". */
  periodText: string;
  unit: string;
  value: number | null;
  /** Value with unit, as the profile shows it (true minus). */
  text: string;
  /** The number alone, as the table cell shows it (the unit is in the row's title). */
  number: string;
  flags: string[];
  rank: { rank: number; n: number; text: string } | null;
  context: Cell[];
  trend: { own: TrendPoint[]; reference: TrendPoint[]; breaks: { before: string; after: string; label: string }[] } | null;
}

export interface SteckbriefModel {
  ags: string;
  level: Level;
  name: string;
  levelLine: string;
  /** Context columns (Kreis, RB, Hessen as far as they are above the region). */
  columns: { level: Level; ags: string; name: string }[];
  rows: FigureRow[];
  typologies: { id: string; title: string; label: string; ofKreis: boolean }[];
  projects: { title: string; lead: string; year: number | null; program: string; ofKreis: boolean }[];
  /** Indicator source ids used, in order. */
  sources: string[];
}

export interface Labels {
  periodLabel(id: string): string;
  periodDate(id: string): string;
  levelSingular: Record<Level, string>;
}

/** A typographic minus for negative numbers ("−5,6 %"). */
export function trueMinus(text: string): string {
  return text.replace(/^-(?=\d)/, '\u2212');
}

function isIn(region: Region, ags: string): boolean {
  return ags === region.ags || ags.startsWith(region.ags);
}

/** Projects in the region (or in one of its Gemeinden); for a Gemeinde also projects of its Kreis. */
export function projectsIn(projects: readonly Project[], region: Region): { project: Project; ofKreis: boolean }[] {
  return projects.flatMap((p): { project: Project; ofKreis: boolean }[] => {
    if (p.ags.some((a) => isIn(region, a))) return [{ project: p, ofKreis: false }];
    if (region.level === 'gemeinde' && p.ags.includes(region.kreis)) return [{ project: p, ofKreis: true }];
    return [];
  });
}

export function buildSteckbrief(data: SteckbriefData, regions: ReadonlyMap<string, Region>, lang: Lang, labels: Labels): SteckbriefModel {
  const m = STECKBRIEF_MESSAGES[lang];
  const { region } = data;
  const ags = region.ags;
  const context = contextOf(region, (a) => regions.has(a));
  const nameOf = (a: string) => regionName(regions.get(a), lang);
  const parents = region.level === 'gemeinde' ? [region.kreis, region.rb] : region.level === 'kreis' ? [region.rb] : [];

  const rows: FigureRow[] = data.figures.map(({ figure, series }) => {
    const { ind, period, base } = figure;
    const textOf = (level: Level, at: string, v: Value | undefined, withUnit = false): string => {
      if (!ind.levels.includes(level)) return m.notOffered;
      if (regions.get(at)?.inhabited === false) return m.noData;
      if (!v) return m.noData;
      const text = withUnit
        ? valueText(ind, v.value, lang)
        : formatNumber(v.value, ind.decimals, lang, ind.scale === 'diverging' && v.value !== 0);
      return trueMinus(text);
    };
    const own = series.get(region.level)?.get(period);
    const v = own?.get(ags);
    const rank = v && own && region.level !== 'land' ? { rank: ranks(own).get(ags)!, n: own.size } : null;
    const points = (level: Level, at: string): TrendPoint[] =>
      figure.chart
        ? ind.periods.flatMap((p) => {
            const x = series.get(level)?.get(p)?.get(at);
            return x ? [{ period: p, date: labels.periodDate(p), value: x.value }] : [];
          })
        : [];
    const ownPoints = points(region.level, ags);
    const breaks = ind.methodBreaks.flatMap((b) => {
      const next = ind.periods[ind.periods.indexOf(b.after) + 1];
      return next ? [{ before: labels.periodDate(b.after), after: labels.periodDate(next), label: b.label[lang] }] : [];
    });
    return {
      key: figure.key,
      indicator: ind.id,
      title: ind.title[lang],
      periodText: base ? `${labels.periodLabel(base)}–${labels.periodLabel(period)}` : labels.periodLabel(period),
      unit: ind.unit[lang],
      value: v?.value ?? null,
      text: textOf(region.level, ags, v, true),
      number: textOf(region.level, ags, v),
      flags: v?.flags ?? [],
      rank: rank ? { ...rank, text: m.rankOf(rank.rank, rank.n) } : null,
      context: context.map((c) => {
        const cv = series.get(c.level)?.get(period)?.get(c.ags);
        return { level: c.level, ags: c.ags, name: nameOf(c.ags), value: cv?.value ?? null, text: textOf(c.level, c.ags, cv) };
      }),
      trend:
        figure.chart && ownPoints.length > 1
          ? // Sums have no meaningful reference line (Hessen is thousands of times larger).
            { own: ownPoints, reference: region.level === 'land' || ind.formula.type === 'sum' ? [] : points('land', '06'), breaks }
          : null,
    };
  });

  const sources = [...new Set(data.figures.flatMap((f) => f.figure.ind.sources))];
  for (const t of data.typologies) for (const s of t.indicator.sources) if (!sources.includes(s)) sources.push(s);

  return {
    ags,
    level: region.level,
    name: nameOf(ags),
    levelLine: m.levelLine(labels.levelSingular[region.level], parents.map(nameOf).join(' · ')),
    columns: context.map((c) => ({ ...c, name: nameOf(c.ags) })),
    rows,
    typologies: data.typologies.map((c) => ({
      id: `${c.indicator.id}|${c.ags}`,
      title: c.indicator.title[lang],
      label: c.indicator.categories?.find((x) => x.code === c.code)?.label[lang] ?? String(c.code),
      ofKreis: c.ags !== ags,
    })),
    projects: projectsIn(data.projects, region).map(({ project, ofKreis }) => ({
      title: projectTitleText(project.project, lang),
      lead: project.lead,
      year: project.year,
      program: project.program,
      ofKreis,
    })),
    sources,
  };
}
