// The German diff report of an import: per official file what was recognised, and per data/ slice rows added, removed, changed > 1 %.
import type { RowChange, SliceDiff } from './apply.ts';

export interface FileReport {
  file: string;
  sha256: string;
  layout: string;
  variant: string;
  stand: string;
  notes: string[];
  diffs: SliceDiff[];
}

const MAX_LISTED = 10;
const nf = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 2 });
const pf = new Intl.NumberFormat('de-DE', { minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: 'always' });

/** de-DE number with a true minus sign (U+2212). */
function num(v: string): string {
  if (v === '') return '(leer)';
  const n = Number(v);
  return Number.isNaN(n) ? v : nf.format(n).replace('-', '\u2212');
}

function pct(before: string, after: string): string {
  const a = Number(before);
  const b = Number(after);
  if (before === '' || after === '' || Number.isNaN(a) || Number.isNaN(b) || a === 0) return '';
  return ` (${pf.format(((b - a) / Math.abs(a)) * 100).replace('-', '\u2212')} %)`;
}

function change(c: RowChange, numeric: boolean): string {
  const cells = Object.entries(c.cells)
    .map(([col, [b, a]]) => (numeric ? `${col} ${num(b)} → ${num(a)}${pct(b, a)}` : `${col} „${b}“ → „${a}“`))
    .join('; ');
  return `      ${c.key}${c.name ? ` ${c.name}` : ''}: ${cells}`;
}

function listed(items: string[], indent = '      '): string[] {
  const out = items.slice(0, MAX_LISTED).map((k) => `${indent}${k}`);
  if (items.length > MAX_LISTED) out.push(`${indent}… und ${items.length - MAX_LISTED} weitere`);
  return out;
}

const rows = (n: number) => `${n} Zeile${n === 1 ? '' : 'n'}`;

export function diffLines(d: SliceDiff): string[] {
  const big = d.changed.filter((c) => c.relative > 0.01);
  const text = d.changed.filter((c) => c.relative === 0);
  const lines = [
    `  ${d.file}, ${d.slice}: ${rows(d.after)} (vorher ${d.before}) – neu ${d.added.length}, entfallen ${d.removed.length}, ` +
      `geändert ${d.changed.length} (davon Zahlen um mehr als 1 %: ${big.length}, nur Text/Klasse: ${text.length})`,
  ];
  if (d.added.length) lines.push('    neu:', ...listed(d.added));
  if (d.removed.length) lines.push('    entfallen:', ...listed(d.removed));
  if (big.length) lines.push('    um mehr als 1 % geändert:', ...big.slice(0, MAX_LISTED).map((c) => change(c, true)));
  if (big.length > MAX_LISTED) lines.push(`      … und ${big.length - MAX_LISTED} weitere`);
  if (text.length) lines.push('    Text/Klasse geändert:', ...text.slice(0, MAX_LISTED).map((c) => change(c, false)));
  if (text.length > MAX_LISTED) lines.push(`      … und ${text.length - MAX_LISTED} weitere`);
  return lines;
}

export function reportText(files: readonly FileReport[], written: readonly string[]): string {
  const out: string[] = [];
  for (const f of files) {
    out.push(`${f.file} (SHA-256 ${f.sha256.slice(0, 12)}…)`);
    out.push(`  erkannt: ${f.layout}, Variante ${f.variant}`);
    out.push(`  Stand: ${f.stand}`);
    for (const n of f.notes) out.push(`  Hinweis: ${n}`);
    for (const d of f.diffs) out.push(...diffLines(d));
  }
  out.push(
    written.length ? `Geschrieben in data/: ${written.join(', ')}` : 'Keine Änderung in data/: die Dateien entsprechen schon diesem Stand.',
  );
  return out.join('\n');
}
