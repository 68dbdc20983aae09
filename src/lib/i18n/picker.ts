// Texts of the indicator picker (group choice and indicator search). German is the source; English mirrors every key.
export const PICKER_TEXT = {
  de: {
    group: 'Gruppe',
    search: 'Indikator suchen',
    searchHint: 'z. B. „Glasfaser 1000“, „LTE Autobahn“, „Schulen“',
    none: 'Kein Indikator passt zu dieser Suche.',
    results: (n: number, shown: number) =>
      n === 1
        ? '1 Indikator gefunden'
        : shown < n
          ? `${n} Indikatoren gefunden, die ersten ${shown} stehen hier`
          : `${n} Indikatoren gefunden`,
    onlyLevels: (levels: string) => `nur ${levels}`,
  },
  en: {
    group: 'Group',
    search: 'Find an indicator',
    searchHint: 'e.g. “fibre 1000”, “LTE motorways”, “schools”',
    none: 'No indicator matches this search.',
    results: (n: number, shown: number) =>
      n === 1 ? '1 indicator found' : shown < n ? `${n} indicators found, the first ${shown} are listed` : `${n} indicators found`,
    onlyLevels: (levels: string) => `only ${levels}`,
  },
} as const;
