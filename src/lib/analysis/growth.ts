// Counts of growing, unchanged and shrinking regions as the values are shown: a change that reads
// "0,0 %" at the shown decimals is unchanged, so the three counts add up to every region with a value.

export interface GrowthCounts {
  growing: number;
  unchanged: number;
  shrinking: number;
}

/** Counts by the sign of each value rounded to `decimals` (per cent changes: 1). */
export function growthCounts(values: Iterable<number>, decimals: number): GrowthCounts {
  const scale = 10 ** decimals;
  const out: GrowthCounts = { growing: 0, unchanged: 0, shrinking: 0 };
  for (const v of values) {
    if (!Number.isFinite(v)) continue;
    const r = Math.round(Math.abs(v) * scale);
    if (r === 0) out.unchanged++;
    else if (v > 0) out.growing++;
    else out.shrinking++;
  }
  return out;
}
