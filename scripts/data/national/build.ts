// `npm run data`, national part: public/data/de/ (scope=de) from data/national/ and
// data/geo/germany-gemeinden.topo.json only — same files and schemas as the Hessen data sets.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { mergeArcs } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Catalogue } from '../../../src/lib/data/catalogue.ts';
import { projectTopology, type GeoGebietsstand } from '../geo.ts';
import { writeTables } from '../tables.ts';
import { buildBoot } from '../boot.ts';
import { compareObservations } from '../stats/observations.ts';
import { observationsCsv, regionsCsv, nativeKreiseCsv, tableCsv } from '../stats/write.ts';
import { PROJECT_COLUMNS, PROJECTION_COLUMNS } from '../stats/sources/curated.ts';
import { readRows } from './csv.ts';
import { changeRow } from './crosswalk.ts';
import { nationalObservations, GV_PERIOD } from './observations.ts';
import { nationalCatalogue } from './catalogue.ts';
import { nationalTypologies } from './typologies.ts';
import { broadbandObservations, dissolvedKreise } from './broadband.ts';
import { BUND, nationalRegions, type GeoUnit, type NationalGeo } from './regions.ts';

export const NATIONAL_DIR_NAME = 'de';

/** Germany, Gebietsstand of the BKG geometry; simplified in map units after projecting (≈ 1.3 MB). */
export const GEO_DE: GeoGebietsstand = {
  objects: { gemeinden: 'gemeinden', kreise: 'kreise', land: 'laender', bund: 'bund' },
  gemeindeKey: 'id',
  outline: 'bund',
  meridian: 10,
  projection: 'Transversale Mercator-Projektion, Mittelmeridian 10° O',
  simplify: 1,
};

type SourceTopology = Topology<Record<string, GeometryCollection<Record<string, unknown>>>>;

function units(topo: SourceTopology, name: string): GeoUnit[] {
  return topo.objects[name]!.geometries.map((g) => {
    const p = (g.properties ?? {}) as { name?: string; bez?: string };
    return { ags: String(g.id), name: p.name ?? '', bez: p.bez ?? '' };
  });
}

const GEBIETSSTAND = (g: number, k: number, l: number) => ({
  de: `Gebietsstand 01.01.2025 (Änderungen bis 28.02.2025): ${g.toLocaleString('de-DE')} Gemeinden, ${k} Kreise, ${l} Länder`,
  en: `Territorial status 1 Jan 2025 (changes up to 28 Feb 2025): ${g.toLocaleString('en-GB')} municipalities, ${k} districts, ${l} Länder`,
});

