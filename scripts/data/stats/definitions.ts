// Words of the catalogue: sources with their credit lines, groups, labels and indicator texts
// (German first, English second). Numbers never appear here; periods and levels come from the data.
import type { Source, Text } from '../../../src/lib/data/catalogue.ts';
import { englishDate } from './periods.ts';

export interface SourceFacts {
  /** First and last reference year of the Destatis GV-ISys extracts used. */
  destatisYears: [string, string];
  /** Years of the BBSR Gemeinde population (Umstiegsschlüssel ab 2020). */
  bbsrGemeindeYears: string[];
  /** First and last year of the BBSR annual Kreis series. */
  bbsrKreisYears: [string, string];
  /** First and last period of the Breitbandatlas data, as labels. */
  breitbandPeriods: [Text, Text];
  /** Last Gemeinde population year before, and first year on the Zensus 2011 basis (column pop_basis). */
  census: { lastBefore: string; firstAfter: string };
}

const DL_DE_BY = { de: 'Datenlizenz Deutschland – Namensnennung – Version 2.0 (dl-de/by-2-0)', en: 'Data licence Germany – attribution – version 2.0 (dl-de/by-2-0)' };
const DL_DE_BY_URL = 'https://www.govdata.de/dl-de/by-2-0';
// stats/SOURCES.md §2: the BBSR files state no licence; BBSR offers them publicly with this attribution.
const BBSR_LICENCE = {
  de: 'Nutzung mit Quellenangabe „© BBSR Bonn, Laufende Raumbeobachtung / Raumabgrenzungen“',
  en: 'Use with attribution “© BBSR Bonn, Laufende Raumbeobachtung / Raumabgrenzungen”',
};
/** Year-end dates: "31.12.2023" and "31 Dec 2023". */
const yearEnd = (y: string): Text => ({ de: `31.12.${y}`, en: englishDate(`${y}-12-31`) });
const yearEnds = (years: readonly string[], lang: keyof Text): string => years.map((y) => yearEnd(y)[lang]).join(', ');
const yearEndSpan = (a: string, b: string, lang: keyof Text): string => (lang === 'de' ? `${yearEnd(a).de}–${yearEnd(b).de}` : `${yearEnd(a).en} – ${yearEnd(b).en}`);

const BBSR_UMSTIEG_URL = 'https://www.bbsr.bund.de/BBSR/DE/forschung/raumbeobachtung/umstiegsschluessel/umstiegsschluessel.html';

