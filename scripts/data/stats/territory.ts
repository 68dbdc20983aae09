// Gemeinde mergers in Hessen (gebietsaenderungen_hessen.csv) and which units exist on a date.

export type MergerKind = 'Eingliederung' | 'Zusammenschluss';

/** One predecessor of a merger, effective from `date` (ISO), the first day of the new Gebietsstand. */
export interface Merger {
  date: string;
  oldAgs: string;
  oldName: string;
  newAgs: string;
  newName: string;
  kind: MergerKind;
}

/**
 * Whether a Gemeinde key denotes a unit on the Gebietsstand of `date` (ISO): it has not been merged
 * away by then, and if it was created by a Zusammenschluss, that has happened by then.
 */
export function existsAt(ags: string, date: string, mergers: readonly Merger[]): boolean {
  for (const m of mergers) {
    if (m.oldAgs === ags && m.date <= date) return false;
    if (m.newAgs === ags && m.kind === 'Zusammenschluss' && m.date > date) return false;
  }
  return true;
}

/**
 * Whether the unit `ags` has the same territory on the Gebietsstände `a` and `b`, i.e. no merger
 * involving it took effect in between.
 */
export function sameTerritory(ags: string, a: string, b: string, mergers: readonly Merger[]): boolean {
  const [lo, hi] = a <= b ? [a, b] : [b, a];
  return !mergers.some((m) => (m.oldAgs === ags || m.newAgs === ags) && m.date > lo && m.date <= hi);
}

/** Units of `universe` that exist on `date`. */
export function unitsAt(universe: Iterable<string>, date: string, mergers: readonly Merger[]): string[] {
  return [...universe].filter((a) => existsAt(a, date, mergers)).sort();
}

/** Mergers grouped by (date, new unit), in date order: one step each. */
export function mergerSteps(mergers: readonly Merger[]): Array<{ date: string; newAgs: string; kind: MergerKind; oldAgs: string[] }> {
  const steps = new Map<string, { date: string; newAgs: string; kind: MergerKind; oldAgs: string[] }>();
  for (const m of mergers) {
    const key = `${m.date}|${m.newAgs}`;
    const s = steps.get(key) ?? { date: m.date, newAgs: m.newAgs, kind: m.kind, oldAgs: [] };
    if (s.kind !== m.kind) throw new Error(`Gebietsänderung ${m.date} ${m.newAgs}: uneinheitliche Art`);
    s.oldAgs.push(m.oldAgs);
    steps.set(key, s);
  }
  return [...steps.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.newAgs < b.newAgs ? -1 : 1));
}
