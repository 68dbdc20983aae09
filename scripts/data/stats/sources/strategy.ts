// Figures the state strategy states (shown as "laut Strategie" with their citation, never as data).
import { z } from 'zod';
import type { Reference } from '../../../../src/lib/data/catalogue.ts';
import { parseCsv } from '../csv.ts';
import { checkUnique, decimal, oneOf, optional, text, validateRows } from '../validate.ts';
import type { Context } from './context.ts';

export const STRATEGY_FILE = 'stats/strategy_statements.csv';
export const STRATEGY_IDS = ['rural_area_share', 'rural_gemeinden', 'rb_kassel_change_pct', 'rb_kassel_change_persons'] as const;
const COLUMNS = ['id', 'value', 'unit', 'approximate', 'ags', 'base', 'target', 'citation_de', 'citation_en', 'provenance'];

export interface StrategyRow {
  line: number;
  id: string;
  value: string;
  unit: string;
  approximate: string;
  ags: string;
  base: string;
  target: string;
  citation_de: string;
  citation_en: string;
}

export function parseStrategy(text_: string, ctx: Context): StrategyRow[] {
  const file = STRATEGY_FILE;
  const year = z.string().regex(/^\d{4}$/, { error: (i) => `${String(i.input)} ist kein Jahr (JJJJ)` });
  const schema = z
    .object({
      id: oneOf(STRATEGY_IDS, 'keine bekannte Aussage'),
      value: decimal(),
      unit: oneOf(['percent', 'count', 'persons'], 'keine bekannte Einheit'),
      approximate: oneOf(['true', 'false'], 'nicht true oder false'),
      ags: text(),
      base: optional(year),
      target: optional(year),
      citation_de: text(),
      citation_en: text(),
      provenance: text(),
    })
    .superRefine((r, c) => {
      if (r.ags !== '06' && !['064', '065', '066'].includes(r.ags) && !ctx.kreise.has(r.ags)) {
        c.addIssue({ code: 'custom', path: ['ags'], message: `${r.ags} ist kein bekannter Schlüssel von Land, Regierungsbezirk oder Kreis` });
      } else if ((r.base === '') !== (r.target === '')) {
        c.addIssue({ code: 'custom', path: [r.base === '' ? 'base' : 'target'], message: 'Basis- und Zieljahr nur zusammen' });
      }
    });
  const rows = validateRows(file, parseCsv(file, text_, COLUMNS), schema);
  checkUnique(file, rows, ['id']);
  for (const id of STRATEGY_IDS) if (!rows.some((r) => r.id === id)) throw new Error(`${file}: Aussage ${id} fehlt`);
  return rows;
}

/** The catalogue's references: value, unit and citation of each statement. */
export function strategyReferences(rows: readonly StrategyRow[]): Reference[] {
  return rows.map((r) => ({
    id: r.id,
    value: Number(r.value),
    unit: r.unit as Reference['unit'],
    approximate: r.approximate === 'true',
    ags: r.ags,
    ...(r.base ? { base: r.base, target: r.target } : {}),
    citation: { de: r.citation_de, en: r.citation_en },
  }));
}
