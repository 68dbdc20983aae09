// Puts values published on an older Gebietsstand onto the geometry's keys with the Destatis change
// lists: a dissolved Gemeinde's value goes to the one it joined (sum, exact: flag `harmonised`), a
// key change moves the value; partial-area transfers cannot be redone exactly and are only reported.

export interface ChangeRow {
  kennziffer: string;
  /** Statistical effective date (ISO). */
  date: string;
  oldAgs: string;
  oldName: string;
  newAgs: string;
  newName: string;
  /** Änderungsart codes: 1 Auflösung, 2 Teilausgliederung, 3 Schlüsseländerung, 4 Namensänderung. */
  kinds: string[];
  areaM2: number | null;
  population: number | null;
}

export interface Mapped {
  value: number;
  /** Keys of the source whose values were summed (itself included); more than one = harmonised. */
  from: string[];
  /** Holds a share of a split Gemeinde, estimated from the change list's figures (not exact). */
  estimated: boolean;
}

export interface CrosswalkResult {
  values: Map<string, Mapped>;
  /** Partial-area transfers after the source's date: values kept as published, not exact. */
  partial: ChangeRow[];
  /** Dissolved Gemeinden split between several receivers (their value shared out by `splitWeight`). */
  split: string[];
}

/** Shares `value` by `weights`, rounded to `digits` decimals with the largest remainders, so the parts sum to it. */
export function share(value: number, weights: readonly number[], digits: number): number[] {
  const f = 10 ** digits;
  const total = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (value * f * w) / total);
  const parts = exact.map(Math.floor);
  let left = Math.round(value * f) - parts.reduce((a, b) => a + b, 0);
  const order = exact.map((e, i) => [e - Math.floor(e), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) if (left-- > 0) parts[i]! += 1;
  return parts.map((p) => p / f);
}

export const changeRow = (r: Record<string, string>): ChangeRow => ({
  kennziffer: r.kennziffer!,
  date: r.date!,
  oldAgs: r.old_ags!,
  oldName: r.old_name!,
  newAgs: r.new_ags!,
  newName: r.new_name!,
  kinds: r.kinds!.split(' '),
  areaM2: r.area_m2 ? Number(r.area_m2) : null,
  population: r.population ? Number(r.population) : null,
});

const start = (source: ReadonlyMap<string, number | Mapped>) =>
  new Map<string, Mapped>([...source].map(([k, v]) => [k, typeof v === 'number' ? { value: v, from: [k], estimated: false } : v]));

/** A row of a BBSR Umstiegsschlüssel: the share `weight` of unit `key` lies in `targetKey` one year later. */
export interface UmstiegRow {
  key: string;
  targetKey: string;
  weight: number;
}

/**
 * One year of a BBSR Umstiegsschlüssel: a unit going wholly to one target moves (summed with the
 * others going there: exact), a unit split between targets is shared by the weights (estimated).
 * Units without a row are returned in `missing`.
 */
export function umsteigen(source: ReadonlyMap<string, number | Mapped>, rows: readonly UmstiegRow[], digits: number): { values: Map<string, Mapped>; missing: string[] } {
  const byKey = new Map<string, UmstiegRow[]>();
  for (const r of rows) byKey.set(r.key, [...(byKey.get(r.key) ?? []), r]);
  const values = new Map<string, Mapped>();
  const missing: string[] = [];
  const add = (key: string, m: Mapped) => {
    const t = values.get(key);
    values.set(key, t ? { value: t.value + m.value, from: [...t.from, ...m.from], estimated: t.estimated || m.estimated } : m);
  };
  for (const [key, m] of start(source)) {
    const to = byKey.get(key);
    if (!to) missing.push(key);
    else if (to.length === 1 && to[0]!.weight === 1) add(to[0]!.targetKey, m);
    else {
      const parts = share(m.value, to.map((r) => r.weight), digits);
      to.forEach((r, i) => add(r.targetKey, { value: parts[i]!, from: m.from, estimated: m.value !== 0 }));
    }
  }
  return { values, missing };
}

/** Applies every change with a statistical date after `sourceDate` (ISO), in date order. */
export function crosswalk(
  source: ReadonlyMap<string, number | Mapped>,
  changes: readonly ChangeRow[],
  sourceDate: string,
  split: { weight: (c: ChangeRow) => number | null; digits: number },
): CrosswalkResult {
  const values = start(source);
  const later = changes.filter((c) => c.date > sourceDate).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const receivers = new Map<string, Set<string>>();
  for (const c of later) if (c.kinds.includes('1')) receivers.set(`${c.date}|${c.oldAgs}`, (receivers.get(`${c.date}|${c.oldAgs}`) ?? new Set()).add(c.newAgs));
  const partial: ChangeRow[] = [];
  const splits: string[] = [];
  const add = (key: string, m: Mapped) => {
    const target = values.get(key);
    values.set(key, target ? { value: target.value + m.value, from: [...target.from, ...m.from], estimated: target.estimated || m.estimated } : m);
  };
  for (const c of later) {
    const moves = c.kinds.includes('1') || (c.kinds.includes('3') && c.oldAgs !== c.newAgs);
    if (!moves) {
      if (c.kinds.includes('2') && c.oldAgs !== c.newAgs) partial.push(c);
      continue;
    }
    const old = values.get(c.oldAgs);
    if (!old) continue;
    values.delete(c.oldAgs);
    if ((receivers.get(`${c.date}|${c.oldAgs}`)?.size ?? 1) > 1) {
      // every row of the split: share the value by the list's figures (persons or m² moved)
      const rows = later.filter((r) => r.date === c.date && r.oldAgs === c.oldAgs && r.kinds.includes('1'));
      const weights = rows.map((r) => split.weight(r) ?? 0);
      const parts = weights.some((w) => w > 0) ? share(old.value, weights, split.digits) : rows.map(() => (old.value === 0 ? 0 : NaN));
      rows.forEach((r, i) => Number.isNaN(parts[i]) || add(r.newAgs, { value: parts[i]!, from: old.from, estimated: old.value !== 0 }));
      splits.push(c.oldAgs);
      continue;
    }
    add(c.newAgs, old);
  }
  return { values, partial, split: splits };
}
