// Numbers typed by a person (class limits) and numbers in a link: one definition of what a limit
// may be, so the screen and the shared link accept exactly the same values.
import type { Lang } from './format.ts';

/** Class limits and midpoints are below this in absolute value (screen and link alike). */
export const MAX_LIMIT = 1e12;

export type NumberProblem =
  /** Not a number as people write it ("abc", "0x10", "1e15"). */
  | 'invalid'
  /** A separator that means something else in the UI language ("2.5" in German, "-1,5" in English). */
  | 'ambiguous'
  /** Digits grouped with spaces ("1 000"). */
  | 'space'
  /** |n| ≥ MAX_LIMIT. */
  | 'range';

export type NumberResult = { ok: true; value: number } | { ok: false; problem: NumberProblem; suggestion?: string };

/**
 * A number as people write it in the UI language: German "2,5", "1.000,5", "−3"; English "2.5",
 * "1,000.5". Grouping separators only in groups of three; no exponent, hex or spaces. Separators
 * that only make sense in the other language are "ambiguous" and get a suggestion.
 */
export function parseLocalNumber(text: string, lang: Lang): NumberResult {
  const s = text.trim();
  const strict = strictLocal(s, lang);
  if (strict) return strict;
  if (!/^[-\u2212+]?[\d.,]*\d[\d.,]*$/.test(s)) {
    return { ok: false, problem: /^[-\u2212+]?\d+(?:[\s\u00a0\u202f]+\d+)+(?:[.,]\d+)?$/.test(s) ? 'space' : 'invalid' };
  }
  // Read with the other language's rules only to suggest what was probably meant.
  if (strictLocal(s, lang === 'de' ? 'en' : 'de')?.ok) {
    const swapped = s.replace(/[.,]/g, (c) => (c === '.' ? ',' : '.'));
    return { ok: false, problem: 'ambiguous', suggestion: swapped.replace(/^-/, '\u2212') };
  }
  return { ok: false, problem: 'invalid' };
}

/** The number in exactly the language's notation, or null when it is not written that way. */
function strictLocal(s: string, lang: Lang): NumberResult | null {
  const [group, decimal] = lang === 'de' ? ['.', ','] : [',', '.'];
  const re = new RegExp(`^([-\\u2212+]?)(\\d+|\\d{1,3}(?:\\${group}\\d{3})+)(?:\\${decimal}(\\d+))?$`);
  const m = re.exec(s);
  if (!m) return null;
  const sign = m[1] === '-' || m[1] === '\u2212' ? '-' : '';
  const value = Number(`${sign}${m[2]!.split(group).join('')}${m[3] ? `.${m[3]}` : ''}`);
  return isLimit(value) ? { ok: true, value } : { ok: false, problem: 'range' };
}

/**
 * A number in a link, as String(n) writes it ("2.5", "-1", "1e-7"); |n| < MAX_LIMIT. Rejects what
 * Number() would quietly accept: "", " ", "0x10", "Infinity".
 */
export function parseLinkNumber(text: string): number | null {
  if (!/^-?(?:\d+(?:\.\d*)?|\.\d+)(?:e[-+]?\d+)?$/i.test(text)) return null;
  const n = Number(text);
  return isLimit(n) ? n : null;
}

/** Whether a number is an acceptable class limit or midpoint. */
export function isLimit(n: number): boolean {
  return Number.isFinite(n) && Math.abs(n) < MAX_LIMIT;
}

/** Inner class limits from text ("2,5; 5; 10"), separated by semicolons; sorted and unique. */
export type LimitsResult =
  | { ok: true; limits: number[] }
  | { ok: false; problem: 'empty' | 'tooMany' }
  | { ok: false; problem: NumberProblem; part: string; suggestion?: string };

export const MAX_LIMITS = 8;

export function parseLimits(text: string, lang: Lang): LimitsResult {
  const parts = text
    .split(';')
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length === 0) return { ok: false, problem: 'empty' };
  if (parts.length > MAX_LIMITS) return { ok: false, problem: 'tooMany' };
  const nums: number[] = [];
  for (const part of parts) {
    const r = parseLocalNumber(part, lang);
    if (!r.ok) return { ok: false, problem: r.problem, part, ...(r.suggestion ? { suggestion: r.suggestion } : {}) };
    nums.push(r.value);
  }
  return { ok: true, limits: [...new Set(nums)].sort((a, b) => a - b) };
}
