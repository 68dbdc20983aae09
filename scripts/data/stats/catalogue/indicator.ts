// One catalogue entry in the schema's field order, and the small text and break helpers every
// indicator family uses.
import type { Indicator, Level, MethodBreak, Text } from '../../../../src/lib/data/catalogue.ts';

export const ALL_LEVELS: Level[] = ['gemeinde', 'kreis', 'rb', 'land'];

export const join = (parts: Array<Text | null>): Text => {
  const present = parts.filter((p): p is Text => p !== null);
  return { de: present.map((p) => p.de).join(' '), en: present.map((p) => p.en).join(' ') };
};

/** A method break after `after` if the indicator has periods on both sides of it. */
export function breakIf(periods: string[], after: string, label: Text): MethodBreak[] {
  return periods.some((p) => p <= after) && periods.some((p) => p > after) ? [{ after, label }] : [];
}

export function indicator(i: Omit<Indicator, 'levelNotes' | 'methodBreaks' | 'domain'> & Partial<Pick<Indicator, 'levelNotes' | 'methodBreaks' | 'domain'>>): Indicator {
  return {
    id: i.id,
    theme: i.theme,
    group: i.group,
    title: i.title,
    short: i.short,
    description: i.description,
    unit: i.unit,
    decimals: i.decimals,
    formula: i.formula,
    levels: i.levels,
    levelNotes: i.levelNotes ?? {},
    periods: i.periods,
    defaultPeriod: i.defaultPeriod,
    ...(i.defaultBase ? { defaultBase: i.defaultBase } : {}),
    scale: i.scale,
    ...(i.midpoint !== undefined ? { midpoint: i.midpoint } : {}),
    domain: i.domain ?? null,
    ...(i.categories ? { categories: i.categories } : {}),
    sources: i.sources,
    methodBreaks: i.methodBreaks ?? [],
    ...(i.otherBasis ? { otherBasis: i.otherBasis } : {}),
    notes: i.notes,
  };
}