export function sourceDefinitions(f: SourceFacts): Source[] {
  return [
    {
      id: 'bkg',
      name: { de: 'BKG, Verwaltungsgebiete 1:250 000 (VG250)', en: 'BKG, administrative areas 1:250,000 (VG250)' },
      credit: {
        de: 'Verwaltungsgrenzen: © BKG (2026) dl-de/by-2-0 (Daten verändert), Datenquellen: https://sgx.geodatenzentrum.de/web_public/gdz/datenquellen/datenquellen_vg_nuts.pdf',
        en: 'Administrative boundaries: © BKG (2026) dl-de/by-2-0 (data modified), data sources: https://sgx.geodatenzentrum.de/web_public/gdz/datenquellen/datenquellen_vg_nuts.pdf',
      },
      licence: DL_DE_BY,
      licenceUrl: DL_DE_BY_URL,
      url: 'https://www.bkg.bund.de',
      stand: {
        de: 'VG250 Ebenen, Stand 01.01. (Ausgabe 2024 oder 2025); Gebietsstand 01.01.2023–31.12.2025',
        en: 'VG250 layers as of 1 Jan (2024 or 2025 edition); territorial status 1 Jan 2023 – 31 Dec 2025',
      },
    },
    {
      id: 'destatis',
      name: {
        de: 'Statistisches Bundesamt (Destatis), Gemeindeverzeichnis-Informationssystem GV-ISys',
        en: 'Federal Statistical Office (Destatis), municipality directory GV-ISys',
      },
      credit: {
        de: `Quelle: Statistisches Bundesamt (Destatis), GV-ISys, Gebietsstand ${yearEndSpan(...f.destatisYears, 'de')}; eigene Aufbereitung`,
        en: `Source: Federal Statistical Office (Destatis), GV-ISys, territorial status ${yearEndSpan(...f.destatisYears, 'en')}; own processing`,
      },
      licence: {
        de: `${DL_DE_BY.de}; „Vervielfältigung und Verbreitung, auch auszugsweise, mit Quellenangabe gestattet“`,
        en: `${DL_DE_BY.en}; copying and distribution, also in extracts, permitted with attribution`,
      },
      licenceUrl: DL_DE_BY_URL,
      url: 'https://www.destatis.de/DE/Themen/Laender-Regionen/Regionales/Gemeindeverzeichnis/_inhalt.html',
      stand: {
        de: `${yearEndSpan(...f.destatisYears, 'de')} (jeweiliger Gebietsstand)`,
        en: `${yearEndSpan(...f.destatisYears, 'en')} (territorial status of each date)`,
      },
    },
    {
      id: 'zensus2022',
      name: {
        de: 'Zensus 2022, Bevölkerung der Gemeinden (Stichtag 15.05.2022), GENESIS-Tabelle 1000A-0000',
        en: '2022 census, population of the municipalities (census day 15 May 2022), GENESIS table 1000A-0000',
      },
      credit: {
        de: 'Zensus 2022, Statistische Ämter des Bundes und der Länder, dl-de/by-2-0',
        en: 'Census 2022, Statistical Offices of the Federation and the Länder, dl-de/by-2-0',
      },
      licence: DL_DE_BY,
      licenceUrl: DL_DE_BY_URL,
      url: 'https://ergebnisse.zensus2022.de',
      stand: { de: 'Stichtag und Gebietsstand 15.05.2022', en: 'census day and territorial status 15 May 2022' },
    },
    {
      id: 'bbsr_gemeinden',
      name: { de: 'BBSR, Umstiegsschlüssel Gemeinden ab 2020', en: 'BBSR, municipal conversion keys from 2020' },
      credit: {
        de: `© BBSR Bonn, Laufende Raumbeobachtung, Umstiegsschlüssel Gemeinden (Bevölkerung ${yearEnds(f.bbsrGemeindeYears, 'de')})`,
        en: `© BBSR Bonn, Laufende Raumbeobachtung, Umstiegsschlüssel Gemeinden (municipal conversion keys; population ${yearEnds(f.bbsrGemeindeYears, 'en')})`,
      },
      licence: BBSR_LICENCE,
      url: BBSR_UMSTIEG_URL,
      stand: { de: yearEnds(f.bbsrGemeindeYears, 'de'), en: yearEnds(f.bbsrGemeindeYears, 'en') },
    },
    {
      id: 'bbsr_kreise',
      name: { de: 'BBSR, Umstiegsschlüssel Kreise 1990–2020 (Kreisgebietsstand 2021)', en: 'BBSR, district conversion keys 1990–2020 (districts of 2021)' },
      credit: {
        de: `© BBSR Bonn, Laufende Raumbeobachtung, Umstiegsschlüssel Kreise (Bevölkerung ${f.bbsrKreisYears[0]}–${f.bbsrKreisYears[1]})`,
        en: `© BBSR Bonn, Laufende Raumbeobachtung, Umstiegsschlüssel Kreise (district conversion keys; population ${f.bbsrKreisYears[0]}–${f.bbsrKreisYears[1]})`,
      },
      licence: BBSR_LICENCE,
      url: BBSR_UMSTIEG_URL,
      stand: {
        de: `${yearEndSpan(...f.bbsrKreisYears, 'de')}, Kreise Gebietsstand 31.12.2021`,
        en: `${yearEndSpan(...f.bbsrKreisYears, 'en')}, districts on the territorial status of 31 Dec 2021`,
      },
    },
    {
      id: 'bbsr_raumabgrenzungen',
      name: { de: 'BBSR, Raumabgrenzungen (Referenz Gemeinden, Kreise, NUTS)', en: 'BBSR, spatial typologies (reference municipalities, districts, NUTS)' },
      credit: { de: '© BBSR Bonn, Raumabgrenzungen (Gebietsstand 31.12.2019)', en: '© BBSR Bonn, Raumabgrenzungen (spatial typologies; territorial status 31 Dec 2019)' },
      licence: BBSR_LICENCE,
      url: 'https://www.inkar.de/documents/Referenz%20Gemeinden,%20Kreise,%20NUTS.xlsx',
      stand: { de: '31.12.2019', en: '31 Dec 2019' },
    },
    {
      id: 'breitbandatlas',
      name: {
        de: 'Breitbandatlas | Gigabit-Grundbuch (historische Daten der Bundesnetzagentur)',
        en: 'Breitbandatlas | Gigabit-Grundbuch (historic data of the Federal Network Agency)',
      },
      credit: {
        de: 'Breitbandatlas | Gigabit-Grundbuch (https://gigabitgrundbuch.bund.de), Daten verändert',
        en: 'Breitbandatlas | Gigabit-Grundbuch (https://gigabitgrundbuch.bund.de), data modified',
      },
      licence: {
        de: 'Nutzung frei mit Quellenangabe; Änderungen sind kenntlich zu machen (Nutzungshinweise Breitbandatlas/Bundesnetzagentur)',
        en: 'Free use with attribution; changes must be marked (Breitbandatlas / Federal Network Agency terms of use)',
      },
      url: 'https://gigabitgrundbuch.bund.de',
      stand: { de: `${f.breitbandPeriods[0].de}–${f.breitbandPeriods[1].de}`, en: `${f.breitbandPeriods[0].en} – ${f.breitbandPeriods[1].en}` },
    },
  ];
}

