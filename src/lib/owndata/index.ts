// The public face of "Eigene Daten": what other parts of the app (the SQL console, the later wiring
// into the atlas) may use. Everything else in owndata/ is internal.
export { ROW_STATUSES, OwnDataset, type OwnUnit, type ImportReport, type ReportRow, type RowStatus, type Weight } from './dataset.ts';
export { createKeyResolver, type KeyResolver, type Resolution, type ResolverRegion, type ResolverChange } from './keys.ts';
export { loadOwnDataset, dropOwnDataset, valueColumnNames, uniqueTableName } from './duckdb.ts';
export { listDatasets, saveDataset, removeDataset } from './store.ts';
export { ImportSession } from './client.ts';
export { ImportError, type ImportErrorCode } from './errors.ts';
export { datasetFromRecords, keyColumnOf, type RecordsInput } from './from-records.ts';
export { reportCsv } from './report-csv.ts';
