import type { Merger } from '../territory.ts';
import { existsAt } from '../territory.ts';
import { germanDate } from '../periods.ts';

/** What a source row is checked against: today's units, their predecessors and the mergers. */
export interface Context {
  /** Today's Gemeinden and gemeindefreie Gebiete plus every predecessor in the merger list. */
  gemeinden: ReadonlySet<string>;
  /** Today's gemeindefreie Gebiete (no people: no observations). */
  gemeindefrei: ReadonlySet<string>;
  kreise: ReadonlySet<string>;
  mergers: readonly Merger[];
}

/** German reason if `ags` is not a unit on the Gebietsstand `date`, else null. */
export function notOnGebietsstand(ags: string, date: string, ctx: Context): string | null {
  return existsAt(ags, date, ctx.mergers) ? null : `${ags} ist auf dem Gebietsstand ${germanDate(date)} keine Gemeinde`;
}
