// Rows → report and values per today's unit. Every data row gets exactly one status (matched,
// mapped from an old key, duplicate, ambiguous, unmatched, invalid value); rows of old units are
// merged into today's unit (counts summed, shares weighted) and nothing is dropped silently.
import type { Level } from '../data/catalogue.ts';
import {
  REPORT_ROW_CAP,
  ROW_STATUSES,
  type ColumnDecision,
  type ImportReport,
  type OwnUnit,
  type ReportRow,
  type RowStatus,
  type Weight,
} from './dataset.ts';
import type { Candidate, KeyResolver } from './keys.ts';
import { parseNumber, type ColumnFormat, type NumberFormat } from './numbers.ts';
import type { RawTable } from './table.ts';

export interface MappingOptions {
  keyColumn: number;
  valueColumns: number[];
  /** Number format per value column (and weight column), as decided or changed by the user. */
  formats: Record<number, NumberFormat>;
  kind: 'count' | 'share';
  /** For shares: how units are weighted when old units are merged (and, later, aggregated). */
  weight: Weight | null;
  /** Column index of a weight column (weight.type === 'column'). */
  weightColumn?: number;
  /** Level that names in the key column refer to. */
  nameLevel: Level;
  /** Answers to ambiguous names (question → AGS, '' = leave out). */
  choices?: ReadonlyMap<string, string>;
  /** For shares weighted by population: the population of units, including former Gemeinden, to merge them. */
  mergeWeights?: ReadonlyMap<string, number>;
}

export interface Question {
  question: string;
  /** The name as first written in the file. */
  text: string;
  candidates: Candidate[];
  rows: number;
}

export interface MappingResult {
  units: OwnUnit[];
  report: ImportReport;
  questions: Question[];
}

interface Contribution {
  row: number;
  values: (number | null)[];
  weight: number | null;
  old?: string;
}

