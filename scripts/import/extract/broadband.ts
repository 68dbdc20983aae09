// Hessen extracts of the Breitbandatlas CSVs: households per Gemeinde and per Kreis, mobile area coverage per Kreis.
import { germanDate } from '../../data/stats/periods.ts';
import {
  BB_GEMEINDEN_FILE,
  BB_GEMEINDEN_GEBIETSSTAND,
  BB_GEMEINDEN_PERIODS,
  BB_KREISE_FILE,
  BB_KREISE_PERIODS,
  MOBILE_FILE,
  MOBILE_PERIOD,
} from '../../data/stats/sources/broadband.ts';
import { POPULATION_FILE } from '../../data/stats/sources/population.ts';
import type { BbaMobil, BbaShares } from '../layouts/breitbandatlas.ts';
import { type Extraction, type ExtractContext, gebietsstandProblem, ImportMismatch, mergerNames, pythonG, records } from './common.ts';

const LICENCE =
  '„Breitbandatlas | Gigabit-Grundbuch (https://gigabitgrundbuch.bund.de), Daten verändert“; freie Nutzung mit Quellenangabe, Änderungen kenntlich machen';

function period(file: string, p: string | null, allowed: readonly string[], target: string): string {
  if (p === null) {
    throw new ImportMismatch(
      file,
      'Stand nicht erkennbar: die Breitbandatlas-Dateien nennen ihn nur im Namen (…_JJJJ_mitte.csv / …_JJJJ_ende.csv bzw. …_JJJJ_1.csv / …_JJJJ_2.csv)',
    );
  }
  if (!allowed.includes(p)) {
    throw new ImportMismatch(
      file,
      `Stand ${p} ist in ${target} nicht vorgesehen (erwartet eines von ${allowed.join(', ')}; neue Stände brauchen zuerst einen Eintrag in scripts/data/stats/sources/broadband.ts)`,
    );
  }
  return p;
}

const periodSlice = (file: string, p: string) => ({ file, slice: `Periode ${p}`, replaces: (c: Record<string, string>) => c.period === p });

/** Gemeinde CSV → stats/broadband_gemeinden_long.csv; the atlas expects these files on the Gebietsstand 31.12.2017. */
export function extractBbaGemeinde(file: string, data: BbaShares, x: ExtractContext): Extraction {
  const p = period(file, data.meta.period, BB_GEMEINDEN_PERIODS, BB_GEMEINDEN_FILE);
  const hessen = data.rows.filter((r) => r.ags.startsWith('06') && !x.ctx.gemeindefrei.has(r.ags));
  const problem = gebietsstandProblem(
    hessen.map((r) => r.ags),
    BB_GEMEINDEN_GEBIETSSTAND,
    x.ctx,
    mergerNames(x.ctx.mergers, x.tables),
  );
  if (problem) throw new ImportMismatch(file, problem);
  const names = new Map(
    records(x.tables.get(POPULATION_FILE))
      .filter((r) => r.gebietsstand === BB_GEMEINDEN_GEBIETSSTAND)
      .map((r) => [r.ags!, r.name!]),
  );
  const rows = hessen
    .filter((r) => r.sharePct !== null)
    .map((r) => ({
      origin: { where: file, row: r.line },
      cells: {
        ags: r.ags,
        name: names.get(r.ags) ?? '',
        period: p,
        technology: r.technology,
        min_mbps: String(r.minMbps),
        share_households_pct: pythonG(r.sharePct!),
        source: file,
      },
    }));
  return {
    updates: [
      {
        ...periodSlice(BB_GEMEINDEN_FILE, p),
        rows,
        columns: { share_households_pct: `Spalte „${'<Technologie> ≥ <N> Mbit/s'}“`, ags: 'AGS' },
      },
    ],
    stand: `Stand ${p} (laut Dateiname), Gemeinden auf dem Gebietsstand ${germanDate(BB_GEMEINDEN_GEBIETSSTAND)}`,
    licence: LICENCE,
    notes: [],
  };
}

function kreisProblem(found: Iterable<string>, x: ExtractContext): string | null {
  const got = new Set(found);
  const unknown = [...got].filter((k) => !x.ctx.kreise.has(k)).sort();
  const missing = [...x.ctx.kreise].filter((k) => !got.has(k)).sort();
  if (!unknown.length && !missing.length) return null;
  return (
    `Kreisschlüssel passen nicht zu den ${x.ctx.kreise.size} Kreisen des Atlas (Gebietsstand 2023–2025)` +
    (unknown.length ? `; unbekannt: ${unknown.join(', ')}` : '') +
    (missing.length ? `; fehlen: ${missing.join(', ')}` : '')
  );
}

/** Kreis CSV → stats/broadband_kreise_long.csv. */
export function extractBbaKreis(file: string, data: BbaShares, x: ExtractContext): Extraction {
  const p = period(file, data.meta.period, BB_KREISE_PERIODS, BB_KREISE_FILE);
  const hessen = data.rows.filter((r) => r.ags.startsWith('06'));
  const problem = kreisProblem(
    hessen.map((r) => r.ags),
    x,
  );
  if (problem) throw new ImportMismatch(file, problem);
  const rows = hessen
    .filter((r) => r.sharePct !== null)
    .map((r) => ({
      origin: { where: file, row: r.line },
      cells: {
        ags: r.ags,
        period: p,
        technology: r.technology,
        min_mbps: String(r.minMbps),
        share_households_pct: pythonG(r.sharePct!),
        source: file,
      },
    }));
  const ignored = data.meta.ignoredColumns.length
    ? [`nicht gelesene Spalten (ohne Bandbreitenklasse): ${data.meta.ignoredColumns.join(', ')}`]
    : [];
  return {
    updates: [
      { ...periodSlice(BB_KREISE_FILE, p), rows, columns: { share_households_pct: 'Spalte „verf_<Technologie>_<N>“', ags: 'ags' } },
    ],
    stand: `Stand ${p} (laut Dateiname)`,
    licence: LICENCE,
    notes: ignored,
  };
}

/** Mobile coverage CSV → stats/mobile_coverage_kreise_2021.csv (rows in file order, like the staging). */
export function extractBbaMobil(file: string, data: BbaMobil, x: ExtractContext): Extraction {
  const p = period(file, data.meta.period, [MOBILE_PERIOD], MOBILE_FILE);
  const hessen = data.rows.filter((r) => r.ags.startsWith('06'));
  const problem = kreisProblem(
    hessen.map((r) => r.ags),
    x,
  );
  if (problem) throw new ImportMismatch(file, problem);
  const rows = hessen
    .filter((r) => r.sharePct !== null)
    .map((r) => ({
      origin: { where: file, row: r.line },
      cells: {
        ags: r.ags,
        period: p,
        technology_code: r.technologyCode,
        technology: r.technologyCode.startsWith('5G') ? '5G' : 'LTE',
        min_mbps: r.technologyCode.replace(/^(5G|LTE)/, ''),
        area_type: r.areaType,
        area_group: r.areaGroup,
        share_area_pct: pythonG(r.sharePct!),
        source: file,
      },
    }));
  return {
    updates: [
      {
        ...periodSlice(MOBILE_FILE, p),
        rows,
        columns: {
          share_area_pct: 'Verfügbarkeit',
          technology_code: 'Technologie',
          area_type: 'Flaechenart',
          area_group: 'Flaechen Gruppe Name',
        },
      },
    ],
    stand: `Stand ${p} (laut Dateiname)`,
    licence: LICENCE,
    notes: [],
  };
}
