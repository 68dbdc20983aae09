// Hessen extracts for population: GV-ISys Auszug → population + DEGURBA per Gemeinde, BBSR Umstiegsschlüssel → Gemeinde years and the Kreis series.
import { germanDate } from '../../data/stats/periods.ts';
import { KREIS_SERIES_FILE, POPULATION_FILE, POPULATION_GEBIETSSTAND } from '../../data/stats/sources/population.ts';
import { DEGURBA_FILE } from '../../data/stats/sources/typologies.ts';
import type { BbsrUmstieg } from '../layouts/bbsr.ts';
import type { GvAuszug } from '../layouts/gv-auszug.ts';
import {
  type Extraction,
  type ExtractContext,
  fixed2,
  gebietsstandProblem,
  ImportMismatch,
  mergerNames,
  records,
  type TidyRow,
  type TargetUpdate,
} from './common.ts';

const DESTATIS_LICENCE = 'dl-de/by-2-0; „Quelle: Statistisches Bundesamt (Destatis), GV-ISys, Gebietsstand {GS}; eigene Aufbereitung“';
const BBSR_LICENCE =
  '„© BBSR Bonn, Laufende Raumbeobachtung, Umstiegsschlüssel“ (keine Lizenz in der Datei; vor Veröffentlichung auf bbsr.bund.de prüfen)';

/** Census days that start a new population basis (Volkszählung 1987, Zensus 2011, Zensus 2022). */
const BASES: ReadonlyArray<[string, string]> = [
  ['1987-05-25', 'VZ1970-Fortschreibung'],
  ['2011-05-09', 'VZ1987-Fortschreibung'],
  ['2022-05-15', 'Zensus2011-Fortschreibung'],
];

/**
 * The pop_basis of a reference date: stated in the file ("Zensus 2011" → Zensus2011-Fortschreibung), else what
 * the atlas already has for that year, else by date — except after the Zensus 2022, where only the file can tell.
 */
export function populationBasis(file: string, date: string, stated: string | null, existing: string | undefined): string {
  if (stated) return `${stated.replace(' ', '')}-Fortschreibung`;
  if (existing) return existing;
  const byDate = BASES.find(([until]) => date < until)?.[1];
  if (byDate) return byDate;
  throw new ImportMismatch(
    file,
    `die Datei nennt die Grundlage der Bevölkerung vom ${germanDate(date)} nicht (Zensus 2011 oder Zensus 2022?); der Atlas hat für dieses Jahr noch keine Angabe`,
  );
}

function yearSlice(file: string, year: string) {
  return { slice: `Jahr ${year}`, replaces: (c: Record<string, string>) => c.year === year, file };
}

function expectGebietsstand(file: string, year: string, date: string, gebietsstand: string): void {
  const expected = POPULATION_GEBIETSSTAND[year];
  const known = Object.entries(POPULATION_GEBIETSSTAND)
    .map(([y, g]) => `${y} (${germanDate(g)})`)
    .join(', ');
  if (expected === undefined) {
    throw new ImportMismatch(
      file,
      `Bevölkerung vom ${germanDate(date)}: das Jahr ${year} ist im Atlas nicht vorgesehen (erwartet eines von ${known}); ` +
        'ein neuer Stichtag braucht zuerst einen Eintrag in POPULATION_GEBIETSSTAND (scripts/data/stats/sources/population.ts)',
    );
  }
  if (expected !== gebietsstand) {
    throw new ImportMismatch(
      file,
      `falscher Gebietsstand: die Datei hat den Gebietsstand ${germanDate(gebietsstand)}, der Atlas führt die Bevölkerung vom ` +
        `${germanDate(date)} (Jahr ${year}) auf dem Gebietsstand ${germanDate(expected)}; erwartet wird die Datei mit Gebietsstand ${germanDate(expected)}`,
    );
  }
}

