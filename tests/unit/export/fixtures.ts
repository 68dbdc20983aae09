// Real geometry and real values (Breitbandatlas, bb_alle_1000, Juni 2021) for the export tests.
import { csvParse } from 'd3-dsv';
import { readFileSync } from 'node:fs';
import { buildGeometry, PlanarTopology, type MapGeometry } from '../../../src/lib/geo/topology.ts';
import { classify, classIndex, classCounts, roundClasses } from '../../../src/lib/scales/classify.ts';
import { formatNumber, type Lang } from '../../../src/lib/scales/format.ts';
import { sequentialColours, NO_DATA, UNINHABITED } from '../../../src/lib/scales/palette.ts';
import type { MapExportModel, TableModel } from '../../../src/lib/export/model.ts';

let geometry: MapGeometry | undefined;
export function realGeometry(): MapGeometry {
  geometry ??= buildGeometry(PlanarTopology.parse(JSON.parse(readFileSync('public/data/geo.topo.json', 'utf8'))));
  return geometry;
}

export interface Region {
  ags: string;
  name: string;
  inhabited: boolean;
}

export function regions(): Region[] {
  return csvParse(readFileSync('public/data/regions.csv', 'utf8'))
    .filter((r) => r.level === 'gemeinde')
    .map((r) => ({ ags: r.ags!, name: r.name!, inhabited: r.inhabited === 'true' }));
}

const observationCache = new Map<string, Map<string, number>>();

/** Values of one measure at one period, AGS → value (Gemeinden only); a fresh copy per call. */
export function observations(measure: string, period: string): Map<string, number> {
  const key = `${measure}|${period}`;
  const cached = observationCache.get(key);
  if (cached) return new Map(cached);
  const out = new Map<string, number>();
  const prefix = `${measure},`;
  for (const line of readFileSync('public/data/observations.csv', 'utf8').split('\n')) {
    if (!line.startsWith(prefix)) continue;
    const [, ags, p, value] = line.split(',');
    if (p === period && ags!.length === 8 && value !== '') out.set(ags!, Number(value));
  }
  observationCache.set(key, out);
  return new Map(out);
}

/** Three Gemeinden whose values the fixture drops, so the map shows hatched "no data". */
export const DROPPED = ['06438001', '06532001', '06631001'];

export const SOURCE_LINES: Record<Lang, string[]> = {
  de: [
    'Quelle: Breitbandatlas | Gigabit-Grundbuch (https://gigabitgrundbuch.bund.de), Daten verändert; Nutzung frei mit Quellenangabe; Stand 2005–Juni 2021',
    'Einwohner: Statistisches Bundesamt (Destatis), GV-ISys, dl-de/by-2-0 · Verwaltungsgrenzen: © BKG (2026) dl-de/by-2-0 (Daten verändert), Datenquellen: https://sgx.geodatenzentrum.de/web_public/gdz/datenquellen/datenquellen_vg_nuts.pdf',
  ],
  en: [
    'Source: Breitbandatlas | Gigabit-Grundbuch (https://gigabitgrundbuch.bund.de), data modified; free use with attribution; as of 2005–June 2021',
    'Population: Federal Statistical Office (Destatis), GV-ISys, dl-de/by-2-0 · Boundaries: © BKG (2026) dl-de/by-2-0 (data modified), data sources: https://sgx.geodatenzentrum.de/web_public/gdz/datenquellen/datenquellen_vg_nuts.pdf',
  ],
};

export const LINK = 'https://digitalatlas.hessen.example/#i=bb_alle_1000&p=2021-06&l=gemeinde&s=06534014';

