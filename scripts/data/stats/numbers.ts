// Exact decimal arithmetic on published values (sums of areas must not pick up float noise).

/** Number of decimals written in a plain decimal string ("122.30" → 2). */
export function decimalsOf(v: string): number {
  return v.split('.')[1]?.length ?? 0;
}

/** Exact sum of plain decimal strings, written with the largest number of decimals among them. */
export function sumDecimals(values: readonly string[]): string {
  const d = Math.max(0, ...values.map(decimalsOf));
  let total = 0n;
  for (const v of values) {
    const neg = v.startsWith('-');
    const [int, frac = ''] = (neg ? v.slice(1) : v).split('.');
    const scaled = BigInt(int! + frac.padEnd(d, '0'));
    total += neg ? -scaled : scaled;
  }
  const neg = total < 0n;
  const digits = (neg ? -total : total).toString().padStart(d + 1, '0');
  const out = d === 0 ? digits : `${digits.slice(0, -d)}.${digits.slice(-d)}`;
  return neg ? `-${out}` : out;
}
