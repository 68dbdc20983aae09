// The national observations: GV-ISys (31.12.2023 population on the Gebietsstand 31.12.2024) and
// Zensus 2022, put on the geometry's keys with the change lists; everything not exact is reported.
import type { Observation } from '../stats/observations.ts';
import { crosswalk, umsteigen, type ChangeRow, type CrosswalkResult, type Mapped } from './crosswalk.ts';

export interface NationalInput {
  /** Gemeinden of the geometry: key → gemeindefrei? */
  geometry: ReadonlyMap<string, { gemeindefrei: boolean }>;
  gv: Array<Record<string, string>>;
  zensus: Array<Record<string, string>>;
  changes: ChangeRow[];
  /** BBSR Umstiegsschlüssel rows (bbsr_umstieg_gemeinden.csv). */
  umstieg: Array<Record<string, string>>;
  /** GV-ISys 31.12.2021 Gemeinde rows. */
  gv2021: Array<Record<string, string>>;
}

/** What could not be put exactly on the geometry's keys, for the build log and SOURCES. */
export interface Report {
  lines: string[];
  /** Keys of the geometry without a population value / source keys without geometry. */
  withoutValue: string[];
  withoutGeometry: string[];
}

/** Gebietsstand of the GV-ISys extract used (its population is of 31.12.2023). */
export const GV_GEBIETSSTAND = '2024-12-31';
export const GV_PERIOD = '2023';
export const ZENSUS_DATE = '2022-05-15';
export const ZENSUS_PERIOD = '2022-05';

const GV_MEASURES = [
  { measure: 'pop_total', column: 'pop_total', digits: 0, weight: (c: ChangeRow) => c.population },
  { measure: 'pop_male', column: 'pop_male', digits: 0, weight: (c: ChangeRow) => c.population },
  { measure: 'pop_female', column: 'pop_female', digits: 0, weight: (c: ChangeRow) => c.population },
  { measure: 'area_km2', column: 'area_km2', digits: 2, weight: (c: ChangeRow) => c.areaM2 },
] as const;

function observe(measure: string, period: string, cw: CrosswalkResult, keep: (ags: string) => boolean, digits: number): Observation[] {
  return [...cw.values]
    .filter(([ags]) => keep(ags))
    .map(([ags, m]) => ({
      measure,
      ags,
      period,
      value: m.value.toFixed(digits),
      flags: m.estimated ? ['computed' as const] : m.from.length > 1 ? ['harmonised' as const] : [],
    }));
}

function describe(name: string, cw: CrosswalkResult, input: NationalInput, report: Report): void {
  const geo = input.geometry;
  const noGeo = [...cw.values.keys()].filter((k) => !geo.has(k)).sort();
  const noVal = [...geo.keys()].filter((k) => !cw.values.has(k) && !geo.get(k)!.gemeindefrei).sort();
  const harmonised = [...cw.values].filter(([, m]) => m.from.length > 1 && !m.estimated);
  const estimated = [...cw.values].filter(([, m]) => m.estimated);
  report.withoutGeometry.push(...noGeo.map((k) => `${name} ${k}`));
  report.withoutValue.push(...noVal.map((k) => `${name} ${k}`));
  report.lines.push(
    `${name}: ${harmonised.length} Gemeinden zusammengefasst (harmonised: ${harmonised.map(([k, m]) => `${k} ← ${m.from.join('+')}`).join(', ') || '–'}); ` +
      `${cw.split.length} aufgeteilte Gemeinden (${cw.split.join(', ') || '–'}), Anteile nach den Personen/m² der Änderungsliste geschätzt bei ${estimated.map(([k]) => k).join(', ') || '–'} (computed); ` +
      `${cw.partial.length} Teilausgliederungen unverändert übernommen (${cw.partial.map((c) => `${c.kennziffer} ${c.oldAgs}→${c.newAgs} ${c.population ?? 0} P.`).join(', ') || '–'}); ` +
      `ohne Geometrie: ${noGeo.join(', ') || '–'}; Geometrie ohne Wert (bewohnt): ${noVal.join(', ') || '–'}`,
  );
}

/** The BBSR Umstieg years from `gebietsstand` on to 31.12.2023, then the Destatis lists of 2024–02/2025. */
function viaBbsr(source: ReadonlyMap<string, number>, gebietsstand: string, input: NationalInput, weight: 'population_weight' | 'area_weight', digits: number, split: (c: ChangeRow) => number | null) {
  let values: ReadonlyMap<string, number | Mapped> = source;
  const missing: string[] = [];
  const years = [...new Set(input.umstieg.map((r) => r.gebietsstand!))].filter((g) => g >= gebietsstand).sort();
  for (const year of years) {
    const rows = input.umstieg.filter((r) => r.gebietsstand === year).map((r) => ({ key: r.ags!, targetKey: r.target_ags!, weight: Number(r[weight]) }));
    const step = umsteigen(values, rows, digits);
    missing.push(...step.missing);
    values = step.values;
  }
  const last = input.umstieg.filter((r) => r.gebietsstand === years[years.length - 1]).map((r) => r.target_gebietsstand!)[0]!;
  return { ...crosswalk(values, input.changes, last, { weight: split, digits }), missing };
}

