// Period ids as used in observations: "2023" (a year, 31.12.) or "2021-06" (a month, its last day).
import type { Text } from '../../../src/lib/data/catalogue.ts';

const MONTHS_DE = ['Jan.', 'Feb.', 'März', 'Apr.', 'Mai', 'Juni', 'Juli', 'Aug.', 'Sept.', 'Okt.', 'Nov.', 'Dez.'];
const MONTHS_EN = ['Jan', 'Feb', 'March', 'April', 'May', 'June', 'July', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'];

function parse(id: string): { year: number; month: number | null } {
  const m = /^(\d{4})(?:-(0[1-9]|1[0-2]))?$/.exec(id);
  if (!m) throw new Error(`ungültige Periode ${id}`);
  return { year: Number(m[1]), month: m[2] ? Number(m[2]) : null };
}

/** ISO date a period refers to: year → 31.12., month → last day of the month. */
export function periodDate(id: string): string {
  const { year, month } = parse(id);
  if (month === null) return `${year}-12-31`;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(last).padStart(2, '0')}`;
}

/** "2013" → "2013"; "2021-06" → "Juni 2021" / "June 2021"; "2018-12" → "Dez. 2018" / "Dec 2018". */
export function periodLabel(id: string): Text {
  const { year, month } = parse(id);
  if (month === null) return { de: String(year), en: String(year) };
  return { de: `${MONTHS_DE[month - 1]} ${year}`, en: `${MONTHS_EN[month - 1]} ${year}` };
}

/** "2023-12-31" → "31.12.2023". */
export function germanDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}.${m}.${y}`;
}

/** "2023-12-31" → "31 Dec 2023". */
export function englishDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${Number(d)} ${MONTHS_EN[Number(m) - 1]} ${y}`;
}

/** Day before an ISO date. */
export function dayBefore(iso: string): string {
  const t = Date.parse(`${iso}T00:00:00Z`) - 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}
