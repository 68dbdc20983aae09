// Texts of the scope switch (Hessen | Deutschland). German is the source; English mirrors every key.
import type { Scope } from '../state/scope.ts';

export const SCOPE_TEXT = {
  de: {
    legend: 'Raum',
    options: { hessen: 'Hessen', de: 'Deutschland' } satisfies Record<Scope, string>,
    hint: {
      hessen:
        'Deutschland zeigt alle Gemeinden, Kreise und Länder mit den bundesweit vorliegenden Indikatoren; Hessen bleibt hervorgehoben.',
      de: 'Alle Gemeinden Deutschlands; Hessens Grenze ist hervorgehoben. Hessen zeigt den vollen Hessen-Datensatz.',
    } satisfies Record<Scope, string>,
    loading: 'Datensatz wird geladen …',
  },
  en: {
    legend: 'Area',
    options: { hessen: 'Hesse', de: 'Germany' } satisfies Record<Scope, string>,
    hint: {
      hessen: 'Germany shows every municipality, district and state with the indicators available nationwide; Hesse stays highlighted.',
      de: 'Every municipality in Germany; Hesse’s border is highlighted. Hesse shows the full Hesse data set.',
    } satisfies Record<Scope, string>,
    loading: 'Loading data set …',
  },
} as const;
