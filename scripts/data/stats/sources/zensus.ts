// Zensus 2022 population per Gemeinde (Stichtag and Gebietsstand 15.05.2022): schema of stats/zensus2022_gemeinden.csv.
// Written by `npm run import` from the GENESIS flat file; read by the pipeline as `pop_zensus2022`.
import { z } from 'zod';
import { parseCsv } from '../csv.ts';
import { ags, checkUnique, count, isoDate, oneOf, text, validateRows } from '../validate.ts';
import { notOnGebietsstand, type Context } from './context.ts';
import type { SourceObservation } from '../observations.ts';

export const ZENSUS_FILE = 'stats/zensus2022_gemeinden.csv';
export const ZENSUS_COLUMNS = ['ags', 'ars', 'name', 'ref_date', 'gebietsstand', 'pop_total', 'pop_basis', 'quality', 'source'] as const;
/** Census day of the Zensus 2022; the table's Gebietsstand is the same day. */
export const ZENSUS_DATE = '2022-05-15';
export const ZENSUS_BASIS = 'Zensus2022';

export type ZensusRow = { line: number } & Record<(typeof ZENSUS_COLUMNS)[number], string>;

export function parseZensus2022(text_: string, ctx: Context): ZensusRow[] {
  const file = ZENSUS_FILE;
  const schema = z
    .object({
      ags: ags('gemeinde', ctx.gemeinden),
      ars: text(),
      name: text(),
      ref_date: oneOf([ZENSUS_DATE], 'nicht der Zensusstichtag'),
      gebietsstand: isoDate(),
      pop_total: count(),
      pop_basis: oneOf([ZENSUS_BASIS], 'keine bekannte Basis'),
      quality: text(),
      source: text(),
    })
    .superRefine((r, c) => {
      const issue = (path: string, message: string) => c.addIssue({ code: 'custom', path: [path], message });
      if (!/^\d{12}$/.test(r.ars) || r.ars.slice(0, 5) + r.ars.slice(9) !== r.ags) return issue('ars', `${r.ars} ist nicht der 12-stellige ARS zu ${r.ags}`);
      if (r.gebietsstand !== ZENSUS_DATE) return issue('gebietsstand', `${r.gebietsstand} ist nicht der Gebietsstand des Zensus (${ZENSUS_DATE})`);
      const gone = notOnGebietsstand(r.ags, r.gebietsstand, ctx);
      if (gone) return issue('ags', gone);
    });
  const rows = validateRows(file, parseCsv(file, text_, ZENSUS_COLUMNS), schema);
  checkUnique(file, rows, ['ags']);
  return rows;
}

/** Period id of the census day in observations (a month id: the catalogue states the day, 15.05.2022). */
export const ZENSUS_PERIOD = '2022-05';
/** The last population update on the Zensus-2011 basis before the census day (31.12.2021, Destatis). */
export const FORTSCHREIBUNG_BEFORE_ZENSUS = '2021';
/** Both sides of the comparison Zensus 2022 vs. the Zensus-2011-based update, as one measure with two periods. */
export const ZENSUS_COMPARISON = 'pop_zensus_vergleich';

/**
 * Zensus 2022 per Gemeinde (`pop_zensus2022`, on the Gebietsstand 15.05.2022, so harmonise sums
 * Bromskirchen into Allendorf (Eder)), and the comparison measure: the same census values at
 * 2022-05 and the official update of 31.12.2021 (Zensus 2011 basis) at 2021, so that the catalogue's
 * `change` formula gives 100 · (Σ Zensus / Σ Fortschreibung − 1) with both dates stated.
 */
export function zensusObservations(rows: readonly ZensusRow[], population: readonly SourceObservation[], ctx: Context): SourceObservation[] {
  const out: SourceObservation[] = [];
  for (const r of rows) {
    if (ctx.gemeindefrei.has(r.ags)) continue;
    const base = { ags: r.ags, period: ZENSUS_PERIOD, kind: 'count' as const, gebietsstand: r.gebietsstand, value: r.pop_total, flags: [] };
    out.push({ ...base, measure: 'pop_zensus2022' }, { ...base, measure: ZENSUS_COMPARISON });
  }
  for (const o of population) {
    if (o.measure === 'pop_total' && o.period === FORTSCHREIBUNG_BEFORE_ZENSUS) out.push({ ...o, measure: ZENSUS_COMPARISON });
  }
  return out;
}
