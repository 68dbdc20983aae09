// Territorial changes as the pipeline uses them: Destatis' official lists (stats/gebietsaenderungen_destatis.csv)
// for the periods they cover, the hand-made gebietsaenderungen_hessen.csv for the years before (and after) them.
// Where both describe the same change they must agree, else the build stops naming both rows.
import { SourceRowError } from './errors.ts';
import { germanDate } from './periods.ts';
import {
  DESTATIS_CHANGES_FILE,
  DESTATIS_LISTS_FILE,
  type DestatisChangeRow,
  type DestatisListRow,
} from './sources/destatis-changes.ts';
import type { KreisChange } from './gebietsstand.ts';
import { CHANGES_FILE, type Changes } from './sources/geo.ts';
import type { Merger } from './territory.ts';

/** A new official name of a Gemeinde (Änderungsart 4), from its statistical effective date. */
export interface Renaming {
  /** Statistical effective date (ISO): the first Gebietsstand with the new name. */
  date: string;
  /** Legal effective date (ISO). */
  legal: string;
  ags: string;
  /** Official names as in the list, e.g. „Friedrichsdorf, Stadt“ → „Friedrichsdorf, Philipp-Reis-Stadt“. */
  oldName: string;
  newName: string;
  kennziffer: string;
  line: number;
}

/** Part of a Gemeinde's territory moved to another (Änderungsart 2), with the area and persons as published. */
export interface PartTransfer {
  date: string;
  fromAgs: string;
  toAgs: string;
  areaM2: number | null;
  persons: number | null;
  kennziffer: string;
  line: number;
}

export interface TerritorialChanges {
  mergers: Merger[];
  /** Key changes of a whole Gemeinde (hand-made „Auskreisung“ rows, official Schlüsseländerungen). */
  kreisChanges: KreisChange[];
  renamings: Renaming[];
  partTransfers: PartTransfer[];
  /** The file each merger or key change was taken from, by its old key. */
  fileOf: (oldAgs: string) => string;
}

/** The name part of an official name: „Neu-Isenburg, Hugenotten- und Waldenserstadt“ → „Neu-Isenburg“. */
export function shortName(official: string): string {
  const i = official.indexOf(', ');
  return i < 0 ? official : official.slice(0, i);
}

interface Official<T> {
  change: T;
  row: DestatisChangeRow;
}

function describe(r: DestatisChangeRow): string {
  return `${r.kennziffer}: ${r.old_ags} ${r.old_name} → ${r.new_ags} ${r.new_name}, ${r.change_kind_names}, statistisch wirksam ${germanDate(r.effective_statistical)}`;
}

/** Hessian Gemeinde rows of the official lists, as mergers, key changes, renamings and part transfers. */
function readOfficial(rows: readonly DestatisChangeRow[], lists: readonly DestatisListRow[], existedBefore: (ags: string, date: string) => boolean) {
  const mergers: Array<Official<Merger>> = [];
  const keyChanges: Array<Official<KreisChange>> = [];
  const renamings: Renaming[] = [];
  const partTransfers: PartTransfer[] = [];
  for (const r of rows) {
    if (!lists.some((l) => l.list_from === r.list_from && l.list_to === r.list_to)) {
      throw new SourceRowError(DESTATIS_CHANGES_FILE, r.line, 'list_from', `die Liste ${germanDate(r.list_from)}–${germanDate(r.list_to)} fehlt in ${DESTATIS_LISTS_FILE}`);
    }
    if (r.regionaleinheit !== 'Gemeinde') continue; // in Hessen every Gemeinde is its own Gemeindeverband
    const hessian = r.old_ags.startsWith('06') && r.new_ags.startsWith('06');
    const date = r.effective_statistical;
    for (const kind of r.change_kinds.split('|')) {
      if (kind === '4') {
        renamings.push({ date, legal: r.effective_legal, ags: r.new_ags, oldName: r.old_name, newName: r.new_name, kennziffer: r.kennziffer, line: r.line });
        continue;
      }
      if (r.old_ags === r.new_ags) continue; // 2: the part that stays; 3: only the ARS changed (not the AGS the atlas uses)
      if (!hessian) throw new SourceRowError(DESTATIS_CHANGES_FILE, r.line, 'new_ags', `Gebietsänderung über die Landesgrenze (${describe(r)}) wird nicht unterstützt`);
      if (kind === '1') {
        const kindOf = existedBefore(r.new_ags, date) ? 'Eingliederung' : 'Zusammenschluss';
        mergers.push({ change: { date, oldAgs: r.old_ags, oldName: shortName(r.old_name), newAgs: r.new_ags, newName: shortName(r.new_name), kind: kindOf }, row: r });
      } else if (kind === '2') {
        const n = (v: string) => (v === '' ? null : Number(v));
        partTransfers.push({ date, fromAgs: r.old_ags, toAgs: r.new_ags, areaM2: n(r.area_m2), persons: n(r.population), kennziffer: r.kennziffer, line: r.line });
      } else {
        keyChanges.push({ change: { date, oldAgs: r.old_ags, oldName: shortName(r.old_name), newAgs: r.new_ags, newName: shortName(r.new_name), kind: 'Schlüsseländerung' }, row: r });
      }
    }
  }
  for (const m of mergers) {
    const other = mergers.find((x) => x.change.oldAgs === m.change.oldAgs && x.change.newAgs !== m.change.newAgs);
    if (other) {
      throw new SourceRowError(DESTATIS_CHANGES_FILE, other.row.line, 'new_ags', `Auflösung von ${m.change.oldAgs} ${m.change.oldName} in mehrere Gemeinden (auch Zeile ${m.row.line}) wird nicht unterstützt`);
    }
  }
  return { mergers, keyChanges, renamings, partTransfers };
}