export async function buildNational(dataDir: string, outDir: string, hessen: Catalogue): Promise<string> {
  mkdirSync(outDir, { recursive: true });
  const read = (f: string) => readFileSync(join(dataDir, f), 'utf8');
  const topo = JSON.parse(read('geo/germany-gemeinden.topo.json')) as SourceTopology;
  const laender = topo.objects.laender!;
  topo.objects.bund = { type: 'GeometryCollection', geometries: [{ ...mergeArcs(topo as never, laender.geometries as never), id: BUND, properties: {} }] } as never;
  const geo: NationalGeo = { gemeinden: units(topo, 'gemeinden'), kreise: units(topo, 'kreise'), laender: units(topo, 'laender') };

  const gv = readRows(read('national/gv_gemeinden_2024q4.csv'));
  const { observations, report } = nationalObservations({
    geometry: new Map(geo.gemeinden.map((g) => [g.ags, { gemeindefrei: g.bez === 'Gemeindefreies Gebiet' }])),
    gv,
    zensus: readRows(read('national/zensus2022_gemeinden.csv')),
    changes: readRows(read('national/gebietsaenderungen.csv')).map(changeRow),
    umstieg: readRows(read('national/bbsr_umstieg_gemeinden.csv')),
    gv2021: readRows(read('national/gv_gemeinden_2021.csv')),
  });
  const types = nationalTypologies({
    gemeinden: readRows(read('national/bbsr_typen_gemeinden_2019.csv')),
    kreise: readRows(read('national/bbsr_typen_kreise_2019.csv')),
    umstieg: readRows(read('national/bbsr_umstieg_gemeinden.csv')),
    hessen: readRows(read('gebietsaenderungen_hessen.csv')),
    changes: readRows(read('national/gebietsaenderungen.csv')).map(changeRow),
    gemeindeKeys: new Set(observations.filter((o) => o.measure === 'pop_total' && o.period === GV_PERIOD).map((o) => o.ags)),
    kreisKeys: new Set(geo.kreise.map((k) => k.ags)),
    degurba: [
      { period: '2021', gebietsstand: '2021-12-31', rows: readRows(read('national/gv_gemeinden_2021.csv')) },
      { period: '2023', gebietsstand: '2023-12-31', rows: readRows(read('national/gv_gemeinden_2023.csv')) },
    ],
  });
  for (const o of types.observations) observations.push(o);
  report.lines.push(...types.lines);
  const kreisKeys = new Set(geo.kreise.map((k) => k.ags));
  const umstieg = readRows(read('national/bbsr_umstieg_gemeinden.csv'));
  const bb = broadbandObservations(readRows(read('national/breitband_kreise.csv')), readRows(read('national/gv_kreise_2017_2019.csv')), kreisKeys, dissolvedKreise(umstieg, kreisKeys));
  for (const o of bb.observations) observations.push(o);
  report.lines.push(...bb.lines);
  observations.sort(compareObservations);
  const { regions, nativeKreise } = nationalRegions(geo, observations, new Map(gv.map((r) => [r.ags!, r.name!])), GV_PERIOD);
  // the Gemeinden proper (without the gemeindefreie Gebiete, inhabited or not)
  const gemeinden = geo.gemeinden.filter((g) => g.bez !== 'Gemeindefreies Gebiet').length;
  const gebietsstand = GEBIETSSTAND(gemeinden, geo.kreise.length, geo.laender.length);
  const labels = new Map(readRows(read('national/bbsr_typen_labels.csv')).map((r) => [`${r.measure},${r.code}`, r.label!]));
  const catalogue = nationalCatalogue(hessen, observations, gebietsstand, labels);
  const changes = readRows(read('national/gebietsaenderungen.csv'))
    .filter((r) => r.kinds!.split(' ').some((k) => k === '1' || k === '3'))
    .map((r) => [r.date!, r.old_ags!, r.old_name!, r.new_ags!, r.new_name!, r.kinds!.includes('1') ? 'Auflösung' : 'Schlüsseländerung']);

  const files: Record<string, string> = {
    'observations.csv': observationsCsv(observations),
    'regions.csv': regionsCsv(regions),
    'native_kreise.csv': nativeKreiseCsv(nativeKreise),
    'changes.csv': tableCsv(['date', 'old_ags', 'old_name', 'new_ags', 'new_name', 'kind'], changes.map(([date, old_ags, old_name, new_ags, new_name, kind]) => ({ date: date!, old_ags: old_ags!, old_name: old_name!, new_ags: new_ags!, new_name: new_name!, kind: kind! }))),
    'projects.csv': tableCsv(PROJECT_COLUMNS, []),
    'projections.csv': tableCsv(PROJECTION_COLUMNS, []),
    'catalogue.json': `${JSON.stringify(catalogue, null, 2)}\n`,
  };
  for (const [f, text] of Object.entries(files)) writeFileSync(join(outDir, f), text);
  const planar = projectTopology(topo, { attribution: String((topo as { meta?: { attribution?: string } }).meta?.attribution ?? ''), gebietsstand: gebietsstand.de }, GEO_DE);
  writeFileSync(join(outDir, 'geo.topo.json'), JSON.stringify(planar));
  const tables = await writeTables(outDir);
  const boot = await buildBoot(outDir);
  writeFileSync(join(outDir, 'boot.json'), JSON.stringify(boot));
  const lists = [
    ...report.lines,
    `Geometrie ohne Wert: ${report.withoutValue.join(', ') || '–'}`,
    `Werte ohne Geometrie (nicht übernommen): ${report.withoutGeometry.join(', ') || '–'}`,
  ];
  return `national: ${observations.length} Beobachtungen, ${regions.length} Regionen, Tabellen ${JSON.stringify(tables)}, Karte ${planar.meta.width}×${planar.meta.height}\n  ${lists.join('\n  ')}`;
}
