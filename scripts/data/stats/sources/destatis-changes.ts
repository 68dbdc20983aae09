// Destatis' official lists of territorial changes, Hessian rows: schema of stats/gebietsaenderungen_destatis.csv.
// Written by `npm run import` from the yearly Gebietsänderungen xlsx; read by the pipeline (SOURCE_FILES): for the
// periods of stats/gebietsaenderungen_destatis_listen.csv, mergers, key changes and renamings come from here
// (scripts/data/stats/changes.ts), the hand-made gebietsaenderungen_hessen.csv only for the other years.
// One row per giving → receiving unit of a change (Kennziffer), Gemeinde and Gemeindeverband rows, as published.
import { z } from 'zod';
import { parseCsv } from '../csv.ts';
import { SourceRowError } from '../errors.ts';
import { count, isoDate, oneOf, optional, optionalText, text, validateRows } from '../validate.ts';

export const DESTATIS_CHANGES_FILE = 'stats/gebietsaenderungen_destatis.csv';
export const DESTATIS_CHANGES_COLUMNS = [
  'list_from',
  'list_to',
  'kennziffer',
  'regionaleinheit',
  'old_ars',
  'old_ags',
  'old_name',
  'change_kinds',
  'change_kind_names',
  'area_m2',
  'population',
  'new_ars',
  'new_ags',
  'new_name',
  'effective_legal',
  'effective_statistical',
  'source',
] as const;

/** One row per list read (also lists without a Hessian change), so the covered periods are known. */
export const DESTATIS_LISTS_FILE = 'stats/gebietsaenderungen_destatis_listen.csv';
export const DESTATIS_LISTS_COLUMNS = ['list_from', 'list_to', 'published', 'changes_germany', 'changes_hessen', 'source'] as const;

/** Änderungsart codes of the lists (legend under each table). */
export const CHANGE_KINDS: Readonly<Record<string, string>> = {
  '1': 'Auflösung',
  '2': 'Teilausgliederung',
  '3': 'Schlüsseländerung',
  '4': 'Namensänderung',
};

export type DestatisChangeRow = { line: number } & Record<(typeof DESTATIS_CHANGES_COLUMNS)[number], string>;

export function parseDestatisChanges(text_: string): DestatisChangeRow[] {
  const file = DESTATIS_CHANGES_FILE;
  const schema = z
    .object({
      list_from: isoDate(),
      list_to: isoDate(),
      kennziffer: text(),
      regionaleinheit: oneOf(['Gemeinde', 'Gemeindeverband'], 'keine bekannte Regionaleinheit'),
      old_ars: text(),
      old_ags: optionalText(),
      old_name: text(),
      change_kinds: text(),
      change_kind_names: text(),
      area_m2: optional(count()),
      population: optional(count()),
      new_ars: optionalText(),
      new_ags: optionalText(),
      new_name: optionalText(),
      effective_legal: isoDate(),
      effective_statistical: isoDate(),
      source: text(),
    })
    .superRefine((r, c) => {
      const issue = (path: string, message: string) => c.addIssue({ code: 'custom', path: [path], message });
      const gemeinde = r.regionaleinheit === 'Gemeinde';
      const arsOk = (ars: string) => new RegExp(`^\\d{${gemeinde ? 12 : 9}}$`).test(ars);
      const agsOf = (ars: string) => (gemeinde ? ars.slice(0, 5) + ars.slice(9) : '');
      if (r.list_from > r.list_to) return issue('list_to', `${r.list_to} liegt vor ${r.list_from}`);
      if (!/^\d{2}\/\d{4}\/\d{4}-[A-Z]$/.test(r.kennziffer)) return issue('kennziffer', `${r.kennziffer} ist keine Kennziffer LL/JJJJ/NNNN-X`);
      if (!arsOk(r.old_ars)) return issue('old_ars', `${r.old_ars} ist kein ${gemeinde ? 12 : 9}-stelliger ARS`);
      if (r.old_ags !== agsOf(r.old_ars)) return issue('old_ags', `${r.old_ags} passt nicht zum ARS ${r.old_ars}`);
      if (r.new_ars !== '' || gemeinde) {
        if (!arsOk(r.new_ars)) return issue('new_ars', `${r.new_ars} ist kein ${gemeinde ? 12 : 9}-stelliger ARS`);
        if (r.new_ags !== agsOf(r.new_ars)) return issue('new_ags', `${r.new_ags} passt nicht zum ARS ${r.new_ars}`);
        if (r.new_name === '') return issue('new_name', 'Wert fehlt');
      }
      if (!r.old_ars.startsWith('06') && !r.new_ars.startsWith('06')) return issue('old_ars', 'weder abgebende noch aufnehmende Einheit liegt in Hessen');
      const kinds = r.change_kinds.split('|');
      const bad = kinds.find((k) => !(k in CHANGE_KINDS));
      if (bad !== undefined) return issue('change_kinds', `${bad} ist keine bekannte Änderungsart (${Object.entries(CHANGE_KINDS).map(([k, v]) => `${k} ${v}`).join(', ')})`);
      if (r.change_kind_names !== kinds.map((k) => CHANGE_KINDS[k]).join('|')) return issue('change_kind_names', `passt nicht zu ${r.change_kinds}`);
      if (r.effective_statistical < r.list_from || r.effective_statistical > r.list_to) {
        return issue('effective_statistical', `${r.effective_statistical} liegt nicht im Zeitraum der Liste ${r.list_from}–${r.list_to}`);
      }
    });
  const rows = validateRows(file, parseCsv(file, text_, DESTATIS_CHANGES_COLUMNS), schema);
  const seen = new Map<string, number>();
  for (const r of rows) {
    const k = [r.kennziffer, r.regionaleinheit, r.old_ars, r.new_ars].join('|');
    const first = seen.get(k);
    if (first !== undefined) throw new SourceRowError(file, r.line, 'kennziffer', `doppelter Eintrag (wie Zeile ${first})`);
    seen.set(k, r.line);
  }
  return rows;
}

export type DestatisListRow = { line: number } & Record<(typeof DESTATIS_LISTS_COLUMNS)[number], string>;

/** The lists read; periods must not overlap. */
export function parseDestatisLists(text_: string): DestatisListRow[] {
  const file = DESTATIS_LISTS_FILE;
  const schema = z
    .object({
      list_from: isoDate(),
      list_to: isoDate(),
      published: optionalText(),
      changes_germany: count(),
      changes_hessen: count(),
      source: text(),
    })
    .superRefine((r, c) => {
      if (r.list_from > r.list_to) c.addIssue({ code: 'custom', path: ['list_to'], message: `${r.list_to} liegt vor ${r.list_from}` });
      else if (Number(r.changes_hessen) > Number(r.changes_germany)) c.addIssue({ code: 'custom', path: ['changes_hessen'], message: `mehr als ${r.changes_germany} (Deutschland)` });
    });
  const rows = validateRows(file, parseCsv(file, text_, DESTATIS_LISTS_COLUMNS), schema);
  const sorted = [...rows].sort((a, b) => (a.list_from < b.list_from ? -1 : 1));
  for (let i = 1; i < sorted.length; i++) {
    const prev = sorted[i - 1]!;
    const r = sorted[i]!;
    if (r.list_from <= prev.list_to) throw new SourceRowError(file, r.line, 'list_from', `Zeitraum überschneidet Zeile ${prev.line} (${prev.list_from}–${prev.list_to})`);
  }
  return rows;
}
