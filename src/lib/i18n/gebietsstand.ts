// Texts of the Gebietsstand switch. German is the source; English mirrors every key.
import type { Gebietsstand } from '../state/gebietsstand.ts';

export const GEBIETSSTAND_TEXT = {
  de: {
    legend: 'Gebietsstand',
    options: { '2026': 'Gebietsstand 2026 (27 Kreise)', '2025': '2023–2025 (26 Kreise)' } satisfies Record<Gebietsstand, string>,
    short: { '2026': 'Gebietsstand 2026', '2025': 'Gebietsstand 2023–2025' } satisfies Record<Gebietsstand, string>,
    hint: 'Hanau ist seit 01.01.2026 kreisfrei; der Gebietsstand 2023–2025 dient dem Vergleich mit älteren Veröffentlichungen.',
    loading: 'Gebietsstand wird geladen …',
  },
  en: {
    legend: 'Territorial status',
    options: { '2026': 'Territorial status 2026 (27 districts)', '2025': '2023–2025 (26 districts)' } satisfies Record<
      Gebietsstand,
      string
    >,
    short: { '2026': 'territorial status 2026', '2025': 'territorial status 2023–2025' } satisfies Record<Gebietsstand, string>,
    hint: 'Hanau has been a district-free city since 1 Jan 2026; the status of 2023–2025 is for comparison with older publications.',
    loading: 'Loading territorial status …',
  },
} as const;
