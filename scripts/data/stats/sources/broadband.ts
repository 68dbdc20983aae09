// Breitbandatlas: household availability per Gemeinde and Kreis, businesses/schools 2021, mobile area coverage 2021.
import { z } from 'zod';
import { parseCsv } from '../csv.ts';
import type { Observation, SourceObservation } from '../observations.ts';
import { ags, checkUnique, oneOf, share, text, validateRows } from '../validate.ts';
import { notOnGebietsstand, type Context } from './context.ts';

export const BB_GEMEINDEN_FILE = 'stats/broadband_gemeinden_long.csv';
export const BB_KREISE_FILE = 'stats/broadband_kreise_long.csv';
export const BB_KREISE_2021_FILE = 'stats/broadband_kreise_2021_households_businesses_schools.csv';
export const MOBILE_FILE = 'stats/mobile_coverage_kreise_2021.csv';

/** The Breitbandatlas Gemeinde files never use Oberzent/Wesertal: all periods are on the pre-2018 Gebietsstand. */
export const BB_GEMEINDEN_GEBIETSSTAND = '2017-12-31';

export const BB_GEMEINDEN_PERIODS = [
  '2005', '2006', '2007', '2008', '2010', '2011', '2012', '2013', '2014', '2015', '2016', '2017', '2018',
  '2018-12', '2019-06', '2019-12', '2020-06', '2020-12', '2021-06',
];
/** DSL availability without a bandwidth class (2005–2008 files). */
const UNSPECIFIED = 'unspecified';
const DSL_ANY_PERIODS = new Set(['2005', '2006', '2007', '2008']);
const MBPS = ['1', '2', '6', '8', '10', '16', '30', '50', '100', '200', '400', '1000'];

/** Technology as written in the files → slug used in measure ids. */
export const TECH_SLUG: Readonly<Record<string, string>> = {
  alle: 'alle', leitungsgebunden: 'leitungsgebunden', drahtlos: 'drahtlos', DSL: 'dsl', CATV: 'catv', 'FTTH/B': 'ftthb',
  LTE: 'lte', UMTS: 'umts', '5G': '5g', '2G': '2g', PLC: 'plc', WLAN: 'wlan', WiMAX: 'wimax',
};
const GEMEINDE_TECHS = ['alle', 'leitungsgebunden', 'drahtlos', 'DSL', 'CATV', 'FTTH/B'];

interface BroadbandGemeindeRow {
  line: number;
  ags: string;
  period: string;
  technology: string;
  min_mbps: string;
  share_households_pct: string;
}

export function parseBroadbandGemeinden(text_: string, ctx: Context): BroadbandGemeindeRow[] {
  const file = BB_GEMEINDEN_FILE;
  const schema = z
    .object({
      ags: ags('gemeinde', ctx.gemeinden),
      name: text(),
      period: oneOf(BB_GEMEINDEN_PERIODS, 'keine erwartete Periode'),
      technology: oneOf(GEMEINDE_TECHS, 'keine bekannte Technologie'),
      min_mbps: oneOf([UNSPECIFIED, ...MBPS], 'keine bekannte Bandbreitenklasse'),
      share_households_pct: share(),
      source: text(),
    })
    .superRefine((r, c) => {
      const gone = notOnGebietsstand(r.ags, BB_GEMEINDEN_GEBIETSSTAND, ctx);
      if (gone) c.addIssue({ code: 'custom', path: ['ags'], message: gone });
      else if ((r.min_mbps === UNSPECIFIED) !== (r.technology === 'DSL' && DSL_ANY_PERIODS.has(r.period))) {
        c.addIssue({ code: 'custom', path: ['min_mbps'], message: `${r.min_mbps} passt nicht zu ${r.technology} ${r.period} (ohne Bandbreite nur DSL 2005–2008)` });
      }
    });
  const rows = validateRows(file, parseCsv(file, text_, ['ags', 'name', 'period', 'technology', 'min_mbps', 'share_households_pct', 'source']), schema);
  checkUnique(file, rows, ['ags', 'period', 'technology', 'min_mbps']);
  return rows;
}

