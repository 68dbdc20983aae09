// All observations on one Gebietsstand: Gemeinde measures harmonised, Kreis measures as published.
import { harmonise } from './harmonise.ts';
import { compareObservations, type Observation, type SourceObservation } from './observations.ts';
import * as bb from './sources/broadband.ts';
import { gemeindefreiAreaObservations } from './sources/gemeindefrei.ts';
import type { Sources } from './sources/index.ts';
import * as pop from './sources/population.ts';
import * as typ from './sources/typologies.ts';
import * as zensus from './sources/zensus.ts';

/** Gemeinde observations as published, each on the Gebietsstand of its source. */
export function gemeindeSourceObservations(s: Sources): SourceObservation[] {
  const population = pop.populationObservations(s.population, s.ctx);
  return [
    ...population,
    ...zensus.zensusObservations(s.zensus, population, s.ctx),
    ...bb.broadbandGemeindeObservations(s.bbGemeinden, s.ctx),
    ...typ.bbsrGemeindeObservations(s.bbsrGemeinden, s.ctx),
    ...typ.degurbaObservations(s.degurba, s.ctx),
  ];
}

/** Kreis observations (Kreise are unchanged 1983–2025, so no harmonisation). */
export function kreisObservations(s: Sources): Observation[] {
  return [
    ...pop.kreisSeriesObservations(s.kreisSeries),
    ...gemeindefreiAreaObservations(s.gemeindefreiAreas, new Map(s.gemeinden.map((g) => [g.ags, g.kreis]))),
    ...bb.broadbandKreisObservations(s.bbKreise),
    ...bb.broadbandKreis2021Observations(s.bbKreise2021),
    ...bb.mobileObservations(s.mobile),
    ...typ.bbsrKreisObservations(s.bbsrKreise),
  ];
}

/** Every observation on the Gebietsstand at `asOf` (ISO date), sorted by measure, ags, period. */
export function buildObservations(s: Sources, asOf: string): Observation[] {
  const gemeinden = harmonise(gemeindeSourceObservations(s), s.mergers, asOf, { population: pop.populationPoints(s.population) });
  const out = [...gemeinden, ...kreisObservations(s)].sort(compareObservations);
  for (let i = 1; i < out.length; i++) {
    if (compareObservations(out[i - 1]!, out[i]!) === 0) {
      const o = out[i]!;
      throw new Error(`doppelte Beobachtung ${o.measure} ${o.ags} ${o.period}`);
    }
  }
  return out;
}

/** German labels of every typology code, from the source files. */
export function classLabels(s: Sources): typ.ClassLabels {
  const labels = typ.classLabels(s.bbsrGemeinden, typ.BBSR_GEMEINDE_CLASSES);
  typ.classLabels(s.bbsrKreise, typ.BBSR_KREIS_CLASSES, labels);
  return typ.degurbaLabels(s.degurba, labels);
}
