// The national catalogue: the Hessen indicators that exist for all of Germany, with the same ids,
// titles and formulas, and the levels, periods, sources and notes of the national data.
import { Catalogue, LEVELS, type Indicator, type Level, type Source, type Text } from '../../../src/lib/data/catalogue.ts';
import type { Observation } from '../stats/observations.ts';

/** Levels of the national set, finest first (no Regierungsbezirke: most Länder have none). */
export const NATIONAL_LEVELS: Level[] = LEVELS.filter((l) => l !== 'rb');

const GV_NOTE: Text = {
  de: 'Amtliche Einwohnerzahl am 31.12. (Bevölkerungsfortschreibung auf Basis des Zensus 2011): 2021 und 2023 Destatis GV-ISys (2023 im Auszug mit Gebietsstand 31.12.2024), 2020 und 2022 BBSR-Umstiegsschlüssel; 2020 ist auf 10 Personen gerundet. Ältere Jahre fehlen, weil die Gebietsänderungen vor 2020 nicht vorliegen. Gemeinden, die seither zusammengeschlossen wurden, sind summiert („umgerechnet“); aufgeteilte Gemeinden nach den Gewichten des BBSR bzw. den Personen der Destatis-Änderungsliste geschätzt (berechnet); Teilausgliederungen ohne Umstiegsgewicht sind nicht umgerechnet. Kreise, Länder und Deutschland sind Summen der Gemeinden.',
  en: 'Official population on 31 Dec (updated on the basis of the 2011 census): 2021 and 2023 Destatis GV-ISys (2023 from the extract with the territorial status of 31 Dec 2024), 2020 and 2022 BBSR conversion keys; 2020 is rounded to 10 persons. Earlier years are missing because the territorial changes before 2020 are not available. Municipalities merged since are summed (“converted”); divided municipalities are estimated with the BBSR weights or the persons in the Destatis change list (computed); partial transfers without a conversion weight are not converted. Districts, Länder and Germany are sums of the municipalities.',
};
const ZENSUS_NOTE: Text = {
  de: 'Zensus 2022, Stichtag und Gebietsstand 15.05.2022 (die Periode „Mai 2022“ meint diesen Tag), mit den Destatis-Änderungslisten 2023 bis Februar 2025 auf den heutigen Gebietsstand gebracht: zusammengeschlossene Gemeinden summiert, aufgeteilte Gemeinden nach den Personenzahlen der Änderungsliste geschätzt (berechnet). Eine neue Basis: nicht mit der Fortschreibung auf Basis des Zensus 2011 vergleichbar. Deutschland ist die Summe der Gemeinden; das Bundesergebnis des Zensus enthält zusätzlich die im Ausland tätigen Angehörigen von Bundeswehr, Polizei und Auswärtigem Dienst.',
  en: '2022 census, census day and boundaries of 15 May 2022 (the period "May 2022" means that day), brought to today’s boundaries with the Destatis change lists from 2023 to February 2025: merged municipalities summed, divided municipalities estimated from the persons in the change list (computed). A new basis: not comparable with the update based on the 2011 census. Germany is the sum of the municipalities; the census’ federal result also includes members of the armed forces, police and foreign service working abroad.',
};
const AREA_NOTE: Text = {
  de: 'Fläche laut Destatis am 31.12.2021 und 31.12.2023. Kreise, Länder und Deutschland: Einwohner je km² der ganzen Fläche einschließlich der unbewohnten gemeindefreien Gebiete.',
  en: 'Area according to Destatis on 31 Dec 2021 and 31 Dec 2023. Districts, Länder and Germany: inhabitants per km² of the whole area including the uninhabited unincorporated areas.',
};

const COMPARE_NOTE: Text = {
  de: 'Vergleich zweier Bevölkerungsbasen, keine Entwicklung: 100 · (Zensus 2022 am 15.05.2022 / fortgeschriebene Bevölkerung am 31.12.2021 − 1). Beide auf den heutigen Gebietsstand gebracht; Kreise, Länder und Deutschland aus den Summen ihrer Gemeinden.',
  en: 'A comparison of two population bases, not a development: 100 · (2022 census on 15 May 2022 / updated population on 31 Dec 2021 − 1). Both brought to today’s boundaries; districts, Länder and Germany from the sums of their municipalities.',
};

