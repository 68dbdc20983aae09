// The official layouts the importer knows, recognised by their header fingerprint, and one entry point to parse any of them.
//
// API: LAYOUTS (id, title, expects, detect), detectLayout(file) → { id, title, variant } (throws LayoutError
// naming every expected layout, or the near miss), parseLayout(file) → ParsedSource (discriminated by `id`).
// Parsers return all rows of Germany; extracting Hessen is the importer's step (scripts/import/extract/).
import * as bba from './breitbandatlas.ts';
import * as bbsr from './bbsr.ts';
import * as ga from './gebietsaenderungen.ts';
import * as gv from './gv-auszug.ts';
import { type Detection, LayoutError, type SourceFile } from './source.ts';
import * as zensus from './zensus2022.ts';

export type { Cell, Detection, Sheet, SourceFile } from './source.ts';
export { LayoutError } from './source.ts';

export interface LayoutSpec {
  id: LayoutId;
  title: string;
  /** What a file of this layout looks like (German), for "unknown layout" messages. */
  expects: string;
  detect: (file: SourceFile) => Detection;
}

export type ParsedSource =
  | { id: typeof gv.GV_AUSZUG_ID; variant: string; data: gv.GvAuszug }
  | { id: typeof ga.GEBIETSAENDERUNGEN_ID; variant: string; data: ga.Gebietsaenderungen }
  | { id: typeof zensus.ZENSUS_ID; variant: string; data: zensus.ZensusFlat }
  | { id: typeof bba.BBA_GEMEINDE_ID; variant: string; data: bba.BbaShares }
  | { id: typeof bba.BBA_KREIS_ID; variant: string; data: bba.BbaShares }
  | { id: typeof bba.BBA_MOBIL_ID; variant: string; data: bba.BbaMobil }
  | { id: typeof bbsr.BBSR_REFERENZ_ID; variant: string; data: bbsr.BbsrReferenz }
  | { id: typeof bbsr.BBSR_UMSTIEG_ID; variant: string; data: bbsr.BbsrUmstieg };
export type LayoutId = ParsedSource['id'];

export const LAYOUTS: readonly LayoutSpec[] = [
  { id: gv.GV_AUSZUG_ID, title: gv.GV_AUSZUG_TITLE, expects: gv.GV_AUSZUG_EXPECTS, detect: gv.detectGvAuszug },
  {
    id: ga.GEBIETSAENDERUNGEN_ID,
    title: ga.GEBIETSAENDERUNGEN_TITLE,
    expects: ga.GEBIETSAENDERUNGEN_EXPECTS,
    detect: ga.detectGebietsaenderungen,
  },
  { id: zensus.ZENSUS_ID, title: zensus.ZENSUS_TITLE, expects: zensus.ZENSUS_EXPECTS, detect: zensus.detectZensusFlat },
  { id: bba.BBA_GEMEINDE_ID, title: bba.BBA_GEMEINDE_TITLE, expects: bba.BBA_GEMEINDE_EXPECTS, detect: bba.detectBbaGemeinde },
  { id: bba.BBA_KREIS_ID, title: bba.BBA_KREIS_TITLE, expects: bba.BBA_KREIS_EXPECTS, detect: bba.detectBbaKreis },
  { id: bba.BBA_MOBIL_ID, title: bba.BBA_MOBIL_TITLE, expects: bba.BBA_MOBIL_EXPECTS, detect: bba.detectBbaMobil },
  { id: bbsr.BBSR_REFERENZ_ID, title: bbsr.BBSR_REFERENZ_TITLE, expects: bbsr.BBSR_REFERENZ_EXPECTS, detect: bbsr.detectBbsrReferenz },
  { id: bbsr.BBSR_UMSTIEG_ID, title: bbsr.BBSR_UMSTIEG_TITLE, expects: bbsr.BBSR_UMSTIEG_EXPECTS, detect: bbsr.detectBbsrUmstieg },
];

/** The layout of `file` by fingerprint. Throws a LayoutError naming the near miss, or listing every layout expected. */
export function detectLayout(file: SourceFile): { spec: LayoutSpec; variant: string } {
  const results = LAYOUTS.map((spec) => ({ spec, d: spec.detect(file) }));
  const match = results.find((r) => r.d.status === 'match');
  if (match && match.d.status === 'match') return { spec: match.spec, variant: match.d.variant };
  const near = results.find((r) => r.d.status === 'near');
  if (near && near.d.status === 'near') {
    throw new LayoutError(
      file.name,
      `sieht aus wie ${near.spec.title}, passt aber nicht: ${near.d.reason}. Erwartet: ${near.spec.expects}`,
    );
  }
  const kind = file.kind === 'xlsx' ? `xlsx mit den Blättern ${file.sheets.map((s) => `„${s.name}“`).join(', ')}` : 'Textdatei';
  const list = LAYOUTS.map((l) => `  – ${l.title}: ${l.expects}`).join('\n');
  throw new LayoutError(file.name, `unbekanntes Format (${kind}). Erwartet wird eine dieser amtlichen Dateien:\n${list}`);
}

/** Detects the layout and parses the whole file (all of Germany). */
export function parseLayout(file: SourceFile): ParsedSource {
  const { spec, variant } = detectLayout(file);
  switch (spec.id) {
    case gv.GV_AUSZUG_ID:
      return { id: spec.id, variant, data: gv.parseGvAuszug(file) };
    case ga.GEBIETSAENDERUNGEN_ID:
      return { id: spec.id, variant, data: ga.parseGebietsaenderungen(file) };
    case zensus.ZENSUS_ID:
      return { id: spec.id, variant, data: zensus.parseZensusFlat(file) };
    case bba.BBA_GEMEINDE_ID:
      return { id: spec.id, variant, data: bba.parseBbaGemeinde(file) };
    case bba.BBA_KREIS_ID:
      return { id: spec.id, variant, data: bba.parseBbaKreis(file) };
    case bba.BBA_MOBIL_ID:
      return { id: spec.id, variant, data: bba.parseBbaMobil(file) };
    case bbsr.BBSR_REFERENZ_ID:
      return { id: spec.id, variant, data: bbsr.parseBbsrReferenz(file) };
    case bbsr.BBSR_UMSTIEG_ID:
      return { id: spec.id, variant, data: bbsr.parseBbsrUmstieg(file) };
  }
}
