// catalogue.json: indicators with periods and levels taken from the observations, validated with
// the app's schema before it is written.
import { Catalogue, type Indicator, type Level, type MethodBreak, type Reference, type Text } from '../../../src/lib/data/catalogue.ts';
import {
  AREA_ORDER, AREA_TYPES, CLASS_DEFINITIONS, GROUPS, KREIS_ONLY_TECHS, LEVEL_NOTES, METHOD_BREAKS, MOBILE_TECHS,
  MOBILE_TECH_ORDER, TARGET_GROUP_LABELS, TECH_ORDER, TECHNOLOGIES, sourceDefinitions, type SourceFacts,
} from './definitions.ts';
import type { Observation } from './observations.ts';
import { englishDate, germanDate, periodDate, periodLabel } from './periods.ts';
import { GEMEINDEFREI_AREA_MEASURE } from './sources/gemeindefrei.ts';
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

interface MeasureInfo {
  periods: Set<string>;
  levels: Set<'gemeinde' | 'kreis'>;
  /** Distinct values, kept for typologies only (their category codes). */
  codes: Set<string>;
}

const ALL_LEVELS: Level[] = ['gemeinde', 'kreis', 'rb', 'land'];

function measureIndex(observations: readonly Observation[]): Map<string, MeasureInfo> {
  const index = new Map<string, MeasureInfo>();
  for (const o of observations) {
    let m = index.get(o.measure);
    if (!m) index.set(o.measure, (m = { periods: new Set(), levels: new Set(), codes: new Set() }));
    m.periods.add(o.period);
    if (o.measure in CLASS_DEFINITIONS) m.codes.add(o.value);
    m.levels.add(o.ags.length === 8 ? 'gemeinde' : 'kreis');
  }
  return index;
}

const sorted = (s: Iterable<string>) => [...s].sort();
const latest = (periods: string[]) => periods[periods.length - 1]!;
const join = (parts: Array<Text | null>): Text => {
  const present = parts.filter((p): p is Text => p !== null);
  return { de: present.map((p) => p.de).join(' '), en: present.map((p) => p.en).join(' ') };
};

/** A method break after `after` if the indicator has periods on both sides of it. */
function breakIf(periods: string[], after: string, label: Text): MethodBreak[] {
  return periods.some((p) => p <= after) && periods.some((p) => p > after) ? [{ after, label }] : [];
}

/** Orders "bb_alle_16" style ids by technology, then bandwidth ("any" first). */
function techOrder(id: string, prefix: string): [number, number] {
  const [tech, mbps] = id.slice(prefix.length).split(/_(?=[^_]+$)/) as [string, string];
  return [TECH_ORDER.indexOf(tech), mbps === 'any' ? -1 : Number(mbps)];
}

function byTech(prefix: string) {
  return (a: string, b: string) => {
    const [ta, ma] = techOrder(a, prefix);
    const [tb, mb] = techOrder(b, prefix);
    return ta - tb || ma - mb;
  };
}

function indicator(i: Omit<Indicator, 'levelNotes' | 'methodBreaks' | 'domain'> & Partial<Pick<Indicator, 'levelNotes' | 'methodBreaks' | 'domain'>>): Indicator {
  return {
    id: i.id,
    theme: i.theme,
    group: i.group,
    title: i.title,
    short: i.short,
    description: i.description,
    unit: i.unit,
    decimals: i.decimals,
    formula: i.formula,
    levels: i.levels,
    levelNotes: i.levelNotes ?? {},
    periods: i.periods,
    defaultPeriod: i.defaultPeriod,
    ...(i.defaultBase ? { defaultBase: i.defaultBase } : {}),
    scale: i.scale,
    ...(i.midpoint !== undefined ? { midpoint: i.midpoint } : {}),
    domain: i.domain ?? null,
    ...(i.categories ? { categories: i.categories } : {}),
    sources: i.sources,
    methodBreaks: i.methodBreaks ?? [],
    ...(i.otherBasis ? { otherBasis: i.otherBasis } : {}),
    notes: i.notes,
  };
}

function population(index: Map<string, MeasureInfo>, input: CatalogueInput): Indicator[] {
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

function broadband(index: Map<string, MeasureInfo>, input: CatalogueInput): Indicator[] {
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

function broadbandKreise(index: Map<string, MeasureInfo>): Indicator[] {
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

function broadbandKreise2021(index: Map<string, MeasureInfo>): Indicator[] {
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

function mobile(index: Map<string, MeasureInfo>): Indicator[] {
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

function typologies(index: Map<string, MeasureInfo>, labels: ClassLabels): Indicator[] {
  return Object.entries(CLASS_DEFINITIONS).map(([id, def]) => {
    const info = index.get(id);
    if (!info) throw new Error(`Messgröße ${id} fehlt in den Beobachtungen`);
    const periods = sorted(info.periods);
    const fileLabels = labels.get(id) ?? new Map<string, string>();
    // categories: only the codes that occur in the observations
    const categories = [...info.codes]
      .sort((a, b) => Number(a) - Number(b))
      .map((code) => {
        const de = fileLabels.get(code);
        const en = def.en[code];
        if (!de || !en) throw new Error(`${id}: Bezeichnung für Code ${code} fehlt`);
        return { code: Number(code), label: { de, en } };
      });
    const gemeinde = def.level === 'gemeinde';
    return indicator({
      id,
      theme: 'stadt_land',
      group: def.group,
      title: def.title,
      short: def.short,
      description: def.description,
      unit: { de: 'Typ', en: 'type' },
      decimals: 0,
      formula: { type: 'category', measure: id },
      levels: [def.level],
      levelNotes: gemeinde
        ? { kreis: LEVEL_NOTES.gemeindeTypeAbove, rb: LEVEL_NOTES.gemeindeTypeAbove, land: LEVEL_NOTES.gemeindeTypeAbove }
        : { gemeinde: LEVEL_NOTES.kreisTypeGemeinde, rb: LEVEL_NOTES.kreisTypeAbove, land: LEVEL_NOTES.kreisTypeAbove },
      periods,
      defaultPeriod: latest(periods),
      scale: 'categorical',
      categories,
      sources: def.sources,
      notes: def.notes,
    });
  });
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
