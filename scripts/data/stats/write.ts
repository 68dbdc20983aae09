// Serialises the outputs: UTF-8, "\n", no BOM, fixed column order.
import { csvFormatRows } from 'd3-dsv';
import type { NativeKreis } from './gebietsstand.ts';
import type { Observation } from './observations.ts';
import type { Region } from './regions.ts';
import type { Merger } from './territory.ts';

function csv(header: readonly string[], rows: Array<readonly string[]>): string {
  return `${csvFormatRows([header as string[], ...(rows as string[][])])}\n`;
}

export function observationsCsv(observations: readonly Observation[]): string {
  return csv(['measure', 'ags', 'period', 'value', 'flag'], observations.map((o) => [o.measure, o.ags, o.period, o.value, o.flags.join('|')]));
}

export function regionsCsv(regions: readonly Region[]): string {
  return csv(
    ['ags', 'level', 'name', 'official_name', 'bez', 'kreis', 'rb', 'area_km2', 'inhabited'],
    regions.map((r) => [r.ags, r.level, r.name, r.official_name, r.bez, r.kreis, r.rb, r.area_km2, String(r.inhabited)]),
  );
}

export function nativeKreiseCsv(units: readonly NativeKreis[]): string {
  return csv(['gemeinde', 'ags', 'kreis', 'rb'], units.map((u) => [u.gemeinde, u.ags, u.kreis, u.rb]));
}

/** Mergers and (on a later Gebietsstand) key changes such as Hanau's 06435014 → 06415000. */
export function changesCsv(mergers: ReadonlyArray<Omit<Merger, 'kind'> & { kind: string }>): string {
  const sorted = [...mergers].sort((a, b) => (a.date !== b.date ? (a.date < b.date ? -1 : 1) : a.oldAgs < b.oldAgs ? -1 : a.oldAgs > b.oldAgs ? 1 : 0));
  return csv(['date', 'old_ags', 'old_name', 'new_ags', 'new_name', 'kind'], sorted.map((m) => [m.date, m.oldAgs, m.oldName, m.newAgs, m.newName, m.kind]));
}

/** Rows of a validated source, written back with the given columns (values unchanged). */
export function tableCsv<C extends string>(columns: readonly C[], rows: ReadonlyArray<Record<C, string>>): string {
  return csv(columns, rows.map((r) => columns.map((c) => r[c])));
}
