// Breitbandatlas per Kreis (households, 2018-06 … 2021-06) for all of Germany, and the Kreis
// population weights of 2017 and 2019 the weighted Land and Germany means need before 2020.
import type { Observation } from '../stats/observations.ts';

/** Kreise dissolved since the data (key → the Kreis it joined), from the BBSR Umstieg of its Gemeinden. */
export function dissolvedKreise(umstieg: Array<Record<string, string>>, today: ReadonlySet<string>): Map<string, string> {
  const out = new Map<string, string>();
  for (const r of umstieg) {
    const from = r.ags!.slice(0, 5);
    if (!today.has(from) && today.has(r.target_ags!.slice(0, 5))) out.set(from, r.target_ags!.slice(0, 5));
  }
  return out;
}

export function broadbandObservations(
  rows: Array<Record<string, string>>,
  kreisPop: Array<Record<string, string>>,
  today: ReadonlySet<string>,
  dissolved: ReadonlyMap<string, string>,
): { observations: Observation[]; lines: string[] } {
  // a Kreis that absorbed another has today a territory no published value describes
  const changed = new Set(dissolved.values());
  const observations: Observation[] = [];
  const left = new Set<string>();
  for (const r of rows) {
    if (!today.has(r.ags!) || changed.has(r.ags!)) {
      left.add(r.ags!);
      continue;
    }
    for (const [measure, value] of Object.entries(r)) if (measure.startsWith('bbk_') && value !== '') observations.push({ measure, ags: r.ags!, period: r.period!, value, flags: [] });
  }
  const sums = new Map<string, { value: number; parts: number }>();
  const unknown = new Set<string>();
  for (const r of kreisPop) {
    const to = dissolved.get(r.ags!) ?? r.ags!;
    if (!today.has(to)) {
      if (Number(r.pop_total) !== 0) unknown.add(r.ags!);
      continue;
    }
    const key = `${to},${r.period}`;
    const s = sums.get(key) ?? { value: 0, parts: 0 };
    sums.set(key, { value: s.value + Number(r.pop_total), parts: s.parts + 1 });
  }
  for (const [key, s] of sums) {
    const [ags, period] = key.split(',') as [string, string];
    observations.push({ measure: 'pop_total', ags, period, value: String(s.value), flags: s.parts > 1 ? ['harmonised'] : [] });
  }
  const lines = [
    `Breitband je Kreis: ${observations.filter((o) => o.measure !== 'pop_total').length} Werte; nicht übernommen (Kreis heute anders abgegrenzt oder ohne Geometrie): ${[...left].sort().join(', ') || '–'}`,
    `Kreisbevölkerung 2017/2019 (Gewichte): ${[...dissolved].map(([a, b]) => `${a} in ${b} summiert`).join(', ') || '–'}; bewohnte Schlüssel ohne Kreis heute: ${[...unknown].join(', ') || '–'}`,
  ];
  return { observations, lines };
}
