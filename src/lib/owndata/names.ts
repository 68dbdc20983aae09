// Place names compared as people write them: umlauts or not ("Büdingen" = "Buedingen" = "Budingen"),
// with or without "Stadt", "Landkreis", official suffixes (", Wissenschaftsstadt") and abbreviations ("a.d.").

export type NameHint = 'stadt' | 'landkreis' | 'rb' | 'land';

export interface NormalName {
  /** Whole name, normalised ("lautertal odenwald"). */
  full: string;
  /** Without a parenthesised or comma suffix ("lautertal"). */
  base: string;
  /** Without one-letter tokens and small words ("limburg lahn" for "Limburg a.d. Lahn" and "Limburg an der Lahn"). */
  loose: string;
  /** What descriptors said about the kind of unit ("Stadt Kassel" vs "Landkreis Kassel"). */
  hints: Set<NameHint>;
}

const SMALL = new Set(['am', 'an', 'der', 'die', 'den', 'dem', 'im', 'in', 'ob', 'vor', 'bei', 'und']);
const LEADING: [string[], NameHint | null][] = [
  [['kreisfreie', 'stadt'], 'stadt'],
  [['krfr', 'stadt'], 'stadt'],
  [['krfr', 'st'], 'stadt'],
  [['regierungsbezirk'], 'rb'],
  [['reg', 'bez'], 'rb'],
  [['regbez'], 'rb'],
  [['rb'], 'rb'],
  [['landkreis'], 'landkreis'],
  [['lkr'], 'landkreis'],
  [['lk'], 'landkreis'],
  [['kreis'], 'landkreis'],
  [['ks'], 'stadt'],
  [['stadt'], 'stadt'],
  [['kreisstadt'], 'stadt'],
  [['gemeinde'], null],
  [['bundesland'], 'land'],
  [['land'], 'land'],
];
const TRAILING: [string, NameHint | null][] = [
  ['stadt', 'stadt'],
  ['landkreis', 'landkreis'],
  ['kreis', 'landkreis'],
  ['lk', 'landkreis'],
  ['gemeinde', null],
];

function fold(s: string, umlauts: 'expand' | 'drop'): string {
  let t = s.toLowerCase();
  t =
    umlauts === 'expand'
      ? t.replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue')
      : t.replace(/ä/g, 'a').replace(/ö/g, 'o').replace(/ü/g, 'u');
  return t
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
}

const tokens = (s: string) =>
  s
    .replace(/[-–/.,;:'’"()[\]]+/g, ' ')
    .split(/\s+/)
    .filter(Boolean);

/** Normalises a place name; `umlauts: 'drop'` gives the variant for names typed without umlauts ("Budingen"). */
export function normalName(name: string, umlauts: 'expand' | 'drop' = 'expand'): NormalName {
  const hints = new Set<NameHint>();
  let s = fold(name.trim(), umlauts);
  // A comma part is an official descriptor in Hessen's names ("Kassel, documenta-Stadt", "Kassel, Landkreis").
  const comma = s.indexOf(',');
  if (comma > 0) {
    const rest = s.slice(comma + 1);
    if (/kreis/.test(rest)) hints.add('landkreis');
    else if (/stadt/.test(rest)) hints.add('stadt');
    s = s.slice(0, comma);
  }
  // Parenthesised descriptors ("Kassel (Stadt)") are hints; other parentheses are part of the name ("Lautertal (Odenwald)").
  s = s.replace(/\((kreisfreie stadt|stadt|landkreis|kreis|lk)\)/g, (_, d: string) => {
    hints.add(d.includes('stadt') ? 'stadt' : 'landkreis');
    return ' ';
  });
  const base = s.replace(/\(.*$/, '');
  const strip = (t: string[]): string[] => {
    let out = t;
    for (let again = true; again && out.length > 1;) {
      again = false;
      for (const [words, hint] of LEADING) {
        if (out.length > words.length && words.every((w, i) => out[i] === w)) {
          if (hint) hints.add(hint);
          out = out.slice(words.length);
          again = true;
          break;
        }
      }
    }
    const last = out[out.length - 1];
    const trail = TRAILING.find(([w]) => w === last);
    if (trail && out.length > 1) {
      if (trail[1]) hints.add(trail[1]);
      out = out.slice(0, -1);
    }
    return out;
  };
  const fullTokens = strip(tokens(s));
  const baseTokens = strip(tokens(base));
  return {
    full: fullTokens.join(' '),
    base: baseTokens.join(' '),
    loose: fullTokens.filter((t) => t.length > 1 && !SMALL.has(t)).join(' '),
    hints,
  };
}
