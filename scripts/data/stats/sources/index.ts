// Every source file the pipeline reads, parsed and validated in dependency order.
import { territorialChanges, type TerritorialChanges } from '../changes.ts';
import { checkContinuity } from '../continuity.ts';
import { parseCsv } from '../csv.ts';
import { SourceFileError } from '../errors.ts';
import type { Merger } from '../territory.ts';
import * as bb from './broadband.ts';
import type { Context } from './context.ts';
import * as curated from './curated.ts';
import * as dc from './destatis-changes.ts';
import * as gfg from './gemeindefrei.ts';
import * as strategy from './strategy.ts';
import * as geo from './geo.ts';
import * as pop from './population.ts';
import * as typ from './typologies.ts';
import * as zensus from './zensus.ts';

/** The files {@link buildContext} reads: the territorial changes, today's units and the population series. */
export const CONTEXT_FILES = [
  geo.CHANGES_FILE,
  dc.DESTATIS_LISTS_FILE,
  dc.DESTATIS_CHANGES_FILE,
  geo.GEO_GEMEINDEN_FILE,
  geo.TOPO_FILE,
  pop.POPULATION_FILE,
] as const;

/** Paths relative to the data directory, in the order they are validated (the largest file last). */
export const SOURCE_FILES = [
  ...CONTEXT_FILES,
  pop.KREIS_SERIES_FILE,
  zensus.ZENSUS_FILE,
  gfg.GEMEINDEFREI_AREA_FILE,
  bb.BB_KREISE_FILE,
  bb.BB_KREISE_2021_FILE,
  bb.MOBILE_FILE,
  typ.BBSR_GEMEINDEN_FILE,
  typ.BBSR_KREISE_FILE,
  typ.DEGURBA_FILE,
  curated.PROJECTIONS_FILE,
  curated.PROJECTS_FILE,
  strategy.STRATEGY_FILE,
  bb.BB_GEMEINDEN_FILE,
] as const;
export type SourceFile = (typeof SOURCE_FILES)[number];
export type SourceTexts = Readonly<Record<string, string | undefined>>;

export interface Sources {
  ctx: Context;
  mergers: Merger[];
  kreisChanges: geo.Changes['kreisChanges'];
  renamings: TerritorialChanges['renamings'];
  partTransfers: TerritorialChanges['partTransfers'];
  gemeinden: geo.GeoGemeinde[];
  topology: geo.Topology;
  population: pop.PopulationRow[];
  kreisSeries: pop.KreisSeriesRow[];
  zensus: zensus.ZensusRow[];
  gemeindefreiAreas: gfg.GemeindefreiAreaRow[];
  bbGemeinden: ReturnType<typeof bb.parseBroadbandGemeinden>;
  bbKreise: ReturnType<typeof bb.parseBroadbandKreise>;
  bbKreise2021: ReturnType<typeof bb.parseBroadbandKreise2021>;
  mobile: ReturnType<typeof bb.parseMobile>;
  bbsrGemeinden: typ.ClassRow[];
  bbsrKreise: typ.ClassRow[];
  degurba: typ.DegurbaRow[];
  projections: curated.ProjectionRow[];
  projects: curated.ProjectRow[];
  strategy: strategy.StrategyRow[];
}

function need(texts: SourceTexts, file: string): string {
  const t = texts[file];
  if (t === undefined) throw new SourceFileError(file, 'Datei fehlt');
  return t;
}

/** Whether a Gemeinde key has a row in the population series on a Gebietsstand before `date` (read unvalidated). */
function existedBefore(populationText: string): (ags: string, date: string) => boolean {
  const first = new Map<string, string>();
  for (const { cells } of parseCsv(pop.POPULATION_FILE, populationText, ['ags', 'gebietsstand'])) {
    const d = first.get(cells.ags!);
    if (d === undefined || cells.gebietsstand! < d) first.set(cells.ags!, cells.gebietsstand!);
  }
  return (ags, date) => (first.get(ags) ?? date) < date;
}

