// Hessen extract of the BBSR „Referenz Gemeinden, Kreise, NUTS“ → stats/bbsr_raumtypen_{gemeinden,kreise}_2019.csv (every column).
import { germanDate } from '../../data/stats/periods.ts';
import { BBSR_GEBIETSSTAND, BBSR_GEMEINDEN_FILE, BBSR_KREISE_FILE } from '../../data/stats/sources/typologies.ts';
import type { BbsrReferenz, BbsrReferenzRow } from '../layouts/bbsr.ts';
import { type Extraction, type ExtractContext, gebietsstandProblem, ImportMismatch, mergerNames, type TargetUpdate } from './common.ts';

/** Column title → tidy name, as the staging did: "Stadt- und Gemeindetyp Kennziffer" → "stadt_und_gemeindetyp_code". */
export function snakeColumn(title: string): string {
  let h = title.replace('Kennziffer', 'code').replace(' Name', '_name');
  for (const [a, b] of [
    ['ä', 'ae'],
    ['ö', 'oe'],
    ['ü', 'ue'],
    ['ß', 'ss'],
    ['Ä', 'Ae'],
    ['Ö', 'Oe'],
    ['Ü', 'Ue'],
  ] as const)
    h = h.split(a).join(b);
  return h
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

function update(file: string, where: string, columns: string[], rows: BbsrReferenzRow[]): TargetUpdate {
  const header = ['ags', 'name', ...columns.slice(2).map(snakeColumn)];
  return {
    file,
    slice: 'ganze Datei',
    replaces: () => true,
    header,
    rows: rows.map((r) => ({
      origin: { where, row: r.row },
      cells: Object.fromEntries([['ags', r.key], ['name', r.name], ...columns.slice(2).map((c, i) => [header[i + 2]!, r.values[c] ?? ''])]),
    })),
    columns: Object.fromEntries(columns.slice(2).map((c, i) => [header[i + 2]!, c])),
  };
}

export function extractBbsrReferenz(file: string, ref: BbsrReferenz, x: ExtractContext): Extraction {
  const gs = ref.meta.gebietsstand;
  if (gs !== BBSR_GEBIETSSTAND) {
    throw new ImportMismatch(
      file,
      `falscher Gebietsstand: die Referenz hat den Gebietsstand ${germanDate(gs)}, der Atlas liest die BBSR-Raumtypen mit Gebietsstand ${germanDate(BBSR_GEBIETSSTAND)} ` +
        `(${BBSR_GEMEINDEN_FILE}); eine neue Ausgabe braucht zuerst eine Anpassung in scripts/data/stats/sources/typologies.ts`,
    );
  }
  const gemeinden = ref.gemeinden.filter((r) => r.key.startsWith('06'));
  const kreise = ref.kreise.filter((r) => r.key.startsWith('06'));
  const problem = gebietsstandProblem(
    gemeinden.map((r) => r.key),
    gs,
    x.ctx,
    mergerNames(x.ctx.mergers, x.tables),
  );
  if (problem) throw new ImportMismatch(file, problem);
  const missingKreise = [...x.ctx.kreise].filter((k) => !kreise.some((r) => r.key === k));
  if (missingKreise.length) throw new ImportMismatch(file, `Blatt „${ref.meta.kreisSheet}“: Kreise fehlen: ${missingKreise.join(', ')}`);
  return {
    updates: [
      update(BBSR_GEMEINDEN_FILE, `${file}[${ref.meta.gemeindeSheet}]`, ref.meta.gemeindeColumns, gemeinden),
      update(BBSR_KREISE_FILE, `${file}[${ref.meta.kreisSheet}]`, ref.meta.kreisColumns, kreise),
    ],
    stand: `Gebietsstand ${germanDate(gs)}`,
    licence:
      '„© BBSR Bonn, Raumabgrenzungen (Gebietsstand 31.12.2019)“ (keine Lizenz in der Datei; vor Veröffentlichung auf bbsr.bund.de prüfen)',
    notes: [],
  };
}
