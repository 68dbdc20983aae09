// The indicator picker's pure parts: the groups of a theme, a word search over every indicator, and
// the level a newly chosen indicator opens at.
import type { Indicator, Level, Theme } from '../data/catalogue.ts';
import type { Lang } from '../scales/format.ts';
import { normalise } from './search.ts';

export interface IndicatorGroup {
  /** The group's label in the chosen language; groups are told apart by their German label. */
  key: string;
  label: string;
  items: Indicator[];
}

/** The groups of a theme with their indicators, in catalogue order. */
export function groupsOf(indicators: readonly Indicator[], theme: Theme, lang: Lang): IndicatorGroup[] {
  const byKey = new Map<string, IndicatorGroup>();
  for (const ind of indicators) {
    if (ind.theme !== theme) continue;
    const key = ind.group.de;
    const g = byKey.get(key) ?? { key, label: ind.group[lang], items: [] };
    g.items.push(ind);
    byKey.set(key, g);
  }
  return [...byKey.values()];
}

/** "≥ 1000 Mbit/s" is typed as "1000", "1 000" or "1.000"; thousands separators are dropped. */
const digits = (s: string) => s.replace(/(\d)[ .](?=\d{3}\b)/g, '$1');

/** A number matches a whole number ("10" not "100"); a word anywhere, for German compounds
 *  ("dichte" in "Bevölkerungsdichte"). `text` is normalised with a leading space. */
function has(text: string, word: string): boolean {
  return /^\d+$/.test(word) ? new RegExp(` ${word}(?!\\d)`).test(text) : text.includes(word);
}

/**
 * Indicators whose title, short title, group or description contain every typed word (numbers as
 * whole numbers; case, umlauts and punctuation ignored), in either language. Title hits come first, then
 * catalogue order. An empty query finds nothing.
 */
export function searchIndicators(indicators: readonly Indicator[], query: string, lang: Lang): Indicator[] {
  const words = normalise(digits(query)).split(' ').filter(Boolean);
  if (words.length === 0) return [];
  const other: Lang = lang === 'de' ? 'en' : 'de';
  const hits: { ind: Indicator; score: number; order: number }[] = [];
  indicators.forEach((ind, order) => {
    const title = ` ${normalise(digits(`${ind.title[lang]} ${ind.short[lang]} ${ind.group[lang]}`))}`;
    const rest = ` ${normalise(digits(`${ind.title[other]} ${ind.short[other]} ${ind.group[other]} ${ind.description[lang]}`))}`;
    let score = 0;
    for (const w of words) {
      if (has(title, w)) continue;
      if (has(rest, w)) score++;
      else return;
    }
    hits.push({ ind, score, order });
  });
  return hits.sort((a, b) => a.score - b.score || a.order - b.order).map((h) => h.ind);
}

/**
 * The level a newly chosen indicator opens at: the level the visitor last chose if it offers it,
 * else the current level if it offers that, else its finest level. So a Kreis-only indicator in
 * between does not leave the next Gemeinde indicator on Kreise.
 */
export function levelFor(ind: Pick<Indicator, 'levels'>, current: Level, preferred: Level): Level {
  if (ind.levels.includes(preferred)) return preferred;
  if (ind.levels.includes(current)) return current;
  return ind.levels[0]!;
}