/** Today's units, their predecessors and the 26 Kreise, checked for consistency between the geo files. */
export function buildContext(
  texts: SourceTexts,
): Pick<Sources, 'ctx' | 'mergers' | 'kreisChanges' | 'renamings' | 'partTransfers' | 'gemeinden' | 'topology'> {
  const { mergers, kreisChanges, renamings, partTransfers, fileOf } = territorialChanges(
    geo.parseChanges(need(texts, geo.CHANGES_FILE)),
    dc.parseDestatisChanges(need(texts, dc.DESTATIS_CHANGES_FILE)),
    dc.parseDestatisLists(need(texts, dc.DESTATIS_LISTS_FILE)),
    existedBefore(need(texts, pop.POPULATION_FILE)),
  );
  const gemeinden = geo.parseGeoGemeinden(need(texts, geo.GEO_GEMEINDEN_FILE));
  const topology = geo.parseTopology(need(texts, geo.TOPO_FILE));
  const kreisRb = new Map(topology.kreise.map((k) => [k.ags, k.rb]));
  for (const g of gemeinden) {
    if (kreisRb.get(g.kreis) !== g.rb) {
      throw new SourceFileError(geo.TOPO_FILE, `Kreis ${g.kreis} (von ${g.ags} in ${geo.GEO_GEMEINDEN_FILE}) fehlt oder liegt nicht im Regierungsbezirk ${g.rb}`);
    }
  }
  const kreise = new Set(gemeinden.map((g) => g.kreis));
  const unused = topology.kreise.find((k) => !kreise.has(k.ags));
  if (unused) throw new SourceFileError(geo.TOPO_FILE, `Kreis ${unused.ags} hat keine Gemeinde in ${geo.GEO_GEMEINDEN_FILE}`);
  const today = new Set(gemeinden.map((g) => g.ags));
  for (const m of mergers) {
    // the successor of the last merger of a unit must be one of today's units
    if (!mergers.some((x) => x.oldAgs === m.newAgs) && !today.has(m.newAgs)) {
      throw new SourceFileError(fileOf(m.oldAgs), `Nachfolger ${m.newAgs} ist keine heutige Gemeinde`);
    }
  }
  const ctx: Context = {
    gemeinden: new Set([...today, ...mergers.map((m) => m.oldAgs)]),
    gemeindefrei: new Set(gemeinden.filter((g) => !g.inhabited).map((g) => g.ags)),
    kreise,
    mergers,
  };
  return { ctx, mergers, kreisChanges, renamings, partTransfers, gemeinden, topology };
}

/**
 * Parses and validates all sources; throws at the first bad row. The series with one Gebietsstand per
 * period (population, DEGURBA) are checked for keys that appear or vanish without a territorial change.
 */
export function parseSources(texts: SourceTexts): Sources {
  const base = buildContext(texts);
  const { ctx } = base;
  const population = pop.parsePopulation(need(texts, pop.POPULATION_FILE), ctx);
  checkContinuity(pop.POPULATION_FILE, population.map((r) => ({ ags: r.ags, name: r.name, period: r.year, gebietsstand: r.gebietsstand })), base.mergers, base.kreisChanges);
  const degurba = typ.parseDegurba(need(texts, typ.DEGURBA_FILE), ctx);
  checkContinuity(typ.DEGURBA_FILE, degurba.map((r) => ({ ags: r.ags, name: r.name, period: r.year, gebietsstand: typ.degurbaGebietsstand(r.year) })), base.mergers, base.kreisChanges);
  return {
    ...base,
    population,
    kreisSeries: pop.parseKreisSeries(need(texts, pop.KREIS_SERIES_FILE), ctx),
    zensus: zensus.parseZensus2022(need(texts, zensus.ZENSUS_FILE), ctx),
    gemeindefreiAreas: gfg.parseGemeindefreiAreas(need(texts, gfg.GEMEINDEFREI_AREA_FILE), ctx),
    bbKreise: bb.parseBroadbandKreise(need(texts, bb.BB_KREISE_FILE), ctx),
    bbKreise2021: bb.parseBroadbandKreise2021(need(texts, bb.BB_KREISE_2021_FILE), ctx),
    mobile: bb.parseMobile(need(texts, bb.MOBILE_FILE), ctx),
    bbsrGemeinden: typ.parseBbsrGemeinden(need(texts, typ.BBSR_GEMEINDEN_FILE), ctx),
    bbsrKreise: typ.parseBbsrKreise(need(texts, typ.BBSR_KREISE_FILE), ctx),
    degurba,
    projections: curated.parseProjections(need(texts, curated.PROJECTIONS_FILE), ctx),
    projects: curated.parseProjects(need(texts, curated.PROJECTS_FILE), ctx),
    strategy: strategy.parseStrategy(need(texts, strategy.STRATEGY_FILE), ctx),
    bbGemeinden: bb.parseBroadbandGemeinden(need(texts, bb.BB_GEMEINDEN_FILE), ctx),
  };
}
