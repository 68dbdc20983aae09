// Place search: names (umlaut-, case- and punctuation-insensitive word prefixes), AGS prefixes and former Gemeinden.
import type { Change, Region } from '../data/boot.ts';
import { isKeyChange, keyChangeNote } from './gebietsstand.ts';
import type { Level } from '../data/catalogue.ts';
import type { Lang } from '../scales/format.ts';
import { SEARCH_TEXT } from '../i18n/search.ts';
import { regionName } from './names.ts';

export interface SearchResult {
  ags: string;
  level: Level;
  /** Display name, as `regionName`. */
  label: string;
  /** What and where: "Gemeinde · Landkreis Gießen", "Kreis · Regierungsbezirk Gießen". */
  detail: string;
  /** Set when the query matched a former Gemeinde that is now part of `ags`. */
  formerName?: string;
  /** "Bromskirchen gehört seit 01.01.2023 zu Allendorf (Eder)". */
  note?: string;
}

interface Entry {
  /** The region a hit leads to (for a former Gemeinde: its successor). */
  region: Region;
  /** Key matched by digit queries (for a former Gemeinde: its old AGS). */
  ags: string;
  /** Normalised name (for a former Gemeinde: the old name). */
  name: string;
  /** Normalised name without its suffix: "Limburg a.d.Lahn" → "limburg", "Münster (Hessen)" → "munster". */
  base: string;
  /** Normalised display names in both languages ("landkreis kassel", "kassel district"). */
  labels: string[];
  /** Normalised name words, parts joined ("vdhohe", "darmstadtdieburg"), abbreviations spelled out. */
  words: string[];
  /** Words that only qualify a name: level and type ("landkreis", "kreisfreie", "stadt", "district"). */
  qualifiers: string[];
  /** Smaller is listed first among equal matches: 0 Gemeinde … 3 Land. */
  levelOrder: number;
  /** Alphabetical tie-break: normalised name, then AGS. */
  order: string;
  change?: Change;
  note?: Record<Lang, string>;
}

export interface SearchIndex {
  readonly entries: readonly Entry[];
  readonly regions: ReadonlyMap<string, Region>;
  readonly land: Region | undefined;
}

const LEVEL_ORDER: Record<Level, number> = { gemeinde: 0, kreis: 1, rb: 2, land: 3, bund: 4 };
// eslint-disable-next-line no-control-regex -- the range is all of ASCII, control characters included
const NON_ASCII = /[^\x00-\x7f]/;
const LETTERS: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th' };

/** Lower case without diacritics; ß → ss. */
function fold(s: string): string {
  const t = s.toLowerCase();
  return NON_ASCII.test(t)
    ? t
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .replace(/[ßæœøłđðþ]/g, (c) => LETTERS[c] ?? c)
    : t;
}

/** Search form of a text: lower case, no diacritics, ß → ss, typed ae/oe/ue → a/o/u, every run of
 *  non-letters/digits ("-", ".", "/", brackets, spaces) one space, trimmed. "GIEßEN" → "giessen". */
export function normalise(s: string): string {
  return fold(s)
    .replace(/[^a-z0-9]+/g, ' ')
    .replace(/([aou])e/g, '$1')
    .trim();
}

const SUFFIX = /\s+(?:(?:am|an der|im)\s+|(?:i|a|a\.d|v\.d)\.\s*)\S.*$/;
/** Name without "(Hessen)", "am Main", "a.d.Lahn", "v.d.Höhe", "i.Odw.". */
function baseName(name: string): string {
  return name.replace(/\s*\(.*\)\s*$/, '').replace(SUFFIX, '');
}

/** Name words; parts written without a space also as one word ("v.d.Höhe" → "vdhohe"), the whole name as
 *  one word ("badhomburgvdhohe"), and VG250 abbreviations spelled out ("a.d." → "an der"). */
function wordsOf(name: string, normalised: string): string[] {
  const out = new Set(normalised.split(' '));
  out.add(normalised.replaceAll(' ', ''));
  if (/[^\s\p{L}]/u.test(name)) {
    const folded = fold(name);
    for (const w of folded
      .replace(/[^a-z0-9\s]+/g, '')
      .replace(/([aou])e/g, '$1')
      .split(/\s+/))
      out.add(w);
    const spelled = folded
      .replace(/\b([av])\.d\./g, (_, p: string) => (p === 'v' ? ' vor der ' : ' an der '))
      .replace(/\s([ai])\./g, (_, p: string) => (p === 'i' ? ' im ' : ' am '));
    if (spelled !== folded) for (const w of normalise(spelled).split(' ')) out.add(w);
  }
  out.delete('');
  return [...out];
}

