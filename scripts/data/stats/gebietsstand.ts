// The Kreis membership on one Gebietsstand: Kreis changes of whole Gemeinden (Hanau kreisfrei from
// 01.01.2026, new key 06415000) applied to Gemeinde keys, Kreise, and the Kreis-native sources.
import { compareObservations, type Observation } from './observations.ts';
import type { Changes, GeoGemeinde, NamedUnit, Topology } from './sources/geo.ts';

export type KreisChange = Changes['kreisChanges'][number];

/**
 * A unit Kreis-native observations are keyed by (the Kreise of the published Kreis files,
 * 2023–2025), with the Kreis of this Gebietsstand that has the same territory ('' if none) and its
 * Regierungsbezirk: a value of the old Main-Kinzig-Kreis still counts towards RB Darmstadt and
 * Hessen (same territory as new MKK + Hanau), but is no Kreis value on the Gebietsstand 2026.
 */
export interface NativeKreis {
  /** A Gemeinde (key on this Gebietsstand) of the unit: the unit's population weights its shares. */
  gemeinde: string;
  ags: string;
  kreis: string;
  rb: string;
}

export interface Gebietsstand {
  asOf: string;
  gemeinden: GeoGemeinde[];
  topology: Topology;
  /** The Gemeinde's key on this Gebietsstand (e.g. 06435014 → 06415000 from 2026). */
  gemeindeKey: (ags: string) => string;
  /** Kreise whose territory differs from the Kreis files' Gebietsstand (2026: 06415, 06435). */
  changedKreise: ReadonlySet<string>;
  nativeKreise: NativeKreis[];
  /** Applied Kreis changes, oldest first. */
  applied: KreisChange[];
}

/** Applies every Kreis change effective on or before `asOf` (ISO) to the units of 2023–2025. */
export function gebietsstandAt(gemeinden: readonly GeoGemeinde[], topology: Topology, kreisChanges: readonly KreisChange[], asOf: string): Gebietsstand {
  const applied = kreisChanges.filter((c) => c.date <= asOf).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const newKey = new Map(applied.map((c) => [c.oldAgs, c.newAgs]));
  const gemeindeKey = (ags: string) => newKey.get(ags) ?? ags;
  const changedKreise = new Set(applied.flatMap((c) => [c.oldAgs.slice(0, 5), c.newAgs.slice(0, 5)]));
  let kreise: NamedUnit[] = topology.kreise;
  if (applied.length) {
    if (!topology.kreise2026) throw new Error(`Gebietsstand ${asOf}: geo/hessen-gemeinden.topo.json hat kein Objekt kreise_2026`);
    kreise = topology.kreise2026;
  }
  const rbOf = new Map(kreise.map((k) => [k.ags, k.rb ?? '']));
  const moved = gemeinden.map((g) => {
    const ags = gemeindeKey(g.ags);
    if (ags === g.ags) return g;
    const kreis = ags.slice(0, 5);
    const rb = rbOf.get(kreis);
    if (!rb) throw new Error(`Gebietsstand ${asOf}: Kreis ${kreis} von ${ags} fehlt in kreise_2026`);
    return { ...g, ags, kreis, rb };
  });
  const used = new Set(moved.map((g) => g.kreis));
  const unused = kreise.find((k) => !used.has(k.ags));
  if (unused) throw new Error(`Gebietsstand ${asOf}: Kreis ${unused.ags} hat keine Gemeinde`);
  for (const k of used) if (!rbOf.has(k)) throw new Error(`Gebietsstand ${asOf}: Kreis ${k} fehlt in der Topologie`);
  const kreisNow = new Set(kreise.map((k) => k.ags));
  const unit = new Map(topology.kreise.map((k) => [k.ags, { kreis: kreisNow.has(k.ags) && !changedKreise.has(k.ags) ? k.ags : '', rb: k.rb ?? '' }]));
  const nativeKreise = gemeinden
    .filter((g) => g.inhabited)
    .map((g) => ({ gemeinde: gemeindeKey(g.ags), ags: g.kreis, ...unit.get(g.kreis)! }))
    .sort((a, b) => (a.gemeinde < b.gemeinde ? -1 : a.gemeinde > b.gemeinde ? 1 : 0));
  return {
    asOf,
    gemeinden: moved.sort((a, b) => (a.ags < b.ags ? -1 : a.ags > b.ags ? 1 : 0)),
    topology: { ...topology, kreise },
    gemeindeKey,
    changedKreise,
    nativeKreise,
    applied,
  };
}

/** Gemeinde observations rekeyed to the Gebietsstand (values unchanged), sorted again. */
export function rekeyObservations(observations: readonly Observation[], gs: Gebietsstand): Observation[] {
  if (!gs.applied.length) return [...observations];
  return observations.map((o) => (o.ags.length === 8 ? { ...o, ags: gs.gemeindeKey(o.ags) } : o)).sort(compareObservations);
}
