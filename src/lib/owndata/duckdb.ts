// Own datasets as DuckDB tables, one per dataset: `own_<name>` (ags VARCHAR, level VARCHAR, one
// DOUBLE column per value column, weight DOUBLE) with the title, unit and source as comments.
// Works on any Db (the atlas', the SQL console's, Node's in tests).
import { Float64, Table, Utf8, makeBuilder, makeData, makeVector, tableToIPC, type Vector } from 'apache-arrow';
import type { Db } from '../data/db.ts';
import type { OwnDataset } from './dataset.ts';

const literal = (s: string) => `'${s.replaceAll("'", "''")}'`;
const ident = (s: string) => `"${s.replaceAll('"', '""')}"`;

/** A SQL name from text: lower-case ASCII letters, digits and "_" ("Einwohner 31.12.2023" → "einwohner_31_12_2023"). */
export function slug(text: string, max = 40): string {
  const s = text
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, max)
    .replace(/_+$/, '');
  return /^[a-z]/.test(s) ? s : `c_${s}`.replace(/_+$/, '');
}

/** Table name for a new dataset, unique among `taken` ("own_breitband_2024", "own_breitband_2024_2"). */
export function uniqueTableName(title: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  const base = `own_${slug(title, 36)}`;
  let name = base;
  for (let i = 2; used.has(name); i++) name = `${base}_${i}`;
  return name;
}

/** Column names of the table for the dataset's value columns (unique, never ags/level/weight). */
export function valueColumnNames(ds: Pick<OwnDataset, 'columns'>): string[] {
  const used = new Set(['ags', 'level', 'weight']);
  return ds.columns.map((c) => {
    let name = slug(c.name) || 'wert';
    for (let i = 2; used.has(name); i++) name = `${slug(c.name)}_${i}`;
    used.add(name);
    return name;
  });
}

// Arrow's vectorFromArray compiles its null test with `new Function`, which the pages' CSP forbids
// (the table never reached the SQL console); these two build the same vectors without it.
function texts(values: string[]): Vector<Utf8> {
  const builder = makeBuilder({ type: new Utf8() });
  for (const v of values) builder.append(v);
  return builder.finish().toVector();
}

function numbers(values: (number | null)[]): Vector<Float64> {
  const data = new Float64Array(values.length);
  const nullBitmap = new Uint8Array(Math.ceil(values.length / 8));
  let nullCount = 0;
  values.forEach((v, i) => {
    if (v === null) nullCount++;
    else {
      data[i] = v;
      nullBitmap[i >> 3]! |= 1 << (i & 7);
    }
  });
  return makeVector(makeData({ type: new Float64(), length: values.length, nullCount, data, nullBitmap }));
}

/** The dataset as an Arrow IPC stream with the table's columns. */
export function datasetArrow(ds: OwnDataset): Uint8Array {
  const names = valueColumnNames(ds);
  const columns: Record<string, Vector> = {
    ags: texts(ds.units.map((u) => u.ags)),
    level: texts(ds.units.map((u) => u.level)),
  };
  names.forEach((n, k) => {
    columns[n] = numbers(ds.units.map((u) => u.values[k] ?? null));
  });
  columns.weight = numbers(ds.units.map((u) => u.weight));
  return tableToIPC(new Table(columns), 'stream');
}

/**
 * Creates (or replaces) table `ds.table` in `db`. Later queries join it on `ags`; `level` tells
 * which level each row is (a file may hold Gemeinden and the Kreis totals its source published).
 */
export async function loadOwnDataset(db: Db, ds: OwnDataset): Promise<void> {
  await db.exec(`DROP TABLE IF EXISTS ${ident(ds.table)};`);
  await db.insertArrow(ds.table, datasetArrow(ds));
  const names = valueColumnNames(ds);
  const unit = ds.unit ? ` [${ds.unit}]` : '';
  await db.exec(
    [
      `COMMENT ON TABLE ${ident(ds.table)} IS ${literal(`${ds.title}${unit} — ${ds.source} (eigene Daten / own data)`)};`,
      `COMMENT ON COLUMN ${ident(ds.table)}.ags IS ${literal('AGS (heutiger Gebietsstand / today’s boundaries)')};`,
      ...names.map((n, k) => `COMMENT ON COLUMN ${ident(ds.table)}.${ident(n)} IS ${literal(ds.columns[k]!.name + unit)};`),
    ].join('\n'),
  );
}

export async function dropOwnDataset(db: Db, ds: Pick<OwnDataset, 'table'>): Promise<void> {
  await db.exec(`DROP TABLE IF EXISTS ${ident(ds.table)};`);
}
