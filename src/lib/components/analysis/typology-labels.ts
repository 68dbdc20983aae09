// A typology's names and its classes' labels as the catalogue states them, in one language;
// in a view: `const { typName, className } = $derived(typologyLabels(atlas.indicators, lang))`.
import type { Indicator } from '../../data/catalogue.ts';
import type { Lang } from '../../scales/format.ts';
import { TYPOLOGIES, type TypologyId } from '../../analysis/typologies.ts';

export function typologyLabels(indicators: ReadonlyMap<string, Indicator>, lang: Lang) {
  const measure = (id: TypologyId) => indicators.get(TYPOLOGIES[id].measure);
  return {
    /** The typology's title, or its id when the catalogue lacks it. */
    typName: (id: TypologyId) => measure(id)?.title[lang] ?? id,
    /** The typology's short name, or its id. */
    typShort: (id: TypologyId) => measure(id)?.short[lang] ?? id,
    /** A class's label, or its code as text. */
    className: (id: TypologyId, code: number) => measure(id)?.categories?.find((c) => c.code === code)?.label[lang] ?? String(code),
  };
}
