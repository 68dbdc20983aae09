// BBSR typologies (Gebietsstand 31.12.2019) on today's keys: a unit keeps its class; a unit formed
// from several gets one only where all predecessors agree (exact, flag `harmonised`), else none.
import type { Observation } from '../stats/observations.ts';
import type { ChangeRow } from './crosswalk.ts';

export const TYPOLOGY_PERIOD = '2019';

interface Cls {
  code: string;
  from: string[];
}

/** A whole unit `from` becomes part of (or is renamed to) `to`. */
export interface Move {
  from: string;
  to: string;
}

/**
 * One step of Gebietsstand, with the rule of the Hessen build: whole units move; where a unit absorbs
 * others (Eingliederung: the target existed and stays) it keeps its class; a new unit formed from
 * several (Zusammenschluss) gets a class only where all typed predecessors agree, else none
 * (`conflicts`). A unit neither moving nor kept is gone (split part-wise: its receivers keep theirs).
 */
export function classStep(classes: ReadonlyMap<string, Cls>, moves: readonly Move[], keep: (ags: string) => boolean, conflicts: string[]): Map<string, Cls> {
  const moving = new Map(moves.filter((m) => m.from !== m.to).map((m) => [m.from, m.to]));
  const groups = new Map<string, Cls[]>();
  for (const [ags, c] of classes) {
    const to = moving.get(ags) ?? (keep(ags) ? ags : null);
    if (to) groups.set(to, [...(groups.get(to) ?? []), c]);
  }
  const out = new Map<string, Cls>();
  for (const [to, parts] of groups) {
    const from = parts.flatMap((p) => p.from);
    const absorbing = classes.get(to) && !moving.has(to) ? classes.get(to)! : null;
    if (absorbing) out.set(to, { code: absorbing.code, from });
    else if (new Set(parts.map((p) => p.code)).size === 1) out.set(to, { code: parts[0]!.code, from });
    else conflicts.push(to);
  }
  return out;
}

export interface TypologyInput {
  gemeinden: Array<Record<string, string>>;
  kreise: Array<Record<string, string>>;
  umstieg: Array<Record<string, string>>;
  /** Hessen's own change list (data/gebietsaenderungen_hessen.csv): the only 2020 changes on file. */
  hessen: Array<Record<string, string>>;
  changes: ChangeRow[];
  /** GV-ISys DEGURBA per Gemeinde (column `degurba`) with the extract's period and Gebietsstand. */
  degurba: Array<{ period: string; gebietsstand: string; rows: Array<Record<string, string>> }>;
  /** Inhabited Gemeinden and Kreise of the geometry. */
  gemeindeKeys: ReadonlySet<string>;
  kreisKeys: ReadonlySet<string>;
}

function listMoves(changes: readonly ChangeRow[], after: string): Array<{ date: string; moves: Move[]; gone: Set<string> }> {
  const dates = [...new Set(changes.filter((c) => c.date > after).map((c) => c.date))].sort();
  return dates.map((date) => {
    const rows = changes.filter((c) => c.date === date && (c.kinds.includes('1') || c.kinds.includes('3')));
    const receivers = new Map<string, Set<string>>();
    for (const r of rows) receivers.set(r.oldAgs, (receivers.get(r.oldAgs) ?? new Set()).add(r.newAgs));
    const whole = rows.filter((r) => receivers.get(r.oldAgs)!.size === 1);
    const gone = new Set(rows.filter((r) => receivers.get(r.oldAgs)!.size > 1).map((r) => r.oldAgs));
    return { date, moves: whole.map((r) => ({ from: r.oldAgs, to: r.newAgs })), gone };
  });
}

