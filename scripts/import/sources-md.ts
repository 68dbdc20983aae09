// The machine-maintained section of data/SOURCES.md: every imported official file (name, SHA-256, Stand, licence) and
// the SHA-256 of every data/ file an import wrote. Rewritten as a whole on each import; sorted, so re-imports change nothing.

export const BEGIN = '<!-- BEGIN imported-files: maintained by `npm run import`, do not edit by hand -->';
export const END = '<!-- END imported-files -->';

export interface ImportedFile {
  file: string;
  layout: string;
  sha256: string;
  stand: string;
  licence: string;
  /** e.g. "`stats/population_gemeinden_long.csv` (Jahr 2023, 421 Zeilen)". */
  writtenTo: string;
}

export interface ImportSection {
  files: ImportedFile[];
  /** data/-relative path → SHA-256 of its current content. */
  written: Record<string, string>;
}

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

/** Reads the section back (empty if absent). */
export function readSection(md: string): ImportSection {
  const start = md.indexOf(BEGIN);
  const end = md.indexOf(END);
  const out: ImportSection = { files: [], written: {} };
  if (start < 0 || end < start) return out;
  for (const line of md.slice(start, end).split('\n')) {
    const row = /^\| `([^`]+)` \| (.*) \| `([0-9a-f]{64})` \| (.*) \| (.*) \| (.*) \|$/.exec(line);
    if (row) {
      const un = (s: string) => s.replace(/\\\|/g, '|');
      out.files.push({
        file: row[1]!,
        layout: un(row[2]!),
        sha256: row[3]!,
        stand: un(row[4]!),
        licence: un(row[5]!),
        writtenTo: un(row[6]!),
      });
    }
    const sum = /^([0-9a-f]{64}) {2}(\S.*)$/.exec(line);
    if (sum) out.written[sum[2]!] = sum[1]!;
  }
  return out;
}

function render(s: ImportSection): string {
  const files = [...s.files].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const written = Object.keys(s.written).sort();
  return [
    BEGIN,
    '## Imported official files (`npm run import`)',
    '',
    'Each row is an official file read by `npm run import` (see README, „Neue amtliche Daten einspielen“); the importer',
    "recognised its layout, extracted Hessen, validated it with the pipeline's schemas and wrote the listed part of `data/`.",
    '',
    '| file | layout | SHA-256 | Stand | licence / credit | written to |',
    '|---|---|---|---|---|---|',
    ...files.map(
      (f) => `| \`${f.file}\` | ${cell(f.layout)} | \`${f.sha256}\` | ${cell(f.stand)} | ${cell(f.licence)} | ${cell(f.writtenTo)} |`,
    ),
    '',
    'SHA-256 of the `data/` files as last written by an import (these supersede older checksums of the same files in this document):',
    '',
    '```',
    ...written.map((p) => `${s.written[p]}  ${p}`),
    '```',
    END,
  ].join('\n');
}

/** `md` with the section replaced (or appended), the given files upserted by name and the written checksums updated. */
export function updateSources(md: string, files: readonly ImportedFile[], written: Readonly<Record<string, string>>): string {
  const s = readSection(md);
  const byName = new Map(s.files.map((f) => [f.file, f]));
  for (const f of files) byName.set(f.file, f);
  const section = render({ files: [...byName.values()], written: { ...s.written, ...written } });
  const start = md.indexOf(BEGIN);
  const end = md.indexOf(END);
  if (start >= 0 && end > start) return md.slice(0, start) + section + md.slice(end + END.length);
  return `${md.replace(/\n*$/, '\n')}\n${section}\n`;
}
