// The small payload the page needs before DuckDB: catalogue, regions and the first view's values
// (computed at build time by the same queries the app runs later).
import { z } from '../zod.ts';
import { Catalogue, Level, PeriodId } from './catalogue.ts';
import type { Value, Values } from './queries.ts';

export const Region = z.object({
  /** AGS: Land (2), RB (3), Kreis (5), Gemeinde (8) digits; "DG" for Germany. */
  ags: z.string().regex(/^(\d{2}|\d{3}|\d{5}|\d{8}|DG)$/),
  level: Level,
  name: z.string().min(1),
  bez: z.string(),
  kreis: z.string(),
  rb: z.string(),
  area_km2: z.number().nullable(),
  inhabited: z.boolean(),
});
export type Region = z.infer<typeof Region>;

export const Change = z.object({
  date: z.string(),
  old_ags: z.string(),
  old_name: z.string(),
  new_ags: z.string(),
  new_name: z.string(),
  kind: z.string(),
});
export type Change = z.infer<typeof Change>;

/** [ags, value, n, expected, flags] — compact on the wire. */
const WireValue = z.tuple([z.string(), z.number(), z.number().int(), z.number().int(), z.array(z.string())]);

export const FirstView = z.object({
  indicator: z.string(),
  period: PeriodId,
  base: PeriodId.optional(),
  values: z.partialRecord(Level, z.array(WireValue)),
});
export type FirstView = z.infer<typeof FirstView>;

export const Boot = z.object({
  catalogue: Catalogue,
  regions: z.array(Region).min(1),
  changes: z.array(Change),
  firstView: FirstView,
});
export type Boot = z.infer<typeof Boot>;

export function toWire(values: Values): z.infer<typeof WireValue>[] {
  return [...values].map(([ags, v]) => [ags, v.value, v.n, v.expected, v.flags]);
}

export function fromWire(rows: z.infer<typeof WireValue>[]): Values {
  return new Map(rows.map(([ags, value, n, expected, flags]): [string, Value] => [ags, { value, n, expected, flags }]));
}
