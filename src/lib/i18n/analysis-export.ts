// Column headers and notes of the analysis views' table exports (trend, groups, bivariate).
// German is the source; English must have every key.
import type { Lang } from '../scales/format.ts';

const de = {
  colAgs: 'AGS',
  colRegion: 'Gebiet',
  colSeries: 'Reihe',
  colKind: 'Art',
  colPeriod: 'Zeitpunkt',
  colValue: 'Wert',
  colSource: 'Quelle',
  colNote: 'Hinweis',
  persons: 'Personen',
  indexUnit: (base: string) => `Index (${base} = 100)`,
  kinds: { observed: 'beobachtet', annual: 'beobachtet, Jahreswert', projection: 'Prognose (veröffentlicht)' },
  /** A value after a method break: the series is not comparable across it. */
  afterBreak: (label: string) => `nach Methodenbruch – ${label}`,
  anchor: {
    published: 'Ausgangswert der Prognose: veröffentlicht',
    bbsr: 'Ausgangswert der Prognose: beobachteter Jahreswert (BBSR)',
    destatis: 'Ausgangswert der Prognose: beobachtet (Destatis)',
  },
  chained: 'aus veröffentlichten Veränderungsraten verkettet',
  // Groups
  /** As the chart's legend names the group. */
  colGroup: (side: 'A' | 'B', label: string) => `${side}: ${label}`,
  colDiff: 'A − B',
  groupsTitle: (ind: string, a: string, b: string) => `${ind} · Gruppe A: ${a} · Gruppe B: ${b}`,
  // Bivariate
  colCell: 'Kombination',
  colCellNo: 'Feld (0–8)',
  colXThird: (name: string) => `${name}: Drittel`,
  colYThird: (name: string) => `${name}: Drittel`,
  colShown: 'in der angezeigten Liste',
  yes: 'ja',
  noValue: 'kein Wert für beide Indikatoren',
};

export type AnalysisExportText = typeof de;

const en: AnalysisExportText = {
  colAgs: 'AGS',
  colRegion: 'Area',
  colSeries: 'Series',
  colKind: 'Kind',
  colPeriod: 'Date',
  colValue: 'Value',
  colSource: 'Source',
  colNote: 'Note',
  persons: 'persons',
  indexUnit: (base) => `Index (${base} = 100)`,
  kinds: { observed: 'observed', annual: 'observed, annual value', projection: 'projection (published)' },
  afterBreak: (label) => `after a method break – ${label}`,
  anchor: {
    published: 'Starting value of the projection: published',
    bbsr: 'Starting value of the projection: observed annual value (BBSR)',
    destatis: 'Starting value of the projection: observed (Destatis)',
  },
  chained: 'chained from published rates of change',
  colGroup: (side, label) => `${side}: ${label}`,
  colDiff: 'A − B',
  groupsTitle: (ind, a, b) => `${ind} · Group A: ${a} · Group B: ${b}`,
  colCell: 'Combination',
  colCellNo: 'Cell (0–8)',
  colXThird: (name) => `${name}: third`,
  colYThird: (name) => `${name}: third`,
  colShown: 'in the list shown',
  yes: 'yes',
  noValue: 'no value for both indicators',
};

export const ANALYSIS_EXPORT_TEXT: Record<Lang, AnalysisExportText> = { de, en };
