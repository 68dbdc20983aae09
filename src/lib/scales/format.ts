// Number and date formats: de-DE first (1.234,5), en-GB as the English variant.
export type Lang = 'de' | 'en';

const LOCALE: Record<Lang, string> = { de: 'de-DE', en: 'en-GB' };
const cache = new Map<string, Intl.NumberFormat>();

function nf(lang: Lang, decimals: number, signed: boolean): Intl.NumberFormat {
  const key = `${lang}|${decimals}|${signed}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(LOCALE[lang], {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
      signDisplay: signed ? 'exceptZero' : 'auto',
    });
    cache.set(key, f);
  }
  return f;
}

/** A number with fixed decimals, e.g. formatNumber(1234.5, 1) → "1.234,5"; signed → "+2,3"; negative with a true minus "−1,8". */
export function formatNumber(value: number, decimals: number, lang: Lang = 'de', signed = false): string {
  return trueMinus(nf(lang, decimals, signed).format(value));
}

/** Intl writes the hyphen-minus (U+002D); typeset numbers take the minus sign (U+2212). */
export function trueMinus(s: string): string {
  return s.replace(/-(?=\d)/g, '\u2212');
}

/** Value with its unit, separated by a no-break space: "45,2 %", "1.234,5 Einw./km²". */
export function formatValue(value: number, decimals: number, unit: string, lang: Lang = 'de', signed = false): string {
  const n = formatNumber(value, decimals, lang, signed);
  return unit ? `${n}\u00a0${unit}` : n;
}

/** A date as 31.12.2023 (de) or 31/12/2023 (en). `iso` is YYYY-MM-DD. */
export function formatDate(iso: string, lang: Lang = 'de'): string {
  const [y, m, d] = iso.split('-').map(Number);
  return new Intl.DateTimeFormat(LOCALE[lang], { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y!, m! - 1, d!)),
  );
}
