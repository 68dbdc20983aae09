// Where names go on an exported map (page units, pure). Selected and compared regions are always
// named: at their label point, near it, or beside the map with a leader line. Other names
// go only where they fit, set smaller or left out, never over another name or a leader line.
import { spreadLabels } from '../geo/spread.ts';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LabelRequest {
  ags: string;
  text: string;
  /** The region's label point in page units. */
  at: [number, number];
  bold: boolean;
}

export interface PlacedLabel {
  ags: string;
  text: string;
  /** Baseline point and alignment of the text. */
  x: number;
  y: number;
  anchor: 'middle' | 'start' | 'end';
  size: number;
  bold: boolean;
  /** The text's box (with a little room), as used for the overlap test. */
  box: Rect;
  /** From the label point to the label, for a name set away from its point. */
  leader?: [number, number, number, number];
}

/** Width of `text` set at `size` (page units), generous enough for a substitute font. */
export type Measure = (text: string, size: number, bold: boolean) => number;

/** Names of other regions are tried at these sizes (share of the label size) before they are left out. */
export const OPTIONAL_SIZES = [1, 0.85];

const overlaps = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Whether the segment crosses or touches the rectangle (Liang–Barsky clipping). */
export function segmentHitsRect([x1, y1, x2, y2]: [number, number, number, number], r: Rect): boolean {
  let [t0, t1] = [0, 1];
  const dx = x2 - x1;
  const dy = y2 - y1;
  const edges: [number, number][] = [
    [-dx, x1 - r.x],
    [dx, r.x + r.width - x1],
    [-dy, y1 - r.y],
    [dy, r.y + r.height - y1],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 > t1) return false;
  }
  return true;
}

function boxOf(x: number, y: number, width: number, size: number, anchor: PlacedLabel['anchor']): Rect {
  const pad = size * 0.2;
  const left = anchor === 'middle' ? x - width / 2 : anchor === 'start' ? x : x - width;
  return { x: left - pad, y: y - size, width: width + 2 * pad, height: size * 1.25 };
}

/** From `at` to the nearest point of `box`. */
function leaderTo(at: [number, number], box: Rect): [number, number, number, number] {
  const x = Math.min(Math.max(at[0], box.x), box.x + box.width);
  const y = Math.min(Math.max(at[1], box.y), box.y + box.height);
  return [at[0], at[1], x, y];
}

class Layout {
  readonly placed: PlacedLabel[] = [];
  constructor(
    readonly frame: Rect,
    readonly measure: Measure,
  ) {}

  free(box: Rect): boolean {
    return (
      !this.placed.some((p) => overlaps(box, p.box)) && !this.placed.some((p) => p.leader !== undefined && segmentHitsRect(p.leader, box))
    );
  }

  /** The label centred at its point shifted by `dy`, kept inside the frame. */
  centred(r: LabelRequest, size: number, dy: number): PlacedLabel {
    const f = this.frame;
    const width = this.measure(r.text, size, r.bold);
    const half = width / 2 + size * 0.2;
    const x = Math.min(Math.max(r.at[0], f.x + half), f.x + f.width - half);
    const y = Math.min(Math.max(r.at[1] + size * 0.35 + dy, f.y + size), f.y + f.height - size * 0.3);
    return { ags: r.ags, text: r.text, x, y, anchor: 'middle', size, bold: r.bold, box: boxOf(x, y, width, size, 'middle') };
  }

  /** The label beside its point (right or left, shifted by `dy`), or undefined if it would leave the frame. */
  beside(r: LabelRequest, size: number, side: 'start' | 'end', dy = 0): PlacedLabel | undefined {
    const width = this.measure(r.text, size, r.bold);
    const x = r.at[0] + (side === 'start' ? 0.5 : -0.5) * size;
    const y = r.at[1] + size * 0.35 + dy;
    const box = boxOf(x, y, width, size, side);
    const f = this.frame;
    if (box.x < f.x || box.x + box.width > f.x + f.width || box.y < f.y || box.y + box.height > f.y + f.height) return undefined;
    return { ags: r.ags, text: r.text, x, y, anchor: side, size, bold: r.bold, box };
  }

  /** Places `l` if its box is free and its leader line (if any) crosses no other name, except one over its point. */
  take(l: PlacedLabel | undefined): boolean {
    if (!l || !this.free(l.box)) return false;
    const [ax, ay] = l.leader ?? [];
    const covers = (b: Rect) => ax! >= b.x && ax! <= b.x + b.width && ay! >= b.y && ay! <= b.y + b.height;
    if (l.leader && this.placed.some((p) => !covers(p.box) && segmentHitsRect(l.leader!, p.box))) return false;
    this.placed.push(l);
    return true;
  }
}

