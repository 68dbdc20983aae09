// The import in two steps, the same in the worker and in tests: analyse a parsed file (column
// profiles, proposed mapping) and finish it (report and dataset with the user's choices).
import { ImportError } from './errors.ts';
import { defaultValueColumns, detectKeyColumn, fileHint, profileColumns, type ColumnProfile } from './columns.ts';
import { newDatasetId, type OwnDataset, type Weight } from './dataset.ts';
import type { KeyResolver } from './keys.ts';
import { uniqueTableName } from './duckdb.ts';
import { mapRows, type MappingOptions, type MappingResult } from './mapping.ts';
import type { ColumnFormat } from './numbers.ts';
import type { ParsedFile } from './parse.ts';

export interface Analysis {
  profiles: ColumnProfile[];
  /** Proposed mapping: the best key column, its name level, numeric columns, their formats. */
  proposal: MappingOptions;
}

/** Profiles every column and proposes a mapping; ImportError('noKeyColumn'|'noValueColumn') if nothing can be mapped. */
export function analyse(parsed: ParsedFile, resolver: KeyResolver): Analysis {
  const hint = fileHint(parsed.table, parsed.file.separator);
  const profiles = profileColumns(parsed.table, resolver, hint);
  const key = detectKeyColumn(profiles);
  if (!key) throw new ImportError('noKeyColumn', { columns: parsed.table.header.slice(0, 8).join(', ') });
  const valueColumns = defaultValueColumns(profiles, key.index);
  if (!valueColumns.length) throw new ImportError('noValueColumn', { key: key.name });
  return {
    profiles,
    proposal: {
      keyColumn: key.index,
      valueColumns,
      formats: Object.fromEntries(profiles.map((p) => [p.index, p.format.format])),
      kind: 'count',
      weight: null,
      nameLevel: key.nameLevel,
    },
  };
}

export interface DatasetMeta {
  title: string;
  unit: string;
  source: string;
  period: string;
}

/** The report and values for the user's mapping (called again after every change of the choices). */
export function preview(parsed: ParsedFile, analysis: Analysis, options: MappingOptions, resolver: KeyResolver): MappingResult {
  const decisions: Record<number, ColumnFormat> = Object.fromEntries(analysis.profiles.map((p) => [p.index, p.format]));
  return mapRows(parsed.table, options, resolver, decisions);
}

/** The finished dataset (what is stored and loaded into DuckDB). */
export function finish(
  parsed: ParsedFile,
  options: MappingOptions,
  result: MappingResult,
  meta: DatasetMeta,
  takenTables: Iterable<string> = [],
  id = newDatasetId(),
): OwnDataset {
  const header = parsed.table.header;
  const weight: Weight | null =
    options.kind === 'share' && options.weight
      ? options.weight.type === 'column'
        ? { type: 'column', column: header[options.weightColumn!] ?? options.weight.column }
        : options.weight
      : null;
  const { sheets: _sheets, ...file } = parsed.file;
  return {
    version: 1,
    id,
    table: uniqueTableName(meta.title, takenTables),
    title: meta.title.trim(),
    unit: meta.unit.trim(),
    source: meta.source.trim(),
    kind: options.kind,
    weight,
    period: meta.period.trim(),
    created: new Date().toISOString(),
    file,
    keyColumn: header[options.keyColumn]!,
    columns: result.report.columns.map((c) => ({ name: c.name, decimals: c.decimals })),
    units: result.units,
    report: result.report,
  };
}
