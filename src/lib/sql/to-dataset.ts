// "Auf der Karte zeigen": a console result with an AGS-like column and numeric columns becomes the
// same own dataset as an imported file (owndata's public API), ready for the atlas' map.
import { datasetFromRecords, keyColumnOf, type KeyResolver, type OwnDataset } from '../owndata/index.ts';
import type { SqlResult } from './result.ts';

export interface MapCandidate {
  keyColumn: number;
  valueColumns: number[];
}

/** Whether the result can be mapped: the first column whose values are keys of today's units, and its numeric columns. */
export function mapCandidate(result: SqlResult, resolver: KeyResolver): MapCandidate | null {
  if (!result.rows.length) return null;
  // Only key columns (AGS/ARS as text or number): names in a result are labels, not keys.
  const keyLike = result.columns.map((c, j) => result.rows.slice(0, 200).every((r) => r[j] === null || /^\d+$/.test(String(r[j]))));
  const masked = { header: result.columns.map((c) => c.name), rows: result.rows.map((r) => r.map((v, j) => (keyLike[j] ? v : null))) };
  const keyColumn = keyColumnOf(masked, resolver);
  if (keyColumn < 0) return null;
  const valueColumns = result.columns.flatMap((c, j) => (j !== keyColumn && c.kind === 'number' ? [j] : []));
  return valueColumns.length ? { keyColumn, valueColumns } : null;
}

/** Counts are summed to Kreis/RB; anything else (shares, changes, gaps) is weighted by population, never summed. */
export function guessKind(columnName: string): 'count' | 'share' {
  return /^(ew|einwohner|anzahl|count|n|projekte|betrag|summe|sum)(_|$)/i.test(columnName) ? 'count' : 'share';
}

/** The first comment line of the query, as a title ("-- Gemeinden, die …"), if any. */
export function titleOf(sql: string): string | null {
  const m = /^\s*--\s*(.+)$/m.exec(sql);
  return m ? m[1]!.trim().slice(0, 200) : null;
}

export function resultToDataset(
  result: SqlResult,
  sql: string,
  candidate: MapCandidate,
  meta: { title: string; source: string; unit?: string; period?: string },
  resolver: KeyResolver,
  takenTables: Iterable<string> = [],
): OwnDataset {
  const kind = guessKind(result.columns[candidate.valueColumns[0]!]!.name);
  return datasetFromRecords(
    {
      header: result.columns.map((c) => c.name),
      rows: result.rows,
      name: 'SQL',
      format: 'sql',
      bytes: new TextEncoder().encode(sql).length,
    },
    { ...candidate, kind, weight: kind === 'share' ? { type: 'population' } : null },
    { title: meta.title, source: meta.source, unit: meta.unit ?? '', period: meta.period ?? '' },
    resolver,
    takenTables,
  );
}
