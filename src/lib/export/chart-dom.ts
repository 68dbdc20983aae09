// The chart as the page drew it, serialised for the image export: a copy of its <svg> with the
// computed presentation styles written inline (the page's stylesheet does not travel with the
// file), text in a generic font stack, hidden parts, tooltips and ARIA dropped. Needs a DOM.
import { FONT_STACK } from './page.ts';
import type { SerialisedChart } from './chart-svg.ts';

const PROPERTIES = [
  'fill',
  'fill-opacity',
  'fill-rule',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linejoin',
  'stroke-linecap',
  'opacity',
  'vector-effect',
  'paint-order',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
] as const;

/** The children of `svg` with inline styles, and its drawing size (viewBox, else its box). */
export function serialiseChart(svg: SVGSVGElement): SerialisedChart {
  const vb = svg.viewBox?.baseVal;
  const rect = svg.getBoundingClientRect();
  const width = vb && vb.width ? vb.width : rect.width;
  const height = vb && vb.height ? vb.height : rect.height;
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const originals = [...svg.querySelectorAll('*')];
  const copies = [...clone.querySelectorAll('*')];
  const drop: Element[] = [];
  originals.forEach((el, i) => {
    const copy = copies[i]!;
    const tag = el.tagName.toLowerCase();
    if (tag === 'title' || tag === 'desc') return drop.push(copy);
    const cs = getComputedStyle(el);
    // Paint servers and their kin are never displayed themselves, only referenced: keep them.
    const referenced = el.closest('defs, pattern, clipPath, mask, marker, linearGradient, radialGradient, symbol') !== null;
    if (!referenced && (cs.display === 'none' || cs.visibility === 'hidden')) return drop.push(copy);
    const style = PROPERTIES.map((p) => [p, cs.getPropertyValue(p)] as const)
      .filter(([, v]) => v !== '' && v !== 'normal' && v !== 'auto')
      .map(([p, v]) => `${p}:${v}`);
    if (tag === 'text' || tag === 'tspan') style.push(`font-family:${FONT_STACK}`);
    for (const a of [...copy.attributes]) if (/^(aria-|role$|tabindex$|class$|data-)/.test(a.name)) copy.removeAttribute(a.name);
    copy.setAttribute('style', style.join(';'));
  });
  for (const el of drop) el.remove();
  const serializer = new XMLSerializer();
  const markup = [...clone.childNodes].map((c) => serializer.serializeToString(c)).join('');
  return { markup, width, height };
}
