// The two Gebietsstände the app offers (`gs=2025` in the URL; 2026 is the default) and where each
// one's data lie, plus the key changes (Hanau 06435014 → 06415000) that old links still resolve.
import type { Change } from '../data/boot.ts';
import type { Lang } from '../scales/format.ts';

export const GEBIETSSTAENDE = ['2026', '2025'] as const;
export type Gebietsstand = (typeof GEBIETSSTAENDE)[number];
export const DEFAULT_GEBIETSSTAND: Gebietsstand = '2026';

/** The Gebietsstand a query string asks for; anything else is the default (url.ts reports it). */
export function gebietsstandOf(search: string): Gebietsstand {
  const v = new URLSearchParams(search).get('gs');
  return (GEBIETSSTAENDE as readonly string[]).includes(v ?? '') ? (v as Gebietsstand) : DEFAULT_GEBIETSSTAND;
}

/** A change of a whole Gemeinde's key (it left its Kreis), as opposed to a merger. */
export const isKeyChange = (c: Pick<Change, 'kind'>): boolean => c.kind.startsWith('Auskreisung');

function dateText(iso: string, lang: Lang): string {
  const [y = '', m = '', d = ''] = iso.split('-');
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  return lang === 'de' ? `${d}.${m}.${y}` : `${Number(d)} ${months[Number(m) - 1] ?? m} ${y}`;
}

/** "Hanau ist seit 01.01.2026 kreisfrei" in both languages. */
export function keyChangeNote(c: Pick<Change, 'date' | 'new_name'>): { de: string; en: string } {
  return {
    de: `${c.new_name} ist seit ${dateText(c.date, 'de')} kreisfrei`,
    en: `${c.new_name} has been a district-free city (kreisfrei) since ${dateText(c.date, 'en')}`,
  };
}

/** Old key → new key with its note, for every key change whose new key is a known region. */
export function keySuccessors(
  changes: readonly Change[],
  known: ReadonlySet<string>,
): Map<string, { ags: string; notice: { de: string; en: string } }> {
  const out = new Map<string, { ags: string; notice: { de: string; en: string } }>();
  for (const c of changes) {
    if (!isKeyChange(c) || !known.has(c.new_ags)) continue;
    const n = keyChangeNote(c);
    out.set(c.old_ags, {
      ags: c.new_ags,
      notice: { de: `${n.de} (neuer Schlüssel ${c.new_ags}).`, en: `${n.en} (new key ${c.new_ags}).` },
    });
  }
  return out;
}