export function nationalObservations(input: NationalInput): { observations: Observation[]; report: Report } {
  const report: Report = { lines: [], withoutValue: [], withoutGeometry: [] };
  const observations: Observation[] = [];
  const inGeo = (ags: string) => input.geometry.has(ags);
  const gemeindefrei = (ags: string) => input.geometry.get(ags)?.gemeindefrei ?? false;
  const gv = input.gv.filter((r) => r.ags!.length === 8);
  const pop = new Map(gv.map((r) => [r.ags!, Number(r.pop_total || 0)]));
  // inhabited: a Gemeinde, or a gemeindefreies Gebiet with inhabitants (Lohheide, Osterheide)
  const inhabited = (ags: string) => inGeo(ags) && (!gemeindefrei(ags) || (pop.get(ags) ?? 0) > 0);
  for (const m of GV_MEASURES) {
    const source = new Map(gv.filter((r) => r[m.column] !== '').map((r) => [r.ags!, Number(r[m.column])]));
    const cw = crosswalk(source, input.changes, GV_GEBIETSSTAND, { weight: m.weight, digits: m.digits });
    if (m.measure === 'pop_total') describe(`GV-ISys ${GV_PERIOD} (${m.measure})`, cw, input, report);
    observations.push(...observe(m.measure, GV_PERIOD, cw, inhabited, m.digits));
    if (m.measure === 'area_km2') {
      // the uninhabited gemeindefreie Gebiete: their area counts towards Kreis, Land and Bund
      const byKreis = new Map<string, number>();
      for (const [ags, v] of cw.values) if (inGeo(ags) && !inhabited(ags)) byKreis.set(ags.slice(0, 5), (byKreis.get(ags.slice(0, 5)) ?? 0) + v.value);
      for (const [kreis, v] of byKreis) observations.push({ measure: 'area_km2_gemeindefrei', ags: kreis, period: GV_PERIOD, value: v.toFixed(2), flags: [] });
    }
  }
  // earlier years on today's keys through the BBSR Umstiegsschlüssel: 2020 (BBSR, in 100 → rounded to 10), 2021 (GV-ISys), 2022 (BBSR)
  const firstRow = (g: string) => new Map(input.umstieg.filter((r) => r.gebietsstand === g && r.population !== '').map((r) => [r.ags!, Number(r.population)]));
  const earlier = [
    { period: '2020', measure: 'pop_total', source: firstRow('2020-12-31'), gs: '2020-12-31', weight: 'population_weight', digits: 0, rounded: true },
    ...GV_MEASURES.map((m) => ({
      period: '2021',
      measure: m.measure,
      source: new Map(input.gv2021.filter((r) => r.ags!.length === 8 && r[m.column] !== '').map((r) => [r.ags!, Number(r[m.column])])),
      gs: '2021-12-31',
      weight: m.measure === 'area_km2' ? ('area_weight' as const) : ('population_weight' as const),
      digits: m.digits,
      rounded: false,
    })),
    { period: '2022', measure: 'pop_total', source: firstRow('2022-12-31'), gs: '2022-12-31', weight: 'population_weight', digits: 0, rounded: false },
  ] as const;
  for (const e of earlier) {
    const split = GV_MEASURES.find((m) => m.measure === e.measure)!.weight;
    const r = viaBbsr(e.source, e.gs, input, e.weight, e.digits, split);
    if (e.measure === 'pop_total') {
      describe(`${e.period} (${e.measure}, BBSR-Umstieg ab ${e.gs})`, r, input, report);
      report.lines.push(`  ohne Umstiegszeile: ${r.missing.join(', ') || '–'}`);
    }
    const obs = observe(e.measure, e.period, r, inhabited, e.digits);
    observations.push(...(e.rounded ? obs.map((o) => ({ ...o, flags: [...o.flags, 'rounded_10' as const] })) : obs));
  }
  const zensus = new Map(input.zensus.filter((r) => r.ags!.length === 8).map((r) => [r.ags!, Number(r.pop_zensus2022)]));
  const zcw = crosswalk(zensus, input.changes, ZENSUS_DATE, { weight: (c) => c.population, digits: 0 });
  describe(`Zensus 2022 (pop_zensus2022)`, zcw, input, report);
  const census = observe('pop_zensus2022', ZENSUS_PERIOD, zcw, inGeo, 0);
  // the comparison of the two bases (bev_zensus_differenz): the 2021 update beside the census
  const before = observations.filter((o) => o.measure === 'pop_total' && o.period === '2021');
  observations.push(...census, ...[...before, ...census].map((o) => ({ ...o, measure: 'pop_zensus_vergleich' })));
  return { observations, report };
}
