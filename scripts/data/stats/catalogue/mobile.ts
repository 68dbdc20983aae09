// Mobile coverage indicators: the share of each land-use area of a Kreis covered per technology
// (Breitbandatlas area statistics, one value per Kreis).
import type { Indicator } from '../../../../src/lib/data/catalogue.ts';
import { AREA_ORDER, AREA_TYPES, GROUPS, LEVEL_NOTES, MOBILE_TECHS, MOBILE_TECH_ORDER } from '../definitions.ts';
import { indicator } from './indicator.ts';
import { latest, sorted, type MeasureInfo } from './measure-index.ts';

export function mobile(index: Map<string, MeasureInfo>): Indicator[] {
  const out: Indicator[] = [];
  for (const tech of MOBILE_TECH_ORDER) {
    for (const area of AREA_ORDER) {
      const id = `mob_${tech}_${area}`;
      const info = index.get(id);
      if (!info) continue;
      const periods = sorted(info.periods);
      const t = MOBILE_TECHS[tech]!;
      const a = AREA_TYPES[area]!;
      out.push(
        indicator({
          id,
          theme: 'digitalisierung',
          group: GROUPS.mobilfunkFlaeche,
          title: { de: `${t.label.de}: ${a.de}`, en: `${t.label.en}: ${a.en}` },
          short: { de: `${t.short.de} · ${a.de}`, en: `${t.short.en} · ${a.en}` },
          description: {
            de: `Anteil der Fläche der Nutzungsart „${a.de}“ im Kreis, die mit ${t.phrase.de} versorgt ist.`,
            en: `Share of the area of the land use "${a.en}" in the district that is covered by ${t.phrase.en}.`,
          },
          unit: { de: '% der Fläche', en: '% of area' },
          decimals: 1,
          // one value per Kreis; the schema has no pure "value" formula, a sum over one row is that value
          formula: { type: 'sum', measure: id },
          levels: ['kreis'],
          levelNotes: { gemeinde: LEVEL_NOTES.mobileGemeinde, rb: LEVEL_NOTES.noWeightsArea, land: LEVEL_NOTES.noWeightsArea },
          periods,
          defaultPeriod: latest(periods),
          scale: 'sequential',
          domain: [0, 100],
          sources: ['breitbandatlas'],
          notes: {
            de: `Mobilfunk-Flächenstatistik der Kreise aus dem Breitbandatlas, Stand Mitte 2021.${tech === 'mobil_alle' ? ' „Mobil Alle“ ist die Kategorie der Quelle für Versorgung mit irgendeiner Mobilfunktechnologie, ohne Bandbreitenangabe.' : ''}`,
            en: `Mobile area coverage statistics of the districts from the Breitbandatlas, mid-2021.${tech === 'mobil_alle' ? ' "Mobil Alle" is the source category for coverage by any mobile technology, bandwidth not stated.' : ''}`,
          },
        }),
      );
    }
  }
  return out;
}