/** GV-ISys Auszug → stats/population_gemeinden_long.csv (year of the population date) and stats/degurba_gemeinden.csv. */
export function extractGvAuszug(file: string, gv: GvAuszug, x: ExtractContext): Extraction {
  const { meta } = gv;
  const date = meta.populationDate;
  const year = date.slice(0, 4);
  if (date !== `${year}-12-31`) throw new ImportMismatch(file, `Bevölkerung vom ${germanDate(date)}: der Atlas führt nur Stichtage 31.12.`);
  expectGebietsstand(file, year, date, meta.gebietsstand);
  const hessen = gv.rows.filter((r) => r.level === 'gemeinde' && r.key.startsWith('06') && !x.ctx.gemeindefrei.has(r.key));
  const problem = gebietsstandProblem(
    hessen.map((r) => r.key),
    meta.gebietsstand,
    x.ctx,
    mergerNames(x.ctx.mergers, x.tables),
  );
  if (problem) throw new ImportMismatch(file, problem);
  const existing = records(x.tables.get(POPULATION_FILE)).find((r) => r.year === year)?.pop_basis;
  const basis = populationBasis(file, date, meta.populationBasis, existing);
  const int = (n: number | null) => (n === null ? '' : String(Math.round(n)));
  const where = file;
  const pop: TidyRow[] = hessen.map((r) => ({
    origin: { where, row: r.row },
    cells: {
      ags: r.key,
      name: r.name,
      year,
      ref_date: date,
      gebietsstand: meta.gebietsstand,
      pop_total: int(r.popTotal),
      pop_male: int(r.popMale),
      pop_female: int(r.popFemale),
      area_km2: r.areaKm2 === null ? '' : fixed2(r.areaKm2),
      precision: 'exact',
      pop_basis: basis,
      source: `Destatis GV-ISys Auszug ${file}`,
    },
  }));
  const updates: TargetUpdate[] = [
    {
      ...yearSlice(POPULATION_FILE, year),
      rows: pop,
      columns: {
        ags: 'Schlüssel Land+RB+Kreis+Gem',
        name: 'Gemeindename',
        pop_total: 'Bevölkerung insgesamt',
        pop_male: 'Bevölkerung männlich',
        pop_female: 'Bevölkerung weiblich',
        area_km2: 'Fläche km²',
        gebietsstand: 'Gebietsstand (Kopf)',
        ref_date: 'Stichtag (Kopf)',
      },
    },
  ];
  if (meta.degurbaColumn) {
    updates.push({
      ...yearSlice(DEGURBA_FILE, year),
      rows: hessen.map((r) => ({
        origin: { where, row: r.row },
        cells: {
          ags: r.key,
          name: r.name,
          year,
          degurba_code: r.degurba ? String(Number(r.degurba.code)) : '',
          degurba_name: r.degurba?.name ?? '',
          source: `Destatis GV-ISys Auszug ${file}`,
        },
      })),
      columns: {
        ags: 'Schlüssel',
        name: 'Gemeindename',
        degurba_code: `${meta.degurbaColumn} Schlüssel`,
        degurba_name: `${meta.degurbaColumn} Bezeichnung`,
      },
    });
  }
  const published = meta.published ? `, erschienen ${meta.published}` : '';
  return {
    updates,
    stand: `Gebietsstand ${germanDate(meta.gebietsstand)}, Bevölkerung ${germanDate(date)} (${basis})${published}`,
    licence: DESTATIS_LICENCE.replace('{GS}', germanDate(meta.gebietsstand)),
    notes: [],
  };
}

/**
 * BBSR Umstiegsschlüssel Gemeinden → the population years the atlas takes from BBSR (2020, 2022; population
 * „in 100“ → rounded to 10 persons); BBSR Umstiegsschlüssel Kreise → stats/population_kreise_annual_bbsr_1990_2020.csv.
 */
export function extractBbsrUmstieg(file: string, u: BbsrUmstieg, x: ExtractContext): Extraction {
  return u.level === 'gemeinde' ? umstiegGemeinden(file, u, x) : umstiegKreise(file, u, x);
}

