// Label positions pushed apart along one axis: direct labels of line charts, callouts beside a map.

/** Spreads label positions (pixels) apart by at least `gap`, keeping their order. */
export function spreadLabels(ys: number[], gap: number, min: number, max: number): number[] {
  const order = ys.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y);
  const placed = order.map((o) => o.y);
  for (let k = 1; k < placed.length; k++) placed[k] = Math.max(placed[k]!, placed[k - 1]! + gap);
  const overflow = (placed[placed.length - 1] ?? 0) - max;
  if (overflow > 0)
    for (let k = placed.length - 1; k >= 0; k--)
      placed[k] = Math.min(placed[k]! - overflow, k < placed.length - 1 ? placed[k + 1]! - gap : Infinity);
  for (let k = 0; k < placed.length; k++) placed[k] = Math.max(placed[k]!, min + k * gap);
  const out = new Array<number>(ys.length);
  order.forEach((o, k) => (out[o.i] = placed[k]!));
  return out;
}
