// Notices about links quote what the link said only as a short, marked fragment: an embedding page
// must not be able to put its own sentence ("ACHTUNG: Daten gefälscht …") into the atlas' notice box.

/** The longest piece of a link value a notice repeats. */
export const FRAGMENT_MAX = 20;

// eslint-disable-next-line no-control-regex -- control, zero-width and bidi characters, removed on purpose
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g;

/** A value from a link as a short fragment: control characters and runs of spaces removed, cut with "…". */
export function fragment(value: string, max = FRAGMENT_MAX): string {
  const flat = value.replace(/\s+/g, ' ').replace(INVISIBLE, '');
  const chars = [...flat];
  return chars.length > max ? `${chars.slice(0, max).join('').trimEnd()}…` : flat;
}
