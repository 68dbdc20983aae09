// Texts of the exports (menu, status, file metadata). German is the source; English must have every key.
import type { Lang } from '../scales/format.ts';

const de = {
  menu: 'Exportieren',
  menuLabel: 'Karte oder Tabelle exportieren',
  pngSlide: 'Karte als PNG (16:9)',
  pngA4: 'Karte als PNG (A4 quer)',
  svgSlide: 'Karte als SVG (16:9)',
  svgA4: 'Karte als SVG (A4 quer)',
  csvShown: 'Tabelle als CSV (wie angezeigt)',
  csvAll: 'Tabelle als CSV (alle Zeitpunkte)',
  xlsx: 'Tabelle als Excel (XLSX)',
  working: 'Export wird erstellt …',
  done: { png: 'PNG erstellt', svg: 'SVG erstellt', csv: 'CSV erstellt', xlsx: 'Excel-Datei erstellt' },
  failed: (reason: string) => `Export fehlgeschlagen: ${reason}. Bitte erneut versuchen.`,
  unknownError: 'unbekannter Fehler',
  /** Footer of map exports, e.g. "Erstellt am 22.11.2026". */
  createdOn: (date: string) => `Erstellt am ${date}`,
  /** Prefix of the unit under the legend title: "in % der Haushalte". */
  unitIn: (unit: string) => `in ${unit}`,
  count: 'Anzahl',
  allPeriodsSuffix: 'alle-zeitpunkte',
  colClass: 'Klasse',
  colRound: 'Runde',
  colCount: 'Anzahl Gemeinden',
  colLow: 'untere Grenze',
  colHigh: 'obere Grenze',
  // Metadata rows and sheets of CSV/XLSX.
  citation: 'Zitierhinweis',
  title: 'Titel',
  gebietsstand: 'Gebietsstand',
  exportedOn: 'Exportiert am',
  link: 'Link',
  source: 'Quelle',
  sheetData: 'Daten',
  sheetSources: 'Quellen',
  sourceColumns: { name: 'Name', credit: 'Urheber', licence: 'Lizenz', url: 'URL', stand: 'Stand' },
};

export type ExportMessages = typeof de;

const en: ExportMessages = {
  menu: 'Export',
  menuLabel: 'Export map or table',
  pngSlide: 'Map as PNG (16:9)',
  pngA4: 'Map as PNG (A4 landscape)',
  svgSlide: 'Map as SVG (16:9)',
  svgA4: 'Map as SVG (A4 landscape)',
  csvShown: 'Table as CSV (as shown)',
  csvAll: 'Table as CSV (all dates)',
  xlsx: 'Table as Excel (XLSX)',
  working: 'Creating export …',
  done: { png: 'PNG created', svg: 'SVG created', csv: 'CSV created', xlsx: 'Excel file created' },
  failed: (reason) => `Export failed: ${reason}. Please try again.`,
  unknownError: 'unknown error',
  createdOn: (date) => `Created on ${date}`,
  unitIn: (unit) => `in ${unit}`,
  count: 'Count',
  allPeriodsSuffix: 'all-dates',
  colClass: 'class',
  colRound: 'round',
  colCount: 'number of municipalities',
  colLow: 'lower bound',
  colHigh: 'upper bound',
  citation: 'Citation',
  title: 'Title',
  gebietsstand: 'Boundaries as of',
  exportedOn: 'Exported on',
  link: 'Link',
  source: 'Source',
  sheetData: 'Data',
  sheetSources: 'Sources',
  sourceColumns: { name: 'Name', credit: 'Credit', licence: 'Licence', url: 'URL', stand: 'As of' },
};

export const EXPORT_MESSAGES: Record<Lang, ExportMessages> = { de, en };