/** Classes on the Gebietsstand `from` (ISO) brought to today: 2020 (Hessen's list only), the BBSR Umstieg years, the Destatis lists. */
function toToday(start: Map<string, Cls>, from: string, input: TypologyInput, conflicts: string[]): Map<string, Cls> {
  const sheets = [...new Set(input.umstieg.map((r) => r.gebietsstand!))].sort();
  let c = start;
  if (from < sheets[0]!) {
    const keys2020 = new Set(input.umstieg.filter((r) => r.gebietsstand === sheets[0]).map((r) => r.ags!));
    const hessen2020 = input.hessen.filter((r) => r.date! > from && r.date! <= sheets[0]!).map((r) => ({ from: r.old_ags!, to: r.new_ags! }));
    c = classStep(c, hessen2020, (a) => keys2020.has(a), conflicts);
  }
  for (const sheet of sheets.filter((g) => g >= from)) {
    const rows = input.umstieg.filter((r) => r.gebietsstand === sheet);
    const stays = new Set(rows.filter((r) => r.ags === r.target_ags).map((r) => r.ags!));
    const whole = rows.filter((r) => Number(r.population_weight) === 1 && Number(r.area_weight) === 1).map((r) => ({ from: r.ags!, to: r.target_ags! }));
    c = classStep(c, whole, (a) => stays.has(a), conflicts);
  }
  const last = input.umstieg.find((r) => r.gebietsstand === sheets[sheets.length - 1])!.target_gebietsstand!;
  for (const step of listMoves(input.changes, from > last ? from : last)) c = classStep(c, step.moves, (a) => !step.gone.has(a), conflicts);
  return c;
}

/** Per measure: classes of today's units, and the units left without one (listed in the build log). */
export function nationalTypologies(input: TypologyInput): { observations: Observation[]; lines: string[] } {
  const observations: Observation[] = [];
  const lines: string[] = [];
  const series = [
    ...Object.keys(input.gemeinden[0] ?? {})
      .filter((k) => k !== 'ags')
      .map((measure) => ({ measure, period: TYPOLOGY_PERIOD, from: '2019-12-31', rows: input.gemeinden, column: measure })),
    // DEGURBA of the GV-ISys extracts (as in Hessen: the year of the extract is the period)
    ...input.degurba.map((d) => ({ measure: 'degurba', period: d.period, from: d.gebietsstand, rows: d.rows, column: 'degurba' })),
  ];
  for (const { measure, period, from, rows, column } of series) {
    const conflicts: string[] = [];
    const start = new Map(rows.filter((r) => r[column]).map((r) => [r.ags!, { code: r[column]!, from: [r.ags!] }]));
    const c = toToday(start, from, input, conflicts);
    const missing = [...input.gemeindeKeys].filter((a) => !c.has(a)).sort();
    for (const [ags, v] of c) if (input.gemeindeKeys.has(ags)) observations.push({ measure, ags, period, value: v.code, flags: v.from.length > 1 ? ['harmonised'] : [] });
    lines.push(`${measure} ${period}: ohne Typ (bewohnt): ${missing.join(', ') || '–'}; uneinig/unbekannt: ${[...new Set(conflicts)].join(', ') || '–'}`);
  }
  // Kreise: the only change since 2019 is Eisenach (16056) joining the Wartburgkreis (16063) in 2021
  const kreisMeasures = Object.keys(input.kreise[0] ?? {}).filter((k) => k !== 'ags');
  const kreisMoves = input.kreise.filter((r) => !input.kreisKeys.has(r.ags!)).map((r) => r.ags!);
  for (const measure of kreisMeasures) {
    const conflicts: string[] = [];
    const gemeindeMoves = kreisMoves.map((k) => ({ from: k, to: kreisOf(k, input) }));
    const c = classStep(new Map(input.kreise.filter((r) => r[measure]).map((r) => [r.ags!, { code: r[measure]!, from: [r.ags!] }])), gemeindeMoves, (a) => input.kreisKeys.has(a), conflicts);
    for (const [ags, v] of c) observations.push({ measure, ags, period: TYPOLOGY_PERIOD, value: v.code, flags: v.from.length > 1 ? ['harmonised'] : [] });
    lines.push(`${measure}: ${c.size} Kreise mit Typ; ohne Typ: ${[...input.kreisKeys].filter((k) => !c.has(k)).join(', ') || '–'}`);
  }
  return { observations, lines };
}

/** The Kreis a dissolved Kreis went to: where its Gemeinden's keys went (BBSR Umstieg, whole moves). */
function kreisOf(kreis: string, input: TypologyInput): string {
  const targets = input.umstieg.filter((r) => r.ags!.startsWith(kreis) && r.target_ags!.slice(0, 5) !== kreis).map((r) => r.target_ags!.slice(0, 5));
  return [...new Set(targets)].sort().join('|') || kreis;
}
