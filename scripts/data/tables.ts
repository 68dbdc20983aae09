// The finished database tables as Arrow IPC: derived once here, in Node, with the same engine and
// SQL the app uses, so the browser only loads them (see PERFORMANCE.md: Arrow, not Parquet).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataType, Dictionary, Int16, Table, Utf8, tableFromIPC, tableToIPC, vectorFromArray, type Vector } from 'apache-arrow';
import { Catalogue } from '../../src/lib/data/catalogue.ts';
import { buildTables, DATA_FILES, tableFile, TABLES, type DataFile } from '../../src/lib/data/load.ts';
import { openNodeDb } from '../lib/duckdb-node.ts';

/**
 * DuckDB leaves whatever was in memory under NULL values; zeroed, the same data give the same bytes.
 * (Fixed-width columns only: strings under NULL are empty, booleans are bits.)
 */
function zeroNullSlots(table: Table): Table {
  for (const batch of table.batches) {
    for (const data of batch.data.children) {
      const values = data.values as unknown;
      if (!data.nullCount || DataType.isBool(data.type) || DataType.isUtf8(data.type)) continue;
      if (!(values instanceof Float64Array || values instanceof Int32Array || values instanceof Int16Array || values instanceof BigInt64Array))
        continue;
      for (let i = 0; i < data.length; i++) {
        if (!data.getValid(i)) for (let k = 0; k < data.stride; k++) values[(data.offset + i) * data.stride + k] = values instanceof BigInt64Array ? 0n : 0;
      }
    }
  }
  return table;
}

/**
 * Repetitive text columns (measure, AGS, period, flag …) as dictionaries: the largest table shrinks
 * to half, and static hosts rarely compress `.arrow` files. DuckDB reads them as VARCHAR.
 */
function dictionaryEncode(table: Table): Table {
  const columns: Record<string, Vector> = {};
  table.schema.fields.forEach((field, id) => {
    const column = table.getChild(field.name)!;
    const values = DataType.isUtf8(field.type) ? ([...column] as (string | null)[]) : null;
    const distinct = values ? new Set(values).size : Infinity;
    // (An explicit dictionary id: Arrow's default counts up per process.)
    columns[field.name] =
      values && distinct <= 4096 && distinct * 4 <= values.length ? vectorFromArray(values, new Dictionary(new Utf8(), new Int16(), id)) : column;
  });
  return new Table(columns);
}

/** Reads the data files of `outDir` and writes one `<table>.arrow` per table the app loads. */
export async function writeTables(outDir: string): Promise<Record<string, number>> {
  const catalogue = Catalogue.parse(JSON.parse(readFileSync(join(outDir, 'catalogue.json'), 'utf8')));
  const files = Object.fromEntries(DATA_FILES.map((f) => [f, new Uint8Array(readFileSync(join(outDir, f)))])) as Record<
    DataFile,
    Uint8Array
  >;
  const db = await openNodeDb();
  await buildTables(db, files, catalogue);
  const rows: Record<string, number> = {};
  for (const name of TABLES) {
    // Sorted, so the same data always give the same bytes.
    // DuckDB returns the IPC file format; its insert reads the stream format.
    const table = zeroNullSlots(tableFromIPC(db.queryIpc(`SELECT * FROM ${name} ORDER BY ALL`)));
    writeFileSync(join(outDir, tableFile(name)), tableToIPC(dictionaryEncode(table), 'stream'));
    rows[name] = table.numRows;
  }
  return rows;
}