export const GROUPS = {
  bevoelkerung: { de: 'Bevölkerung', en: 'Population' },
  breitbandHaushalte: { de: 'Breitband Haushalte', en: 'Broadband (households)' },
  breitbandKreise: { de: 'Breitband Kreise (Mobilfunk u. a.)', en: 'Broadband by district (mobile and other)' },
  breitbandKreise2021: { de: 'Breitband Kreise 2021 (Unternehmen, Schulen)', en: 'Broadband by district 2021 (businesses, schools)' },
  mobilfunkFlaeche: { de: 'Mobilfunk Fläche', en: 'Mobile coverage (area)' },
  raumtypenBbsr: { de: 'Raumtypen BBSR', en: 'BBSR spatial types' },
  degurba: { de: 'DEGURBA', en: 'DEGURBA' },
} satisfies Record<string, Text>;

/** Technology slug → label and the phrase used in descriptions. */
export const TECHNOLOGIES: Readonly<Record<string, { label: Text; phrase: Text }>> = {
  alle: { label: { de: 'alle Technologien', en: 'all technologies' }, phrase: { de: 'ein Breitbandanschluss (beliebige Technologie)', en: 'a broadband connection (any technology)' } },
  leitungsgebunden: { label: { de: 'leitungsgebunden', en: 'wired' }, phrase: { de: 'ein leitungsgebundener Anschluss', en: 'a wired connection' } },
  drahtlos: { label: { de: 'drahtlos', en: 'wireless' }, phrase: { de: 'ein drahtloser Anschluss (Funk, Mobilfunk)', en: 'a wireless connection (radio, mobile)' } },
  dsl: { label: { de: 'DSL', en: 'DSL' }, phrase: { de: 'DSL', en: 'DSL' } },
  catv: { label: { de: 'Kabel (CATV)', en: 'cable (CATV)' }, phrase: { de: 'Kabelinternet (CATV)', en: 'cable internet (CATV)' } },
  ftthb: { label: { de: 'Glasfaser (FTTH/B)', en: 'fibre (FTTH/B)' }, phrase: { de: 'Glasfaser bis ins Haus oder Gebäude (FTTH/B)', en: 'fibre to the home or building (FTTH/B)' } },
  lte: { label: { de: 'LTE', en: 'LTE' }, phrase: { de: 'LTE (4G)', en: 'LTE (4G)' } },
  '5g': { label: { de: '5G', en: '5G' }, phrase: { de: '5G', en: '5G' } },
  umts: { label: { de: 'UMTS', en: 'UMTS' }, phrase: { de: 'UMTS (3G)', en: 'UMTS (3G)' } },
  '2g': { label: { de: '2G', en: '2G' }, phrase: { de: '2G (GSM)', en: '2G (GSM)' } },
  plc: { label: { de: 'Powerline (PLC)', en: 'powerline (PLC)' }, phrase: { de: 'Powerline (PLC)', en: 'powerline (PLC)' } },
  wlan: { label: { de: 'WLAN', en: 'Wi-Fi (WLAN)' }, phrase: { de: 'WLAN', en: 'Wi-Fi (WLAN)' } },
  wimax: { label: { de: 'WiMAX', en: 'WiMAX' }, phrase: { de: 'WiMAX', en: 'WiMAX' } },
};
/** Display order of technologies. */
export const TECH_ORDER = ['alle', 'leitungsgebunden', 'drahtlos', 'dsl', 'catv', 'ftthb', 'lte', '5g', 'umts', '2g', 'plc', 'wlan', 'wimax'];
/** Technologies that the Breitbandatlas publishes only per Kreis. */
export const KREIS_ONLY_TECHS = new Set(['lte', 'umts', '5g', 'plc', 'wlan', 'wimax', '2g']);

