// Hessen extracts of the Zensus 2022 flat CSV and of Destatis' Gebietsänderungen lists (the two new tidy files).
import { germanDate } from '../../data/stats/periods.ts';
import {
  CHANGE_KINDS,
  DESTATIS_CHANGES_COLUMNS,
  DESTATIS_CHANGES_FILE,
  DESTATIS_LISTS_COLUMNS,
  DESTATIS_LISTS_FILE,
} from '../../data/stats/sources/destatis-changes.ts';
import { ZENSUS_BASIS, ZENSUS_COLUMNS, ZENSUS_DATE, ZENSUS_FILE } from '../../data/stats/sources/zensus.ts';
import type { Gebietsaenderungen } from '../layouts/gebietsaenderungen.ts';
import type { ZensusFlat } from '../layouts/zensus2022.ts';
import { type Extraction, type ExtractContext, gebietsstandProblem, ImportMismatch, mergerNames, records } from './common.ts';

/** Population table of the Zensus: statistics 1000A, values in persons. */
const ZENSUS_STATISTIC = '1000A';

/** Zensus 2022 (GENESIS 1000A-0000, 15.05.2022) → stats/zensus2022_gemeinden.csv. */
export function extractZensus(file: string, z: ZensusFlat, x: ExtractContext): Extraction {
  const { meta } = z;
  if (meta.statisticsCode !== ZENSUS_STATISTIC) {
    throw new ImportMismatch(
      file,
      `Tabelle ${meta.statisticsCode} („${meta.statisticsLabel}“); erwartet wird die Bevölkerungstabelle ${ZENSUS_STATISTIC} („Bevölkerung kompakt“)`,
    );
  }
  const hessen = z.rows.filter((r) => r.ags?.startsWith('06'));
  const wrong = hessen.find((r) => r.variableLabel !== 'Personen' || r.date !== ZENSUS_DATE);
  if (wrong) {
    throw new ImportMismatch(
      file,
      `Zeile ${wrong.line}: ${wrong.variableLabel} am ${germanDate(wrong.date)}; erwartet: Personen am Zensusstichtag ${germanDate(ZENSUS_DATE)}`,
    );
  }
  if (meta.gebietsstand !== ZENSUS_DATE) {
    throw new ImportMismatch(
      file,
      `falscher Gebietsstand ${germanDate(meta.gebietsstand)}; erwartet: Gebietsstand des Zensus ${germanDate(ZENSUS_DATE)}`,
    );
  }
  const problem = gebietsstandProblem(
    hessen.map((r) => r.ags!),
    meta.gebietsstand,
    x.ctx,
    mergerNames(x.ctx.mergers, x.tables),
  );
  if (problem) throw new ImportMismatch(file, problem);
  const rows = hessen
    .map((r) => ({
      origin: { where: file, row: r.line },
      cells: {
        ags: r.ags!,
        ars: r.key,
        name: r.name,
        ref_date: r.date,
        gebietsstand: meta.gebietsstand,
        pop_total: r.value === null ? '' : String(r.value),
        pop_basis: ZENSUS_BASIS,
        quality: r.quality,
        source: file,
      },
    }))
    .sort((a, b) => (a.cells.ags < b.cells.ags ? -1 : 1));
  return {
    updates: [
      {
        file: ZENSUS_FILE,
        slice: `Stichtag ${germanDate(ZENSUS_DATE)}`,
        replaces: (c) => c.ref_date === ZENSUS_DATE,
        header: [...ZENSUS_COLUMNS],
        rows,
        columns: {
          ags: '1_variable_attribute_code (ARS)',
          ars: '1_variable_attribute_code',
          name: '1_variable_attribute_label',
          pop_total: 'value',
          quality: 'value_q',
        },
      },
    ],
    stand: `Stichtag und Gebietsstand ${germanDate(ZENSUS_DATE)} (${meta.statisticsLabel})`,
    licence: 'dl-de/by-2-0; „Zensus 2022, Statistische Ämter des Bundes und der Länder, dl-de/by-2-0“',
    notes: [],
  };
}

