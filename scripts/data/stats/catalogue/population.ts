// Population indicators: the Destatis series with its census breaks, density, share of women,
// the 2022 census and its difference to the update, and the annual BBSR Kreis series.
import type { Indicator, Text } from '../../../../src/lib/data/catalogue.ts';
import { GROUPS, LEVEL_NOTES, METHOD_BREAKS, type SourceFacts } from '../definitions.ts';
import { GEMEINDEFREI_AREA_MEASURE } from '../sources/gemeindefrei.ts';
import { ALL_LEVELS, breakIf, indicator, join } from './indicator.ts';
import { latest, sorted, type MeasureInfo } from './measure-index.ts';

export function population(index: Map<string, MeasureInfo>, input: { facts: SourceFacts; harmonisedNames: readonly string[] }): Indicator[] {
  const need = (m: string) => {
    const info = index.get(m);
    if (!info) throw new Error(`Messgröße ${m} fehlt in den Beobachtungen`);
    return info;
  };
  const total = sorted(need('pop_total').periods);
  const area = need('area_km2').periods;
  const female = need('pop_female').periods;
  const merged = input.harmonisedNames.join(', ');
  const basis: Text = {
    de: `Amtliche Einwohnerzahl am 31.12. (Bevölkerungsfortschreibung; Destatis GV-ISys, ${input.facts.bbsrGemeindeYears.join(' und ')} BBSR-Umstiegsschlüssel). Bis ${input.facts.census.lastBefore} Fortschreibung der Volkszählungen, ab ${input.facts.census.firstAfter} des Zensus 2011 (Bruch; auch die jüngsten Werte beruhen noch auf dem Zensus 2011, nicht auf dem Zensus 2022). Laut Destatis sind Ergebnisse ab 2016 wegen methodischer Änderungen nur eingeschränkt mit früheren vergleichbar. 2020 ist auf 10 Personen gerundet. Frühere Gemeinden sind auf den heutigen Gebietsstand summiert (${merged}); Kreise, Regierungsbezirke und Hessen sind Summen der Gemeinden.`,
    en: `Official population on 31 December (population updates; Destatis GV-ISys, ${input.facts.bbsrGemeindeYears.join(' and ')} BBSR conversion keys). Up to ${input.facts.census.lastBefore} based on earlier censuses, from ${input.facts.census.firstAfter} on the 2011 census (break; even the latest values still rest on the 2011 census, not on the 2022 census). According to Destatis, results from 2016 on are only partly comparable with earlier ones because of methodological changes. 2020 is rounded to 10 persons. Former municipalities are summed to today's boundaries (${merged}); districts, government regions and Hessen are sums of the municipalities.`,
  };
  const { lastBefore, firstAfter } = input.facts.census;
  const zensus = (periods: string[]) => breakIf(periods, lastBefore, METHOD_BREAKS.zensus2011(firstAfter));
  const densityPeriods = total.filter((p) => area.has(p));
  const femalePeriods = total.filter((p) => female.has(p));
  const annual = sorted(need('pop_total_bbsr').periods);
  const common = { theme: 'demografie' as const, group: GROUPS.bevoelkerung };
  return [
    indicator({
      ...common,
      id: 'bev',
      title: { de: 'Bevölkerung', en: 'Population' },
      short: { de: 'Einwohner', en: 'Population' },
      description: { de: 'Einwohnerinnen und Einwohner am 31.12. des Jahres.', en: 'Inhabitants on 31 December of the year.' },
      unit: { de: 'Einw.', en: 'inhabitants' },
      decimals: 0,
      formula: { type: 'sum', measure: 'pop_total' },
      levels: ALL_LEVELS,
      periods: total,
      defaultPeriod: latest(total),
      scale: 'sequential',
      sources: ['destatis', 'bbsr_gemeinden'],
      methodBreaks: zensus(total),
      otherBasis: 'bev_zensus2022',
      notes: basis,
    }),
    indicator({
      ...common,
      id: 'bev_veraenderung',
      title: { de: 'Bevölkerungsveränderung', en: 'Population change' },
      short: { de: 'Veränderung', en: 'Change' },
      description: { de: 'Veränderung der Einwohnerzahl zwischen Basisjahr und gewähltem Jahr in Prozent.', en: 'Change in population between the base year and the selected year, in per cent.' },
      unit: { de: '%', en: '%' },
      decimals: 1,
      formula: { type: 'change', measure: 'pop_total' },
      levels: ALL_LEVELS,
      periods: total,
      defaultPeriod: total.includes('2023') ? '2023' : latest(total),
      defaultBase: total.includes('2013') ? '2013' : total[0]!,
      scale: 'diverging',
      midpoint: 0,
      sources: ['destatis', 'bbsr_gemeinden'],
      methodBreaks: zensus(total),
      notes: join([
        basis,
        {
          de: `Veränderungen über den Zensus-Bruch (${lastBefore} → ${firstAfter}) enthalten die Zensuskorrektur und sind keine tatsächliche Entwicklung.`,
          en: `Changes across the census break (${lastBefore} → ${firstAfter}) include the census correction and are not an actual development.`,
        },
      ]),
    }),
    indicator({
      ...common,
      id: 'bev_dichte',
      title: { de: 'Bevölkerungsdichte', en: 'Population density' },
      short: { de: 'Dichte', en: 'Density' },
      description: { de: 'Einwohner je km² Fläche.', en: 'Inhabitants per km² of area.' },
      unit: { de: 'Einw./km²', en: 'inhabitants/km²' },
      decimals: 1,
      formula: { type: 'ratio', numerator: 'pop_total', denominator: 'area_km2', factor: 1, extraDenominator: GEMEINDEFREI_AREA_MEASURE },
      levels: ALL_LEVELS,
      periods: densityPeriods,
      defaultPeriod: latest(densityPeriods),
      scale: 'sequential',
      sources: ['destatis', 'bbsr_gemeinden'],
      methodBreaks: zensus(densityPeriods),
      notes: join([
        {
          de: 'Fläche laut Destatis zum jeweiligen Stichtag (ab 2014 aus ALKIS; Flächen davor und danach nur eingeschränkt vergleichbar). Kreise, Regierungsbezirke und Hessen: Einwohner je km² der ganzen Fläche einschließlich der unbewohnten gemeindefreien Gebiete, wie bei Destatis.',
          en: 'Area according to Destatis on each reference date (from 2014 from ALKIS; areas before and after are only partly comparable). Districts, government regions and Hessen: inhabitants per km² of the whole area including the uninhabited unincorporated areas, as Destatis does.',
        },
        basis,
      ]),
    }),
    indicator({
      ...common,
      id: 'bev_frauenanteil',
      title: { de: 'Frauenanteil', en: 'Share of women' },
      short: { de: 'Frauenanteil', en: 'Women' },
      description: { de: 'Anteil der Frauen an allen Einwohnern.', en: 'Share of women among all inhabitants.' },
      unit: { de: '%', en: '%' },
      decimals: 1,
      formula: { type: 'ratio', numerator: 'pop_female', denominator: 'pop_total', factor: 100 },
      levels: ALL_LEVELS,
      periods: femalePeriods,
      defaultPeriod: latest(femalePeriods),
      scale: 'sequential',
      domain: [0, 100],
      sources: ['destatis'],
      methodBreaks: zensus(femalePeriods),
      notes: join([
        {
          de: `Nur Stichtage mit Gliederung nach Geschlecht (nicht ${input.facts.bbsrGemeindeYears.join(' und ')}). 1983: Frauen = insgesamt − Männer (berechnet).`,
          en: `Only reference dates with a breakdown by sex (not ${input.facts.bbsrGemeindeYears.join(' and ')}). 1983: women = total − men (computed).`,
        },
        basis,
      ]),
    }),
    indicator({
      ...common,
      id: 'bev_zensus2022',
      title: { de: 'Bevölkerung laut Zensus 2022', en: 'Population according to the 2022 census' },
      short: { de: 'Einwohner (Zensus 2022)', en: 'Population (2022 census)' },
      description: {
        de: 'Einwohnerinnen und Einwohner am Zensusstichtag 15.05.2022: die neue Bevölkerungsbasis der amtlichen Statistik.',
        en: 'Inhabitants on the census day, 15 May 2022: the new population basis of official statistics.',
      },
      unit: { de: 'Einw.', en: 'inhabitants' },
      decimals: 0,
      formula: { type: 'sum', measure: 'pop_zensus2022' },
      levels: ALL_LEVELS,
      periods: sorted(need('pop_zensus2022').periods),
      defaultPeriod: latest(sorted(need('pop_zensus2022').periods)),
      scale: 'sequential',
      sources: ['zensus2022'],
      notes: {
        de: `Zensus 2022, Stichtag und Gebietsstand 15.05.2022 (die Periode „Mai 2022“ meint diesen Tag). Eine neue Basis: nicht mit der Fortschreibung auf Basis des Zensus 2011 („Bevölkerung“) als Entwicklung vergleichbar. Bromskirchen ist in Allendorf (Eder) summiert (${merged}); Kreise, Regierungsbezirke und Hessen sind Summen der Gemeinden.`,
        en: `2022 census, census day and boundaries of 15 May 2022 (the period "May 2022" means that day). A new basis: not comparable as a development with the update based on the 2011 census ("Population"). Bromskirchen is summed into Allendorf (Eder) (${merged}); districts, government regions and Hessen are sums of the municipalities.`,
      },
    }),
    indicator({
      ...common,
      id: 'bev_zensus_differenz',
      title: {
        de: 'Zensus 2022 gegenüber fortgeschriebener Bevölkerung (Basis Zensus 2011)',
        en: '2022 census against the updated population (2011 census basis)',
      },
      short: { de: 'Zensus 2022 ggü. Fortschreibung', en: 'Census 2022 vs. update' },
      description: {
        de: 'Wie viel mehr oder weniger Menschen der Zensus 2022 (15.05.2022) fand als die Fortschreibung auf Basis des Zensus 2011 zum 31.12.2021 angab, in Prozent.',
        en: 'How many more or fewer people the 2022 census (15 May 2022) found than the update based on the 2011 census stated for 31 Dec 2021, in per cent.',
      },
      unit: { de: '%', en: '%' },
      decimals: 1,
      formula: { type: 'change', measure: 'pop_zensus_vergleich' },
      levels: ALL_LEVELS,
      periods: sorted(need('pop_zensus_vergleich').periods),
      defaultPeriod: latest(sorted(need('pop_zensus_vergleich').periods)),
      defaultBase: sorted(need('pop_zensus_vergleich').periods)[0]!,
      scale: 'diverging',
      midpoint: 0,
      sources: ['zensus2022', 'destatis'],
      methodBreaks: breakIf(sorted(need('pop_zensus_vergleich').periods), '2021', METHOD_BREAKS.zensus2022),
      notes: {
        de: `Vergleich zweier Bevölkerungsbasen, keine Entwicklung: 100 · (Zensus 2022 am 15.05.2022 / fortgeschriebene Bevölkerung am 31.12.2021 − 1). Die Fortschreibung (Destatis GV-ISys, Basis Zensus 2011) ist der letzte Stand vor dem Zensusstichtag; zwischen beiden Tagen liegen 4½ Monate tatsächlicher Entwicklung. Kreise, Regierungsbezirke und Hessen aus den Summen ihrer Gemeinden; Bromskirchen in Allendorf (Eder) summiert.`,
        en: `A comparison of two population bases, not a development: 100 · (2022 census on 15 May 2022 / updated population on 31 Dec 2021 − 1). The update (Destatis GV-ISys, 2011 census basis) is the last one before the census day; 4½ months of actual development lie between the two dates. Districts, government regions and Hessen from the sums of their municipalities; Bromskirchen summed into Allendorf (Eder).`,
      },
    }),
    indicator({
      ...common,
      id: 'bev_kreis_jaehrlich',
      title: { de: `Bevölkerung jährlich ${annual[0]}–${latest(annual)} (BBSR)`, en: `Annual population ${annual[0]}–${latest(annual)} (BBSR)` },
      short: { de: 'Einwohner (jährlich)', en: 'Population (annual)' },
      description: { de: 'Einwohner der Kreise am 31.12. jedes Jahres (BBSR-Kreisreihe).', en: 'Inhabitants of the districts on 31 December of each year (BBSR district series).' },
      unit: { de: 'Einw.', en: 'inhabitants' },
      decimals: 0,
      formula: { type: 'sum', measure: 'pop_total_bbsr' },
      levels: ['kreis', 'rb', 'land'],
      levelNotes: { gemeinde: LEVEL_NOTES.kreisSeriesGemeinde },
      periods: annual,
      defaultPeriod: latest(annual),
      scale: 'sequential',
      sources: ['bbsr_kreise'],
      methodBreaks: breakIf(annual, '2011', METHOD_BREAKS.zensus2011Annual),
      notes: {
        de: `Vom BBSR in 1000 mit einer Nachkommastelle veröffentlicht, also auf 100 Personen gerundet; Regierungsbezirke und Hessen sind Summen der Kreise. 1990 fehlt, weil das BBSR-Blatt 1990 nicht mit Destatis 31.12.1990 übereinstimmt (Destatis-Wert siehe „Bevölkerung“). 2011 ist der letzte Wert vor dem Zensus 2011, ab 2012 auf Zensusbasis. Laut Destatis ab 2016 nur eingeschränkt vergleichbar.`,
        en: `Published by BBSR in thousands with one decimal, i.e. rounded to 100 persons; government regions and Hessen are sums of the districts. 1990 is omitted because the BBSR 1990 sheet does not match Destatis 31 Dec 1990 (for the Destatis value see "Population"). 2011 is the last value before the 2011 census, from 2012 on census-based. According to Destatis only partly comparable from 2016 on.`,
      },
    }),
  ];
}
