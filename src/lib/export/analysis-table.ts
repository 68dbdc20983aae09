// The table of an analysis view as an export model: the view passes its columns and rows (the
// values it shows, unformatted) and the ids of its sources; this adds sources, citation,
// Gebietsstand, date and link exactly as the map's table export does.
import { formatDate, type Lang } from '../scales/format.ts';
import type { TableColumn, TableModel, TableSource } from './model.ts';
import { creditList } from './text.ts';

interface CatalogueSource {
  id: string;
  name: Record<Lang, string>;
  credit: Record<Lang, string>;
  licence: Record<Lang, string>;
  url: string;
  stand: Record<Lang, string>;
}

export interface AnalysisTableInput {
  lang: Lang;
  title: string;
  columns: TableColumn[];
  rows: Record<string, string | number | null>[];
  /** Source ids of the view; unknown ids are dropped, duplicates kept once, BKG (geometry) added. */
  sourceIds: string[];
  catalogueSources: CatalogueSource[];
  gebietsstand: string;
  citation: (title: string, gebietsstand: string, sources: string, date: string, link: string) => string;
  /** ISO date YYYY-MM-DD. */
  exportDate: string;
  link: string;
}

/** The view's table with the metadata every export carries (pure). */
export function analysisTable(input: AnalysisTableInput): TableModel {
  const { lang } = input;
  const sources: TableSource[] = [...new Set([...input.sourceIds, 'bkg'])]
    .map((id) => input.catalogueSources.find((s) => s.id === id))
    .filter((s) => s !== undefined)
    .map((s) => ({ name: s.name[lang], credit: s.credit[lang], licence: s.licence[lang], url: s.url, stand: s.stand[lang] }));
  const citation = input.citation(
    input.title,
    input.gebietsstand,
    creditList(sources.map((s) => s.credit)),
    formatDate(input.exportDate, lang),
    input.link,
  );
  return {
    lang,
    title: input.title,
    columns: input.columns,
    rows: input.rows,
    sources,
    citation,
    gebietsstand: input.gebietsstand,
    exportDate: input.exportDate,
    link: input.link,
  };
}