/** Normalised words of a few fixed texts (bez, level names), memoised: they repeat for every region. */
function typeWordsOf(cache: Map<string, string[]>, ...texts: string[]): string[] {
  const key = texts.join('|');
  let words = cache.get(key);
  if (!words) {
    words = [...new Set(texts.flatMap((t) => normalise(t).split(' ')))].filter((w) => w !== '');
    cache.set(key, words);
  }
  return words;
}

function detailOf(r: Region, regions: ReadonlyMap<string, Region>, land: Region | undefined, lang: Lang): string {
  const t = SEARCH_TEXT[lang];
  // In the national data set names repeat across Germany: a hit says its Kreis and its Land.
  const national = land === undefined;
  const landOf = (ags: string) => (national ? regions.get(ags.slice(0, 2)) : undefined);
  const join = (...parts: (string | undefined)[]) => parts.filter((p) => p).join(' · ');
  switch (r.level) {
    case 'gemeinde': {
      const what = r.inhabited ? t.level.gemeinde : t.unincorporated;
      const kreis = regions.get(r.kreis);
      return join(what, kreis && regionName(kreis, lang), landOf(r.ags)?.name);
    }
    case 'kreis': {
      const rb = regions.get(r.rb);
      return join(t.level.kreis, rb && regionName(rb, lang), landOf(r.ags)?.name);
    }
    case 'rb':
      return land ? `${t.level.rb} · ${regionName(land, lang)}` : t.level.rb;
    case 'land':
      return t.level.land;
    case 'bund':
      return t.level.bund;
  }
}

const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "01.01.2023" (as formatDate) or "1 Jan 2023"; by hand, as an Intl formatter costs more than the whole index. */
function noteDate(iso: string, lang: Lang): string {
  const [y = '', m = '', d = ''] = iso.split('-');
  return lang === 'de' ? `${d}.${m}.${y}` : `${Number(d)} ${EN_MONTHS[Number(m) - 1] ?? m} ${y}`;
}

function noteOf(c: Change, successor: Region, lang: Lang): string {
  // a key change (Hanau 06435014 → 06415000) keeps the place, only its Kreis changed
  if (isKeyChange(c)) return keyChangeNote(c)[lang];
  return SEARCH_TEXT[lang].formerNote(c.old_name, noteDate(c.date, lang), regionName(successor, lang), c.kind === 'Zusammenschluss');
}

/** Index of all regions and of the former Gemeinden in `changes` (each leads to its current successor). */
export function buildSearchIndex(regions: Region[], changes: Change[]): SearchIndex {
  const byAgs = new Map(regions.map((r) => [r.ags, r]));
  // The one Land of the Hessen data set; none in the national one (16 Länder).
  const lands = regions.filter((r) => r.level === 'land');
  const land = lands.length === 1 ? lands[0] : undefined;
  const cache = new Map<string, string[]>();
  const entries: Entry[] = [];

  const entry = (target: Region, ags: string, name: string, labels: string[], typeWords: string[], change?: Change): Entry => {
    const nName = normalise(name);
    const base = baseName(name);
    const words = wordsOf(name, nName);
    const qualifiers = new Set(typeWords);
    for (const label of labels) for (const w of label.split(' ')) qualifiers.add(w);
    for (const w of words) qualifiers.delete(w);
    return {
      region: target,
      ags,
      name: nName,
      base: base === name ? nName : normalise(base),
      labels,
      words,
      qualifiers: [...qualifiers],
      levelOrder: LEVEL_ORDER[target.level],
      order: `${nName}|${target.ags}`,
      ...(change ? { change, note: { de: noteOf(change, target, 'de'), en: noteOf(change, target, 'en') } } : {}),
    };
  };

  for (const r of regions) {
    const labels = (['de', 'en'] as const)
      .map((lang) => regionName(r, lang))
      .filter((l) => l !== r.name)
      .map(normalise);
    const typeWords = typeWordsOf(
      cache,
      r.bez,
      SEARCH_TEXT.de.level[r.level],
      SEARCH_TEXT.en.level[r.level],
      r.level === 'rb' ? 'RB' : r.level === 'land' ? 'Bundesland' : '',
    );
    entries.push(entry(r, r.ags, r.name, labels, typeWords));
  }

  const changeByOld = new Map(changes.map((c) => [c.old_ags, c]));
  for (const c of changes) {
    // Follow later changes until a current region is reached (none chain today; cheap to be safe).
    let target = byAgs.get(c.new_ags);
    let next = changeByOld.get(c.new_ags);
    for (let hops = 0; !target && next && hops < 10; hops++) {
      target = byAgs.get(next.new_ags);
      next = changeByOld.get(next.new_ags);
    }
    if (!target) continue;
    entries.push(entry(target, c.old_ags, c.old_name, [], typeWordsOf(cache, 'Gemeinde Municipality ehemalige frühere former'), c));
  }
  return { entries, regions: byAgs, land };
}