/** Maps the table; `decisions` are the column format decisions shown in the report. */
/** `cap`: how many report rows are listed (counts always cover every row). */
export function mapRows(
  table: RawTable,
  opts: MappingOptions,
  resolver: KeyResolver,
  decisions: Record<number, ColumnFormat> = {},
  cap = REPORT_ROW_CAP,
): MappingResult {
  const width = table.header.length;
  const isNative = (r: number, c: number) => table.native?.has(r * width + c) ?? false;
  const listed: ReportRow[] = [];
  const counts = Object.fromEntries(ROW_STATUSES.map((s) => [s, 0])) as Record<RowStatus, number>;
  const seen = new Map<string, number>();
  const byUnit = new Map<string, { level: Level; parts: Contribution[] }>();
  const questions = new Map<string, Question>();
  const weightColumn = opts.kind === 'share' && opts.weight?.type === 'column' ? opts.weightColumn : undefined;

  const push = (row: ReportRow) => {
    counts[row.status]++;
    if (listed.length < cap) listed.push(row);
  };

  table.rows.forEach((cells, r) => {
    const rowNumber = table.rowNumbers[r]!;
    const key = cells[opts.keyColumn] ?? '';
    const raw = opts.valueColumns.map((c) => cells[c] ?? '');
    const base = { row: rowNumber, key, values: raw };
    const res = resolver.resolve(key, { nameLevel: opts.nameLevel, choices: opts.choices });
    if (res.status === 'unmatched') return push({ ...base, status: 'unmatched', detail: res.reason });
    if (res.status === 'ambiguous') {
      const q = questions.get(res.question) ?? { question: res.question, text: key, candidates: res.candidates, rows: 0 };
      q.rows++;
      questions.set(res.question, q);
      const skipped = opts.choices?.get(res.question) === '';
      return push({ ...base, status: 'ambiguous', detail: skipped ? 'leftOut' : 'ask', candidates: res.candidates });
    }
    const values = opts.valueColumns.map((c) => parseNumber(cells[c] ?? '', opts.formats[c] ?? 'de', isNative(r, c)));
    const bad = values.findIndex((v) => v === undefined || (typeof v === 'number' && !Number.isFinite(v)));
    const ags = res.ags;
    const old = res.status === 'old' ? res.old : undefined;
    if (bad >= 0) return push({ ...base, status: 'invalid', detail: `notANumber:${table.header[opts.valueColumns[bad]!]}`, ags, old });
    if (values.every((v) => v === null)) return push({ ...base, status: 'invalid', detail: 'noValue', ags, old });
    let weight: number | null = null;
    if (weightColumn !== undefined) {
      const w = parseNumber(cells[weightColumn] ?? '', opts.formats[weightColumn] ?? 'de', isNative(r, weightColumn));
      if (typeof w !== 'number' || !(w >= 0))
        return push({ ...base, status: 'invalid', detail: `noWeight:${table.header[weightColumn]}`, ags, old });
      weight = w;
    }
    const identity = old ? `old|${old}` : `${res.level}|${ags}`;
    const first = seen.get(identity);
    if (first !== undefined) return push({ ...base, status: 'duplicate', detail: 'sameKey', ags, old, firstRow: first });
    seen.set(identity, rowNumber);
    const unit = byUnit.get(ags) ?? { level: res.level, parts: [] };
    unit.parts.push({ row: rowNumber, values: values as (number | null)[], weight, old });
    byUnit.set(ags, unit);
    push(
      res.status === 'old'
        ? { ...base, status: 'mapped', detail: `from:${res.oldName}`, ags, old }
        : { ...base, status: 'matched', detail: res.form, ags },
    );
  });

  const unitNotes: ImportReport['unitNotes'] = [];
  const units: OwnUnit[] = [];
  for (const [ags, { level, parts }] of [...byUnit].sort(([a], [b]) => a.localeCompare(b))) {
    const merged = merge(parts, opts, ags);
    if (merged.note) unitNotes.push({ ags, code: merged.note, rows: parts.map((p) => p.row) });
    units.push({
      ags,
      level,
      values: merged.values,
      weight: merged.weight,
      rows: parts.map((p) => p.row),
      from: parts.flatMap((p) => (p.old ? [p.old] : [])),
    });
  }

  const columns: ColumnDecision[] = opts.valueColumns.map((c) => {
    const d = decisions[c];
    const native = table.native && table.rows.some((_, r) => isNative(r, c));
    return {
      name: table.header[c]!,
      format: native ? 'native' : (opts.formats[c] ?? d?.format ?? 'de'),
      certain: d ? d.certain || opts.formats[c] !== d.format : true,
      reason: d && opts.formats[c] !== d.format ? 'user' : (d?.reason ?? 'none'),
      example: d?.example,
      decimals: d?.decimals ?? 0,
    };
  });

  return {
    units,
    questions: [...questions.values()],
    report: {
      rows: table.rows.length,
      counts,
      listed,
      truncated: listed.length < table.rows.length,
      above: table.above,
      below: table.below,
      blankRows: table.blankRows,
      droppedColumns: table.droppedColumns,
      headerRow: table.headerRow,
      columns,
      unitNotes,
    },
  };
}

/** Several rows for one unit (old units merged): counts summed; shares weighted (file column or given populations). */
function merge(
  parts: Contribution[],
  opts: MappingOptions,
  ags: string,
): { values: (number | null)[]; weight: number | null; note?: string } {
  const fileWeight = opts.kind === 'share' && opts.weight?.type === 'column';
  const weight = fileWeight ? parts.reduce((s, p) => s + (p.weight ?? 0), 0) : null;
  if (parts.length === 1) return { values: parts[0]!.values, weight };
  const n = parts[0]!.values.length;
  let note: string | undefined;
  const values: (number | null)[] = [];
  for (let k = 0; k < n; k++) {
    const vs = parts.map((p) => p.values[k]);
    if (vs.some((v) => v === null)) {
      values.push(null);
      note ??= 'partialMerge';
      continue;
    }
    if (opts.kind === 'count') {
      values.push((vs as number[]).reduce((a, b) => a + b, 0));
      continue;
    }
    const ws = parts.map((p) => (fileWeight ? p.weight : (opts.mergeWeights?.get(p.old ?? ags) ?? null)));
    const total = ws.reduce<number>((a, b) => a + (b ?? 0), 0);
    if (ws.some((w) => w === null) || total <= 0) {
      values.push(null);
      note ??= 'noMergeWeight';
      continue;
    }
    values.push(parts.reduce((s, p, i) => s + (p.values[k] as number) * ws[i]!, 0) / total);
  }
  return { values, weight, note };
}