/** The map as the app would hand it to the exporter: quantile classes, counts, notes. */
export function broadbandMap(lang: Lang = 'de'): MapExportModel {
  const geo = realGeometry();
  const values = observations('bb_alle_1000', '2021-06');
  for (const ags of DROPPED) values.delete(ags);
  const all = regions();
  const uninhabited = new Set(all.filter((r) => !r.inhabited).map((r) => r.ags));
  const classes = roundClasses(classify([...values.values()], { method: 'quantile', k: 5 }), 1);
  const colours = sequentialColours(classes.thresholds.length + 1);
  const fills = new Map([...values].map(([ags, v]) => [ags, colours[classIndex(classes, v)]!]));
  const counts = classCounts(classes, values.values());
  const f = (x: number) => formatNumber(x, 1, lang);
  const t = classes.thresholds;
  const de = lang === 'de';
  const label = (i: number) =>
    i === 0
      ? `${de ? 'unter' : 'below'} ${f(t[0]!)}`
      : i === t.length
        ? `${f(t[i - 1]!)} ${de ? 'und mehr' : 'and more'}`
        : `${f(t[i - 1]!)} ${de ? 'bis unter' : 'to under'} ${f(t[i]!)}`;
  const noData = geo.shapes.gemeinde.filter((s) => !values.has(s.ags) && !uninhabited.has(s.ags)).length;
  return {
    lang,
    title: de ? 'Breitband ≥ 1000 Mbit/s: alle Technologien' : 'Broadband ≥ 1000 Mbit/s: all technologies',
    subtitle: de ? 'Juni 2021 · Gemeinden' : 'June 2021 · Municipalities',
    unit: de ? '% der Haushalte' : '% of households',
    geometry: geo,
    level: 'gemeinde',
    fills,
    uninhabited,
    highlighted: ['06534014'],
    labels: [
      { ags: '06534014', text: 'Marburg' },
      { ags: '06611000', text: 'Kassel' },
      { ags: '06412000', text: 'Frankfurt am Main' },
      { ags: '06414000', text: 'Wiesbaden' },
      { ags: '06411000', text: 'Darmstadt' },
    ],
    legend: {
      title: de ? '≥ 1000 Mbit/s (alle Technologien)' : '≥ 1000 Mbit/s (all technologies)',
      items: colours.map((colour, i) => ({ colour, label: label(i), count: counts[i]! })),
      noData: { colour: NO_DATA, label: de ? 'keine Daten' : 'no data', count: noData },
      uninhabited: {
        colour: UNINHABITED,
        label: de ? 'keine Einwohner (gemeindefreies Gebiet)' : 'no inhabitants (unincorporated area)',
        count: uninhabited.size,
      },
      notes: de
        ? [
            '5 Klassen, Quantile (gleich viele Gebiete je Klasse)',
            'Anteile der Haushalte, für Kreise und Regierungsbezirke mit der Einwohnerzahl gewichtet (Haushaltszahlen liegen nicht vor).',
            'Oberzent, Wesertal, Allendorf (Eder): Werte auf den heutigen Gebietsstand umgerechnet (harmonisiert).',
          ]
        : [
            '5 classes, quantiles (equal number of areas per class)',
            'Shares of households; for districts and government regions weighted by population (household counts are not available).',
            'Oberzent, Wesertal, Allendorf (Eder): values converted to today’s boundaries (harmonised).',
          ],
    },
    gebietsstand: de
      ? '01.01.2023–31.12.2025: 421 Gemeinden, 26 Kreise, 3 Regierungsbezirke'
      : '1 Jan 2023 – 31 Dec 2025: 421 municipalities, 26 districts, 3 government regions',
    sourceLines: SOURCE_LINES[lang],
    exportDate: '2026-11-22',
    link: LINK,
  };
}

/** The ranked table as shown: AGS, name, value (one period). */
export function broadbandTable(lang: Lang = 'de'): TableModel {
  const values = observations('bb_alle_1000', '2021-06');
  const names = new Map(regions().map((r) => [r.ags, r.name]));
  const rows = [...values].sort((a, b) => b[1] - a[1]).map(([ags, value]) => ({ ags, name: names.get(ags) ?? ags, value }));
  const de = lang === 'de';
  return {
    lang,
    title: de
      ? 'Breitband ≥ 1000 Mbit/s: alle Technologien, Juni 2021, Gemeinden'
      : 'Broadband ≥ 1000 Mbit/s: all technologies, June 2021, municipalities',
    columns: [
      { key: 'ags', label: 'AGS', kind: 'text' },
      { key: 'name', label: de ? 'Gemeinde' : 'Municipality', kind: 'text' },
      {
        key: 'value',
        label: de ? '≥ 1000 Mbit/s' : '≥ 1000 Mbit/s',
        kind: 'number',
        decimals: 1,
        unit: de ? '% der Haushalte' : '% of households',
      },
    ],
    rows,
    sources: [
      {
        name: 'Breitbandatlas | Gigabit-Grundbuch (historische Daten der Bundesnetzagentur)',
        credit: 'Breitbandatlas | Gigabit-Grundbuch (https://gigabitgrundbuch.bund.de), Daten verändert',
        licence: 'Nutzung frei mit Quellenangabe; Änderungen sind kenntlich zu machen',
        url: 'https://gigabitgrundbuch.bund.de',
        stand: '2005–Juni 2021',
      },
      {
        name: 'Statistisches Bundesamt (Destatis), Gemeindeverzeichnis-Informationssystem GV-ISys',
        credit: 'Quelle: Statistisches Bundesamt (Destatis), GV-ISys; eigene Aufbereitung',
        licence: 'Datenlizenz Deutschland – Namensnennung – Version 2.0 (dl-de/by-2-0)',
        url: 'https://www.destatis.de/DE/Themen/Laender-Regionen/Regionales/Gemeindeverzeichnis/_inhalt.html',
        stand: '31.12.1983–31.12.2023',
      },
    ],
    citation: de
      ? `Digitalatlas Hessen: Breitband ≥ 1000 Mbit/s: alle Technologien, Juni 2021, Gemeinden; Gebietsstand 01.01.2023–31.12.2025; Quellen: Breitbandatlas | Gigabit-Grundbuch, Destatis GV-ISys; Stand 2005–Juni 2021; ${LINK}; abgerufen am 22.11.2026`
      : `Digital Atlas of Hesse: Broadband ≥ 1000 Mbit/s: all technologies, June 2021, municipalities; boundaries 2023–2025; sources: Breitbandatlas | Gigabit-Grundbuch, Destatis GV-ISys; as of 2005–June 2021; ${LINK}; retrieved 22/11/2026`,
    gebietsstand: de ? '01.01.2023–31.12.2025' : '1 Jan 2023 – 31 Dec 2025',
    exportDate: '2026-11-22',
    link: LINK,
  };
}
