// Numbers in data exports: rounded exactly as the app displays them (Intl.NumberFormat, which
// rounds the shortest decimal form half away from zero: 88.85 → 88.9, where toFixed gives 88.8).

const formatters = new Map<number, Intl.NumberFormat>();

/**
 * `value` with a decimal point and no grouping, rounded to `decimals` (full precision without
 * `decimals`, never in exponent notation). No "-0" for a negative value that rounds to zero.
 */
export function plainNumber(value: number, decimals?: number): string {
  if (decimals === undefined) {
    const s = String(value);
    if (!/e/i.test(s)) return s === '-0' ? '0' : s;
    return value.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 });
  }
  let f = formatters.get(decimals);
  if (!f) {
    f = new Intl.NumberFormat('en-US', { useGrouping: false, minimumFractionDigits: decimals, maximumFractionDigits: decimals });
    formatters.set(decimals, f);
  }
  const abs = f.format(Math.abs(value));
  return value < 0 && /[1-9]/.test(abs) ? `-${abs}` : abs;
}

/** `value` rounded to `decimals` as a number (unchanged without `decimals`). */
export function roundedNumber(value: number, decimals?: number): number {
  return decimals === undefined ? value : Number(plainNumber(value, decimals));
}
