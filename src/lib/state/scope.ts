// The two areas the atlas covers: Hessen (the default, two Gebietsstände) and all of Germany
// (`scope=de` in the URL). Each is its own data set, so a switch loads the page anew with the same view.
import type { Gebietsstand } from './gebietsstand.ts';

export const SCOPES = ['hessen', 'de'] as const;
export type Scope = (typeof SCOPES)[number];
export const DEFAULT_SCOPE: Scope = 'hessen';

/** The scope a query string asks for; anything else is the default (url.ts reports it). */
export function scopeOf(search: string): Scope {
  return new URLSearchParams(search).get('scope') === 'de' ? 'de' : DEFAULT_SCOPE;
}

/** Directory of a data set, relative to the page (as `npm run data` writes them); Germany has one Gebietsstand. */
export function dataDir(gs: Gebietsstand, scope: Scope = DEFAULT_SCOPE): string {
  if (scope === 'de') return 'data/de/';
  return gs === '2025' ? 'data/gs2025/' : 'data/';
}

/** The first parts of an export's file name: national exports say so ("digitalatlas-hessen_deutschland_…"). */
export function scopeFileParts(scope: Scope): string[] {
  return scope === 'de' ? ['deutschland'] : [];
}