const mbpsSlug = (m: string) => (m === UNSPECIFIED ? 'any' : m);

/** bb_<tech>_<mbps> per Gemeinde (share of households, %), on the pre-2018 Gebietsstand. */
export function broadbandGemeindeObservations(rows: readonly BroadbandGemeindeRow[], ctx: Context): SourceObservation[] {
  return rows
    .filter((r) => !ctx.gemeindefrei.has(r.ags))
    .map((r) => ({
      measure: `bb_${TECH_SLUG[r.technology]}_${mbpsSlug(r.min_mbps)}`,
      ags: r.ags,
      period: r.period,
      value: r.share_households_pct,
      flags: [],
      kind: 'share' as const,
      gebietsstand: BB_GEMEINDEN_GEBIETSSTAND,
    }));
}

export const BB_KREISE_PERIODS = ['2018-06', '2018-12', '2019-06', '2019-12', '2020-06', '2020-12', '2021-06'];

interface BroadbandKreisRow {
  line: number;
  ags: string;
  period: string;
  technology: string;
  min_mbps: string;
  share_households_pct: string;
}

export function parseBroadbandKreise(text_: string, ctx: Context): BroadbandKreisRow[] {
  const file = BB_KREISE_FILE;
  const schema = z.object({
    ags: ags('kreis', ctx.kreise),
    period: oneOf(BB_KREISE_PERIODS, 'keine erwartete Periode'),
    technology: oneOf(Object.keys(TECH_SLUG), 'keine bekannte Technologie'),
    min_mbps: oneOf(MBPS, 'keine bekannte Bandbreitenklasse'),
    share_households_pct: share(),
    source: text(),
  });
  const rows = validateRows(file, parseCsv(file, text_, ['ags', 'period', 'technology', 'min_mbps', 'share_households_pct', 'source']), schema);
  checkUnique(file, rows, ['ags', 'period', 'technology', 'min_mbps']);
  return rows;
}

/** bbk_<tech>_<mbps> per Kreis (share of households, %). */
export function broadbandKreisObservations(rows: readonly BroadbandKreisRow[]): Observation[] {
  return rows.map((r) => ({
    measure: `bbk_${TECH_SLUG[r.technology]}_${r.min_mbps}`,
    ags: r.ags,
    period: r.period,
    value: r.share_households_pct,
    flags: [],
  }));
}

/** The 2021 Kreis file states no date; its values agree with 2021-06 (stats/SOURCES.md §3.9). */
export const BB_KREISE_2021_PERIOD = '2021-06';
export const TARGET_GROUPS = ['households', 'businesses', 'schools'] as const;

interface BroadbandKreis2021Row {
  line: number;
  ags: string;
  target_group: string;
  technology: string;
  min_mbps: string;
  share_pct: string;
}

export function parseBroadbandKreise2021(text_: string, ctx: Context): BroadbandKreis2021Row[] {
  const file = BB_KREISE_2021_FILE;
  const schema = z.object({
    ags: ags('kreis', ctx.kreise),
    name: text(),
    period: oneOf(['2021'], 'keine erwartete Periode'),
    target_group: oneOf(TARGET_GROUPS, 'keine bekannte Zielgruppe'),
    technology: oneOf(GEMEINDE_TECHS, 'keine bekannte Technologie'),
    min_mbps: oneOf(MBPS, 'keine bekannte Bandbreitenklasse'),
    share_pct: share(),
    source: text(),
  });
  const rows = validateRows(file, parseCsv(file, text_, ['ags', 'name', 'period', 'target_group', 'technology', 'min_mbps', 'share_pct', 'source']), schema);
  checkUnique(file, rows, ['ags', 'target_group', 'technology', 'min_mbps']);
  return rows;
}

