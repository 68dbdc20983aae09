// The finished own dataset: values per today's unit with title, unit, source, kind and the import
// report. Validated with zod where it crosses a boundary (IndexedDB, worker messages).
import { z } from '../zod.ts';
import { Level } from '../data/catalogue.ts';

export const ROW_STATUSES = ['matched', 'mapped', 'duplicate', 'ambiguous', 'unmatched', 'invalid'] as const;
export const RowStatus = z.enum(ROW_STATUSES);
export type RowStatus = z.infer<typeof RowStatus>;

export const Candidate = z.object({ ags: z.string(), name: z.string(), level: Level });

/** One input row in the report: exactly one status. `detail` is a code (i18n/owndata.ts `detail`). */
export const ReportRow = z.object({
  row: z.number().int(),
  key: z.string(),
  status: RowStatus,
  detail: z.string().optional(),
  /** Today's unit the row went to (matched, mapped, duplicate). */
  ags: z.string().optional(),
  /** Old key of a mapped row. */
  old: z.string().optional(),
  /** For a duplicate: the row that was kept. */
  firstRow: z.number().int().optional(),
  /** The value cells as written. */
  values: z.array(z.string()),
  candidates: z.array(Candidate).optional(),
});
export type ReportRow = z.infer<typeof ReportRow>;

export const ColumnDecision = z.object({
  name: z.string(),
  format: z.enum(['de', 'en', 'native']),
  certain: z.boolean(),
  reason: z.string(),
  example: z.string().optional(),
  decimals: z.number().int().min(0).max(3),
});
export type ColumnDecision = z.infer<typeof ColumnDecision>;

export const ImportReport = z.object({
  /** Data rows of the table (every one has exactly one status). */
  rows: z.number().int(),
  counts: z.record(RowStatus, z.number().int()),
  /** Report rows; at most REPORT_ROW_CAP kept in the browser's store (`truncated`). */
  listed: z.array(ReportRow),
  truncated: z.boolean(),
  /** Title lines above the header and notes below the table, blank rows and empty right columns skipped. */
  above: z.array(z.string()),
  below: z.array(z.string()),
  blankRows: z.number().int(),
  droppedColumns: z.number().int(),
  headerRow: z.number().int(),
  columns: z.array(ColumnDecision),
  /** Units whose merged value could not be computed (e.g. no weight for a former Gemeinde). */
  unitNotes: z.array(z.object({ ags: z.string(), code: z.string(), rows: z.array(z.number().int()) })),
});
export type ImportReport = z.infer<typeof ImportReport>;

export const REPORT_ROW_CAP = 20_000;

export const Weight = z.discriminatedUnion('type', [
  /** The atlas' population (pop_total) of the unit — how the atlas weights its own shares. */
  z.object({ type: z.literal('population') }),
  /** A column of the file (e.g. households); its sum per unit is kept as `weight`. */
  z.object({ type: z.literal('column'), column: z.string() }),
]);
export type Weight = z.infer<typeof Weight>;

export const OwnUnit = z.object({
  ags: z.string().regex(/^06(\d|\d{3}|\d{6})?$/),
  level: Level,
  /** One value per column of `columns` (null = no value). */
  values: z.array(z.number().nullable()),
  /** Sum of the weight column for shares weighted by a file column; otherwise null. */
  weight: z.number().nullable(),
  /** File rows that made this value (several when old units were merged). */
  rows: z.array(z.number().int()),
  /** Old keys merged into this unit. */
  from: z.array(z.string()),
});
export type OwnUnit = z.infer<typeof OwnUnit>;

export const OwnDataset = z.object({
  version: z.literal(1),
  /** Lower-case letters and digits: safe in table names (own_<id>) and URLs. */
  id: z.string().regex(/^[a-z0-9]{4,24}$/),
  /** DuckDB table of the dataset (owndata/duckdb.ts), unique among the stored datasets. */
  table: z.string().regex(/^own_[a-z0-9_]{1,48}$/),
  title: z.string().min(1).max(200),
  /** Unit of the values as the user wrote it ("Anschlüsse", "%", "€"). */
  unit: z.string().max(60),
  /** The user's source line, shown with the data and in every export. */
  source: z.string().min(1).max(500),
  /** count: summed to Kreis/RB/Land; share: a rate, weighted by `weight`. */
  kind: z.enum(['count', 'share']),
  weight: Weight.nullable(),
  /** Free text: reference date or year of the data ("2024", "Stand 30.06.2024"). */
  period: z.string().max(60),
  created: z.string(),
  file: z.object({
    name: z.string(),
    format: z.enum(['csv', 'tsv', 'xlsx', 'paste', 'sql']),
    encoding: z.string().optional(),
    separator: z.string().optional(),
    sheet: z.string().optional(),
    bytes: z.number().int(),
  }),
  keyColumn: z.string(),
  columns: z.array(z.object({ name: z.string(), decimals: z.number().int().min(0).max(3) })).min(1),
  units: z.array(OwnUnit),
  report: ImportReport,
});
export type OwnDataset = z.infer<typeof OwnDataset>;

/** A fresh id (random, lower-case base 36). */
export function newDatasetId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  return (
    'd' +
    [...bytes]
      .map((b) => b.toString(36).padStart(2, '0'))
      .join('')
      .slice(0, 11)
  );
}

/** Units per level ("8 Gemeinden, 1 Kreis" in the texts). */
export function levelCounts(units: readonly Pick<OwnUnit, 'level'>[]): Record<Level, number> {
  const n: Record<Level, number> = { gemeinde: 0, kreis: 0, rb: 0, land: 0, bund: 0 };
  for (const u of units) n[u.level]++;
  return n;
}
