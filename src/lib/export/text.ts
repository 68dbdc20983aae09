// Text helpers for the SVG export: XML escaping and word wrap by an approximate text width.
// Widths are Arial/Helvetica advance widths (Liberation Sans and Arimo share them), in 1/1000 em;
// the export's font stack names these fonts first, so the estimate is close to what renders.

// prettier-ignore
const REGULAR = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, // space … /
  556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, // 0 … ?
  1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, // @ … O
  667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, // P … _
  333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, // ` … o
  556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584, // p … ~
];
// prettier-ignore
const BOLD = [
  278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278,
  556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611,
  975, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722, 778,
  667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584, 556,
  333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611,
  611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584,
];
const SPECIAL: Record<string, number> = {
  ß: 611,
  '–': 556,
  '—': 1000,
  '·': 278,
  '•': 350,
  '…': 1000,
  '≥': 549,
  '≤': 549,
  '€': 556,
  '²': 333,
  '³': 333,
  '°': 400,
  '×': 584,
  '±': 584,
  '‰': 1000,
  µ: 556,
  '„': 333,
  '“': 333,
  '”': 333,
  '‘': 222,
  '’': 222,
  '«': 556,
  '»': 556,
  '\u00a0': 278,
  '\u202f': 200,
  '−': 584,
  '→': 1000,
};

function charWidth(ch: string, bold: boolean): number {
  const code = ch.codePointAt(0)!;
  const table = bold ? BOLD : REGULAR;
  if (code >= 32 && code <= 126) return table[code - 32]!;
  const special = SPECIAL[ch];
  if (special !== undefined) return special;
  // Accented Latin letters (ä, é, Ö …) are as wide as their base letter.
  const base = ch.normalize('NFD').codePointAt(0)!;
  if (base >= 32 && base <= 126) return table[base - 32]!;
  return code >= 0x2e80 ? 1000 : 600;
}

/** Approximate rendered width of `text` in the units of `fontSize`. */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let w = 0;
  for (const ch of text) w += charWidth(ch, bold);
  return (w * fontSize) / 1000;
}

// eslint-disable-next-line no-control-regex -- exactly the control characters XML 1.0 forbids
const XML_FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

/** Escapes text for XML content and attribute values; drops characters XML 1.0 forbids. */
export function escapeXml(text: string): string {
  return text
    .replace(XML_FORBIDDEN, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** Splits a word wider than `maxWidth` into pieces, preferring breaks after / - ? & = _ . */
function breakWord(word: string, maxWidth: number, fontSize: number, bold: boolean): string[] {
  const pieces: string[] = [];
  let rest = word;
  while (rest && textWidth(rest, fontSize, bold) > maxWidth) {
    // Longest prefix that fits (at least one character, so the loop always advances).
    let fit = 1;
    let w = charWidth(rest[0]!, bold) * (fontSize / 1000);
    for (const ch of rest.slice(1)) {
      w += charWidth(ch, bold) * (fontSize / 1000);
      if (w > maxWidth) break;
      fit += ch.length;
    }
    const head = rest.slice(0, fit);
    const soft = Math.max(...['/', '-', '?', '&', '=', '_', '.'].map((c) => head.lastIndexOf(c)));
    const cut = soft > fit / 2 ? soft + 1 : fit;
    pieces.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  if (rest) pieces.push(rest);
  return pieces;
}

/**
 * Greedy word wrap: lines no wider than `maxWidth` (same units as `fontSize`). Breaks at spaces
 * (not at no-break spaces) and at explicit newlines; a word longer than a line (a URL) is broken
 * after / - ? & = _ . where possible, else between characters. Empty text gives no lines.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, bold = false): string[] {
  const lines: string[] = [];
  const space = textWidth(' ', fontSize, bold);
  for (const paragraph of text.split('\n')) {
    let line = '';
    let lineWidth = 0;
    for (const word of paragraph.split(/ +/).filter(Boolean)) {
      const w = textWidth(word, fontSize, bold);
      if (line && lineWidth + space + w <= maxWidth) {
        line += ' ' + word;
        lineWidth += space + w;
        continue;
      }
      if (line) lines.push(line);
      if (w <= maxWidth) {
        line = word;
        lineWidth = w;
      } else {
        const pieces = breakWord(word, maxWidth, fontSize, bold);
        lines.push(...pieces.slice(0, -1));
        line = pieces.at(-1) ?? '';
        lineWidth = textWidth(line, fontSize, bold);
      }
    }
    if (line) lines.push(line);
  }
  return lines;
}

/**
 * Credit lines joined after a "Quellen:" label: a credit's own leading "Quelle:" / "Source:" is
 * dropped so the label is not doubled ("Quellen: Quelle: …").
 */
export function creditList(credits: readonly string[]): string {
  return credits.map(stripSourceLabel).join('; ');
}

/** A credit line without its own leading "Quelle:" / "Source:" (for places that put a label before it). */
export function stripSourceLabel(credit: string): string {
  return credit.replace(/^\s*(Quelle|Quellen|Source|Sources)\s*:\s*/i, '');
}
