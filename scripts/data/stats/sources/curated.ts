// Curated, transcribed facts with their URLs: published projection figures and a cited selection of smart-city projects.
import { z } from 'zod';
import { parseCsv } from '../csv.ts';
import { decimal, httpUrl, oneOf, optional, optionalText, text, validateRows, count, checkUnique } from '../validate.ts';
import type { Context } from './context.ts';

export const PROJECTIONS_FILE = 'stats/population_projection_published_figures.csv';
export const PROJECTS_FILE = 'stats/smart_city_projects_hessen.csv';

export const PROJECTION_COLUMNS = ['ags', 'level', 'name', 'projection', 'base', 'target', 'indicator', 'value', 'unit', 'source_url', 'note'] as const;
export const PROJECT_COLUMNS = [
  'program', 'round', 'year', 'project', 'lead', 'participants', 'ags', 'level', 'amount_eur', 'amount_kind',
  'amount_wording_de', 'themes', 'source_url', 'source_date', 'note_de', 'note_en', 'confidence',
] as const;

export type ProjectionRow = Record<(typeof PROJECTION_COLUMNS)[number], string> & { line: number };
export type ProjectRow = Record<(typeof PROJECT_COLUMNS)[number], string> & { line: number };

const RB = ['064', '065', '066'];
const INDICATOR_UNITS: Readonly<Record<string, readonly string[]>> = {
  pop_change: ['percent'],
  pop_level_base: ['persons', 'persons (approx.)'],
  pop_level_target: ['persons', 'persons (approx.)'],
};

const yearOrDate = (what: string) =>
  z.string().regex(/^\d{4}(-\d{2}-\d{2})?$/, { error: (i) => (i.input === '' ? 'Wert fehlt' : `${String(i.input)} ist kein ${what} (JJJJ oder JJJJ-MM-TT)`) });

export function parseProjections(text_: string, ctx: Context): ProjectionRow[] {
  const file = PROJECTIONS_FILE;
  const schema = z
    .object({
      ags: text(),
      level: oneOf(['land', 'regierungsbezirk', 'kreis'], 'keine bekannte Ebene'),
      name: text(),
      projection: text(),
      base: yearOrDate('Basisjahr'),
      target: yearOrDate('Zieljahr'),
      indicator: oneOf(Object.keys(INDICATOR_UNITS), 'kein bekannter Indikator'),
      value: decimal(),
      unit: oneOf(['percent', 'persons', 'persons (approx.)'], 'keine bekannte Einheit'),
      source_url: httpUrl(),
      note: optionalText(),
    })
    .superRefine((r, c) => {
      const issue = (path: string, message: string) => c.addIssue({ code: 'custom', path: [path], message });
      const known = r.level === 'land' ? r.ags === '06' : r.level === 'regierungsbezirk' ? RB.includes(r.ags) : ctx.kreise.has(r.ags);
      if (!known) return issue('ags', `${r.ags} ist kein bekannter Schlüssel der Ebene ${r.level}`);
      if (r.target.slice(0, 4) <= r.base.slice(0, 4)) return issue('target', `${r.target} liegt nicht nach ${r.base}`);
      if (!INDICATOR_UNITS[r.indicator]!.includes(r.unit)) return issue('unit', `${r.unit} passt nicht zu ${r.indicator}`);
      if (r.unit !== 'percent' && (Number(r.value) < 0 || !Number.isInteger(Number(r.value)))) return issue('value', `${r.value} ist keine Personenzahl`);
    });
  const rows: ProjectionRow[] = validateRows(file, parseCsv(file, text_, PROJECTION_COLUMNS), schema);
  checkUnique(file, rows, ['ags', 'projection', 'base', 'target', 'indicator']);
  return rows;
}

/** state_grant_sum: several commitments on one page, summed by the curator (stats/SOURCES.md §9). */
const AMOUNT_KINDS = ['federal_grant', 'federal_grant_approx', 'state_grant', 'state_grant_approx', 'state_grant_sum'];

export function parseProjects(text_: string, ctx: Context): ProjectRow[] {
  const file = PROJECTS_FILE;
  const schema = z
    .object({
      program: text(),
      round: optionalText(),
      year: optional(decimal({ min: 2015, max: 2030, integer: true })),
      project: text(),
      lead: text(),
      participants: text(),
      ags: text(),
      level: text(),
      amount_eur: optional(count()),
      amount_kind: optional(oneOf(AMOUNT_KINDS, 'keine bekannte Betragsart')),
      amount_wording_de: optionalText(),
      themes: optionalText(),
      source_url: httpUrl(),
      source_date: optional(z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, { error: (i) => `${String(i.input)} ist kein Datum (JJJJ[-MM[-TT]])` })),
      note_de: optionalText(),
      note_en: optionalText(),
      confidence: oneOf(['high', 'medium', 'low'], 'keine bekannte Verlässlichkeit (high, medium, low)'),
    })
    .superRefine((r, c) => {
      const issue = (path: string, message: string) => c.addIssue({ code: 'custom', path: [path], message });
      if ((r.note_de === '') !== (r.note_en === '')) return issue(r.note_de === '' ? 'note_de' : 'note_en', 'Anmerkung nur in einer Sprache');
      const levels = new Set<string>();
      for (const a of r.ags.split('|')) {
        if (/^06\d{6}$/.test(a)) {
          if (!ctx.gemeinden.has(a) || ctx.mergers.some((m) => m.oldAgs === a)) return issue('ags', `${a} ist keine heutige hessische Gemeinde`);
          levels.add('gemeinde');
        } else if (/^06\d{3}$/.test(a)) {
          if (!ctx.kreise.has(a)) return issue('ags', `${a} ist kein bekannter hessischer Kreis`);
          levels.add('kreis');
        } else return issue('ags', `${a} ist kein gültiger Gemeinde- oder Kreisschlüssel`);
      }
      const stated = r.level.split('|');
      if (stated.some((l) => !levels.has(l)) || [...levels].some((l) => !stated.includes(l))) {
        return issue('level', `${r.level} passt nicht zu den Schlüsseln ${r.ags}`);
      }
      if (r.amount_eur !== '' && r.amount_kind === '') return issue('amount_kind', 'Betragsart fehlt zum Betrag');
    });
  return validateRows(file, parseCsv(file, text_, PROJECT_COLUMNS), schema);
}
