// regions.csv: Land, Regierungsbezirke, Kreise and today's 425 Gemeinde units with names and areas.
import { sumDecimals } from './numbers.ts';
import type { Observation } from './observations.ts';
import type { GeoGemeinde, Topology } from './sources/geo.ts';

export const REGION_LEVELS = ['land', 'rb', 'kreis', 'gemeinde'] as const;
export type RegionLevel = (typeof REGION_LEVELS)[number];

export interface Region {
  ags: string;
  level: RegionLevel;
  name: string;
  /** Gemeinden: the official name on the Gebietsstand (Destatis), e.g. „Friedrichsdorf, Philipp-Reis-Stadt“; others: empty. */
  official_name: string;
  bez: string;
  /** Kreis the unit lies in (a Kreis row: itself); empty for RB and Land. */
  kreis: string;
  /** Regierungsbezirk the unit lies in (an RB row: itself); empty for the Land. */
  rb: string;
  /** km²; Gemeinden: official area at `areaPeriod`; others: sum of their inhabited Gemeinden. */
  area_km2: string;
  inhabited: boolean;
}

/**
 * Builds the region table. Gemeinde areas come from the `area_km2` observations of the latest
 * period; gemeindefreie Gebiete have no area and are excluded from the sums.
 */
export function buildRegions(
  gemeinden: readonly GeoGemeinde[],
  topology: Topology,
  observations: readonly Observation[],
  officialName: (g: GeoGemeinde) => string = (g) => g.name,
): { regions: Region[]; areaPeriod: string } {
  const areas = observations.filter((o) => o.measure === 'area_km2' && o.ags.length === 8);
  const areaPeriod = areas.reduce((p, o) => (o.period > p ? o.period : p), '');
  const area = new Map(areas.filter((o) => o.period === areaPeriod).map((o) => [o.ags, o.value]));

  const sumOf = (members: GeoGemeinde[]) => {
    const values = members.filter((g) => g.inhabited).map((g) => area.get(g.ags));
    return values.length > 0 && values.every((v) => v !== undefined) ? sumDecimals(values as string[]) : '';
  };

  const regions: Region[] = [];
  regions.push({ ags: topology.land.ags, level: 'land', name: topology.land.name, official_name: '', bez: topology.land.bez, kreis: '', rb: '', area_km2: sumOf([...gemeinden]), inhabited: true });
  for (const rb of topology.regierungsbezirke) {
    regions.push({ ags: rb.ags, level: 'rb', name: rb.name, official_name: '', bez: rb.bez, kreis: '', rb: rb.ags, area_km2: sumOf(gemeinden.filter((g) => g.rb === rb.ags)), inhabited: true });
  }
  for (const k of topology.kreise) {
    regions.push({ ags: k.ags, level: 'kreis', name: k.name, official_name: '', bez: k.bez, kreis: k.ags, rb: k.rb ?? '', area_km2: sumOf(gemeinden.filter((g) => g.kreis === k.ags)), inhabited: true });
  }
  for (const g of gemeinden) {
    regions.push({ ags: g.ags, level: 'gemeinde', name: g.name, official_name: officialName(g), bez: g.bez, kreis: g.kreis, rb: g.rb, area_km2: g.inhabited ? (area.get(g.ags) ?? '') : '', inhabited: g.inhabited });
  }
  const order = (r: Region) => REGION_LEVELS.indexOf(r.level);
  regions.sort((a, b) => order(a) - order(b) || (a.ags < b.ags ? -1 : a.ags > b.ags ? 1 : 0));
  return { regions, areaPeriod };
}
