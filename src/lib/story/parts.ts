// Which part of an analysis view a presentation step shows. An analysis view is a long page of
// cards (charts, tables, maps with their legends); at 1920×1080 only its top third fits and a
// clicker cannot scroll, so a step shows one part — the cards the annotation talks about — and
// that part is scaled to fit the screen. Cards are named by their heading id without "-h"
// (gap-sens-h → "gap-sens") or by their data-part attribute.

/** Parts a step can name ("view.part"); the view's own name is its default part. */
export const ANALYSIS_PARTS = {
  gap: ['gap-classes', 'gap-gap'],
  'gap-classes': ['gap-classes'],
  'gap-sensitivity': ['gap-sens'],
  rural: ['rural-table'],
  'rural-bars': ['rural-bars'],
  'rural-map': ['rural-map'],
  trend: ['trend'],
  'trend-projections': ['proj'],
  'trend-change-map': ['change'],
  groups: ['groups', 'diff'],
  bivar: ['bivar-map', 'bivar-legend'],
  // The list of 17 projects does not fit one screen at legible size (even at half size): the
  // map only; the list is behind the QR code.
  projects: ['projects-map'],
} as const satisfies Record<string, readonly string[]>;
export type AnalysisPart = keyof typeof ANALYSIS_PARTS;
export const PART_NAMES = Object.keys(ANALYSIS_PARTS) as AnalysisPart[];

/** The analysis view of a link parameter "a" ("" and unknown → "gap", the analyses' first tab). */
export function analysisView(analysis: string): string {
  const view = analysis.split('~')[0] ?? '';
  return view in ANALYSIS_PARTS && !view.includes('-') ? view : 'gap';
}

/** The view a part belongs to ("gap-sensitivity" → "gap"). */
export function partView(part: AnalysisPart): string {
  return part.split('-')[0]!;
}

/** Names of the cards a step shows: its part when that belongs to its view, else the view's default part. */
export function partCards(analysis: string, part: AnalysisPart | undefined): readonly string[] {
  const view = analysisView(analysis);
  if (part && partView(part) === view) return ANALYSIS_PARTS[part];
  return ANALYSIS_PARTS[view as AnalysisPart];
}

/** A card's name (data-part, else its aria-labelledby heading id without "-h"). */
export function cardName(card: { getAttribute(name: string): string | null }): string {
  return card.getAttribute('data-part') ?? (card.getAttribute('aria-labelledby') ?? '').replace(/-h$/, '');
}

/**
 * Scale that makes content of `natural` px height fit into `available` px: never enlarged, and
 * never below `min` (below that the type is no longer legible from the back row; then the
 * content is cut rather than shrunk to a stamp, and the step should name a smaller part).
 */
export function fitScale(natural: number, available: number, min = 0.5): number {
  if (!(natural > 0) || !(available > 0)) return 1;
  return Math.max(min, Math.min(1, available / natural));
}
