// Projects the BKG TopoJSON (WGS84) once, at build time, into planar screen coordinates, so the
// browser never projects: it only decodes arcs into SVG paths and scales them with a viewBox.
import { geoTransverseMercator, geoPath } from 'd3-geo';
import { feature, neighbors } from 'topojson-client';
import polylabel from 'polylabel';
import type { Topology, GeometryCollection, Polygon, MultiPolygon } from 'topojson-specification';
import type { Feature, Polygon as GeoPolygon, MultiPolygon as GeoMultiPolygon, Position } from 'geojson';
import { PlanarTopology, MAP_WIDTH, type PlanarGeometry } from '../../src/lib/geo/topology.ts';
import { dropTinyParts, simplifyArcs } from './national/simplify.ts';

type SourceTopology = Topology<Record<string, GeometryCollection<Record<string, unknown>>>>;

/** Grid of the planar coordinates: 0.1 map units (≈ 25 m on the ground at MAP_WIDTH 1000). */
const GRID = 0.1;

/**
 * ETRS89/UTM 32N is a transverse Mercator on 9° E; scale and offset do not matter once fitted,
 * so d3's transverse Mercator rotated to 9° E gives the same conformal shape.
 */
export function hessenProjection(land: Feature, width = MAP_WIDTH, meridian = 9) {
  return geoTransverseMercator().rotate([-meridian, 0]).fitWidth(width, land);
}

function decodeArcs(topo: SourceTopology): Position[][] {
  const t = topo.transform;
  return topo.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    return arc.map(([dx, dy]) => {
      if (!t) return [dx!, dy!];
      x += dx!;
      y += dy!;
      return [x * t.scale[0] + t.translate[0], y * t.scale[1] + t.translate[1]];
    });
  });
}

function encodeArc(points: Position[]): number[][] {
  let px = 0;
  let py = 0;
  const out: number[][] = [];
  for (const [x, y] of points) {
    const qx = Math.round(x! / GRID);
    const qy = Math.round(y! / GRID);
    if (out.length > 0 && qx === px && qy === py) continue;
    out.push([qx - px, qy - py]);
    px = qx;
    py = qy;
  }
  // A degenerate arc still needs two points for topojson-client to stitch rings.
  if (out.length === 1) out.push([0, 0]);
  return out;
}

/** Label anchor inside the largest polygon of a feature (pole of inaccessibility). */
function labelPoint(f: Feature<GeoPolygon | GeoMultiPolygon>): [number, number] {
  const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
  const area = geoPath().area.bind(geoPath());
  let best = polys[0]!;
  let bestArea = -1;
  for (const p of polys) {
    const a = Math.abs(area({ type: 'Polygon', coordinates: p }));
    if (a > bestArea) {
      best = p;
      bestArea = a;
    }
  }
  const [x, y] = polylabel(best as number[][][], 0.5);
  return [Math.round(x! * 10) / 10, Math.round(y! * 10) / 10];
}

/**
 * Which source objects make a Gebietsstand (output object → source object; from 2026 Hessen's
 * Kreise are `kreise_2026`), the Gemeinde property holding a key that changed (Hanau's `ags2026`),
 * the object the projection is fitted to, its central meridian, and an optional simplification.
 */
export interface GeoGebietsstand {
  objects: Record<string, string>;
  gemeindeKey: 'id' | 'ags2026';
  outline: string;
  meridian: number;
  projection: string;
  /** Douglas–Peucker tolerance in map units (planar, after projecting); none when absent. */
  simplify?: number;
}
const HESSEN_OBJECTS = { gemeinden: 'gemeinden', kreise: 'kreise', rb: 'regierungsbezirke', land: 'land' };
const HESSEN_PROJECTION = 'Transversale Mercator-Projektion, Mittelmeridian 9° O (wie ETRS89/UTM 32N)';
export const GEO_2026: GeoGebietsstand = {
  objects: { ...HESSEN_OBJECTS, kreise: 'kreise_2026' },
  gemeindeKey: 'ags2026',
  outline: 'land',
  meridian: 9,
  projection: HESSEN_PROJECTION,
};
export const GEO_2025: GeoGebietsstand = { objects: HESSEN_OBJECTS, gemeindeKey: 'id', outline: 'land', meridian: 9, projection: HESSEN_PROJECTION };

/** Rings of every polygon of the given objects, as arc indices. */
function ringsOf(topo: SourceTopology, names: string[]): number[][] {
  return names.flatMap((n) =>
    topo.objects[n]!.geometries.flatMap((g) => {
      const geom = g as Polygon | MultiPolygon;
      return geom.type === 'Polygon' ? geom.arcs : geom.type === 'MultiPolygon' ? geom.arcs.flat() : [];
    }),
  );
}

export function projectTopology(
  topo: SourceTopology,
  meta: { attribution: string; gebietsstand: string },
  gs: GeoGebietsstand = GEO_2025,
): PlanarTopology {
  const landObj = topo.objects[gs.outline];
  if (!landObj) throw new Error(`TopoJSON ohne Objekt "${gs.outline}"`);
  const land = feature(topo, landObj) as unknown as { features: Feature[] };
  const projection = hessenProjection(land.features[0]!, MAP_WIDTH, gs.meridian);
  let projected: Position[][] = decodeArcs(topo).map((arc) => arc.map((p) => projection(p as [number, number])!));
  if (gs.simplify) projected = simplifyArcs(projected, ringsOf(topo, Object.values(gs.objects)), gs.simplify, GRID);
  const height = Math.ceil(geoPath(projection).bounds(land.features[0]!)[1][1]);

  const planar = {
    type: 'Topology' as const,
    transform: { scale: [GRID, GRID] as [number, number], translate: [0, 0] as [number, number] },
    arcs: projected.map(encodeArc),
    objects: {} as Record<string, { type: 'GeometryCollection'; geometries: PlanarGeometry[] }>,
  };
  for (const [key, name] of Object.entries(gs.objects)) {
    const obj = topo.objects[name];
    if (!obj) throw new Error(`TopoJSON ohne Objekt "${name}"`);
    planar.objects[key] = {
      type: 'GeometryCollection',
      geometries: obj.geometries.map((g) => {
        const geom = g as Polygon | MultiPolygon;
        const changed = key === 'gemeinden' && gs.gemeindeKey !== 'id' ? (g.properties as Record<string, unknown> | undefined)?.[gs.gemeindeKey] : undefined;
        const id = typeof changed === 'string' ? changed : String(g.id);
        const arcs = gs.simplify && geom.type === 'MultiPolygon' ? dropTinyParts(geom.arcs, projected, GRID, gs.simplify ** 2) : geom.arcs;
        return { type: geom.type, arcs, id, properties: {} } as PlanarGeometry;
      }),
    };
  }
  // Label points need the planar features, so decode what we just encoded. Neighbours share an arc.
  for (const key of Object.keys(gs.objects)) {
    const obj = planar.objects[key]!;
    const fc = feature(planar as unknown as Topology, obj as unknown as GeometryCollection) as unknown as {
      features: Feature<GeoPolygon | GeoMultiPolygon>[];
    };
    const adjacent = neighbors(obj.geometries as unknown as Parameters<typeof neighbors>[0]);
    fc.features.forEach((f, i) => {
      const nb = adjacent[i]!.map((j) => obj.geometries[j]!.id).sort();
      obj.geometries[i]!.properties = { label: labelPoint(f), nb };
    });
  }
  return PlanarTopology.parse({
    ...planar,
    bbox: [0, 0, MAP_WIDTH, height],
    meta: {
      width: MAP_WIDTH,
      height,
      projection: gs.projection,
      ...meta,
    },
  });
}
