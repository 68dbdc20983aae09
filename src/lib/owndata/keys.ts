// One key resolver for every way a planner's file names a unit: 8-digit AGS, AGS without its
// leading zero, 12-digit ARS, Kreis (5), RB (3), Land ("06"), old keys of merged or moved units
// (followed through the change list to today's unit) and names. It takes the region and change
// lists as input, so a new Gebietsstand only needs new lists.
import type { Level } from '../data/catalogue.ts';
import { normalName, type NameHint } from './names.ts';

export interface ResolverRegion {
  ags: string;
  level: Level;
  name: string;
  /** "Kreisfreie Stadt", "Landkreis", "Stadt", "Gemeinde", … */
  bez: string;
}

export interface ResolverChange {
  date: string;
  old_ags: string;
  old_name: string;
  new_ags: string;
  new_name: string;
}

export type KeyForm = 'ags' | 'agsLostZero' | 'ars' | 'arsLostZero' | 'name' | 'namePrefix' | 'choice';

export interface Candidate {
  ags: string;
  name: string;
  level: Level;
}

export type Resolution =
  | { status: 'current'; ags: string; level: Level; form: KeyForm }
  /** An old key or name: `ags` is today's unit, `old` the key the file used. */
  | { status: 'old'; ags: string; level: Level; form: KeyForm; old: string; oldName: string; date: string }
  /** A name that fits several units: the user chooses (answer under `question`). */
  | { status: 'ambiguous'; question: string; candidates: Candidate[] }
  | { status: 'unmatched'; reason: 'empty' | 'notHessen' | 'unknownKey' | 'unknownName' };

export interface ResolveOptions {
  /** Level that names refer to (keys carry their level). */
  nameLevel: Level;
  /** The user's answers to ambiguous names: question → AGS (or '' to leave the rows out). */
  choices?: ReadonlyMap<string, string>;
}

export interface KeyResolver {
  resolve(text: string, opts: ResolveOptions): Resolution;
  region(ags: string): ResolverRegion | undefined;
}

const HINT_BEZ: Record<NameHint, (r: ResolverRegion) => boolean> = {
  stadt: (r) => /stadt/i.test(r.bez),
  landkreis: (r) => /landkreis/i.test(r.bez),
  rb: (r) => r.level === 'rb',
  land: (r) => r.level === 'land',
};

