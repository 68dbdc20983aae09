// Tiny CSV helpers for the national data set: quoted only where needed, parsed with d3-dsv.
import { csvFormatRows, csvParse } from 'd3-dsv';

export const csvText = (header: readonly string[], rows: readonly (readonly string[])[]): string =>
  csvFormatRows([header as string[], ...(rows as string[][])]) + '\n';

export const readRows = (text: string): Array<Record<string, string>> => csvParse(text.startsWith('\ufeff') ? text.slice(1) : text);
