// Official Gemeinde names over time: the GV-ISys names of the population series (each on its Gebietsstand)
// and the renamings of Destatis' change lists (from their statistical effective date).
import { shortName, type Renaming } from './changes.ts';
import { SourceRowError } from './errors.ts';
import { dayBefore, germanDate } from './periods.ts';
import { DESTATIS_CHANGES_FILE } from './sources/destatis-changes.ts';
import { POPULATION_FILE, type PopulationRow } from './sources/population.ts';

interface Named {
  date: string;
  name: string;
}

export interface OfficialNames {
  /** The official name of `ags` on the Gebietsstand `date` (ISO), e.g. „Friedrichsdorf, Philipp-Reis-Stadt“; null if unknown. */
  at(ags: string, date: string): string | null;
  /**
   * The name the app shows on `date`: `geoName` (BKG spelling), unless a renaming by then changed the
   * name part of the official name (not only its descriptor such as „Stadt“ → „Philipp-Reis-Stadt“).
   */
  display(ags: string, geoName: string, date: string): string;
}

function byDate(a: { date: string }, b: { date: string }): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : 0;
}

/**
 * The official names, checked against each other: a renaming's old name must be the name the series
 * gives the Gemeinde before it, and every later row of the series must carry the new name.
 */
export function officialNames(population: readonly PopulationRow[], renamings: readonly Renaming[]): OfficialNames {
  const series = new Map<string, Array<Named & { row?: PopulationRow; renaming?: Renaming }>>();
  const add = (ags: string, n: Named & { row?: PopulationRow; renaming?: Renaming }) => {
    const list = series.get(ags);
    if (list) list.push(n);
    else series.set(ags, [n]);
  };
  for (const r of population) add(r.ags, { date: r.gebietsstand, name: r.name, row: r });
  for (const r of renamings) add(r.ags, { date: r.date, name: r.newName, renaming: r });
  for (const list of series.values()) list.sort(byDate);

  const at = (ags: string, date: string): string | null => {
    let name: string | null = null;
    for (const n of series.get(ags) ?? []) if (n.date <= date) name = n.name;
    return name;
  };

  for (const r of renamings) {
    const before = at(r.ags, dayBefore(r.date));
    if (before !== null && before !== r.oldName) {
      const row = series.get(r.ags)!.filter((n) => n.date < r.date && n.row).pop()?.row;
      const where = row ? `${POPULATION_FILE}:${row.line} (${row.year})` : 'die vorige Namensänderung';
      throw new SourceRowError(DESTATIS_CHANGES_FILE, r.line, 'old_name', `„${r.oldName}“ ist nicht der Name von ${r.ags} vor dem ${germanDate(r.date)}: ${where} nennt „${before}“`);
    }
  }
  for (const list of series.values()) {
    let renamed: Renaming | undefined;
    for (const n of list) {
      if (n.renaming) renamed = n.renaming;
      else if (renamed && n.row && n.name !== renamed.newName) {
        throw new SourceRowError(
          POPULATION_FILE,
          n.row.line,
          'name',
          `„${n.name}“ widerspricht der Namensänderung ${DESTATIS_CHANGES_FILE}:${renamed.line} (${renamed.kennziffer}: seit ${germanDate(renamed.date)} „${renamed.newName}“)`,
        );
      }
    }
  }

  return {
    at,
    display(ags, geoName, date) {
      const last = renamings.filter((r) => r.ags === ags && r.date <= date).sort(byDate).pop();
      return last && shortName(last.newName) !== shortName(last.oldName) ? shortName(last.newName) : geoName;
    },
  };
}
