// The props both map renderers take (Map.svg.svelte for Hessen, Map.canvas.svelte for all of Germany), so App can swap them.
import type { Shape } from '../geo/topology.ts';

export interface MapProps {
  width: number;
  height: number;
  shapes: Shape[];
  fills: Map<string, string>;
  /** AGS of areas without inhabitants (drawn light, not hatched). */
  uninhabited: Set<string>;
  /** Borders between Gemeinden, drawn when `showFineBorders`. */
  fineBorders?: string;
  showFineBorders?: boolean;
  kreisBorders: string;
  rbBorders: string;
  outline: string;
  /** A border drawn over all others (Hessen in the national map). */
  emphasis?: string;
  /** Draw Kreis borders (not at RB level, where they would be inside the fill). */
  showKreisBorders: boolean;
  highlighted: string | null;
  /** Regions to emphasise (legend filter); all others fade. Null: no filter. */
  filtered?: Set<string> | null;
  /** Regions with a permanent outline (selection, comparison). */
  marked?: string[];
  /** Text labels placed inside regions (so nothing needs hover). */
  labels?: { ags: string; text: string; dy?: number }[];
  /** Zoom to this box [x0, y0, x1, y1] in map units; null shows the whole map. */
  zoom?: [number, number, number, number] | null;
  label: string;
  /** Accessible name of a region: its name and value. */
  regionLabel: (ags: string) => string;
  /** Pointer over a region (null when it leaves); mouse and pen only. */
  onhover?: (ags: string | null, event: PointerEvent) => void;
  /** Region chosen by click, tap, Enter or Space; `at` is the point in client pixels. */
  onselect?: (ags: string, at: { x: number; y: number }) => void;
  /** Region focused by keyboard. */
  onfocusregion?: (ags: string, at: { x: number; y: number }) => void;
  onescape?: () => void;
  dimmed?: boolean;
}