const BBSR_NOTE: Text = {
  de: 'BBSR-Raumabgrenzung, Gebietsstand 31.12.2019, mit den BBSR-Umstiegsschlüsseln 2020–2023 und den Destatis-Änderungslisten bis Februar 2025 auf den heutigen Gebietsstand gebracht. Bei Eingliederungen gilt der Typ der aufnehmenden Gemeinde, bei Zusammenschlüssen nur ein Typ, in dem alle Vorgänger übereinstimmen (sonst kein Wert). Neuere BBSR-Ausgaben können Gemeinden anders einstufen.',
  en: 'BBSR typology, boundaries of 31 Dec 2019, brought to today’s boundaries with the BBSR conversion keys 2020–2023 and the Destatis change lists up to February 2025. Where a municipality was absorbed, the absorbing municipality keeps its type; a merged municipality gets a type only if all predecessors agree (otherwise no value). Newer BBSR editions may classify municipalities differently.',
};
const BBSR_KREIS_NOTE: Text = {
  de: 'BBSR-Raumabgrenzung, Gebietsstand 31.12.2019. Seither hat sich nur der Wartburgkreis geändert (2021 Eisenach eingegliedert): er behält seinen Typ von 2019, wie eine aufnehmende Gemeinde.',
  en: 'BBSR typology, boundaries of 31 Dec 2019. Only the Wartburgkreis has changed since (Eisenach incorporated in 2021): it keeps its 2019 type, as an absorbing municipality does.',
};
const DEGURBA_NOTE: Text = {
  de: 'Grad der Verstädterung (DEGURBA) laut Destatis GV-ISys am 31.12.2021 und 31.12.2023, mit den BBSR-Umstiegsschlüsseln und den Destatis-Änderungslisten auf den heutigen Gebietsstand gebracht (Regel wie bei den BBSR-Typen).',
  en: 'Degree of urbanisation (DEGURBA) according to Destatis GV-ISys on 31 Dec 2021 and 31 Dec 2023, brought to today’s boundaries with the BBSR conversion keys and the Destatis change lists (rule as for the BBSR types).',
};
const TYPES = ['bbsr_sgtyp', 'bbsr_sgtyp_diff', 'regiostar2', 'regiostar7', 'regiostar17', 'bbsr_lage', 'bbsr_zentral', 'bbsr_wachsend'];
const KREIS_TYPES = ['bbsr_kreistyp', 'bbsr_sl_raum', 'bbsr_regionstyp'];

const BB_NOTE: Text = {
  de: 'Breitbandatlas, Kreisdateien Juni 2018 bis Juni 2021 (Stand laut Dateiname), Werte wie veröffentlicht; für alle Kreise Deutschlands nur je Kreis. Länder und Deutschland: bevölkerungsgewichtetes Mittel der Kreise (Einwohner zum letzten Stichtag davor: 2017 und 2019 Summen der GV-ISys-Gemeindezeilen je Kreis). Der Wartburgkreis hat keinen Wert: die Werte gelten ihm vor der Eingliederung Eisenachs (1.7.2021) und sind nicht seine heutigen; Thüringen und Deutschland enthalten ihn und Eisenach nicht. Göttingen hat keinen Wert: die Dateien führen noch die 2016 vereinigten Kreise Göttingen (alt) und Osterode am Harz.',
  en: 'Breitbandatlas, district files June 2018 to June 2021 (date from the file name), values as published; for all German districts only per district. Länder and Germany: population-weighted mean of the districts (inhabitants at the latest date before: 2017 and 2019 sums of the GV-ISys municipal rows per district). The Wartburgkreis has no value: the values describe it before Eisenach joined (1 July 2021), not today’s district; Thuringia and Germany exclude it and Eisenach. Göttingen has no value: the files still list the districts merged in 2016 (old Göttingen, Osterode am Harz).',
};
// The Breitbandatlas publishes Gemeinde values too, but on older Gebietsstände: not yet on today's keys.
const BB_LEVEL_NOTE: Text = {
  de: 'Bundesweit hier nur je Kreis: die Gemeindewerte des Breitbandatlas liegen auf älteren Gebietsständen und sind noch nicht auf den heutigen umgerechnet (Hessen: im Hessen-Datensatz je Gemeinde).',
  en: 'Nationwide per district only here: the Breitbandatlas municipality values are on older territorial statuses and not yet converted to today’s (Hesse: per municipality in the Hesse data set).',
};

/** A Hessen broadband indicator on a Kreis measure (bbk_…): nationally its Kreis values, weighted for Länder and Germany. */
function broadbandKreis(ind: Indicator): (Own & { formula: Indicator['formula'] }) | null {
  if (ind.formula.type !== 'weighted') return null;
  const measure = ind.formula.kreisMeasure ?? ind.formula.measure;
  if (!measure.startsWith('bbk_')) return null;
  return { notes: [BB_NOTE], sources: ['breitbandatlas', 'destatis', 'bbsr_gemeinden'], formula: { type: 'weighted', measure, weight: ind.formula.weight }, levels: ['kreis', 'land', 'bund'] };
}

interface Own {
  notes: Text[];
  sources: string[];
  formula?: Indicator['formula'];
  levels?: Level[];
}

