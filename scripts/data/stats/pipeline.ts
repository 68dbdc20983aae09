// The whole statistics build as a pure function of the source texts: parse → validate → harmonise →
// measures → serialised outputs.
import { buildCatalogue } from './build-catalogue.ts';
import type { SourceFacts } from './definitions.ts';
import { buildObservations, classLabels } from './measures.ts';
import type { Observation } from './observations.ts';
import { dayBefore, periodLabel } from './periods.ts';
import { officialNames } from './names.ts';
import { buildRegions } from './regions.ts';
import { PROJECT_COLUMNS, PROJECTION_COLUMNS } from './sources/curated.ts';
import { parseSources, type SourceTexts, type Sources } from './sources/index.ts';
import { GEMEINDEFREI_AREA_MEASURE } from './sources/gemeindefrei.ts';
import { strategyReferences } from './sources/strategy.ts';
import { unitsAt } from './territory.ts';
import { changesCsv, nativeKreiseCsv, observationsCsv, regionsCsv, tableCsv } from './write.ts';
import { gebietsstandAt, rekeyObservations, type Gebietsstand } from './gebietsstand.ts';
import type { Text } from '../../../src/lib/data/catalogue.ts';

/** The app's default Gebietsstand: 01.01.2026 (27 Kreise, Hanau kreisfrei). */
export const DEFAULT_AS_OF = '2026-01-01';
/** The Gebietsstand 01.01.2023–31.12.2025 (26 Kreise), for comparison with older publications. */
export const AS_OF_2025 = '2025-12-31';

export const OUTPUT_FILES = [
  'observations.csv',
  'regions.csv',
  'native_kreise.csv',
  'changes.csv',
  'projects.csv',
  'projections.csv',
  'catalogue.json',
] as const;
export type OutputFile = (typeof OUTPUT_FILES)[number];

export interface StatsSummary {
  asOf: string;
  gebietsstand: string;
  observations: number;
  measures: number;
  indicators: number;
  regions: number;
  periods: number;
  /** Output file → size in bytes. */
  bytes: Record<OutputFile, number>;
}

export interface PipelineResult {
  files: Record<OutputFile, string>;
  summary: StatsSummary;
}

const ZENSUS_2011 = 'Zensus2011-Fortschreibung';

function span(values: Iterable<string>): [string, string] {
  const s = [...new Set(values)].sort();
  if (s.length === 0) throw new Error('leere Reihe');
  return [s[0]!, s[s.length - 1]!];
}

function sourceFacts(s: Sources, observations: readonly Observation[]): SourceFacts {
  const bbPeriods = span(observations.filter((o) => /^(bb|bbk|bbk21|mob)_/.test(o.measure)).map((o) => o.period));
  return {
    destatisYears: span(s.population.filter((r) => r.source.startsWith('Destatis')).map((r) => r.year)),
    bbsrGemeindeYears: [...new Set(s.population.filter((r) => r.source.startsWith('BBSR')).map((r) => r.year))].sort(),
    bbsrKreisYears: span(observations.filter((o) => o.measure === 'pop_total_bbsr').map((o) => o.period)),
    breitbandPeriods: [periodLabel(bbPeriods[0]), periodLabel(bbPeriods[1])],
    census: {
      lastBefore: span(s.population.filter((r) => r.pop_basis !== ZENSUS_2011).map((r) => r.year))[1],
      firstAfter: span(s.population.filter((r) => r.pop_basis === ZENSUS_2011).map((r) => r.year))[0],
    },
  };
}

/** What a Kreis-only indicator says on a later Gebietsstand (2026: Hanau left the Main-Kinzig-Kreis). */
function kreisOnlyNote(gs: Gebietsstand): Text {
  const names = (ags: string[]) => ags.map((a) => gs.topology.kreise.find((k) => k.ags === a)?.name ?? a).join(' und ');
  const changed = names([...gs.changedKreise].sort().reverse());
  return {
    de: `Nur je Kreis veröffentlicht, für die Kreise von 2023–2025: ${changed} haben hier keinen Wert, denn der veröffentlichte Wert gilt dem Kreis in seinen Grenzen von 2023–2025 (siehe Gebietsstand 2023–2025); Regierungsbezirk und Hessen enthalten ihn.`,
    en: `Published per district only, for the districts of 2023–2025: ${changed.replaceAll(' und ', ' and ')} have no value here, because the published value is that of the district within its 2023–2025 boundaries (see territorial status 2023–2025); government region and Hessen include it.`,
  };
}

