// Broadband indicators: household availability per Gemeinde (with published Kreis values where
// they exist), the Kreis-only technologies, and the 2021 Kreis file for businesses and schools.
import type { Indicator, Text } from '../../../../src/lib/data/catalogue.ts';
import { GROUPS, KREIS_ONLY_TECHS, LEVEL_NOTES, METHOD_BREAKS, TARGET_GROUP_LABELS, TECHNOLOGIES } from '../definitions.ts';
import { periodLabel } from '../periods.ts';
import { ALL_LEVELS, breakIf, indicator, join } from './indicator.ts';
import { byTech, latest, sorted, type MeasureInfo } from './measure-index.ts';

const WEIGHT_NOTE: Text = {
  de: 'Anteile der Haushalte werden für größere Gebiete mit der Einwohnerzahl gewichtet gemittelt (Haushaltszahlen liegen nicht vor), und zwar mit der Bevölkerung am letzten Stichtag an oder vor dem Datum der Periode.',
  en: 'Shares of households are averaged for larger areas weighted by population (household numbers are not available), using the population at the latest reference date on or before the date of the period.',
};

/** Where the Breitbandatlas publishes Kreis values, the Kreise show them (the mean of the Gemeinden differs by up to ≈ 3 points). */
function kreisNote(periods: string[]): Text {
  const list = (lang: 'de' | 'en') => periods.map((p) => periodLabel(p)[lang]).join(', ');
  return {
    de: `Kreise ${list('de')}: Werte der Kreisdateien des Breitbandatlas, wie veröffentlicht. Sonst und für Regierungsbezirke und Hessen berechnet (bevölkerungsgewichtetes Mittel der Gemeinden).`,
    en: `Districts ${list('en')}: values of the Breitbandatlas district files, as published. Otherwise, and for government regions and Hessen, computed (population-weighted mean of the municipalities).`,
  };
}

export function broadband(index: Map<string, MeasureInfo>, input: { harmonisedNames: readonly string[] }): Indicator[] {
  const merged = input.harmonisedNames.join(', ');
  const ids = [...index.keys()].filter((m) => m.startsWith('bb_')).sort(byTech('bb_'));
  return ids.map((id) => {
    const periods = sorted(index.get(id)!.periods);
    const [tech, mbps] = id.slice(3).split(/_(?=[^_]+$)/) as [string, string];
    const t = TECHNOLOGIES[tech];
    if (!t) throw new Error(`unbekannte Technologie in ${id}`);
    const any = mbps === 'any';
    const kreisMeasure = `bbk_${tech}_${mbps}`;
    const kreisPeriods = index.has(kreisMeasure) ? sorted(index.get(kreisMeasure)!.periods).filter((p) => periods.includes(p)) : [];
    return indicator({
      id,
      theme: 'digitalisierung',
      group: GROUPS.breitbandHaushalte,
      title: any
        ? { de: `Breitband: ${t.label.de} verfügbar (ohne Bandbreitenangabe)`, en: `Broadband: ${t.label.en} available (bandwidth not stated)` }
        : { de: `Breitband ≥ ${mbps} Mbit/s: ${t.label.de}`, en: `Broadband ≥ ${mbps} Mbit/s: ${t.label.en}` },
      short: any ? { de: `${t.label.de} (ohne Bandbreite)`, en: `${t.label.en} (no bandwidth)` } : { de: `≥ ${mbps} Mbit/s (${t.label.de})`, en: `≥ ${mbps} Mbit/s (${t.label.en})` },
      description: any
        ? { de: `Anteil der privaten Haushalte, für die ${t.phrase.de} verfügbar ist.`, en: `Share of private households for which ${t.phrase.en} is available.` }
        : {
            de: `Anteil der privaten Haushalte, für die ${t.phrase.de} mit mindestens ${mbps} Mbit/s verfügbar ist.`,
            en: `Share of private households for which ${t.phrase.en} with at least ${mbps} Mbit/s is available.`,
          },
      unit: { de: '% der Haushalte', en: '% of households' },
      decimals: 1,
      formula: { type: 'weighted', measure: id, weight: 'pop_total', ...(kreisPeriods.length ? { kreisMeasure } : {}) },
      levels: ALL_LEVELS,
      periods,
      defaultPeriod: latest(periods),
      scale: 'sequential',
      domain: [0, 100],
      sources: ['breitbandatlas', 'destatis', 'bbsr_gemeinden'],
      methodBreaks: [...breakIf(periods, '2014', METHOD_BREAKS.breitband2015), ...breakIf(periods, '2018', METHOD_BREAKS.breitband2018)],
      notes: join([
        kreisPeriods.length ? kreisNote(kreisPeriods) : null,
        WEIGHT_NOTE,
        {
          de: `Die Gemeindedateien des Breitbandatlas nutzen den Gebietsstand vor 2018: ${merged} sind harmonisiert (bevölkerungsgewichtete Mittel der Vorgängergemeinden, auf 2 Nachkommastellen gerundet). Historische Daten der Bundesnetzagentur mehrerer Betreiber: laut Bundesnetzagentur keine Zeitreihe im eigentlichen Sinn. Jahreswerte (bis 2018) vermutlich zum Jahresende.`,
          en: `The Breitbandatlas municipal files use the boundaries before 2018: ${merged} are harmonised (population-weighted means of the predecessor municipalities, rounded to 2 decimals). Historic data of the Federal Network Agency from several operators: according to the agency not a time series in the strict sense. Annual values (up to 2018) presumably refer to the end of the year.`,
        },
        any
          ? {
              de: 'DSL-Dateien 2005–2008 ohne Bandbreitenklasse; einige fehlerhafte Quellzellen (Datumswerte statt Zahlen) fehlen.',
              en: 'DSL files 2005–2008 without bandwidth class; a few corrupted source cells (dates instead of numbers) are missing.',
            }
          : null,
      ]),
    });
  });
}