function umstiegGemeinden(file: string, u: BbsrUmstieg, x: ExtractContext): Extraction {
  const current = records(x.tables.get(POPULATION_FILE));
  const bbsrYears = new Set(current.filter((r) => r.source?.startsWith('BBSR')).map((r) => r.year));
  const updates: TargetUpdate[] = [];
  const notes: string[] = [];
  for (const s of u.sheets) {
    const year = s.populationDate.slice(0, 4);
    if (!bbsrYears.has(year)) {
      notes.push(`Blatt ${s.sheet} übersprungen: der Atlas nimmt die Bevölkerung ${year} nicht aus dem BBSR-Umstiegsschlüssel`);
      continue;
    }
    expectGebietsstand(`${file}[${s.sheet}]`, year, s.populationDate, s.gebietsstand);
    const hessen = new Map<string, (typeof s.rows)[number]>();
    for (const r of s.rows) {
      if (!r.key.startsWith('06') || x.ctx.gemeindefrei.has(r.key) || r.population === null || r.population === 0) continue;
      const seen = hessen.get(r.key);
      if (seen && (seen.populationText !== r.populationText || seen.areaText !== r.areaText)) {
        throw new ImportMismatch(
          `${file}[${s.sheet}]`,
          `Zeilen ${seen.row} und ${r.row}: ${r.key} mit verschiedener Bevölkerung oder Fläche`,
        );
      }
      if (!seen) hessen.set(r.key, r);
    }
    const problem = gebietsstandProblem(hessen.keys(), s.gebietsstand, x.ctx, mergerNames(x.ctx.mergers, x.tables));
    if (problem) throw new ImportMismatch(`${file}[${s.sheet}]`, problem);
    const basis = populationBasis(file, s.populationDate, null, current.find((r) => r.year === year)?.pop_basis);
    const rows: TidyRow[] = [...hessen.values()].map((r) => ({
      origin: { where: `${file}[${s.sheet}]`, row: r.row },
      cells: {
        ags: r.key,
        name: r.name,
        year,
        ref_date: s.populationDate,
        gebietsstand: s.gebietsstand,
        pop_total: String(Math.round(r.population! * s.populationUnit)),
        pop_male: '',
        pop_female: '',
        area_km2: r.areaKm2 === null ? '' : fixed2(r.areaKm2),
        precision: s.populationUnit === 1 ? 'exact' : `rounded_to_${s.populationUnit / 10}`,
        pop_basis: basis,
        source: `BBSR Umstiegsschluessel ${file} sheet ${s.sheet}`,
      },
    }));
    updates.push({
      ...yearSlice(POPULATION_FILE, year),
      rows,
      columns: { pop_total: 'Bevölkerung', area_km2: 'Fläche km²', name: 'Gemeindename' },
    });
  }
  const years = updates.map((u_) => u_.slice.replace('Jahr ', '')).join(', ');
  return { updates, stand: `Bevölkerung 31.12. der Jahre ${years || '–'} (BBSR)`, licence: BBSR_LICENCE, notes };
}

/** The staging's hand-written notes (1990 caution, 2011 census break) are kept for rows that stay. */
function umstiegKreise(file: string, u: BbsrUmstieg, x: ExtractContext): Extraction {
  const current = records(x.tables.get(KREIS_SERIES_FILE));
  const notes = new Map(current.map((r) => [`${r.ags}|${r.year}`, r.note ?? '']));
  const target = '2021-12-31';
  const rows: TidyRow[] = [];
  const sheetNotes: string[] = [];
  for (const s of u.sheets) {
    if (s.targetGebietsstand !== target) {
      sheetNotes.push(
        `Blatt ${s.sheet} führt auf die Kreise vom ${germanDate(s.targetGebietsstand)} statt ${germanDate(target)} (die Prüfung verlangt für Hessen dieselben Kreise)`,
      );
    }
    const year = s.populationDate.slice(0, 4);
    for (const r of s.rows) {
      if (!r.key.startsWith('06')) continue;
      rows.push({
        origin: { where: `${file}[${s.sheet}]`, row: r.row },
        cells: {
          ags: r.key,
          name: r.name,
          year,
          pop_thousands: r.population === null ? '' : String(r.population),
          area_km2: r.areaKm2 === null ? '' : String(r.areaKm2),
          ags_2021: r.targetKey,
          pop_weight_to_2021: r.populationWeight === null ? '' : String(r.populationWeight),
          source: `BBSR ${file} sheet ${s.sheet}`,
          note: notes.get(`${r.key}|${year}`) ?? '',
        },
      });
    }
  }
  const kreise = new Set(rows.map((r) => r.cells.ags));
  const missing = [...x.ctx.kreise].filter((k) => !kreise.has(k));
  if (missing.length) throw new ImportMismatch(file, `Kreise fehlen: ${missing.join(', ')}`);
  const years = u.sheets.map((s) => s.sheet);
  return {
    updates: [
      {
        file: KREIS_SERIES_FILE,
        slice: 'ganze Datei',
        replaces: () => true,
        rows,
        columns: {
          pop_thousands: 'Bevölkerung in 1000',
          area_km2: 'Fläche km²',
          ags_2021: 'Kreise 31.12.2021',
          pop_weight_to_2021: 'bevölkerungsproportionaler Umsteigeschlüssel',
        },
      },
    ],
    stand: `Kreise ${years[0]}–${years.at(-1)}, umgerechnet auf die Kreise vom ${germanDate(target)}`,
    licence: BBSR_LICENCE,
    notes: sheetNotes,
  };
}
