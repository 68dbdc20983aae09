// Typology indicators (Stadt–Land classes): one categorical indicator per class definition, with
// the categories that occur in the observations.
import type { Indicator } from '../../../../src/lib/data/catalogue.ts';
import { CLASS_DEFINITIONS, LEVEL_NOTES } from '../definitions.ts';
import type { ClassLabels } from '../sources/typologies.ts';
import { indicator } from './indicator.ts';
import { latest, sorted, type MeasureInfo } from './measure-index.ts';

export function typologies(index: Map<string, MeasureInfo>, labels: ClassLabels): Indicator[] {
  return Object.entries(CLASS_DEFINITIONS).map(([id, def]) => {
    const info = index.get(id);
    if (!info) throw new Error(`Messgröße ${id} fehlt in den Beobachtungen`);
    const periods = sorted(info.periods);
    const fileLabels = labels.get(id) ?? new Map<string, string>();
    // categories: only the codes that occur in the observations
    const categories = [...info.codes]
      .sort((a, b) => Number(a) - Number(b))
      .map((code) => {
        const de = fileLabels.get(code);
        const en = def.en[code];
        if (!de || !en) throw new Error(`${id}: Bezeichnung für Code ${code} fehlt`);
        return { code: Number(code), label: { de, en } };
      });
    const gemeinde = def.level === 'gemeinde';
    return indicator({
      id,
      theme: 'stadt_land',
      group: def.group,
      title: def.title,
      short: def.short,
      description: def.description,
      unit: { de: 'Typ', en: 'type' },
      decimals: 0,
      formula: { type: 'category', measure: id },
      levels: [def.level],
      levelNotes: gemeinde
        ? { kreis: LEVEL_NOTES.gemeindeTypeAbove, rb: LEVEL_NOTES.gemeindeTypeAbove, land: LEVEL_NOTES.gemeindeTypeAbove }
        : { gemeinde: LEVEL_NOTES.kreisTypeGemeinde, rb: LEVEL_NOTES.kreisTypeAbove, land: LEVEL_NOTES.kreisTypeAbove },
      periods,
      defaultPeriod: latest(periods),
      scale: 'categorical',
      categories,
      sources: def.sources,
      notes: def.notes,
    });
  });
}