/** The first column in which a hand-made change differs from the official one, or null. */
function difference(hand: Omit<Merger, 'kind'> & { kind: string }, official: Omit<Merger, 'kind'> & { kind: string }, compareKind: boolean) {
  const columns: Array<[string, string, string]> = [
    ['date', hand.date, official.date],
    ['new_ags', hand.newAgs, official.newAgs],
    ['old_name', hand.oldName, official.oldName],
    ['new_name', hand.newName, official.newName],
  ];
  if (compareKind) columns.push(['kind', hand.kind, official.kind]);
  const d = columns.find(([, a, b]) => a !== b);
  return d ? { column: d[0], hand: d[1], official: d[2] } : null;
}

/**
 * Mergers, key changes and renamings: from the official lists for the periods they cover; the
 * hand-made list supplies the rest and, where it describes a change the lists also have, must agree.
 * `existedBefore(ags, date)`: whether a receiving unit existed before `date` (Eingliederung) or is new (Zusammenschluss).
 */
export function territorialChanges(
  hand: Changes,
  rows: readonly DestatisChangeRow[],
  lists: readonly DestatisListRow[],
  existedBefore: (ags: string, date: string) => boolean,
): TerritorialChanges {
  const official = readOfficial(rows, lists, existedBefore);
  const covering = (date: string) => lists.find((l) => l.list_from <= date && date <= l.list_to);
  const check = <T extends Omit<Merger, 'kind'> & { kind: string }>(handmade: readonly T[], officials: ReadonlyArray<Official<T>>, compareKind: boolean): T[] => {
    const kept: T[] = [];
    for (const h of handmade) {
      const line = hand.lines.get(h.oldAgs)!;
      const o = officials.find((x) => x.change.oldAgs === h.oldAgs);
      if (o) {
        const d = difference(h, o.change, compareKind);
        if (d) {
          throw new SourceRowError(CHANGES_FILE, line, d.column, `${d.hand} widerspricht ${DESTATIS_CHANGES_FILE}:${o.row.line} (${describe(o.row)}; dort ${d.official})`);
        }
        // the hand-made kind of a key change says more („Auskreisung (kreisfreie Stadt …)“)
        if (!compareKind) o.change.kind = h.kind;
        continue;
      }
      const list = covering(h.date);
      if (list) {
        throw new SourceRowError(
          CHANGES_FILE,
          line,
          'old_ags',
          `${h.oldAgs} ${h.oldName} → ${h.newAgs} ${h.newName} am ${germanDate(h.date)} fehlt in ${DESTATIS_CHANGES_FILE}, obwohl die amtliche Liste ${list.source} (${germanDate(list.list_from)}–${germanDate(list.list_to)}) den Tag abdeckt`,
        );
      }
      kept.push(h);
    }
    return [...kept, ...officials.map((o) => o.change)].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.oldAgs < b.oldAgs ? -1 : 1));
  };
  const fromLists = new Set([...official.mergers, ...official.keyChanges].map((o) => o.change.oldAgs));
  return {
    mergers: check(hand.mergers, official.mergers, true),
    kreisChanges: check(hand.kreisChanges, official.keyChanges, false),
    renamings: official.renamings,
    partTransfers: official.partTransfers,
    fileOf: (oldAgs) => (fromLists.has(oldAgs) ? DESTATIS_CHANGES_FILE : CHANGES_FILE),
  };
}