export const TARGET_GROUP_LABELS: Readonly<Record<string, { label: Text; of: Text }>> = {
  households: { label: { de: 'Haushalte', en: 'Households' }, of: { de: 'der Haushalte', en: 'of households' } },
  businesses: { label: { de: 'Unternehmen', en: 'Businesses' }, of: { de: 'der Unternehmen (Gewerbestandorte)', en: 'of businesses (commercial sites)' } },
  schools: { label: { de: 'Schulen', en: 'Schools' }, of: { de: 'der Schulen', en: 'of schools' } },
};

/** Mobile technology code slug → label, short label and the phrase used in descriptions. */
export const MOBILE_TECHS: Readonly<Record<string, { label: Text; short: Text; phrase: Text }>> = {
  lte2: { label: { de: 'LTE ≥ 2 Mbit/s', en: 'LTE ≥ 2 Mbit/s' }, short: { de: 'LTE ≥ 2', en: 'LTE ≥ 2' }, phrase: { de: 'LTE mit mindestens 2 Mbit/s', en: 'LTE with at least 2 Mbit/s' } },
  lte6: { label: { de: 'LTE ≥ 6 Mbit/s', en: 'LTE ≥ 6 Mbit/s' }, short: { de: 'LTE ≥ 6', en: 'LTE ≥ 6' }, phrase: { de: 'LTE mit mindestens 6 Mbit/s', en: 'LTE with at least 6 Mbit/s' } },
  lte10: { label: { de: 'LTE ≥ 10 Mbit/s', en: 'LTE ≥ 10 Mbit/s' }, short: { de: 'LTE ≥ 10', en: 'LTE ≥ 10' }, phrase: { de: 'LTE mit mindestens 10 Mbit/s', en: 'LTE with at least 10 Mbit/s' } },
  '5g2': { label: { de: '5G ≥ 2 Mbit/s', en: '5G ≥ 2 Mbit/s' }, short: { de: '5G ≥ 2', en: '5G ≥ 2' }, phrase: { de: '5G mit mindestens 2 Mbit/s', en: '5G with at least 2 Mbit/s' } },
  mobil_alle: {
    label: { de: 'Mobilfunk gesamt („Mobil Alle“)', en: 'Any mobile technology ("Mobil Alle")' },
    short: { de: 'Mobilfunk gesamt', en: 'Any mobile' },
    phrase: { de: 'irgendeiner Mobilfunktechnologie', en: 'any mobile technology' },
  },
};
export const MOBILE_TECH_ORDER = ['lte2', 'lte6', 'lte10', '5g2', 'mobil_alle'];

