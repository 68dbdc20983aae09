// "Ähnliche Gemeinden": the k regions of the same level nearest to a region by robust z-scores
// (median and MAD) of a chosen, changeable indicator set, with the reasons in plain words.
import type { Indicator } from '../data/catalogue.ts';
import type { Values } from '../data/queries.ts';
import type { Lang } from '../scales/format.ts';
import { STECKBRIEF_MESSAGES } from '../i18n/steckbrief.ts';

/** Indicators offered for the similarity (ids; the catalogue decides which exist). */
export const SIMILAR_CANDIDATES = [
  'bev',
  'bev_veraenderung',
  'bev_dichte',
  'bev_frauenanteil',
  'bb_alle_50',
  'bb_alle_1000',
  'bb_ftthb_1000',
];
export const SIMILAR_DEFAULT = ['bev', 'bev_veraenderung', 'bev_dichte', 'bb_alle_1000'];
export const SIMILAR_K = 4;

/** The indicator set from the URL parameter ("bev~bev_dichte"); unknown ids are dropped, empty → default. */
export function parseSimilarSet(param: string, known: readonly string[]): string[] {
  const ids = [...new Set(param.split('~').filter((id) => known.includes(id)))];
  return ids.length ? ids : SIMILAR_DEFAULT.filter((id) => known.includes(id));
}

export function serializeSimilarSet(ids: readonly string[], known: readonly string[]): string {
  const d = SIMILAR_DEFAULT.filter((id) => known.includes(id));
  return ids.length === d.length && ids.every((id) => d.includes(id)) ? '' : ids.join('~');
}

/** Sizes (sums) and densities are compared on a log scale: 2 000 vs 4 000 is as far as 20 000 vs 40 000. */
export function isLogScaled(ind: Indicator): boolean {
  return ind.formula.type === 'sum' || (ind.formula.type === 'ratio' && ind.formula.factor === 1);
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/** Robust z-scores: (x − median) / (1.4826 · MAD); a zero MAD falls back to the mean absolute deviation. */
export function robustZ(values: ReadonlyMap<string, number>): Map<string, number> {
  const xs = [...values.values()];
  if (!xs.length) return new Map();
  const med = median(xs);
  let scale = 1.4826 * median(xs.map((x) => Math.abs(x - med)));
  if (!(scale > 0)) scale = xs.reduce((a, x) => a + Math.abs(x - med), 0) / xs.length || 1;
  return new Map([...values].map(([k, x]) => [k, (x - med) / scale]));
}

export interface SimilarInput {
  indicator: Indicator;
  /** Values of every region of the level in the indicator's period. */
  values: Values;
}

export interface Neighbour {
  ags: string;
  distance: number;
  /** z(neighbour) − z(region) per indicator id. */
  diffs: { indicator: Indicator; diff: number }[];
}

/** The k nearest regions (Euclidean distance of robust z-scores); ties by AGS, so the list is reproducible. */
export function similarRegions(
  ags: string,
  inputs: readonly SimilarInput[],
  k = SIMILAR_K,
  exclude: ReadonlySet<string> = new Set(),
): Neighbour[] {
  if (!inputs.length) return [];
  const zs = inputs.map(({ indicator, values }) => {
    const raw = new Map<string, number>();
    for (const [a, v] of values) {
      if (isLogScaled(indicator) && !(v.value > 0)) continue;
      raw.set(a, isLogScaled(indicator) ? Math.log10(v.value) : v.value);
    }
    return robustZ(raw);
  });
  const own = zs.map((z) => z.get(ags));
  if (own.some((z) => z === undefined)) return [];
  const candidates = [...zs[0]!.keys()].filter((a) => a !== ags && !exclude.has(a) && zs.every((z) => z.has(a)));
  return candidates
    .map((a) => {
      const diffs = inputs.map((input, i) => ({ indicator: input.indicator, diff: zs[i]!.get(a)! - own[i]! }));
      return { ags: a, distance: Math.sqrt(diffs.reduce((s, d) => s + d.diff * d.diff, 0)), diffs };
    })
    .sort((x, y) => x.distance - y.distance || (x.ags < y.ags ? -1 : 1))
    .slice(0, k);
}

/** Plain words: which indicators make a neighbour similar (|Δz| < 0.5) or clearly different (|Δz| ≥ 1). */
export function reasons(n: Neighbour, lang: Lang): string {
  const m = STECKBRIEF_MESSAGES[lang];
  const words = (d: Neighbour['diffs'][number]) => m.similarWords[d.indicator.id] ?? m.similarGeneric(d.indicator.short[lang]);
  const similar = n.diffs.filter((d) => Math.abs(d.diff) < 0.5).map((d) => words(d)[0]);
  const different = n.diffs.filter((d) => Math.abs(d.diff) >= 1).map((d) => words(d)[d.diff > 0 ? 1 : 2]);
  const parts = [similar.join(lang === 'de' ? ' und ' : ' and '), different.join(', ')].filter(Boolean);
  return parts.length ? parts.join('; ') : m.similarNoReason;
}
