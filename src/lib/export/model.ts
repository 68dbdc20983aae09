// Plain-data inputs of the exporters: what a map or table export shows, already computed and
// translated by the caller. No Svelte, no DOM — the serialisers are pure and tested in Node.
import type { Level } from '../data/catalogue.ts';
import type { MapGeometry } from '../geo/topology.ts';
import type { Lang } from '../scales/format.ts';

export interface LegendItem {
  colour: string;
  label: string;
  count: number;
}

/** A selected or compared region: outlined, named on the map and listed in the legend with its value. */
export interface MarkedRegion {
  ags: string;
  /** e.g. "Hünfeld" */
  name: string;
  /** As shown, e.g. "45,2 % der Haushalte" or "keine Daten". */
  value: string;
  role: 'selected' | 'compared';
}

export interface MapExportModel {
  lang: Lang;
  /** e.g. "Breitband ≥ 1000 Mbit/s: alle Technologien" */
  title: string;
  /** e.g. "Juni 2021 · Gemeinden" */
  subtitle: string;
  /** e.g. "% der Haushalte"; empty for unitless (categorical) maps. */
  unit: string;
  geometry: MapGeometry;
  level: Level;
  /** AGS → colour; a shape without a fill is "no data" (hatched grey) unless uninhabited. */
  fills: Map<string, string>;
  /** Areas without inhabitants, drawn light grey with their own legend entry. */
  uninhabited: Set<string>;
  /** AGS drawn with a thick outline; their entry in `labels` (if any) is set in bold. */
  highlighted?: string[];
  /** Text labels placed at the shape's label point where they fit (others are set smaller or left out). */
  labels?: { ags: string; text: string }[];
  /** Selected and compared regions (shown level): outlined, always named, listed in the legend. */
  marked?: MarkedRegion[];
  /** The zoomed view: the box to frame (map units), the region (outlined) and its name; absent = all of Hessen. */
  view?: { box: [number, number, number, number]; ags: string; name: string };
  legend: {
    title: string;
    items: LegendItem[];
    noData?: LegendItem;
    uninhabited?: LegendItem;
    /** Method notes (classification, aggregation, harmonisation), wrapped to the legend width. */
    notes: string[];
  };
  /** The Gebietsstand, e.g. "01.01.2023–31.12.2025"; the footer adds "Gebietsstand: " unless it starts so. */
  gebietsstand: string;
  /** One line per source with credit, licence and Stand; long lines are wrapped. */
  sourceLines: string[];
  /** ISO date YYYY-MM-DD. */
  exportDate: string;
  link: string;
}

/** 16:9 slide (1920 × 1080 px) or A4 landscape (297 × 210 mm; PNG at 300 dpi). */
export type Preset = '16:9' | 'a4';

export interface TableColumn {
  key: string;
  label: string;
  kind: 'text' | 'number';
  /** Decimals written to CSV/XLSX (values are rounded to them); undefined = full precision. */
  decimals?: number;
  unit?: string;
}

export interface TableSource {
  name: string;
  credit: string;
  licence: string;
  url: string;
  stand: string;
}

export interface TableModel {
  lang: Lang;
  title: string;
  columns: TableColumn[];
  rows: Record<string, string | number | null>[];
  sources: TableSource[];
  /** One line: title, Gebietsstand, sources, "Stand …", link, export date. */
  citation: string;
  /** The Gebietsstand as a value (the files label it). */
  gebietsstand: string;
  /** ISO date YYYY-MM-DD. */
  exportDate: string;
  link: string;
}