const INDICATORS: Record<string, Own> = {
  ...Object.fromEntries(TYPES.map((t) => [t, { notes: [BBSR_NOTE], sources: ['bbsr_raumabgrenzungen'] }])),
  degurba: { notes: [DEGURBA_NOTE], sources: ['destatis'] },
  ...Object.fromEntries(KREIS_TYPES.map((t) => [t, { notes: [BBSR_KREIS_NOTE], sources: ['bbsr_raumabgrenzungen'] }])),
  bev: { notes: [GV_NOTE], sources: ['destatis', 'bbsr_gemeinden'] },
  bev_veraenderung: { notes: [GV_NOTE], sources: ['destatis', 'bbsr_gemeinden'] },
  bev_zensus_differenz: { notes: [COMPARE_NOTE, ZENSUS_NOTE], sources: ['zensus2022', 'destatis'] },
  bev_dichte: { notes: [AREA_NOTE, GV_NOTE], sources: ['destatis', 'bbsr_gemeinden'] },
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


/** A typology keeps its native level; its categories are the codes present, labelled as in the national file. */
function categorical(ind: Indicator, labels: ReadonlyMap<string, string>, observations: readonly Observation[]): Pick<Indicator, 'levels' | 'levelNotes' | 'categories'> {
  const codes = [...new Set(observations.filter((o) => o.measure === ind.id).map((o) => Number(o.value)))].sort((a, b) => a - b);
  const hessen = new Map((ind.categories ?? []).map((c) => [c.code, c.label]));
  const notes = { ...ind.levelNotes };
  delete notes.rb;
  const coarsest = notes.land ?? notes.kreis;
  return {
    levels: ind.levels.filter((l) => l !== 'rb'),
    levelNotes: { ...notes, ...(coarsest ? { bund: coarsest } : {}) },
    categories: codes.map((code) => {
      // the national file's label (BBSR), else Hessen's (DEGURBA: the GV-ISys wording)
      const de = labels.get(`${ind.id},${code}`) ?? hessen.get(code)?.de ?? String(code);
      return { code, label: { de, en: hessen.get(code)?.en ?? de } };
    }),
  };
}

export function nationalCatalogue(hessen: Catalogue, observations: readonly Observation[], gebietsstand: Text, labels: ReadonlyMap<string, string>): Catalogue {
  const periodsOf = new Map<string, Set<string>>();
  const rounded = new Set<string>();
  for (const o of observations) {
    // (the Kreis population of 2017 and 2019 only weights the Kreis broadband values: no Gemeinde map)
    if (o.measure === 'pop_total' && o.ags.length === 5) continue;
    periodsOf.set(o.measure, (periodsOf.get(o.measure) ?? new Set()).add(o.period));
    if (o.flags.some((f) => f.startsWith('rounded'))) rounded.add(`${o.measure}|${o.period}`);
  }
  const measures = (f: Indicator['formula']) => (f.type === 'ratio' ? [f.numerator, f.denominator] : 'measure' in f ? [f.measure] : []);
  const indicators = hessen.indicators.flatMap((ind): Indicator[] => {
    const own = INDICATORS[ind.id] ?? broadbandKreis(ind);
    if (!own) return [];
    if (own.formula) ind = { ...ind, formula: own.formula };
    const sets = measures(ind.formula).map((m) => periodsOf.get(m) ?? new Set<string>());
    const periods = [...sets[0]!].filter((p) => sets.every((s) => s.has(p))).sort();
    if (periods.length === 0) return [];
    const notes = { de: own.notes.map((n) => n.de).join(' '), en: own.notes.map((n) => n.en).join(' ') };
    // a change starts from the first unrounded year (Hessen's base 2013 has no national counterpart)
    const firstExact = periods.find((p) => !rounded.has(`${measures(ind.formula)[0]}|${p}`)) ?? periods[0]!;
    const base = ind.defaultBase ? { defaultBase: periods.includes(ind.defaultBase) ? ind.defaultBase : firstExact } : {};
    const breaks = ind.methodBreaks.filter((b) => periods.includes(b.after) && periods.some((p) => p > b.after));
    const typed =
      ind.formula.type === 'category'
        ? categorical(ind, labels, observations)
        : own.levels
          ? { levels: own.levels, levelNotes: { gemeinde: BB_LEVEL_NOTE } }
          : { levels: NATIONAL_LEVELS, levelNotes: {} };
    return [{ ...ind, ...base, ...typed, periods, defaultPeriod: periods[periods.length - 1]!, methodBreaks: breaks, sources: own.sources, notes }];
  });
  const ids = new Set(indicators.map((i) => i.id));
  for (const i of indicators) if (i.otherBasis && !ids.has(i.otherBasis)) delete i.otherBasis;
  const used = new Set(['bkg', ...indicators.flatMap((i) => i.sources)]);
  // with the dates of the population weights (2017: Kreis sums only), which the weighting looks up in periods
  const weights = observations.filter((o) => o.measure === 'pop_total').map((o) => o.period);
  const periods = new Set([...indicators.flatMap((i) => i.periods), ...weights]);
  return Catalogue.parse({
    gebietsstand,
    sources: hessen.sources.filter((s) => used.has(s.id)).map((s) => ({ ...s, ...STANDS[s.id] })),
    periods: hessen.periods.filter((p) => periods.has(p.id)),
    indicators,
    references: [],
  });
}
