// SQL pieces for the typologies: which class a Gemeinde has in which edition.
import type { Params } from './sql.ts';
import { TYPOLOGIES, type Typology, type TypologyId } from './typologies.ts';

/**
 * A Kreis typology was published for the Kreise of its files: a Gemeinde takes the class of the Kreis
 * it lay in then (Hanau, kreisfrei since 2026: the class of the old Main-Kinzig-Kreis).
 */
const KREIS_OF_TYPOLOGY: Partial<Record<string, string>> = { kreis: 'kreis_native' };

/** The membership level whose key carries a Gemeinde's class of the typology. */
export const gemeindeClassLevel = (t: Typology) => KREIS_OF_TYPOLOGY[t.native] ?? t.native;

/** Rows (`lead` columns, ags, edition, code): the class of every Gemeinde in every edition of a typology. */
export function gemeindeClassesSql(typology: TypologyId, p: Params, lead = ''): string {
  const t = TYPOLOGIES[typology];
  return `SELECT ${lead}m.ags, o.period AS edition, o.value::INTEGER AS code
          FROM membership m JOIN observations o ON o.ags = m.key AND o.measure = ${p.add(t.measure)}
          WHERE m.native = 'gemeinde' AND m.level = ${p.add(gemeindeClassLevel(t))}`;
}
