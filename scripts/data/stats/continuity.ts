// Continuity of the Gemeinde keys in a per-Gemeinde series: between two consecutive periods, every key
// that disappears or appears must be explained by a territorial change (merger or key change).
import { ContinuityError } from './errors.ts';
import type { KreisChange } from './gebietsstand.ts';
import { germanDate } from './periods.ts';
import type { Merger } from './territory.ts';

/** One source's rows reduced to what the check needs: key, name, period and its Gebietsstand. */
export interface SeriesRow {
  ags: string;
  name: string;
  period: string;
  gebietsstand: string;
}

/** Files whose changes explain a key's appearance or disappearance (named in the message). */
const CHANGE_FILES = 'stats/gebietsaenderungen_destatis.csv und gebietsaenderungen_hessen.csv';

/**
 * Throws a {@link ContinuityError} for the first key present in a period and absent in the next (or
 * new in the next) that no merger or key change effective between the two Gebietsstände explains.
 * Periods sharing one Gebietsstand must have the same keys.
 */
export function checkContinuity(file: string, rows: readonly SeriesRow[], mergers: readonly Merger[], keyChanges: readonly KreisChange[]): void {
  const periods = new Map<string, { gebietsstand: string; names: Map<string, string> }>();
  for (const r of rows) {
    const p = periods.get(r.period) ?? { gebietsstand: r.gebietsstand, names: new Map<string, string>() };
    p.names.set(r.ags, r.name);
    periods.set(r.period, p);
  }
  const order = [...periods.entries()].sort(([a, pa], [b, pb]) => (pa.gebietsstand < pb.gebietsstand ? -1 : pa.gebietsstand > pb.gebietsstand ? 1 : a < b ? -1 : 1));
  const changes = [...mergers, ...keyChanges];
  for (let i = 1; i < order.length; i++) {
    const [t0, p0] = order[i - 1]!;
    const [t1, p1] = order[i]!;
    const within = (c: { date: string }) => p0.gebietsstand < c.date && c.date <= p1.gebietsstand;
    const at = (t: string, p: { gebietsstand: string }) => `${/^\d{4}$/.test(t) ? 'im Jahr' : 'in der Periode'} ${t} (Gebietsstand ${germanDate(p.gebietsstand)})`;
    for (const [ags, name] of p0.names) {
      if (p1.names.has(ags) || changes.some((c) => c.oldAgs === ags && within(c))) continue;
      throw new ContinuityError(file, ags, t0, t1, `${ags} (${name}) ist ${at(t0, p0)} enthalten, ${at(t1, p1)} nicht, und keine Gebietsänderung in ${CHANGE_FILES} erklärt das`);
    }
    for (const [ags, name] of p1.names) {
      if (p0.names.has(ags)) continue;
      const explained =
        mergers.some((m) => m.newAgs === ags && m.kind === 'Zusammenschluss' && within(m)) || keyChanges.some((c) => c.newAgs === ags && within(c));
      if (explained) continue;
      throw new ContinuityError(file, ags, t0, t1, `${ags} (${name}) ist ${at(t0, p0)} nicht enthalten, ${at(t1, p1)} aber schon, und keine Gebietsänderung in ${CHANGE_FILES} erklärt das`);
    }
  }
}
