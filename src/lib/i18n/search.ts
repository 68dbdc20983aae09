// Texts of the place search (component and result details). German is the source; English mirrors every key.
import { formatNumber } from '../scales/format.ts';
import type { Level } from '../data/catalogue.ts';

export const SEARCH_TEXT = {
  de: {
    label: 'Ort suchen (Name oder AGS)',
    noResults: 'keine Treffer',
    results: (n: number) => (n === 1 ? '1 Treffer, mit Pfeiltasten wählen' : `${formatNumber(n, 0)} Treffer, mit Pfeiltasten wählen`),
    selected: (label: string) => `${label} ausgewählt`,
    level: { gemeinde: 'Gemeinde', kreis: 'Kreis', rb: 'Regierungsbezirk', land: 'Land', bund: 'Bund' } satisfies Record<Level, string>,
    unincorporated: 'Gemeindefreies Gebiet',
    /** `date` is already formatted (01.01.2023). */
    formerNote: (oldName: string, date: string, newName: string, merger: boolean) =>
      `${oldName} gehört seit ${date} zu ${newName}${merger ? ' (Zusammenschluss)' : ''}`,
  },
  en: {
    label: 'Find a place (name or AGS)',
    noResults: 'no matches',
    results: (n: number) =>
      n === 1 ? '1 result, use arrow keys to choose' : `${formatNumber(n, 0, 'en')} results, use arrow keys to choose`,
    selected: (label: string) => `${label} selected`,
    level: { gemeinde: 'Municipality', kreis: 'District', rb: 'Government region', land: 'State', bund: 'Country' } satisfies Record<
      Level,
      string
    >,
    unincorporated: 'Unincorporated area',
    /** `date` is already formatted (1 Jan 2023). */
    formerNote: (oldName: string, date: string, newName: string, merger: boolean) =>
      `${oldName} has been part of ${newName} since ${date}${merger ? ' (merger)' : ''}`,
  },
} as const;
