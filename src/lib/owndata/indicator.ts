// Own datasets as indicators of the atlas: one indicator per value column, with the user's title,
// unit and source line, marked "eigene Daten", on the dataset's finest level and every coarser one
// (counts summed, shares weighted — computed by the atlas and said so in the notes).
import type { AddedIndicators, AddedMeasure } from '../data/added.ts';
import { finestLevel, OWN_PREFIX } from '../data/added.ts';
import type { Indicator, Level, Period, Source } from '../data/catalogue.ts';

/** Own data are matched against Hessen's regions (owndata/keys.ts): their levels, finest first. */
const OWN_LEVELS: readonly Level[] = ['gemeinde', 'kreis', 'rb', 'land'];
import { formatDate } from '../scales/format.ts';
import type { OwnDataset } from './dataset.ts';

/** Indicator of a dataset's value column `column` (0-based). */
export const ownIndicatorId = (ds: Pick<OwnDataset, 'id'>, column: number): string => `${OWN_PREFIX}${ds.id}_${column}`;

const LEVEL_NAMES = {
  de: { gemeinde: 'Gemeinden', kreis: 'Kreise', rb: 'Regierungsbezirke', land: 'Land', bund: 'Deutschland' },
  en: { gemeinde: 'municipalities', kreis: 'districts', rb: 'government regions', land: 'state', bund: 'Germany' },
} satisfies Record<'de' | 'en', Record<Level, string>>;

/** The date a free-text period refers to: "30.06.2024" → 2024-06-30, "2024" → 2024-12-31, else the import day. */
export function periodDate(period: string, created: string): string {
  const d = /\b(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})\b/.exec(period);
  if (d) return `${d[3]}-${d[2]!.padStart(2, '0')}-${d[1]!.padStart(2, '0')}`;
  const iso = /\b((?:19|20)\d{2})-(\d{2})-(\d{2})\b/.exec(period);
  if (iso) return iso[0];
  const y = /\b((?:19|20)\d{2})\b/.exec(period);
  return y ? `${y[1]}-12-31` : created.slice(0, 10);
}

/** "aus den Kreisen": the German dative plural. */
const DATIVE: Record<Level, string> = {
  gemeinde: 'Gemeinden',
  kreis: 'Kreisen',
  rb: 'Regierungsbezirken',
  land: 'Ländern',
  bund: 'Deutschland',
};

function notes(ds: OwnDataset, native: Level): { de: string; en: string } {
  const base = computedNote(ds, native);
  const coarser = ds.units.filter((u) => u.level !== native).length;
  if (!coarser) return base;
  return {
    de: `${base.de} ${coarser === 1 ? 'Ein Wert' : `${coarser} Werte`} der Datei für größere Gebiete ${coarser === 1 ? 'steht' : 'stehen'} im Prüfbericht; die Karte zeigt dort die aus den ${DATIVE[native]} berechneten Werte.`,
    en: `${base.en} ${coarser === 1 ? 'One value' : `${coarser} values`} of the file for larger areas ${coarser === 1 ? 'is' : 'are'} in the import report; the map shows the values computed from the ${LEVEL_NAMES.en[native]} there.`,
  };
}

function computedNote(ds: OwnDataset, native: Level): { de: string; en: string } {
  const up = OWN_LEVELS.slice(OWN_LEVELS.indexOf(native) + 1);
  if (!up.length) return { de: 'Eigene Daten, wie importiert.', en: 'Own data as imported.' };
  const coarser = { de: up.map((l) => LEVEL_NAMES.de[l]).join(', '), en: up.map((l) => LEVEL_NAMES.en[l]).join(', ') };
  const from = { de: LEVEL_NAMES.de[native], en: LEVEL_NAMES.en[native] };
  if (ds.kind === 'count')
    return {
      de: `Eigene Daten. ${coarser.de}: vom Atlas berechnete Summe der ${from.de} der Datei.`,
      en: `Own data. ${coarser.en}: sum of the file's ${from.en}, computed by the atlas.`,
    };
  const by =
    ds.weight?.type === 'column'
      ? { de: `der Spalte „${ds.weight.column}“`, en: `the column “${ds.weight.column}”` }
      : { de: 'der Bevölkerung (Destatis)', en: 'the population (Destatis)' };
  return {
    de: `Eigene Daten. ${coarser.de}: vom Atlas berechnetes, mit ${by.de} gewichtetes Mittel der ${from.de} der Datei.`,
    en: `Own data. ${coarser.en}: mean of the file's ${from.en} weighted by ${by.en}, computed by the atlas.`,
  };
}

/** The own datasets as indicators, sources, periods and the facts behind them. */
export function ownIndicators(datasets: readonly OwnDataset[]): AddedIndicators {
  const out: AddedIndicators = { indicators: [], sources: [], periods: [], measures: [] };
  for (const ds of datasets) {
    const native = finestLevel(ds.units.map((u) => u.level));
    if (!native) continue;
    const units = ds.units.filter((u) => u.level === native);
    const periodId = `${OWN_PREFIX}${ds.id}`;
    const date = periodDate(ds.period, ds.created);
    // Without a Stand the data are dated by their import, and said so.
    const stated = ds.period.trim();
    const created = ds.created.slice(0, 10);
    const label = stated
      ? { de: stated, en: stated }
      : { de: `importiert am ${formatDate(created, 'de')}`, en: `imported ${formatDate(created, 'en')}` };
    const period: Period = { id: periodId, date, label };
    const source: Source = {
      id: periodId,
      name: { de: `${ds.title} (eigene Daten)`, en: `${ds.title} (own data)` },
      credit: { de: ds.source, en: ds.source },
      licence: { de: 'eigene Daten, nur in diesem Browser', en: 'own data, only in this browser' },
      url: '',
      stand: label,
    };
    out.periods.push(period);
    out.sources.push(source);
    const unit = { de: ds.unit, en: ds.unit };
    ds.columns.forEach((col, k) => {
      const id = ownIndicatorId(ds, k);
      const measure = id;
      const values = units.map((u) => u.values[k] ?? null).filter((v): v is number => v !== null);
      const diverging = values.some((v) => v < 0) && values.some((v) => v > 0);
      const title = ds.columns.length > 1 ? `${ds.title}: ${col.name}` : ds.title;
      const indicator: Indicator = {
        id,
        theme: 'eigene_daten',
        group: { de: ds.title, en: ds.title },
        title: { de: title, en: title },
        short: { de: title.slice(0, 60), en: title.slice(0, 60) },
        description: { de: `Eigene Daten: ${ds.source}`, en: `Own data: ${ds.source}` },
        unit,
        decimals: col.decimals,
        formula: ds.kind === 'count' ? { type: 'sum', measure } : { type: 'weighted', measure, weight: 'own' },
        levels: OWN_LEVELS.slice(OWN_LEVELS.indexOf(native)),
        levelNotes: {},
        periods: [periodId],
        defaultPeriod: periodId,
        scale: diverging ? 'diverging' : 'sequential',
        ...(diverging ? { midpoint: 0 } : {}),
        domain: null,
        sources: [periodId],
        methodBreaks: [],
        notes: notes(ds, native),
      };
      out.indicators.push(indicator);
      const m: AddedMeasure = {
        measure,
        period: { id: periodId, date },
        units: units.map((u) => ({ ags: u.ags, value: u.values[k] ?? null, weight: u.weight })),
        populationWeight: ds.kind === 'share' && ds.weight?.type !== 'column',
      };
      out.measures.push(m);
    });
  }
  return out;
}
