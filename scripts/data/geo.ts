// Projects the BKG TopoJSON (WGS84) once, at build time, into planar screen coordinates, so the
// browser never projects: it only decodes arcs into SVG paths and scales them with a viewBox.
import { geoTransverseMercator, geoPath } from 'd3-geo';
import { feature, neighbors } from 'topojson-client';
import polylabel from 'polylabel';
import type { Topology, GeometryCollection, Polygon, MultiPolygon } from 'topojson-specification';
import type { Feature, Polygon as GeoPolygon, MultiPolygon as GeoMultiPolygon, Position } from 'geojson';
import { PlanarTopology, MAP_WIDTH, type PlanarGeometry } from '../../src/lib/geo/topology.ts';

type SourceTopology = Topology<Record<string, GeometryCollection<Record<string, unknown>>>>;

/** Grid of the planar coordinates: 0.1 map units (≈ 25 m on the ground at MAP_WIDTH 1000). */
const GRID = 0.1;
const OBJECTS = { gemeinden: 'gemeinden', kreise: 'kreise', rb: 'regierungsbezirke', land: 'land' } as const;

/**
 * ETRS89/UTM 32N is a transverse Mercator on 9° E; scale and offset do not matter once fitted,
 * so d3's transverse Mercator rotated to 9° E gives the same conformal shape.
 */
export function hessenProjection(land: Feature, width = MAP_WIDTH) {
  return geoTransverseMercator().rotate([-9, 0]).fitWidth(width, land);
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
 * Which source objects make a Gebietsstand: the Kreise object, and the Gemeinde property holding
 * a key that changed (from 2026: `kreise_2026`, Hanau's `ags2026`).
 */
export interface GeoGebietsstand {
  kreise: 'kreise' | 'kreise_2026';
  gemeindeKey: 'id' | 'ags2026';
}
export const GEO_2026: GeoGebietsstand = { kreise: 'kreise_2026', gemeindeKey: 'ags2026' };
export const GEO_2025: GeoGebietsstand = { kreise: 'kreise', gemeindeKey: 'id' };

export function projectTopology(
  topo: SourceTopology,
  meta: { attribution: string; gebietsstand: string },
  gs: GeoGebietsstand = GEO_2025,
): PlanarTopology {
  const landObj = topo.objects[OBJECTS.land];
  if (!landObj) throw new Error('TopoJSON ohne Objekt "land"');
  const land = feature(topo, landObj) as unknown as { features: Feature[] };
  const projection = hessenProjection(land.features[0]!);
  const projected = decodeArcs(topo).map((arc) => arc.map((p) => projection(p as [number, number])!));
  const height = Math.ceil(geoPath(projection).bounds(land.features[0]!)[1][1]);

  const planar = {
    type: 'Topology' as const,
    transform: { scale: [GRID, GRID] as [number, number], translate: [0, 0] as [number, number] },
    arcs: projected.map(encodeArc),
    objects: {} as Record<string, { type: 'GeometryCollection'; geometries: PlanarGeometry[] }>,
  };
  for (const [key, source] of Object.entries(OBJECTS)) {
    const name = key === 'kreise' ? gs.kreise : source;
    const obj = topo.objects[name];
    if (!obj) throw new Error(`TopoJSON ohne Objekt "${name}"`);
    planar.objects[key] = {
      type: 'GeometryCollection',
      geometries: obj.geometries.map((g) => {
        const geom = g as Polygon | MultiPolygon;
        const changed = key === 'gemeinden' && gs.gemeindeKey !== 'id' ? (g.properties as Record<string, unknown> | undefined)?.[gs.gemeindeKey] : undefined;
        const id = typeof changed === 'string' ? changed : String(g.id);
        return { type: geom.type, arcs: geom.arcs, id, properties: {} } as PlanarGeometry;
      }),
    };
  }
  // Label points need the planar features, so decode what we just encoded. Neighbours share an arc.
  for (const key of Object.keys(OBJECTS)) {
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
      projection: 'Transversale Mercator-Projektion, Mittelmeridian 9° O (wie ETRS89/UTM 32N)',
      ...meta,
    },
  });
}
