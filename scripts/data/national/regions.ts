// regions.csv and native_kreise.csv of the national data set: every unit of the BKG geometry
// (Gemeinden, 400 Kreise, 16 Länder) and one row for Germany; areas, as in Hessen, are sums of the
// inhabited Gemeinden (the density adds the gemeindefreie Gebiete through area_km2_gemeindefrei).
import type { Observation } from '../stats/observations.ts';
import type { Region } from '../stats/regions.ts';
import type { NativeKreis } from '../stats/gebietsstand.ts';

export interface GeoUnit {
  ags: string;
  name: string;
  bez: string;
}

export interface NationalGeo {
  gemeinden: GeoUnit[];
  kreise: GeoUnit[];
  laender: GeoUnit[];
}

export const BUND = 'DG';

const round2 = (v: number) => v.toFixed(2);

/** Regions of all levels; `official` = the GV-ISys name of a Gemeinde key. */
export function nationalRegions(
  geo: NationalGeo,
  observations: readonly Observation[],
  official: ReadonlyMap<string, string>,
  period: string,
): { regions: Region[]; nativeKreise: NativeKreis[] } {
  const area = new Map<string, number>();
  for (const o of observations) if (o.period === period && o.measure === 'area_km2') area.set(o.ags, Number(o.value));
  const inhabited = new Set(observations.filter((o) => o.measure === 'pop_total' && o.period === period).map((o) => o.ags));
  const sums = new Map<string, number>();
  const addTo = (key: string, v: number) => sums.set(key, (sums.get(key) ?? 0) + v);
  for (const g of geo.gemeinden) {
    const a = inhabited.has(g.ags) ? (area.get(g.ags) ?? 0) : 0;
    for (const key of [g.ags.slice(0, 5), g.ags.slice(0, 2), BUND]) addTo(key, a);
  }
  const regions: Region[] = [
    { ags: BUND, level: 'bund' as Region['level'], name: 'Deutschland', official_name: '', bez: 'Bund', kreis: '', rb: '', area_km2: round2(sums.get(BUND)!), inhabited: true },
    ...geo.laender.map((l) => ({ ags: l.ags, level: 'land' as const, name: l.name, official_name: '', bez: 'Land', kreis: '', rb: '', area_km2: round2(sums.get(l.ags)!), inhabited: true })),
    ...geo.kreise.map((k) => ({ ags: k.ags, level: 'kreis' as const, name: k.name, official_name: '', bez: k.bez, kreis: k.ags, rb: '', area_km2: round2(sums.get(k.ags)!), inhabited: true })),
    ...geo.gemeinden.map((g) => ({
      ags: g.ags,
      level: 'gemeinde' as const,
      name: g.name,
      official_name: official.get(g.ags) ?? g.name,
      bez: g.bez,
      kreis: g.ags.slice(0, 5),
      rb: '',
      area_km2: inhabited.has(g.ags) && area.has(g.ags) ? round2(area.get(g.ags)!) : '',
      inhabited: inhabited.has(g.ags),
    })),
  ].sort((a, b) => (a.ags < b.ags ? -1 : a.ags > b.ags ? 1 : 0));
  // Kreis values of the national set are all on today's Kreise: each Kreis is its own native unit
  const nativeKreise = geo.gemeinden.filter((g) => inhabited.has(g.ags)).map((g) => ({ gemeinde: g.ags, ags: g.ags.slice(0, 5), kreis: g.ags.slice(0, 5), rb: '' }));
  return { regions, nativeKreise };
}
