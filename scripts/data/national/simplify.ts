// Douglas–Peucker per arc in projected (planar) coordinates: shared arcs stay shared, arc endpoints
// stay, so the topology holds. A ring that would collapse (< 4 points) or flip its winding gets its
// arcs simplified again with a smaller tolerance, down to the unsimplified arc.
import type { Position } from 'geojson';

function douglasPeucker(points: Position[], tolerance: number): Position[] {
  if (points.length <= 2 || tolerance <= 0) return points;
  const keep = new Uint8Array(points.length);
  keep[0] = keep[points.length - 1] = 1;
  const stack: Array<[number, number]> = [[0, points.length - 1]];
  const t2 = tolerance * tolerance;
  while (stack.length) {
    const [a, b] = stack.pop()!;
    const [ax, ay] = points[a] as [number, number];
    const [bx, by] = points[b] as [number, number];
    const dx = bx - ax;
    const dy = by - ay;
    const len2 = dx * dx + dy * dy;
    let worst = -1;
    let worstD = t2;
    for (let i = a + 1; i < b; i++) {
      const [px, py] = points[i] as [number, number];
      let d: number;
      if (len2 === 0) d = (px - ax) ** 2 + (py - ay) ** 2;
      else {
        const cross = (px - ax) * dy - (py - ay) * dx;
        d = (cross * cross) / len2;
      }
      if (d > worstD) {
        worst = i;
        worstD = d;
      }
    }
    if (worst > 0) {
      keep[worst] = 1;
      stack.push([a, worst], [worst, b]);
    }
  }
  // A closed arc (a ring on its own) keeps its farthest points, so it stays a ring.
  if (points.length > 3 && keep.reduce((s, k) => s + k, 0) < 4) {
    const far = points.map((p, i) => [(p[0]! - points[0]![0]!) ** 2 + (p[1]! - points[0]![1]!) ** 2, i] as const).sort((x, y) => y[0] - x[0]);
    for (const [, i] of far.slice(0, 2)) keep[i] = 1;
  }
  return points.filter((_, i) => keep[i]);
}

/** Ring as arc indices (TopoJSON: ~i = arc i reversed). */
type Ring = number[];

const snap = (v: number, grid: number) => Math.round(v / grid);

/** Signed area and distinct point count of a ring on the output grid. */
function ringShape(ring: Ring, arcs: Position[][], grid: number): { area: number; points: number } {
  const pts: Array<[number, number]> = [];
  for (const i of ring) {
    const arc = i < 0 ? [...arcs[~i]!].reverse() : arcs[i]!;
    for (const p of arc) {
      const q: [number, number] = [snap(p[0]!, grid), snap(p[1]!, grid)];
      const last = pts[pts.length - 1];
      if (!last || last[0] !== q[0] || last[1] !== q[1]) pts.push(q);
    }
  }
  let area = 0;
  for (let k = 0; k < pts.length; k++) {
    const [x0, y0] = pts[k]!;
    const [x1, y1] = pts[(k + 1) % pts.length]!;
    area += x0 * y1 - x1 * y0;
  }
  return { area: area / 2, points: pts.length };
}

/**
 * Simplifies every arc with `tolerance` (map units); rings listed in `rings` must keep ≥ 4 points and
 * the sign of their area on the output grid, else their arcs are redone with tolerance/4, …, 0.
 */
export function simplifyArcs(arcs: Position[][], rings: Ring[], tolerance: number, grid: number): Position[][] {
  const level = new Float64Array(arcs.length).fill(tolerance);
  const out = arcs.map((a) => douglasPeucker(a, tolerance));
  const before = rings.map((r) => Math.sign(ringShape(r, arcs, grid).area));
  for (let round = 0; round < 8; round++) {
    const redo = new Set<number>();
    rings.forEach((r, k) => {
      const s = ringShape(r, out, grid);
      if (s.points < 4 || Math.sign(s.area) !== before[k]) for (const i of r) redo.add(i < 0 ? ~i : i);
    });
    if (redo.size === 0) break;
    for (const i of redo) {
      level[i] = round === 6 ? 0 : level[i]! / 4;
      out[i] = douglasPeucker(arcs[i]!, level[i]!);
    }
  }
  return out;
}

/**
 * Parts of a MultiPolygon smaller than `minArea` (map units², unsimplified, on the output grid) are
 * dropped, so tiny islands (< 1 px at full view) do not end as degenerate rings; a shape keeps at
 * least its largest part.
 */
export function dropTinyParts(arcs: Ring[][], projected: Position[][], grid: number, minArea: number): Ring[][] {
  const area = (p: Ring[]) => Math.abs(ringShape(p[0]!, projected, grid).area) * grid * grid;
  const kept = arcs.filter((p) => area(p) >= minArea);
  return kept.length > 0 ? kept : [arcs.reduce((a, b) => (area(b) > area(a) ? b : a))];
}