/** Gebietsänderungen list → the Hessian rows in stats/gebietsaenderungen_destatis.csv (lists within the file's period are replaced). */
export function extractGebietsaenderungen(file: string, ga: Gebietsaenderungen, x: ExtractContext): Extraction {
  const { from, to } = ga.meta;
  const overlapping = records(x.tables.get(DESTATIS_LISTS_FILE)).find(
    (r) => r.list_from! <= to && r.list_to! >= from && !(r.list_from! >= from && r.list_to! <= to),
  );
  if (overlapping) {
    throw new ImportMismatch(
      file,
      `Zeitraum ${germanDate(from)}–${germanDate(to)} überschneidet die schon eingespielte Liste ${germanDate(overlapping.list_from!)}–${germanDate(overlapping.list_to!)} (${overlapping.source}) nur teilweise; erwartet wird eine Liste, die jene ganz umfasst, oder eine ohne Überschneidung`,
    );
  }
  for (const [k, label] of Object.entries(ga.meta.kinds)) {
    if (CHANGE_KINDS[k] !== label)
      throw new ImportMismatch(file, `Legende „${k} = ${label}“ weicht von der bekannten Änderungsart ${k} = ${CHANGE_KINDS[k] ?? '–'} ab`);
  }
  const hessen = ga.rows.filter((r) => r.old.ars.startsWith('06') || r.new?.ars.startsWith('06'));
  const rows = hessen.map((r) => ({
    origin: { where: file, row: r.row },
    cells: {
      list_from: from,
      list_to: to,
      kennziffer: r.kennziffer,
      regionaleinheit: r.regionaleinheit,
      old_ars: r.old.ars,
      old_ags: r.old.ags ?? '',
      old_name: r.old.name,
      change_kinds: r.kinds.join('|'),
      change_kind_names: r.kinds.map((k) => CHANGE_KINDS[k] ?? k).join('|'),
      area_m2: r.areaM2 === null ? '' : String(r.areaM2),
      population: r.population === null ? '' : String(r.population),
      new_ars: r.new?.ars ?? '',
      new_ags: r.new?.ags ?? '',
      new_name: r.new?.name ?? '',
      effective_legal: r.legal,
      effective_statistical: r.statistical,
      source: file,
    },
  }));
  const published = ga.meta.published ? `, erschienen ${ga.meta.published}` : '';
  const within = (c: Record<string, string>) => c.list_from! >= from && c.list_to! <= to;
  const hessenChanges = new Set(hessen.map((r) => r.kennziffer)).size;
  return {
    updates: [
      {
        file: DESTATIS_LISTS_FILE,
        slice: `Liste ${germanDate(from)}–${germanDate(to)}`,
        replaces: within,
        header: [...DESTATIS_LISTS_COLUMNS],
        rows: [
          {
            origin: { where: file, row: 1 },
            cells: {
              list_from: from,
              list_to: to,
              published: ga.meta.published ?? '',
              changes_germany: String(new Set(ga.rows.map((r) => r.kennziffer)).size),
              changes_hessen: String(hessenChanges),
              source: file,
            },
          },
        ],
        columns: { list_from: 'Zeile 1 (Zeitraum)', list_to: 'Zeile 1 (Zeitraum)', published: 'Deckblatt, Erscheinungsmonat' },
      },
      {
        file: DESTATIS_CHANGES_FILE,
        slice: `Liste ${germanDate(from)}–${germanDate(to)}`,
        replaces: within,
        header: [...DESTATIS_CHANGES_COLUMNS],
        rows,
        columns: {
          kennziffer: 'Kennziffer',
          regionaleinheit: 'Regionaleinheit',
          old_ars: 'ARS abgebend',
          old_ags: 'AGS abgebend',
          old_name: 'Name abgebend',
          change_kinds: 'Änderungsart',
          area_m2: 'Fläche qm',
          population: 'Einwohner',
          new_ars: 'ARS aufnehmend',
          new_ags: 'AGS aufnehmend',
          new_name: 'Name aufnehmend',
          effective_legal: 'Wirksamkeit juristisch',
          effective_statistical: 'Wirksamkeit statistisch',
        },
      },
    ],
    stand: `Änderungen ${germanDate(from)}–${germanDate(to)}${published}; in Hessen: ${hessenChanges} Änderung(en)`,
    licence:
      'dl-de/by-2-0; „Quelle: Statistisches Bundesamt (Destatis), Gebietsänderungen“ (Vervielfältigung und Verbreitung mit Quellenangabe gestattet)',
    notes: [],
  };
}