/** Match quality, smaller is better; -1: no match. 0 exact name or display name, 1 exact name without suffix
 *  ("Frankfurt" for "Frankfurt am Main"), 2 name prefix, 3 every query word starts a word of the name or a
 *  level/type word, at least one of them a name word (the Kreis a Gemeinde lies in does not count). */
function textMatch(e: Entry, q: string, qWords: string[]): number {
  if (e.name === q || e.labels.includes(q)) return 0;
  if (e.base === q) return 1;
  if (e.name.startsWith(q) || e.labels.some((l) => l.startsWith(q))) return 2;
  let named = false;
  for (const w of qWords) {
    if (e.words.some((x) => x.startsWith(w))) named = true;
    else if (!e.qualifiers.some((x) => x.startsWith(w))) return -1;
  }
  return named ? 3 : -1;
}

/** 0 exact AGS, 1 AGS prefix, -1 no match. */
function agsMatch(e: Entry, digits: string): number {
  if (e.ags === digits) return 0;
  return e.ags.startsWith(digits) ? 1 : -1;
}

/**
 * Up to `limit` regions for a query typed by a user ('' and punctuation-only queries → []).
 * Order: inhabited first; then match quality (exact name, with or without suffix → name prefix → word prefixes);
 * current names before former ones; then the smaller unit first (Gemeinde, Kreis, RB, Land), because a place
 * name usually means the town and its Kreis and RB follow right after; then alphabetically.
 * Digits search AGS: exact key first, then keys below it from the larger units down ("064" → RB Darmstadt,
 * its Kreise, their Gemeinden); a leading zero lost in Excel ("6412000") is restored.
 * Each region appears once, with its best match.
 */
export function searchRegions(index: SearchIndex, query: string, lang: Lang, limit = 8): SearchResult[] {
  const q = normalise(query);
  if (q === '' || !(limit > 0)) return [];
  const compact = q.replaceAll(' ', '');
  const digits = /^\d+$/.test(compact) ? (compact.startsWith('6') ? `0${compact}` : compact) : null;
  const qWords = q.split(' ');

  const hits: { e: Entry; key: number; tie: string }[] = [];
  for (const e of index.entries) {
    if (digits !== null) {
      const m = agsMatch(e, digits);
      if (m < 0) continue;
      hits.push({ e, key: (m * 2 + (e.change ? 1 : 0)) * 16 + e.ags.length, tie: e.ags });
    } else {
      const m = textMatch(e, q, qWords);
      if (m < 0) continue;
      // Ranking: inhabited › exact name (with or without suffix) › name prefix › word prefixes › current before
      // former name › Gemeinde before Kreis, RB, Land (a place name usually means the town) › alphabetical.
      const group = m <= 1 ? 0 : m - 1;
      const key = (((e.region.inhabited ? 0 : 1) * 3 + group) * 2 + (e.change ? 1 : 0)) * 8 + e.levelOrder * 2 + (m === 1 ? 1 : 0);
      hits.push({ e, key, tie: e.order });
    }
  }
  hits.sort((a, b) => a.key - b.key || (a.tie < b.tie ? -1 : a.tie > b.tie ? 1 : 0));

  const seen = new Set<string>();
  const out: SearchResult[] = [];
  for (const { e } of hits) {
    if (seen.has(e.region.ags)) continue;
    seen.add(e.region.ags);
    const r = e.region;
    const result: SearchResult = {
      ags: r.ags,
      level: r.level,
      label: regionName(r, lang),
      detail: detailOf(r, index.regions, index.land, lang),
    };
    if (e.change && e.note) {
      if (!isKeyChange(e.change)) result.formerName = e.change.old_name;
      result.note = e.note[lang];
    }
    out.push(result);
    if (out.length >= limit) break;
  }
  return out;
}