/**
 * Names of the selected and compared regions, each placed once: at the label point, a line above
 * or below, right or left of it (up to two lines higher or lower), two or three lines above or
 * below (with a leader line from two lines away); a name with no free place there goes beside
 * the map's drawing on the nearer side (or against the frame's edge if it does not fit there)
 * with a leader line, spread apart and moved to the nearest free place
 * along the edge (only a full edge makes it overlap).
 */
function placeNamed(layout: Layout, named: LabelRequest[], size: number, drawn: [number, number]): void {
  const edge: LabelRequest[] = [];
  for (const r of named) {
    const h = 1.1 * size;
    // Farther from its point than a line, a name gets a leader line to it.
    const led = (l: PlacedLabel | undefined) => l && { ...l, leader: leaderTo(r.at, l.box) };
    const tries = [
      () => layout.centred(r, size, 0),
      () => layout.centred(r, size, -h),
      () => layout.centred(r, size, h),
      () => layout.beside(r, size, 'start'),
      () => layout.beside(r, size, 'end'),
      ...[-h, h, -2 * h, 2 * h].flatMap((dy) => [
        () => led(layout.beside(r, size, 'start', dy)),
        () => led(layout.beside(r, size, 'end', dy)),
      ]),
      ...[-2 * h, 2 * h, -3 * h, 3 * h].map((dy) => () => led(layout.centred(r, size, dy))),
    ];
    if (!tries.some((t) => layout.take(t()))) edge.push(r);
  }
  const f = layout.frame;
  for (const side of ['start', 'end'] as const) {
    const group = edge.filter((r) => r.at[0] < f.x + f.width / 2 === (side === 'start'));
    const ys = spreadLabels(
      group.map((r) => r.at[1] + size * 0.35),
      size * 1.3,
      f.y + size,
      f.y + f.height - size * 0.3,
    );
    group.forEach((r, i) => {
      const width = layout.measure(r.text, size, r.bold);
      // Just outside the map's drawing where the name fits there, else against the frame's edge.
      const left = drawn[0] - size * 0.6;
      const right = drawn[1] + size * 0.6;
      const [x, anchor] =
        side === 'start'
          ? left - width - size * 0.2 >= f.x
            ? ([left, 'end'] as const)
            : ([f.x + size * 0.2, 'start'] as const)
          : right + width + size * 0.2 <= f.x + f.width
            ? ([right, 'start'] as const)
            : ([f.x + f.width - size * 0.2, 'end'] as const);
      // The spread position, or the nearest free one above or below it along the edge.
      const step = size * 0.65;
      const lo = f.y + size;
      const hi = f.y + f.height - size * 0.3;
      const ys0 = ys[i]!;
      const candidates = [ys0];
      for (let k = 1; k * step < f.height; k++) candidates.push(ys0 - k * step, ys0 + k * step);
      const y = candidates.filter((c) => c >= lo && c <= hi).find((c) => layout.free(boxOf(x, c, width, size, anchor))) ?? ys0;
      const box = boxOf(x, y, width, size, anchor);
      const end = side === 'start' ? box.x + box.width : box.x;
      layout.placed.push({
        ags: r.ags,
        text: r.text,
        x,
        y,
        anchor,
        size,
        bold: r.bold,
        box,
        leader: [r.at[0], r.at[1], end, y - size * 0.35],
      });
    });
  }
}

/**
 * All labels of a map: `named` first (never left out), then `others` in their order of priority,
 * each at its point (or up to 0.6 lines above or below) in the largest of OPTIONAL_SIZES where its
 * box is free; a name with no free place is left out. No two boxes overlap, except edge names
 * that did not fit the frame's height.
 */
export function placeLabels(opts: {
  frame: Rect;
  size: number;
  measure: Measure;
  named: LabelRequest[];
  others: LabelRequest[];
  /** Left and right end of the map's drawing (page units); edge names go just outside it if they fit. */
  drawn?: [number, number];
}): PlacedLabel[] {
  const layout = new Layout(opts.frame, opts.measure);
  const f = opts.frame;
  placeNamed(layout, opts.named, opts.size, opts.drawn ?? [f.x, f.x + f.width]);
  for (const r of opts.others)
    OPTIONAL_SIZES.some((k) => {
      const size = opts.size * k;
      return [0, -0.6 * size, 0.6 * size].some((dy) => layout.take(layout.centred(r, size, dy)));
    });
  return layout.placed;
}
