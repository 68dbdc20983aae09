// The address the audience's QR codes lead to. A presentation often runs from a laptop
// (http://localhost:4173/ in the offline set-up), an address no phone in the hall can open, so
// the public address of the atlas can be set in the story file ("publicUrl") or for the whole
// build (ATLAS_PUBLIC_URL for `npm run build` / `npm start`); the page's own address is the last resort.
import { z } from '../zod.ts';

/**
 * The public address of the atlas page (http or https, no query or fragment: the step's view is
 * appended as "?…"). A path is kept as written ("https://example.de/atlas/").
 */
export const PublicUrl = z.string().trim().max(300).refine(isPublicUrl, { message: 'format:publicUrl' });

function isPublicUrl(s: string): boolean {
  if (!URL.canParse(s)) return false;
  const u = new URL(s);
  return (u.protocol === 'http:' || u.protocol === 'https:') && u.search === '' && u.hash === '' && !s.includes('?') && !s.includes('#');
}

/** The build option as given (ATLAS_PUBLIC_URL); empty means not set. Throws a clear message when it is not an address. */
export function buildPublicUrl(raw: string | undefined): string {
  const s = (raw ?? '').trim();
  if (s === '') return '';
  if (!PublicUrl.safeParse(s).success)
    throw new Error(
      `ATLAS_PUBLIC_URL „${s}“ ist keine öffentliche Adresse (http:// oder https://, ohne ? und #), z. B. https://atlas.example.de/`,
    );
  return s;
}

/**
 * The page the audience opens: the story's setting, else the build's, else the page's own address
 * (origin + path). Query and fragment of the page never travel.
 */
export function publicBase(story: string | undefined, build: string, page: { origin: string; pathname: string }): string {
  const chosen = story || build;
  // new URL(…).href writes "https://example.de" as "https://example.de/", so "?…" follows a path.
  return chosen ? new URL(chosen).href : `${page.origin}${page.pathname}`;
}
