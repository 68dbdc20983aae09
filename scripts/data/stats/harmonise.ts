// Maps Gemeinde observations from the Gebietsstand of their source to the Gebietsstand at `asOf`.
import { sumDecimals } from './numbers.ts';
import { orderFlags, type Flag, type Observation, type SourceObservation } from './observations.ts';
import { periodDate } from './periods.ts';
import { existsAt, mergerSteps, sameTerritory, type Merger } from './territory.ts';

/** Population of a Gemeinde at a reference date, as published (weights for shares). */
export interface PopulationPoint {
  ags: string;
  /** ISO reference date, e.g. 2017-12-31. */
  date: string;
  gebietsstand: string;
  value: number;
}

interface Entry {
  value: string;
  flags: Set<Flag>;
  harmonised: boolean;
  /** Population weight of a share (null: none available), looked up only when shares are merged. */
  weight: () => number | null;
  /** A merged share as the exact fraction Σ(share·weight) / Σ weight, so chained mergers round once. */
  fraction?: Fraction;
}

/** num / (den · SHARE_SCALE), exact. */
interface Fraction {
  num: bigint;
  den: bigint;
}
const SHARE_DECIMALS = 6;
const SHARE_SCALE = 10n ** BigInt(SHARE_DECIMALS);

export interface HarmoniseOptions {
  /** Required for shares: the population used as weights. */
  population?: readonly PopulationPoint[];
}

/**
 * Rewrites every observation to the Gebietsstand at `asOf` (ISO date):
 * counts of merged Gemeinden are summed, shares averaged weighted by population (rounded to
 * 2 decimals), classes taken from the absorbing unit (Eingliederung) or kept only where all
 * predecessors agree (Zusammenschluss). A merged value needs every predecessor, otherwise it is
 * dropped; values of units merged only after `asOf` cannot be split and are dropped too.
 * Results from predecessors carry the flag `harmonised`; untouched rows pass through unchanged.
 */
export function harmonise(
  rows: readonly SourceObservation[],
  mergers: readonly Merger[],
  asOf: string,
  options: HarmoniseOptions = {},
): Observation[] {
  const steps = mergerSteps(mergers);
  const weightOf = populationWeights(options.population ?? [], mergers);
  const groups = new Map<string, SourceObservation[]>();
  for (const r of rows) {
    const key = `${r.measure}\u0000${r.period}\u0000${r.gebietsstand}`;
    const g = groups.get(key);
    if (g) g.push(r);
    else groups.set(key, [r]);
  }

  const out: Observation[] = [];
  for (const group of groups.values()) {
    const { measure, period, gebietsstand, kind } = group[0]!;
    const state = new Map<string, Entry>();
    for (const r of group) {
      if (r.kind !== kind) throw new Error(`${measure}: uneinheitliche Art der Messgröße`);
      if (state.has(r.ags)) throw new Error(`${measure} ${r.ags} ${period}: doppelte Beobachtung`);
      state.set(r.ags, {
        value: r.value,
        flags: new Set(r.flags),
        harmonised: false,
        weight: () => weightOf(r.ags, gebietsstand, periodDate(period)),
      });
    }

    for (const step of steps) {
      if (step.date > gebietsstand && step.date <= asOf) {
        const inputs = step.kind === 'Eingliederung' ? [step.newAgs, ...step.oldAgs] : step.oldAgs;
        const entries = inputs.map((a) => state.get(a));
        for (const a of inputs) state.delete(a);
        const merged = combine(kind, step.kind, entries);
        if (merged) state.set(step.newAgs, merged);
      } else if (step.date > asOf && step.date <= gebietsstand) {
        // the unit already contains Gemeinden that are still separate at asOf: not splittable
        state.delete(step.newAgs);
      }
    }

    for (const [ags, e] of state) {
      if (!existsAt(ags, asOf, mergers)) throw new Error(`${measure} ${ags} ${period}: Einheit besteht am ${asOf} nicht`);
      const flags = e.harmonised ? orderFlags(['harmonised', ...e.flags]) : orderFlags(e.flags);
      out.push({ measure, ags, period, value: e.value, flags });
    }
  }
  return out;
}

function combine(kind: SourceObservation['kind'], mergerKind: Merger['kind'], entries: Array<Entry | undefined>): Entry | null {
  const flags = new Set<Flag>(entries.flatMap((e) => (e ? [...e.flags] : [])));
  if (kind === 'class') {
    // Eingliederung: the absorbing unit (first input) keeps its class
    if (mergerKind === 'Eingliederung') {
      const absorbing = entries[0];
      return absorbing ? { ...absorbing, flags: new Set(absorbing.flags), harmonised: true } : null;
    }
    if (entries.some((e) => !e)) return null;
    const values = new Set(entries.map((e) => e!.value));
    if (values.size !== 1) return null;
    return { ...entries[0]!, flags, harmonised: true };
  }
  if (entries.some((e) => !e)) return null;
  const present = entries as Entry[];
  if (kind === 'count') {
    return { value: sumDecimals(present.map((e) => e.value)), flags, harmonised: true, weight: () => null };
  }
  const parts = present.map((e) => e.fraction ?? fractionOf(e));
  if (parts.some((p) => p === null)) return null;
  const fraction = parts.reduce<Fraction>((a, p) => ({ num: a.num + p!.num, den: a.den + p!.den }), { num: 0n, den: 0n });
  if (fraction.den <= 0n) return null;
  return { value: roundShare(fraction), flags, harmonised: true, weight: () => Number(fraction.den), fraction };
}

/** A published share with its population weight as a fraction (null without weight). */
function fractionOf(e: Entry): Fraction | null {
  const w = e.weight();
  if (w === null || !Number.isInteger(w)) return null;
  const [int, frac = ''] = e.value.split('.');
  if (frac.length > SHARE_DECIMALS) throw new Error(`Anteil ${e.value} hat mehr als ${SHARE_DECIMALS} Nachkommastellen`);
  const scaled = BigInt(int! + frac.padEnd(SHARE_DECIMALS, '0'));
  return { num: scaled * BigInt(w), den: BigInt(w) };
}

/** The fraction rounded half up to 2 decimals, trailing zeros dropped ("45.40" → "45.4"). */
function roundShare({ num, den }: Fraction): string {
  const divisor = den * SHARE_SCALE;
  const hundredths = (2n * num * 100n + divisor) / (2n * divisor);
  const int = hundredths / 100n;
  const frac = (hundredths % 100n).toString().padStart(2, '0').replace(/0+$/, '');
  return frac ? `${int}.${frac}` : `${int}`;
}

/**
 * Weight of a Gemeinde share: its population at the latest reference date on or before the
 * period date on which it had the same territory as on the share's Gebietsstand.
 */
function populationWeights(population: readonly PopulationPoint[], mergers: readonly Merger[]) {
  const byAgs = new Map<string, PopulationPoint[]>();
  for (const p of population) {
    const list = byAgs.get(p.ags);
    if (list) list.push(p);
    else byAgs.set(p.ags, [p]);
  }
  for (const list of byAgs.values()) list.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
  return (ags: string, gebietsstand: string, date: string): number | null => {
    for (const p of byAgs.get(ags) ?? []) {
      if (p.date <= date && sameTerritory(ags, gebietsstand, p.gebietsstand, mergers)) return p.value;
    }
    return null;
  };
}
