// Text widths as the screen draws them (canvas metrics of the page's own font), for chart labels
// that must fit: the export's Helvetica metrics are up to a fifth narrower than the screen's sans.
import { textWidth } from '../../export/text.ts';

let ctx: CanvasRenderingContext2D | null | undefined;

/** Width in px of `text` at `size` px and CSS `weight` in the page's font. */
export function screenTextWidth(text: string, size: number, weight = 400): number {
  if (typeof document === 'undefined') return 1.25 * textWidth(text, size, weight >= 600);
  ctx ??= document.createElement('canvas').getContext('2d');
  if (!ctx) return 1.25 * textWidth(text, size, weight >= 600);
  ctx.font = `${weight} ${size}px ${getComputedStyle(document.body).fontFamily}`;
  return ctx.measureText(text).width;
}

/** Greedy word wrap to `maxWidth` px; a word longer than a line keeps its own line. */
export function wrapScreenText(text: string, maxWidth: number, size: number, weight = 400): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/ +/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && screenTextWidth(next, size, weight) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}
