// Keyboard navigation on the map: the arrow keys move to the nearest region in that direction.
export type Direction = 'left' | 'right' | 'up' | 'down';

const VECTORS: Record<Direction, [number, number]> = { left: [-1, 0], right: [1, 0], up: [0, -1], down: [0, 1] };

/**
 * Id of the point nearest to `from` within ±60° of the direction, preferring points straight
 * ahead (distance grows with the sideways offset); null at the edge of the map.
 */
export function nearestInDirection(points: { id: string; at: [number, number] }[], fromId: string, direction: Direction): string | null {
  const from = points.find((p) => p.id === fromId);
  if (!from) return points[0]?.id ?? null;
  const [dx, dy] = VECTORS[direction];
  let best: string | null = null;
  let bestScore = Infinity;
  for (const p of points) {
    if (p.id === fromId) continue;
    const vx = p.at[0] - from.at[0];
    const vy = p.at[1] - from.at[1];
    const ahead = vx * dx + vy * dy;
    const side = Math.abs(vx * dy - vy * dx);
    if (ahead <= 0 || side > ahead * Math.tan(Math.PI / 3)) continue;
    const score = ahead + 2 * side;
    if (score < bestScore) {
      bestScore = score;
      best = p.id;
    }
  }
  return best;
}