/** Land-use slug → label (German as in the file). */
export const AREA_TYPES: Readonly<Record<string, Text>> = {
  wohnbauflaeche: { de: 'Wohnbaufläche', en: 'residential land' },
  gewerbliche_nutzflaeche: { de: 'Gewerbliche Nutzfläche', en: 'commercial and industrial land' },
  landwirtschaftliche_flaechen: { de: 'Landwirtschaftliche Flächen', en: 'agricultural land' },
  wald_wiesenflaechen: { de: 'Wald-, Wiesenflächen', en: 'forest and meadows' },
  gewaesser: { de: 'Gewässer', en: 'water bodies' },
  autobahn: { de: 'Autobahn', en: 'motorways' },
  bundesstrassen: { de: 'Bundesstraßen', en: 'federal roads' },
  landstrassen: { de: 'Landstraßen', en: 'state roads' },
  kreisstrassen: { de: 'Kreisstraßen', en: 'district roads' },
  bahnstrecken: { de: 'Bahnstrecken', en: 'railway lines' },
  wasserstrassen: { de: 'Wasserstraßen', en: 'waterways' },
};
export const AREA_ORDER = Object.keys(AREA_TYPES);

export interface ClassDefinition {
  level: 'gemeinde' | 'kreis';
  group: Text;
  sources: string[];
  title: Text;
  short: Text;
  description: Text;
  notes: Text;
  /** English label per code (German labels come from the file). */
  en: Readonly<Record<string, string>>;
}

const BBSR_GEMEINDE_NOTE: Text = {
  de: 'BBSR-Raumabgrenzung, Gebietsstand 31.12.2019. Bei Eingliederungen gilt der Typ der aufnehmenden Gemeinde, bei Zusammenschlüssen nur ein Typ, in dem alle Vorgänger übereinstimmen (sonst kein Wert). Neuere BBSR-Ausgaben können Gemeinden anders einstufen.',
  en: 'BBSR typology, boundaries of 31 Dec 2019. Where a municipality was absorbed, the absorbing municipality keeps its type; a merged municipality gets a type only if all predecessors agree (otherwise no value). Newer BBSR editions may classify municipalities differently.',
};
const BBSR_KREIS_NOTE: Text = {
  de: 'BBSR-Raumabgrenzung, Gebietsstand 31.12.2019 (die hessischen Kreise sind seither unverändert).',
  en: 'BBSR typology, boundaries of 31 Dec 2019 (the Hessian districts have not changed since).',
};
const bbsr = (level: 'gemeinde' | 'kreis', title: Text, short: Text, description: Text, en: Record<string, string>): ClassDefinition => ({
  level,
  group: GROUPS.raumtypenBbsr,
  sources: ['bbsr_raumabgrenzungen'],
  title,
  short,
  description,
  notes: level === 'gemeinde' ? BBSR_GEMEINDE_NOTE : BBSR_KREIS_NOTE,
  en,
});

const SGTYP_EN = { '10': 'Large city', '20': 'Medium-sized town', '30': 'Larger small town', '40': 'Small town', '50': 'Rural municipality' };

