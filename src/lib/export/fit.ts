// Pop-overs (export and share menus) stay inside the viewport on every screen width: after
// opening, a pop-over is narrowed to the viewport and shifted sideways until it fits.

/** Keeps this much room to the viewport's edges (CSS px). */
export const EDGE = 8;

/** Horizontal shift that brings [left, right] inside [edge, viewport − edge] (0 if it fits). */
export function shiftIntoView(left: number, right: number, viewport: number, edge = EDGE): number {
  if (right - left > viewport - 2 * edge) return edge - left;
  if (left < edge) return edge - left;
  if (right > viewport - edge) return viewport - edge - right;
  return 0;
}

/** Narrows and shifts an open pop-over so it lies within the viewport (browser only). */
export function fitToViewport(el: HTMLElement): void {
  el.style.translate = '';
  const vw = document.documentElement.clientWidth;
  el.style.maxWidth = `${vw - 2 * EDGE}px`;
  const r = el.getBoundingClientRect();
  if (r.width === 0) return;
  const dx = shiftIntoView(r.left, r.right, vw);
  if (dx) el.style.translate = `${Math.round(dx)}px 0`;
}

/** Svelte attachment-style helper: fits the element whenever `open` turns true and on resize. */
export function keepInView(el: HTMLElement | undefined, open: boolean): (() => void) | undefined {
  if (!el || !open) return;
  const fit = () => fitToViewport(el);
  fit();
  addEventListener('resize', fit);
  return () => removeEventListener('resize', fit);
}
