// The rows of observations.csv and the flags that qualify a value.

export const FLAGS = ['harmonised', 'rounded_10', 'rounded_100', 'computed'] as const;
export type Flag = (typeof FLAGS)[number];

export interface Observation {
  measure: string;
  /** 8-digit Gemeinde key or 5-digit Kreis key. */
  ags: string;
  period: string;
  /** Plain decimal string. */
  value: string;
  flags: Flag[];
}

/** How a Gemeinde measure combines when Gemeinden merge. */
export type MeasureKind = 'count' | 'share' | 'class';

/** A Gemeinde observation as published, on the Gebietsstand of its source. */
export interface SourceObservation extends Observation {
  kind: MeasureKind;
  /** ISO date of the Gebietsstand on which `ags` is meant. */
  gebietsstand: string;
}

/** Flags in their fixed output order, without duplicates. */
export function orderFlags(flags: Iterable<Flag>): Flag[] {
  const set = new Set(flags);
  return FLAGS.filter((f) => set.has(f));
}

export function compareObservations(a: Observation, b: Observation): number {
  if (a.measure !== b.measure) return a.measure < b.measure ? -1 : 1;
  if (a.ags !== b.ags) return a.ags < b.ags ? -1 : 1;
  if (a.period !== b.period) return a.period < b.period ? -1 : 1;
  return 0;
}