/** Categorical indicators, keyed by measure (= indicator id), in display order. */
export const CLASS_DEFINITIONS: Readonly<Record<string, ClassDefinition>> = {
  bbsr_sgtyp: bbsr(
    'gemeinde',
    { de: 'Stadt- und Gemeindetyp (BBSR)', en: 'Town and municipality type (BBSR)' },
    { de: 'Stadt-/Gemeindetyp', en: 'Municipality type' },
    { de: 'Einstufung nach Größe und zentralörtlicher Funktion: Großstadt, Mittelstadt, Kleinstadt, Landgemeinde.', en: 'Classification by size and central-place function: large city, medium-sized town, small town, rural municipality.' },
    SGTYP_EN,
  ),
  bbsr_sgtyp_diff: bbsr(
    'gemeinde',
    { de: 'Stadt- und Gemeindetyp, differenziert (BBSR)', en: 'Town and municipality type, detailed (BBSR)' },
    { de: 'Gemeindetyp (diff.)', en: 'Municipality type (detailed)' },
    { de: 'Stadt- und Gemeindetyp mit Unterteilung der Groß- und Mittelstädte.', en: 'Town and municipality type with large and medium-sized towns subdivided.' },
    { '11': 'Larger large city', '12': 'Smaller large city', '21': 'Larger medium-sized town', '22': 'Smaller medium-sized town', '30': 'Larger small town', '40': 'Small town', '50': 'Rural municipality' },
  ),
  regiostar2: bbsr(
    'gemeinde',
    { de: 'Regionalstatistischer Raumtyp RegioStaR 2', en: 'Regional statistical spatial type RegioStaR 2' },
    { de: 'RegioStaR 2', en: 'RegioStaR 2' },
    { de: 'Zuordnung der Gemeinde zu einer Stadtregion oder einer ländlichen Region (BMVI/BBSR).', en: 'Whether the municipality belongs to an urban or a rural region (BMVI/BBSR).' },
    { '1': 'Urban region', '2': 'Rural region' },
  ),
  regiostar7: bbsr(
    'gemeinde',
    { de: 'Regionalstatistischer Raumtyp RegioStaR 7', en: 'Regional statistical spatial type RegioStaR 7' },
    { de: 'RegioStaR 7', en: 'RegioStaR 7' },
    { de: 'Stadtregion oder ländliche Region, unterteilt nach der Stellung der Gemeinde darin.', en: 'Urban or rural region, subdivided by the position of the municipality within it.' },
    {
      '71': 'Urban region – metropolis',
      '72': 'Urban region – regiopolis and large city',
      '73': 'Urban region – medium-sized towns, urban area',
      '74': 'Urban region – small-town, village area',
      '75': 'Rural region – central city',
      '76': 'Rural region – medium-sized towns, urban area',
      '77': 'Rural region – small-town, village area',
    },
  ),
  regiostar17: bbsr(
    'gemeinde',
    { de: 'Regionalstatistischer Raumtyp RegioStaR 17', en: 'Regional statistical spatial type RegioStaR 17' },
    { de: 'RegioStaR 17', en: 'RegioStaR 17' },
    { de: 'Feinste RegioStaR-Gliederung: metropolitane, regiopolitane, stadtregionsnahe und periphere Regionen, je nach Gemeindetyp.', en: 'Finest RegioStaR level: metropolitan, regiopolitan, near-urban and peripheral regions, by municipality type.' },
    {
      '111': 'Metropolitan urban region – metropolis',
      '112': 'Metropolitan urban region – large city',
      '113': 'Metropolitan urban region – medium-sized town',
      '114': 'Metropolitan urban region – urbanised area',
      '115': 'Metropolitan urban region – small-town, village area',
      '121': 'Regiopolitan urban region – regiopolis',
      '123': 'Regiopolitan urban region – medium-sized town',
      '124': 'Regiopolitan urban region – urbanised area',
      '125': 'Regiopolitan urban region – small-town, village area',
      '211': 'Rural region near urban regions – central city',
      '213': 'Rural region near urban regions – medium-sized town',
      '214': 'Rural region near urban regions – urbanised area',
      '215': 'Rural region near urban regions – small-town, village area',
      '221': 'Peripheral rural region – central city',
      '223': 'Peripheral rural region – medium-sized town',
      '224': 'Peripheral rural region – urbanised area',
      '225': 'Peripheral rural region – small-town, village area',
    },
  ),
  bbsr_lage: bbsr(
    'gemeinde',
    { de: 'Raumtyp nach Lage (BBSR)', en: 'Spatial type by location (BBSR)' },
    { de: 'Lage', en: 'Location' },
    { de: 'Lage des Gemeindeverbands nach der Erreichbarkeit von Tagesbevölkerung: sehr zentral bis sehr peripher.', en: 'Location of the municipal association by accessibility of daytime population: very central to very peripheral.' },
    { '1': 'Very central', '2': 'Central', '3': 'Peripheral', '4': 'Very peripheral' },
  ),
  bbsr_zentral: bbsr(
    'gemeinde',
    { de: 'Zentralörtliche Einstufung (zusammengefasst)', en: 'Central-place status (summarised)' },
    { de: 'Zentralität', en: 'Central-place status' },
    { de: 'Zentralörtliche Einstufung der Gemeinde nach Landesplanung, zusammengefasst (BBSR).', en: 'Central-place status of the municipality under state planning, summarised (BBSR).' },
    { '0': 'No central-place status', '1': 'Higher-order centre and above', '2': 'Middle-order centre', '3': 'Lower-order centre and below' },
  ),
  bbsr_wachsend: bbsr(
    'gemeinde',
    { de: 'Wachsende und schrumpfende Gemeinden (BBSR)', en: 'Growing and shrinking municipalities (BBSR)' },
    { de: 'Wachsen/Schrumpfen', en: 'Growth/shrinkage' },
    { de: 'Entwicklungsrichtung der Gemeinde nach demografischen und wirtschaftlichen Indikatoren (BBSR).', en: 'Development trend of the municipality from demographic and economic indicators (BBSR).' },
    { '1': 'Shrinking above average', '2': 'Shrinking', '3': 'No clear trend', '4': 'Growing', '5': 'Growing above average' },
  ),
  degurba: {
    level: 'gemeinde',
    group: GROUPS.degurba,
    sources: ['destatis'],
    title: { de: 'Grad der Verstädterung (DEGURBA)', en: 'Degree of urbanisation (DEGURBA)' },
    short: { de: 'DEGURBA', en: 'DEGURBA' },
    description: {
      de: 'Eurostat-Klassifikation der Gemeinden nach Bevölkerungsdichte und -größe von Rasterzellen: dicht, mittel oder gering besiedelt.',
      en: 'Eurostat classification of municipalities by population density and size of grid cells: densely, intermediate or thinly populated.',
    },
    notes: {
      de: 'Aus dem Destatis-Gemeindeverzeichnis (2013: „EU-Stadt-/Landgliederung“, ab 2017 „Grad der Verstädterung“), jeweils zum 31.12. Die Einstufung wurde zwischen den Ausgaben neu berechnet; nur innerhalb eines Jahres vergleichen, Änderungen nicht als Verstädterung deuten. Bei Eingliederungen gilt die Klasse der aufnehmenden Gemeinde, bei Zusammenschlüssen nur eine Klasse, in der alle Vorgänger übereinstimmen.',
      en: 'From the Destatis municipality directory (2013: "EU-Stadt-/Landgliederung", from 2017 "Grad der Verstädterung"), each on 31 December. The classification was recomputed between editions; compare within one year only and do not read changes as urbanisation. Where a municipality was absorbed, the absorbing municipality keeps its class; a merged municipality gets a class only if all predecessors agree.',
    },
    en: { '1': 'Densely populated', '2': 'Intermediate density', '3': 'Thinly populated' },
  },
  bbsr_kreistyp: bbsr(
    'kreis',
    { de: 'Siedlungsstruktureller Kreistyp (BBSR)', en: 'Settlement structure type of district (BBSR)' },
    { de: 'Kreistyp', en: 'District type' },
    { de: 'Einstufung der Kreise nach Bevölkerungsanteil in Groß- und Mittelstädten und Einwohnerdichte.', en: 'Classification of districts by share of population in large and medium-sized towns and by population density.' },
    { '1': 'District-free large city', '2': 'Urban district', '3': 'Rural district with signs of densification', '4': 'Sparsely populated rural district' },
  ),
  bbsr_sl_raum: bbsr(
    'kreis',
    { de: 'Städtischer und ländlicher Raum (BBSR)', en: 'Urban and rural area (BBSR)' },
    { de: 'Städtisch/ländlich', en: 'Urban/rural' },
    { de: 'Zusammenfassung der Kreistypen: städtischer oder ländlicher Raum.', en: 'Summary of the district types: urban or rural area.' },
    { '1': 'Urban area', '2': 'Rural area' },
  ),
  bbsr_regionstyp: bbsr(
    'kreis',
    { de: 'Siedlungsstruktureller Regionstyp (BBSR)', en: 'Settlement structure type of region (BBSR)' },
    { de: 'Regionstyp', en: 'Region type' },
    { de: 'Typ der Raumordnungsregion, zu der der Kreis gehört.', en: 'Type of the spatial planning region the district belongs to.' },
    { '1': 'Urban regions', '2': 'Regions with signs of urbanisation', '3': 'Rural regions' },
  ),
};

