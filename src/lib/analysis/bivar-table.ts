// The bivariate view as a table: every area of the shown level with its two values, its thirds,
// its cell (the combination in words, as the legend names it) and whether it is in the list of the
// chosen cell. Pure.
import type { TableColumn } from '../export/index.ts';
import type { AnalysisExportText } from '../i18n/analysis-export.ts';
import type { Bivariate } from './bivariate.ts';

interface Axis {
  /** Short name of the indicator with its period, e.g. "Bevölkerungsveränderung 2013–2023". */
  name: string;
  unit: string;
  decimals: number;
  values: ReadonlyMap<string, number>;
  /** The thirds in words, lowest first (as the legend says them). */
  words: readonly [string, string, string];
}

export interface BivarTableInput {
  /** Areas in the order of the table (inhabited areas of the shown level). */
  regions: { ags: string; name: string; parent: string }[];
  parentLabel: string;
  x: Axis;
  y: Axis;
  result: Bivariate | null;
  cellText: (x: 0 | 1 | 2, y: 0 | 1 | 2) => string;
  /** The cell whose list is shown, or null. */
  cell: number | null;
  text: AnalysisExportText;
}

export function bivarTable(input: BivarTableInput): { columns: TableColumn[]; rows: Record<string, string | number | null>[] } {
  const { x, y, result, text: X } = input;
  const columns: TableColumn[] = [
    { key: 'ags', label: X.colAgs, kind: 'text' },
    { key: 'name', label: X.colRegion, kind: 'text' },
    { key: 'parent', label: input.parentLabel, kind: 'text' },
    { key: 'x', label: x.name, kind: 'number', decimals: x.decimals, unit: x.unit },
    { key: 'y', label: y.name, kind: 'number', decimals: y.decimals, unit: y.unit },
    { key: 'xThird', label: X.colXThird(x.name), kind: 'text' },
    { key: 'yThird', label: X.colYThird(y.name), kind: 'text' },
    { key: 'cell', label: X.colCell, kind: 'text' },
    { key: 'cellNo', label: X.colCellNo, kind: 'number', decimals: 0 },
    ...(input.cell !== null ? [{ key: 'shown', label: X.colShown, kind: 'text' as const }] : []),
    { key: 'note', label: X.colNote, kind: 'text' },
  ];
  const rows = input.regions.map((r) => {
    const i = result?.cellOf.get(r.ags);
    const c = i === undefined ? undefined : result!.cells[i]!;
    return {
      ags: r.ags,
      name: r.name,
      parent: r.parent,
      x: x.values.get(r.ags) ?? null,
      y: y.values.get(r.ags) ?? null,
      xThird: c ? x.words[c.x] : '',
      yThird: c ? y.words[c.y] : '',
      cell: c ? input.cellText(c.x, c.y) : '',
      cellNo: i ?? null,
      ...(input.cell !== null ? { shown: i === input.cell ? X.yes : '' } : {}),
      note: c ? '' : X.noValue,
    };
  });
  return { columns, rows };
}
