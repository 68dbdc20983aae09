// Messages between the page and the import worker (structured clone: Maps and Files travel as they are).
import type { Analysis, DatasetMeta } from './import.ts';
import type { ResolverChange, ResolverRegion } from './keys.ts';
import type { MappingOptions, MappingResult } from './mapping.ts';
import type { OwnDataset } from './dataset.ts';
import type { ParsedFile } from './parse.ts';
import type { Lang } from '../scales/format.ts';

/** What the page sees of a parsed table: the first rows and everything the setup form needs. */
export interface TableSummary {
  file: ParsedFile['file'];
  header: string[];
  preview: string[][];
  rows: number;
  headerRow: number;
  above: string[];
  below: string[];
  blankRows: number;
  droppedColumns: number;
}

export type Request =
  | {
      type: 'parse';
      id: number;
      name: string;
      file?: Blob;
      text?: string;
      headerRow?: number;
      sheet?: string;
      regions: ResolverRegion[];
      changes: ResolverChange[];
    }
  | { type: 'preview'; id: number; options: MappingOptions }
  | { type: 'finish'; id: number; options: MappingOptions; meta: DatasetMeta; takenTables: string[] }
  | { type: 'reportCsv'; id: number; options: MappingOptions; lang: Lang };

export type Response =
  | { type: 'progress'; id: number; fraction: number }
  | { type: 'parsed'; id: number; summary: TableSummary; analysis: Analysis }
  | { type: 'preview'; id: number; result: MappingResult }
  | { type: 'finished'; id: number; dataset: OwnDataset }
  | { type: 'reportCsv'; id: number; csv: string }
  | { type: 'error'; id: number; code: string; params: Record<string, string | number> };