export const LEVEL_NOTES = {
  gemeindeTypeAbove: {
    de: 'Der Typ ist je Gemeinde definiert und lässt sich nicht zusammenfassen; für Kreise siehe den siedlungsstrukturellen Kreistyp (BBSR).',
    en: 'The type is defined per municipality and cannot be aggregated; for districts see the BBSR settlement structure type of district.',
  },
  kreisTypeGemeinde: {
    de: 'Der Typ ist je Kreis definiert und gilt für den ganzen Kreis; für Gemeinden siehe Stadt- und Gemeindetyp oder RegioStaR.',
    en: 'The type is defined per district and applies to the whole district; for municipalities see the town and municipality type or RegioStaR.',
  },
  kreisTypeAbove: {
    de: 'Der Typ ist je Kreis definiert und lässt sich nicht zusammenfassen.',
    en: 'The type is defined per district and cannot be aggregated.',
  },
  kreisSeriesGemeinde: {
    de: 'Jährliche Reihe nur für Kreise (BBSR); Gemeindewerte für Stichtage siehe „Bevölkerung“.',
    en: 'Annual series for districts only (BBSR); for municipal values on reference dates see "Population".',
  },
  kreisOnlyGemeinde: {
    de: 'Der Breitbandatlas veröffentlicht diese Werte nur je Kreis.',
    en: 'The Breitbandatlas publishes these values per district only.',
  },
  mobileGemeinde: {
    de: 'Die Mobilfunkstatistik je Gemeinde lag nicht vor; nur Kreiswerte.',
    en: 'Mobile coverage per municipality was not available; district values only.',
  },
  noWeightsBusinesses: {
    de: 'Keine Gewichte (Zahl der Unternehmen je Kreis) verfügbar; daher nicht für Regierungsbezirke und Hessen zusammengefasst.',
    en: 'No weights (number of businesses per district) available; therefore not aggregated to government regions and Hessen.',
  },
  noWeightsSchools: {
    de: 'Keine Gewichte (Zahl der Schulen je Kreis) verfügbar; daher nicht für Regierungsbezirke und Hessen zusammengefasst.',
    en: 'No weights (number of schools per district) available; therefore not aggregated to government regions and Hessen.',
  },
  noWeightsArea: {
    de: 'Keine Flächengewichte je Nutzungsart verfügbar; daher nicht für Regierungsbezirke und Hessen zusammengefasst.',
    en: 'No area weights per land use available; therefore not aggregated to government regions and Hessen.',
  },
} satisfies Record<string, Text>;