/** Builds every output from the source texts (keys: paths relative to the data directory). */
export function runPipeline(texts: SourceTexts, asOf: string = DEFAULT_AS_OF): PipelineResult {
  const s = parseSources(texts);
  const today = s.gemeinden.map((g) => g.ags).sort();
  const expected = unitsAt(new Set([...today, ...s.mergers.map((m) => m.oldAgs)]), asOf, s.mergers);
  if (today.join() !== expected.join()) throw new Error(`asOf ${asOf} passt nicht zum Gebietsstand von geo/hessen-gemeinden.csv`);

  const gs = gebietsstandAt(s.gemeinden, s.topology, s.kreisChanges, asOf);
  const observations = rekeyObservations(buildObservations(s, asOf), gs);
  const leaked = observations.find((o) => s.ctx.gemeindefrei.has(o.ags) && o.measure !== GEMEINDEFREI_AREA_MEASURE);
  if (leaked) throw new Error(`gemeindefreies Gebiet ${leaked.ags} hat eine Beobachtung (${leaked.measure})`);

  // names: the official one of the Gebietsstand (Destatis), the BKG spelling shown unless a renaming changed it
  const names = officialNames(s.population, s.renamings);
  const sourceKey = new Map(s.gemeinden.map((g) => [gs.gemeindeKey(g.ags), g.ags]));
  const gemeinden = gs.gemeinden.map((g) => ({ ...g, name: names.display(sourceKey.get(g.ags) ?? g.ags, g.name, asOf) }));
  const { regions } = buildRegions(gemeinden, gs.topology, observations, (g) => names.at(sourceKey.get(g.ags) ?? g.ags, asOf) ?? g.name);
  const changeDates = [...s.mergers, ...s.kreisChanges].map((c) => c.date).sort();
  const from = changeDates.filter((d) => d <= asOf).pop() ?? changeDates[0]!;
  const next = changeDates.find((d) => d > asOf);
  const applied = s.mergers.filter((m) => m.date <= asOf).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const catalogue = buildCatalogue({
    observations,
    labels: classLabels(s),
    facts: sourceFacts(s, observations),
    gebietsstand: {
      from,
      until: next ? dayBefore(next) : null,
      gemeinden: s.gemeinden.filter((g) => g.inhabited).length,
      kreise: gs.topology.kreise.length,
      rb: s.topology.regierungsbezirke.length,
    },
    harmonisedNames: [...new Set(applied.map((m) => m.newName))],
    ...(gs.applied.length ? { kreisOnlyNote: kreisOnlyNote(gs) } : {}),
    references: strategyReferences(s.strategy),
  });

  const files: Record<OutputFile, string> = {
    'observations.csv': observationsCsv(observations),
    'regions.csv': regionsCsv(regions),
    'native_kreise.csv': nativeKreiseCsv(gs.nativeKreise),
    'changes.csv': changesCsv([...s.mergers, ...gs.applied]),
    // a project of Hanau (06435014 in the sources) belongs to 06415000 from 2026
    'projects.csv': tableCsv(
      PROJECT_COLUMNS,
      s.projects.map((p) => ({ ...p, ags: p.ags.split('|').map(gs.gemeindeKey).join('|') })),
    ),
    // a figure published for a Kreis whose territory changed since (old Main-Kinzig-Kreis) is not its value today
    'projections.csv': tableCsv(
      PROJECTION_COLUMNS,
      s.projections.filter((p) => !(p.level === 'kreis' && gs.changedKreise.has(p.ags))),
    ),
    'catalogue.json': `${JSON.stringify(catalogue, null, 2)}\n`,
  };
  const bytes = Object.fromEntries(OUTPUT_FILES.map((f) => [f, Buffer.byteLength(files[f], 'utf8')])) as Record<OutputFile, number>;
  return {
    files,
    summary: {
      asOf,
      gebietsstand: catalogue.gebietsstand.de,
      observations: observations.length,
      measures: new Set(observations.map((o) => o.measure)).size,
      indicators: catalogue.indicators.length,
      regions: regions.length,
      periods: catalogue.periods.length,
      bytes,
    },
  };
}
