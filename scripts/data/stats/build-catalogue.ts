// catalogue.json: indicators with periods and levels taken from the observations, validated with
// the app's schema before it is written. Each indicator family is built in ./catalogue/.
import { Catalogue, type Reference, type Text } from '../../../src/lib/data/catalogue.ts';
import { broadband, broadbandKreise, broadbandKreise2021 } from './catalogue/broadband.ts';
import { join } from './catalogue/indicator.ts';
import { measureIndex, sorted } from './catalogue/measure-index.ts';
import { mobile } from './catalogue/mobile.ts';
import { population } from './catalogue/population.ts';
import { typologies } from './catalogue/typologies.ts';
import { sourceDefinitions, type SourceFacts } from './definitions.ts';
import type { Observation } from './observations.ts';
import { englishDate, germanDate, periodDate, periodLabel } from './periods.ts';
import type { ClassLabels } from './sources/typologies.ts';

export interface CatalogueInput {
  observations: readonly Observation[];
  labels: ClassLabels;
  facts: SourceFacts;
  /**
   * Said on every Kreis-only indicator when Kreise changed after the Kreis files' Gebietsstand
   * (2026: their values for the old Main-Kinzig-Kreis are not shown for MKK and Hanau).
   */
  kreisOnlyNote?: Text;
  /** until: null while no later change is known. */
  gebietsstand: { from: string; until: string | null; gemeinden: number; kreise: number; rb: number };
  /** Names of Gemeinden whose values are sums or means of predecessors. */
  harmonisedNames: string[];
  /** Strategy statements with their citation. */
  references: Reference[];
}

/** Builds and validates the catalogue (throws with the schema's message if it does not parse). */
export function buildCatalogue(input: CatalogueInput): Catalogue {
  const index = measureIndex(input.observations);
  const g = input.gebietsstand;
  const periods = sorted(new Set(input.observations.map((o) => o.period))).map((id) => ({ id, date: periodDate(id), label: periodLabel(id) }));
  const catalogue = {
    gebietsstand: {
      de: `Gebietsstand ${g.until ? `${germanDate(g.from)}–${germanDate(g.until)}` : `ab ${germanDate(g.from)}`}: ${g.gemeinden} Gemeinden, ${g.kreise} Kreise, ${g.rb} Regierungsbezirke`,
      en: `Territorial status ${g.until ? `${englishDate(g.from)} – ${englishDate(g.until)}` : `from ${englishDate(g.from)}`}: ${g.gemeinden} municipalities, ${g.kreise} districts, ${g.rb} government regions`,
    },
    sources: sourceDefinitions(input.facts),
    periods,
    indicators: [
      ...population(index, input),
      ...broadband(index, input),
      ...broadbandKreise(index),
      ...broadbandKreise2021(index),
      ...mobile(index),
      ...typologies(index, input.labels),
    ],
    references: input.references,
  };
  const note = input.kreisOnlyNote;
  if (note) catalogue.indicators = catalogue.indicators.map((i) => (i.levels.includes('gemeinde') ? i : { ...i, notes: join([i.notes, note]) }));
  const r = Catalogue.safeParse(catalogue);
  if (!r.success) {
    const issue = r.error.issues[0]!;
    throw new Error(`catalogue.json: ${issue.path.join('.')}: ${issue.message}`);
  }
  return r.data;
}