export function broadbandKreise(index: Map<string, MeasureInfo>): Indicator[] {
  const ids = [...index.keys()]
    .filter((m) => m.startsWith('bbk_') && KREIS_ONLY_TECHS.has(m.slice(4).split(/_(?=[^_]+$)/)[0]!))
    .sort(byTech('bbk_'));
  return ids.map((id) => {
    const periods = sorted(index.get(id)!.periods);
    const [tech, mbps] = id.slice(4).split(/_(?=[^_]+$)/) as [string, string];
    const t = TECHNOLOGIES[tech]!;
    return indicator({
      id,
      theme: 'digitalisierung',
      group: GROUPS.breitbandKreise,
      title: { de: `${t.label.de} ≥ ${mbps} Mbit/s (Haushalte, Kreise)`, en: `${t.label.en} ≥ ${mbps} Mbit/s (households, districts)` },
      short: { de: `${t.label.de} ≥ ${mbps} Mbit/s`, en: `${t.label.en} ≥ ${mbps} Mbit/s` },
      description: {
        de: `Anteil der privaten Haushalte, für die ${t.phrase.de} mit mindestens ${mbps} Mbit/s verfügbar ist.`,
        en: `Share of private households for which ${t.phrase.en} with at least ${mbps} Mbit/s is available.`,
      },
      unit: { de: '% der Haushalte', en: '% of households' },
      decimals: 1,
      formula: { type: 'weighted', measure: id, weight: 'pop_total' },
      levels: ['kreis', 'rb', 'land'],
      levelNotes: { gemeinde: LEVEL_NOTES.kreisOnlyGemeinde },
      periods,
      defaultPeriod: latest(periods),
      scale: 'sequential',
      domain: [0, 100],
      sources: ['breitbandatlas', 'destatis', 'bbsr_gemeinden'],
      methodBreaks: breakIf(periods, '2018-06', METHOD_BREAKS.breitband2018),
      notes: join([
        {
          de: 'Aus den Kreisdateien des Breitbandatlas (Juni- und Dezemberstände).',
          en: 'From the Breitbandatlas district files (June and December releases).',
        },
        WEIGHT_NOTE,
      ]),
    });
  });
}

export function broadbandKreise2021(index: Map<string, MeasureInfo>): Indicator[] {
  const out: Indicator[] = [];
  for (const group of ['businesses', 'schools'] as const) {
    const prefix = `bbk21_${group}_`;
    const g = TARGET_GROUP_LABELS[group]!;
    const ids = [...index.keys()].filter((m) => m.startsWith(prefix)).sort(byTech(prefix));
    for (const id of ids) {
      const periods = sorted(index.get(id)!.periods);
      const [tech, mbps] = id.slice(prefix.length).split(/_(?=[^_]+$)/) as [string, string];
      const t = TECHNOLOGIES[tech]!;
      out.push(
        indicator({
          id,
          theme: 'digitalisierung',
          group: GROUPS.breitbandKreise2021,
          title: { de: `${g.label.de}: ≥ ${mbps} Mbit/s (${t.label.de})`, en: `${g.label.en}: ≥ ${mbps} Mbit/s (${t.label.en})` },
          short: { de: `${g.label.de} ≥ ${mbps} Mbit/s`, en: `${g.label.en} ≥ ${mbps} Mbit/s` },
          description: {
            de: `Anteil ${g.of.de}, für die ${t.phrase.de} mit mindestens ${mbps} Mbit/s verfügbar ist.`,
            en: `Share ${g.of.en} for which ${t.phrase.en} with at least ${mbps} Mbit/s is available.`,
          },
          unit: { de: `% ${g.of.de.replace(/ \(.*\)$/, '')}`, en: `% ${g.of.en.replace(/ \(.*\)$/, '')}` },
          decimals: 0,
          // one value per Kreis; the schema has no pure "value" formula, a sum over one row is that value
          formula: { type: 'sum', measure: id },
          levels: ['kreis'],
          levelNotes: {
            gemeinde: LEVEL_NOTES.kreisOnlyGemeinde,
            rb: group === 'businesses' ? LEVEL_NOTES.noWeightsBusinesses : LEVEL_NOTES.noWeightsSchools,
            land: group === 'businesses' ? LEVEL_NOTES.noWeightsBusinesses : LEVEL_NOTES.noWeightsSchools,
          },
          periods,
          defaultPeriod: latest(periods),
          scale: 'sequential',
          domain: [0, 100],
          sources: ['breitbandatlas'],
          notes: {
            de: 'Ganzzahlig gerundete Anteile aus der Kreisdatei 2021 des Breitbandatlas. Die Datei nennt kein Datum; die Werte stimmen nach Rundung mit dem Stand Juni 2021 überein und werden deshalb Juni 2021 zugeordnet.',
            en: 'Shares rounded to whole numbers from the Breitbandatlas district file 2021. The file states no date; after rounding the values agree with June 2021 and are therefore assigned to June 2021.',
          },
        }),
      );
    }
  }
  return out;
}
