// Where project symbols go on the map: at the label point of the lead municipality (its first
// AGS), spread around that point when several projects share it.
import type { Project } from './project-queries.ts';
import { programSlug } from './view-state.ts';

export interface PlacedProject {
  project: Project;
  /** Number shown in the symbol and the table (the project's row in the list, stable under filters). */
  no: number;
  x: number;
  y: number;
  programIndex: number;
}

/**
 * Positions in map units: the label point of the first AGS of a project that `anchors` knows
 * (Gemeinde or Kreis); projects without a known AGS are left out.
 */
export function placeProjects(
  projects: Project[],
  anchors: ReadonlyMap<string, [number, number]>,
  programs: string[] = programsOf(projects),
): PlacedProject[] {
  return projects.flatMap((project) => {
    const at = project.ags.map((a) => anchors.get(a)).find((p) => p !== undefined);
    return at ? [{ project, no: project.id, x: at[0], y: at[1], programIndex: programs.indexOf(programSlug(project.program)) }] : [];
  });
}

/** Points that share a position are spread on a circle of radius `distance` around it. */
export function spreadPoints<T extends { x: number; y: number }>(points: T[], distance: number): T[] {
  const byPoint = new Map<string, number[]>();
  points.forEach((p, i) => {
    const key = `${p.x.toFixed(1)}|${p.y.toFixed(1)}`;
    byPoint.set(key, [...(byPoint.get(key) ?? []), i]);
  });
  const out = points.map((p) => ({ ...p }));
  for (const group of byPoint.values()) {
    if (group.length < 2) continue;
    group.forEach((i, k) => {
      const angle = (2 * Math.PI * k) / group.length - Math.PI / 2;
      out[i]!.x += distance * Math.cos(angle);
      out[i]!.y += distance * Math.sin(angle);
    });
  }
  return out;
}

/** Distinct programme slugs in order of first appearance. */
export function programsOf(projects: Project[]): string[] {
  return [...new Set(projects.map((p) => programSlug(p.program)))];
}

/**
 * Pushes symbols apart until no two are closer than `distance` (or `rounds` passes are done);
 * identical positions are first spread on a circle. Deterministic, order-independent enough for
 * a dozen symbols.
 */
export function separatePoints<T extends { x: number; y: number }>(points: T[], distance: number, rounds = 40): T[] {
  const out = spreadPoints(points, distance * 0.6);
  for (let round = 0; round < rounds; round++) {
    let moved = false;
    for (let i = 0; i < out.length; i++)
      for (let j = i + 1; j < out.length; j++) {
        const a = out[i]!;
        const b = out[j]!;
        const dx = b.x - a.x;
        const dy = b.y - a.y;
        const d = Math.hypot(dx, dy);
        if (d >= distance || d === 0) continue;
        const push = (distance - d) / 2;
        a.x -= (dx / d) * push;
        a.y -= (dy / d) * push;
        b.x += (dx / d) * push;
        b.y += (dy / d) * push;
        moved = true;
      }
    if (!moved) break;
  }
  return out;
}
