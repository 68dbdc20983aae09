// Urban–rural typologies the analyses compare, and which of their classes count as "rural".
// Class names come from the catalogue (categories of the typology's indicator); only the order
// (most urban first) and the choice of the two compared classes are defined here.

export const TYPOLOGY_IDS = [
  'bbsr_sgtyp',
  'regiostar2',
  'regiostar7',
  'bbsr_kreistyp',
  'bbsr_sl_raum',
  'bbsr_regionstyp',
  'degurba',
] as const;
export type TypologyId = (typeof TYPOLOGY_IDS)[number];

export interface Typology {
  id: TypologyId;
  /** Measure in `observations` (and id of the categorical indicator in the catalogue). */
  measure: string;
  /** Level the classes are assigned at: Gemeinden inherit the class of their Kreis. */
  native: 'gemeinde' | 'kreis';
  /** Several editions (DEGURBA): a period uses the latest edition on or before its year. */
  editions: boolean;
  /** Class codes, most urban first. */
  classes: number[];
  /** The two classes whose gap is reported: most urban and most rural. */
  urban: number;
  rural: number;
}

export const TYPOLOGIES: Record<TypologyId, Typology> = {
  bbsr_sgtyp: {
    id: 'bbsr_sgtyp',
    measure: 'bbsr_sgtyp',
    native: 'gemeinde',
    editions: false,
    classes: [10, 20, 30, 40, 50],
    urban: 10,
    rural: 50,
  },
  regiostar2: { id: 'regiostar2', measure: 'regiostar2', native: 'gemeinde', editions: false, classes: [1, 2], urban: 1, rural: 2 },
  regiostar7: {
    id: 'regiostar7',
    measure: 'regiostar7',
    native: 'gemeinde',
    editions: false,
    classes: [71, 72, 73, 74, 75, 76, 77],
    urban: 71,
    rural: 77,
  },
  bbsr_kreistyp: {
    id: 'bbsr_kreistyp',
    measure: 'bbsr_kreistyp',
    native: 'kreis',
    editions: false,
    classes: [1, 2, 3, 4],
    urban: 1,
    rural: 4,
  },
  bbsr_sl_raum: { id: 'bbsr_sl_raum', measure: 'bbsr_sl_raum', native: 'kreis', editions: false, classes: [1, 2], urban: 1, rural: 2 },
  bbsr_regionstyp: {
    id: 'bbsr_regionstyp',
    measure: 'bbsr_regionstyp',
    native: 'kreis',
    editions: false,
    classes: [1, 2, 3],
    urban: 1,
    rural: 3,
  },
  degurba: { id: 'degurba', measure: 'degurba', native: 'gemeinde', editions: true, classes: [1, 2, 3], urban: 1, rural: 3 },
};

export function isTypologyId(x: string): x is TypologyId {
  return (TYPOLOGY_IDS as readonly string[]).includes(x);
}

/** Edition (a year, "2019") a period uses: the latest on or before its year, else the earliest. */
export function editionFor(period: string, editions: readonly string[]): string | null {
  const sorted = [...editions].sort();
  const year = period.slice(0, 4);
  let found: string | null = null;
  for (const e of sorted) if (e <= year) found = e;
  return found ?? sorted[0] ?? null;
}

/** A definition of "rural": classes of one typology that are counted as rural. */
export interface RuralDefinition {
  id: string;
  typology: TypologyId;
  codes: number[];
}

/** Every definition the "Wie ländlich ist Hessen?" view compares, broadest first within a typology. */
export const RURAL_DEFINITIONS: RuralDefinition[] = [
  { id: 'sg_klein_land', typology: 'bbsr_sgtyp', codes: [30, 40, 50] },
  { id: 'sg_kleinkl_land', typology: 'bbsr_sgtyp', codes: [40, 50] },
  { id: 'sg_land', typology: 'bbsr_sgtyp', codes: [50] },
  { id: 'rs2_land', typology: 'regiostar2', codes: [2] },
  { id: 'rs7_doerflich', typology: 'regiostar7', codes: [74, 77] },
  { id: 'rs7_land_doerflich', typology: 'regiostar7', codes: [77] },
  { id: 'sl_land', typology: 'bbsr_sl_raum', codes: [2] },
  { id: 'kt_duenn', typology: 'bbsr_kreistyp', codes: [4] },
  { id: 'rt_land', typology: 'bbsr_regionstyp', codes: [3] },
  { id: 'dg_23', typology: 'degurba', codes: [2, 3] },
  { id: 'dg_3', typology: 'degurba', codes: [3] },
];

export const DEFAULT_RURAL = 'sg_klein_land';
