// The atlas header's tool entries and their layer: a file of its own, so the page's first bundle does
// not carry owndata.ts's texts (Rollup keeps a whole message module once any export of it is used).
export const TOOLS_TEXT = {
  de: { owndata: 'Eigene Daten', sql: 'SQL-Konsole', close: 'Schließen', loading: 'Wird geladen …', tools: 'Werkzeuge' },
  en: { owndata: 'Own data', sql: 'SQL console', close: 'Close', loading: 'Loading …', tools: 'Tools' },
};