export const METHOD_BREAKS = {
  zensus2011: (firstAfter: string): Text => ({
    de: `Zensus 2011: Werte ab ${firstAfter} beruhen auf dem Zensus 2011, frühere auf den Volkszählungen`,
    en: `2011 census: values from ${firstAfter} on are based on the 2011 census, earlier ones on previous censuses`,
  }),
  zensus2011Annual: {
    de: 'Zensus 2011: 2011 letzter Wert der alten Fortschreibung, ab 2012 auf Basis des Zensus 2011',
    en: '2011 census: 2011 is the last value of the old series, from 2012 on based on the 2011 census',
  },
  zensus2022: {
    de: 'Zensus 2022: neue Bevölkerungsbasis (Stichtag 15.05.2022) gegenüber der Fortschreibung auf Basis des Zensus 2011 (31.12.2021)',
    en: '2022 census: new population basis (census day 15 May 2022) against the update based on the 2011 census (31 Dec 2021)',
  },
  breitband2015: { de: 'Betreiber- und Methodenwechsel 2015', en: 'Change of operator and method in 2015' },
  breitband2018: { de: 'Neuer Datenlieferant ab Dez. 2018', en: 'New data provider from Dec 2018' },
} satisfies Record<string, Text | ((firstAfter: string) => Text)>;
