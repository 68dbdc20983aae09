// The national catalogue: the Hessen indicators that exist for all of Germany, with the same ids,
// titles and formulas, and the levels, periods, sources and notes of the national data.
import { Catalogue, LEVELS, type Indicator, type Level, type Source, type Text } from '../../../src/lib/data/catalogue.ts';
import type { Observation } from '../stats/observations.ts';

/** Levels of the national set, finest first (no Regierungsbezirke: most Länder have none). */
export const NATIONAL_LEVELS: Level[] = LEVELS.filter((l) => l !== 'rb');

const GV_NOTE: Text = {
  de: 'Amtliche Einwohnerzahl am 31.12.2023 (Bevölkerungsfortschreibung auf Basis des Zensus 2011; Destatis GV-ISys, Auszug Gebietsstand 31.12.2024). Gemeinden, die 2025 zusammengeschlossen wurden, sind summiert („umgerechnet“); Teilausgliederungen nach dem 31.12.2024 sind nicht umgerechnet. Kreise, Länder und Deutschland sind Summen der Gemeinden.',
  en: 'Official population on 31 Dec 2023 (updated on the basis of the 2011 census; Destatis GV-ISys, extract with the territorial status of 31 Dec 2024). Municipalities merged in 2025 are summed (“converted”); partial transfers after 31 Dec 2024 are not converted. Districts, Länder and Germany are sums of the municipalities.',
};
const ZENSUS_NOTE: Text = {
  de: 'Zensus 2022, Stichtag und Gebietsstand 15.05.2022 (die Periode „Mai 2022“ meint diesen Tag), mit den Destatis-Änderungslisten 2023 bis Februar 2025 auf den heutigen Gebietsstand gebracht: zusammengeschlossene Gemeinden summiert, aufgeteilte Gemeinden nach den Personenzahlen der Änderungsliste geschätzt (berechnet). Eine neue Basis: nicht mit der Fortschreibung auf Basis des Zensus 2011 vergleichbar. Deutschland ist die Summe der Gemeinden; das Bundesergebnis des Zensus enthält zusätzlich die im Ausland tätigen Angehörigen von Bundeswehr, Polizei und Auswärtigem Dienst.',
  en: '2022 census, census day and boundaries of 15 May 2022 (the period "May 2022" means that day), brought to today’s boundaries with the Destatis change lists from 2023 to February 2025: merged municipalities summed, divided municipalities estimated from the persons in the change list (computed). A new basis: not comparable with the update based on the 2011 census. Germany is the sum of the municipalities; the census’ federal result also includes members of the armed forces, police and foreign service working abroad.',
};
const AREA_NOTE: Text = {
  de: 'Fläche laut Destatis am 31.12.2023. Kreise, Länder und Deutschland: Einwohner je km² der ganzen Fläche einschließlich der unbewohnten gemeindefreien Gebiete.',
  en: 'Area according to Destatis on 31 Dec 2023. Districts, Länder and Germany: inhabitants per km² of the whole area including the uninhabited unincorporated areas.',
};

const INDICATORS: Record<string, { notes: Text[]; sources: string[] }> = {
  bev: { notes: [GV_NOTE], sources: ['destatis'] },
  bev_dichte: { notes: [AREA_NOTE, GV_NOTE], sources: ['destatis'] },
  bev_frauenanteil: { notes: [GV_NOTE], sources: ['destatis'] },
  bev_zensus2022: { notes: [ZENSUS_NOTE], sources: ['zensus2022'] },
};

const STANDS: Record<string, Partial<Source>> = {
  bkg: {
    stand: {
      de: 'VG250 Ebenen, Stand 01.01. (Ausgabe 2025 wahrscheinlich); Gebietsstand 01.01.2025, geprüft mit den Änderungslisten bis 28.02.2025',
      en: 'VG250 layers as of 1 Jan (most likely the 2025 edition); territorial status 1 Jan 2025, checked with the change lists up to 28 Feb 2025',
    },
  },
  destatis: {
    credit: {
      de: 'Quelle: Statistisches Bundesamt (Destatis), GV-ISys, Gebietsstand 31.12.2024, Bevölkerung 31.12.2023; Gebietsänderungen 2023 bis 02/2025; eigene Aufbereitung',
      en: 'Source: Federal Statistical Office (Destatis), GV-ISys, territorial status 31 Dec 2024, population 31 Dec 2023; territorial changes 2023 to 02/2025; own processing',
    },
    stand: { de: 'Bevölkerung und Fläche 31.12.2023, Gebietsstand 31.12.2024', en: 'population and area 31 Dec 2023, territorial status 31 Dec 2024' },
  },
};


export function nationalCatalogue(hessen: Catalogue, observations: readonly Observation[], gebietsstand: Text): Catalogue {
  const periodsOf = new Map<string, Set<string>>();
  for (const o of observations) periodsOf.set(o.measure, (periodsOf.get(o.measure) ?? new Set()).add(o.period));
  const measures = (f: Indicator['formula']) => (f.type === 'ratio' ? [f.numerator, f.denominator] : 'measure' in f ? [f.measure] : []);
  const indicators = hessen.indicators.flatMap((ind): Indicator[] => {
    const own = INDICATORS[ind.id];
    if (!own) return [];
    const sets = measures(ind.formula).map((m) => periodsOf.get(m) ?? new Set<string>());
    const periods = [...sets[0]!].filter((p) => sets.every((s) => s.has(p))).sort();
    if (periods.length === 0) return [];
    const notes = { de: own.notes.map((n) => n.de).join(' '), en: own.notes.map((n) => n.en).join(' ') };
    return [{ ...ind, levels: NATIONAL_LEVELS, levelNotes: {}, periods, defaultPeriod: periods[periods.length - 1]!, methodBreaks: [], sources: own.sources, notes }];
  });
  const ids = new Set(indicators.map((i) => i.id));
  for (const i of indicators) if (i.otherBasis && !ids.has(i.otherBasis)) delete i.otherBasis;
  const used = new Set(['bkg', ...indicators.flatMap((i) => i.sources)]);
  const periods = new Set(indicators.flatMap((i) => i.periods));
  return Catalogue.parse({
    gebietsstand,
    sources: hessen.sources.filter((s) => used.has(s.id)).map((s) => ({ ...s, ...STANDS[s.id] })),
    periods: hessen.periods.filter((p) => periods.has(p.id)),
    indicators,
    references: [],
  });
}
