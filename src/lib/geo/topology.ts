// Planar TopoJSON (projected at build time) → SVG path strings, once per page load.
import { z } from '../zod.ts';
import { geoPath } from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Level } from '../data/catalogue.ts';

/** Width of the map's coordinate system; the SVG viewBox scales it to any container. */
export const MAP_WIDTH = 1000;

const Arcs = z.array(z.array(z.array(z.number().int())));
const Geometry = z.object({
  type: z.enum(['Polygon', 'MultiPolygon']),
  arcs: z.union([z.array(z.array(z.number().int())), z.array(z.array(z.array(z.number().int())))]),
  id: z.string(),
  properties: z.object({ label: z.tuple([z.number(), z.number()]), nb: z.array(z.string()) }),
});
export type PlanarGeometry = z.infer<typeof Geometry>;
const Collection = z.object({ type: z.literal('GeometryCollection'), geometries: z.array(Geometry).min(1) });

export const PlanarTopology = z.object({
  type: z.literal('Topology'),
  bbox: z.tuple([z.number(), z.number(), z.number(), z.number()]),
  transform: z.object({ scale: z.tuple([z.number(), z.number()]), translate: z.tuple([z.number(), z.number()]) }),
  arcs: Arcs,
  /** `rb` only where a Land has Regierungsbezirke (Hessen); `bund` only in the national data set. */
  objects: z.object({
    gemeinden: Collection,
    kreise: Collection,
    rb: Collection.optional(),
    land: Collection,
    bund: Collection.optional(),
  }),
  meta: z.object({
    width: z.number(),
    height: z.number(),
    projection: z.string(),
    attribution: z.string(),
    gebietsstand: z.string(),
  }),
});
export type PlanarTopology = z.infer<typeof PlanarTopology>;

export interface Shape {
  ags: string;
  /** SVG path in map units. */
  d: string;
  /** Anchor for a label inside the shape. */
  label: [number, number];
  /** [x0, y0, x1, y1] in map units, for zooming to the shape. */
  bbox: [number, number, number, number];
  /** AGS of the shapes of the same level that share a border with it. */
  neighbours: string[];
}

export interface MapGeometry {
  width: number;
  height: number;
  shapes: Record<Level, Shape[]>;
  /** Borders between Gemeinden, Kreise and Regierungsbezirke, drawn over the fills. */
  gemeindeBorders: string;
  kreisBorders: string;
  rbBorders: string;
  outline: string;
  /** Hessen's border in the national map ('' in Hessen's own). */
  emphasis: string;
}

const path = geoPath().digits(1);
const HESSEN = '06';

function shapesOf(topo: Topology, obj: GeometryCollection): Shape[] {
  const fc = feature(topo, obj);
  return fc.features.map((f) => {
    const [[x0, y0], [x1, y1]] = path.bounds(f);
    const props = f.properties as { label: [number, number]; nb: string[] };
    return {
      ags: String(f.id),
      d: path(f) ?? '',
      label: props.label,
      bbox: [x0, y0, x1, y1],
      neighbours: props.nb,
    };
  });
}

/** Decodes the planar topology into shapes per level and border meshes (pure, deterministic). */
export function buildGeometry(raw: PlanarTopology): MapGeometry {
  const topo = raw as unknown as Topology<
    Record<'gemeinden' | 'kreise' | 'land', GeometryCollection> & Partial<Record<'rb' | 'bund', GeometryCollection>>
  >;
  const o = topo.objects;
  const national = o.land.geometries.length > 1 && o.land.geometries.some((g) => g.id === HESSEN);
  return {
    width: raw.meta.width,
    height: raw.meta.height,
    shapes: {
      gemeinde: shapesOf(topo, o.gemeinden),
      kreis: shapesOf(topo, o.kreise),
      rb: o.rb ? shapesOf(topo, o.rb) : [],
      land: shapesOf(topo, o.land),
      bund: o.bund ? shapesOf(topo, o.bund) : [],
    },
    gemeindeBorders: path(mesh(topo, o.gemeinden, (a, b) => a !== b)) ?? '',
    kreisBorders: path(mesh(topo, o.kreise, (a, b) => a !== b)) ?? '',
    // Nationally the Länder borders take the place of the Regierungsbezirke's
    rbBorders: o.rb || national ? (path(mesh(topo, o.rb ?? o.land, (a, b) => a !== b)) ?? '') : '',
    outline: path(national ? mesh(topo, o.land, (a, b) => a === b) : mesh(topo, o.land)) ?? '',
    emphasis: national
      ? (path(mesh(topo, o.land, (a, b) => (a.id === HESSEN) !== (b.id === HESSEN) || (a === b && a.id === HESSEN))) ?? '')
      : '',
  };
}