/** bbk21_<group>_<tech>_<mbps> per Kreis (share of households/businesses/schools, %), period 2021-06. */
export function broadbandKreis2021Observations(rows: readonly BroadbandKreis2021Row[]): Observation[] {
  return rows.map((r) => ({
    measure: `bbk21_${r.target_group}_${TECH_SLUG[r.technology]}_${r.min_mbps}`,
    ags: r.ags,
    period: BB_KREISE_2021_PERIOD,
    value: r.share_pct,
    flags: [],
  }));
}

export const MOBILE_PERIOD = '2021-06';
/** technology_code → (technology, min_mbps) as written in the file. */
const MOBILE_CODES: Readonly<Record<string, [string, string]>> = {
  LTE2: ['LTE', '2'], LTE6: ['LTE', '6'], LTE10: ['LTE', '10'], '5G2': ['5G', '2'], 'Mobil Alle': ['LTE', 'Mobil Alle'],
};
export const AREA_TYPES: Readonly<Record<string, string>> = {
  Wohnbaufläche: 'Gemeindefläche', 'Gewerbliche Nutzfläche': 'Gemeindefläche', 'Landwirtschaftliche Flächen': 'Gemeindefläche',
  'Wald-, Wiesenflächen': 'Gemeindefläche', Gewässer: 'Gemeindefläche', Autobahn: 'Infrastruktur', Bundesstraßen: 'Infrastruktur',
  Landstraßen: 'Infrastruktur', Kreisstraßen: 'Infrastruktur', Bahnstrecken: 'Infrastruktur', Wasserstraßen: 'Infrastruktur',
};

interface MobileRow {
  line: number;
  ags: string;
  technology_code: string;
  area_type: string;
  share_area_pct: string;
}

export function parseMobile(text_: string, ctx: Context): MobileRow[] {
  const file = MOBILE_FILE;
  const schema = z
    .object({
      ags: ags('kreis', ctx.kreise),
      period: oneOf([MOBILE_PERIOD], 'keine erwartete Periode'),
      technology_code: oneOf(Object.keys(MOBILE_CODES), 'kein bekannter Technologie-Code'),
      technology: text(),
      min_mbps: text(),
      area_type: oneOf(Object.keys(AREA_TYPES), 'keine bekannte Flächenart'),
      area_group: oneOf(['Gemeindefläche', 'Infrastruktur'], 'keine bekannte Flächengruppe'),
      share_area_pct: share(),
      source: text(),
    })
    .superRefine((r, c) => {
      const [tech, mbps] = MOBILE_CODES[r.technology_code]!;
      if (r.technology !== tech) c.addIssue({ code: 'custom', path: ['technology'], message: `${r.technology} passt nicht zu ${r.technology_code}` });
      else if (r.min_mbps !== mbps) c.addIssue({ code: 'custom', path: ['min_mbps'], message: `${r.min_mbps} passt nicht zu ${r.technology_code}` });
      else if (AREA_TYPES[r.area_type] !== r.area_group) c.addIssue({ code: 'custom', path: ['area_group'], message: `${r.area_group} passt nicht zu ${r.area_type}` });
    });
  const rows = validateRows(file, parseCsv(file, text_, ['ags', 'period', 'technology_code', 'technology', 'min_mbps', 'area_type', 'area_group', 'share_area_pct', 'source']), schema);
  checkUnique(file, rows, ['ags', 'technology_code', 'area_type']);
  return rows;
}

/** ASCII slug: "Wald-, Wiesenflächen" → "wald_wiesenflaechen", "Mobil Alle" → "mobil_alle". */
export function slug(s: string): string {
  return s
    .toLowerCase()
    .replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

/** mob_<techcode>_<area type> per Kreis (share of the area of that land use, %), period 2021-06. */
export function mobileObservations(rows: readonly MobileRow[]): Observation[] {
  return rows.map((r) => ({
    measure: `mob_${slug(r.technology_code)}_${slug(r.area_type)}`,
    ags: r.ags,
    period: MOBILE_PERIOD,
    value: r.share_area_pct,
    flags: [],
  }));
}