/** Text of a key cell → digits of a key, or null if it is not written as a number. Excel's "6.411.000", "6411000.0", "'06411000" included. */
export function keyDigits(text: string): string | null {
  let s = text
    .trim()
    .replace(/^'/, '')
    .replace(/^"(.*)"$/, '$1');
  s = s.replace(/[\s\u00a0]/g, '');
  if (/^\d+[.,]0+$/.test(s)) s = s.replace(/[.,]0+$/, '');
  if (/^\d{1,3}([.,]\d{3})+$/.test(s)) s = s.replace(/[.,]/g, '');
  return /^\d+$/.test(s) ? s : null;
}

/** Digits → an AGS of the form it was written in (before looking it up). */
export function agsOf(digits: string): { ags: string; form: KeyForm } | { notHessen: true } | null {
  const d = digits;
  const lost = d.length === 7 || d.length === 11 || d.length === 4 || d === '6' || /^6[4-6]$/.test(d);
  const full = lost ? '0' + d : d;
  if (!full.startsWith('06')) return /^(0[1-9]|1[0-6])/.test(full) && [2, 3, 5, 8, 12].includes(full.length) ? { notHessen: true } : null;
  const lostForm = lost ? 'LostZero' : '';
  if (full.length === 12) return { ags: full.slice(0, 5) + full.slice(9), form: `ars${lostForm}` as KeyForm };
  if ([2, 3, 5, 8].includes(full.length)) return { ags: full, form: `ags${lostForm}` as KeyForm };
  return null;
}

export function createKeyResolver(regions: readonly ResolverRegion[], changes: readonly ResolverChange[]): KeyResolver {
  const byAgs = new Map(regions.map((r) => [r.ags, r]));
  const moves = new Map<string, ResolverChange[]>();
  for (const c of changes) moves.set(c.old_ags, [...(moves.get(c.old_ags) ?? []), c]);

  // Old key → today's units (a chain of changes is followed; a split gives several).
  const successors = (ags: string, depth = 0): string[] => {
    if (byAgs.has(ags)) return [ags];
    const next = moves.get(ags);
    if (!next || depth > 10) return [];
    return [...new Set(next.flatMap((c) => successors(c.new_ags, depth + 1)))];
  };

  type Entry = { region: ResolverRegion; old?: ResolverChange };
  const index = new Map<string, Entry[]>();
  const add = (level: Level, key: string, e: Entry) => {
    if (!key) return;
    const k = `${level}|${key}`;
    const list = index.get(k) ?? [];
    if (!list.some((x) => x.region.ags === e.region.ags && x.old?.old_ags === e.old?.old_ags)) list.push(e);
    index.set(k, list);
  };
  const indexName = (name: string, e: Entry) => {
    for (const variant of ['expand', 'drop'] as const) {
      const n = normalName(name, variant);
      add(e.region.level, `full|${n.full}`, e);
      add(e.region.level, `base|${n.base}`, e);
      add(e.region.level, `loose|${n.loose}`, e);
    }
  };
  for (const r of regions) indexName(r.name, { region: r });
  const formerNames = new Map<string, Entry[]>();
  for (const c of changes) {
    const targets = successors(c.new_ags);
    for (const t of targets) {
      const region = byAgs.get(t)!;
      const e = { region, old: c };
      for (const variant of ['expand', 'drop'] as const) {
        const k = `${region.level}|${normalName(c.old_name, variant).full}`;
        formerNames.set(k, [...(formerNames.get(k) ?? []), e]);
      }
    }
  }
  const looseKeys = [...index.keys()].filter((k) => k.split('|')[1] === 'loose');

  const fromEntries = (entries: Entry[], hints: Set<NameHint>, question: string, form: KeyForm): Resolution | null => {
    let list = entries;
    if (list.length > 1 && hints.size) {
      const narrowed = list.filter((e) => [...hints].every((h) => HINT_BEZ[h](e.region)));
      if (narrowed.length) list = narrowed;
    }
    const distinct = [...new Map(list.map((e) => [e.region.ags + (e.old?.old_ags ?? ''), e])).values()];
    if (distinct.length === 0) return null;
    if (distinct.length > 1)
      return {
        status: 'ambiguous',
        question,
        candidates: distinct.map((e) => ({ ags: e.region.ags, name: e.region.name, level: e.region.level })),
      };
    const e = distinct[0]!;
    return e.old
      ? { status: 'old', ags: e.region.ags, level: e.region.level, form, old: e.old.old_ags, oldName: e.old.old_name, date: e.old.date }
      : { status: 'current', ags: e.region.ags, level: e.region.level, form };
  };

  const byKey = (digits: string): Resolution | null => {
    const parsed = agsOf(digits);
    if (!parsed) return null;
    if ('notHessen' in parsed) return { status: 'unmatched', reason: 'notHessen' };
    const region = byAgs.get(parsed.ags);
    if (region) return { status: 'current', ags: region.ags, level: region.level, form: parsed.form };
    const next = successors(parsed.ags);
    const change = moves.get(parsed.ags)?.[0];
    if (next.length === 1 && change) {
      const r = byAgs.get(next[0]!)!;
      return { status: 'old', ags: r.ags, level: r.level, form: parsed.form, old: parsed.ags, oldName: change.old_name, date: change.date };
    }
    if (next.length > 1)
      return {
        status: 'ambiguous',
        question: `key|${parsed.ags}`,
        candidates: next.map((a) => ({ ags: a, name: byAgs.get(a)!.name, level: byAgs.get(a)!.level })),
      };
    return { status: 'unmatched', reason: 'unknownKey' };
  };

  const byName = (text: string, level: Level): Resolution => {
    const expanded = normalName(text, 'expand');
    const question = `${level}|${expanded.full}`;
    const tryVariant = (n: ReturnType<typeof normalName>): Resolution | null => {
      for (const kind of ['full', 'base', 'loose'] as const) {
        const hit = index.get(`${level}|${kind}|${n[kind]}`);
        const r = hit && fromEntries(hit, n.hints, question, 'name');
        if (r) return r;
      }
      const former = formerNames.get(`${level}|${n.full}`);
      const r = former && fromEntries(former, n.hints, question, 'name');
      if (r) return r;
      // A unique beginning of a name ("Frankfurt" → "Frankfurt am Main"); several are asked about.
      if (n.loose.length >= 3) {
        const prefix = `${level}|loose|${n.loose} `;
        const hits = looseKeys.filter((k) => k.startsWith(prefix)).flatMap((k) => index.get(k)!);
        const p = hits.length ? fromEntries(hits, n.hints, question, 'namePrefix') : null;
        if (p) return p;
      }
      return null;
    };
    return tryVariant(expanded) ?? tryVariant(normalName(text, 'drop')) ?? { status: 'unmatched', reason: 'unknownName' };
  };

  return {
    region: (ags) => byAgs.get(ags),
    resolve(text, opts) {
      const t = text.trim();
      if (!t) return { status: 'unmatched', reason: 'empty' };
      const digits = keyDigits(t);
      // A key with the name behind it ("06411000 Darmstadt") counts as the key.
      const lead = digits ? null : /^(\d[\d.]*)\s+\D/.exec(t);
      const key = digits ?? (lead ? keyDigits(lead[1]!) : null);
      let result = key ? byKey(key) : null;
      if (!result) result = /\p{L}/u.test(t) ? byName(t, opts.nameLevel) : { status: 'unmatched', reason: 'unknownKey' };
      if (result.status === 'ambiguous') {
        const chosen = opts.choices?.get(result.question);
        const region = chosen ? byAgs.get(chosen) : undefined;
        if (region) return { status: 'current', ags: region.ags, level: region.level, form: 'choice' };
      }
      return result;
    },
  };
}
