// Published population projections of regions (cited figures, shown as text, never as a map).
import { column, type Db } from '../data/db.ts';

export interface ProjectionRow {
  ags: string;
  /** Name of the projection as published. */
  projection: string;
  /** Base and target as written in the source: "2014" or "2014-12-31". */
  base: string;
  target: string;
  /** Projected change in per cent from base to target. */
  value: number;
  sourceUrl: string;
}

/** Projected population changes (per cent) of the given regions, oldest base first. */
export async function projectionsFor(db: Db, ags: string[]): Promise<ProjectionRow[]> {
  const out: ProjectionRow[] = [];
  for (const a of ags) {
    const t = await db.query(
      `SELECT ags, projection, base, target, value::DOUBLE AS value, source_url FROM projections
       WHERE ags = $1 AND indicator = 'pop_change' AND unit = 'percent' AND value IS NOT NULL
       ORDER BY base, target`,
      [a],
    );
    const cols = {
      ags: column<string>(t, 'ags'),
      projection: column<string>(t, 'projection'),
      base: column<string>(t, 'base'),
      target: column<string>(t, 'target'),
      value: column<number>(t, 'value'),
      url: column<string>(t, 'source_url'),
    };
    for (let i = 0; i < t.numRows; i++) {
      out.push({
        ags: cols.ags[i] ?? a,
        projection: cols.projection[i] ?? '',
        base: cols.base[i] ?? '',
        target: cols.target[i] ?? '',
        value: cols.value[i]!,
        sourceUrl: cols.url[i] ?? '',
      });
    }
  }
  return out;
}

/** "2014" from "2014-12-31" or "2014". */
export function yearOf(date: string): string {
  return date.slice(0, 4);
}
