// `npm run data:national-extract`: cuts the official raw files for all of Germany (../shared or
// $ATLAS_SHARED_DIR) into the compact tidy CSVs of data/national/, which `npm run data` builds from.
// Run by hand when a raw file changes; the output is committed (data/national/SOURCES.md).
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readSource } from '../../import/layouts/read.ts';
import { parseGvAuszug } from '../../import/layouts/gv-auszug.ts';
import { parseGebietsaenderungen } from '../../import/layouts/gebietsaenderungen.ts';
import { parseZensusFlat } from '../../import/layouts/zensus2022.ts';
import { parseBbsrReferenz, parseBbsrUmstieg, type BbsrReferenzRow } from '../../import/layouts/bbsr.ts';
import { snakeColumn } from '../../import/extract/typologies.ts';
import { pythonG } from '../../import/extract/common.ts';
import { parseBbaKreis } from '../../import/layouts/breitbandatlas.ts';
import { TECH_SLUG } from '../stats/sources/broadband.ts';
import { BBSR_GEMEINDE_CLASSES, BBSR_KREIS_CLASSES } from '../stats/sources/typologies.ts';
import { csvText } from './csv.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
export const NATIONAL_DIR = join(ROOT, 'data/national');

function sharedDir(): string {
  const candidates = process.env.ATLAS_SHARED_DIR ? [resolve(process.env.ATLAS_SHARED_DIR)] : [resolve(ROOT, '../shared'), resolve(ROOT, '../../shared')];
  const found = candidates.find((c) => existsSync(join(c, 'data/stats/raw')));
  if (!found) throw new Error(`Rohdaten fehlen: erwartet unter ${candidates.map((c) => join(c, 'data/stats/raw')).join(' oder ')}`);
  return join(found, 'data');
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

async function source(path: string) {
  const bytes = new Uint8Array(readFileSync(path));
  return { file: await readSource(path.split('/').pop()!, bytes), sha: sha256(bytes) };
}

const num = (v: number | null) => (v === null ? '' : String(v));

/** GV-ISys Gemeinde rows (Satzart 60): key, name, area, population by sex. */
async function gv(raw: string, name: string, out: string): Promise<string> {
  const { file, sha } = await source(join(raw, 'destatis_gv_auszug', name));
  const { meta, rows } = parseGvAuszug(file);
  const gem = rows.filter((r) => r.level === 'gemeinde');
  // DEGURBA as a number (1 dicht, 2 mittel, 3 gering besiedelt), as the Hessen build reads it
  const degurba = (r: (typeof gem)[number]) => (r.degurba ? String(Number(r.degurba.code)) : '');
  const lines = gem.map((r) => [r.key, r.name, num(r.areaKm2), num(r.popTotal), num(r.popMale), num(r.popFemale), r.gemeindefrei ? 'true' : 'false', degurba(r)]);
  writeFileSync(join(NATIONAL_DIR, out), csvText(['ags', 'name', 'area_km2', 'pop_total', 'pop_male', 'pop_female', 'gemeindefrei', 'degurba'], lines));
  return `${name}\t${sha}\tGebietsstand ${meta.gebietsstand}, Bevölkerung ${meta.populationDate}, Fläche ${meta.areaDate ?? '–'}, ${gem.length} Gemeindezeilen → ${out}`;
}

async function changes(raw: string, names: string[], out: string): Promise<string[]> {
  const lines: string[][] = [];
  const log: string[] = [];
  for (const name of names) {
    const { file, sha } = await source(join(raw, 'destatis_gebietsaenderungen', name));
    const ga = parseGebietsaenderungen(file);
    const gem = ga.rows.filter((r) => r.regionaleinheit === 'Gemeinde' && r.new);
    for (const r of gem)
      lines.push([r.kennziffer, r.statistical, r.old.ags!, r.old.name, r.new!.ags!, r.new!.name, r.kinds.join(' '), num(r.areaM2), num(r.population)]);
    log.push(`${name}\t${sha}\t${ga.meta.from}–${ga.meta.to}, ${gem.length} Gemeindezeilen → ${out}`);
  }
  const header = ['kennziffer', 'date', 'old_ags', 'old_name', 'new_ags', 'new_name', 'kinds', 'area_m2', 'population'];
  writeFileSync(join(NATIONAL_DIR, out), csvText(header, lines));
  return log;
}

async function zensus(raw: string, out: string): Promise<string> {
  const name = '1000A-0000_de_flat.csv';
  const { file, sha } = await source(join(raw, 'zensus2022', name));
  const z = parseZensusFlat(file);
  const lines = z.rows.map((r) => [r.ags ?? r.key, r.name, num(r.value)]);
  writeFileSync(join(NATIONAL_DIR, out), csvText(['ags', 'name', 'pop_zensus2022'], lines));
  return `${name}\t${sha}\tStichtag ${z.meta.gebietsstand}, ${z.rows.length} Zeilen → ${out}`;
}

/** BBSR Umstiegsschlüssel Gemeinden 2020→2021, 2021→2022, 2022→2023, with each unit's population in persons. */
async function umstieg(raw: string, out: string): Promise<string> {
  const name = 'ref-gemeinden-ab-2020.xlsx';
  const { file, sha } = await source(join(raw, 'bbsr', name));
  const u = parseBbsrUmstieg(file);
  const lines = u.sheets.flatMap((s) =>
    s.rows.map((r) => [s.gebietsstand, s.targetGebietsstand, r.key, r.targetKey, num(r.populationWeight), num(r.areaWeight), r.population === null ? '' : String(Math.round(r.population * s.populationUnit)), String(s.populationUnit)]),
  );
  writeFileSync(
    join(NATIONAL_DIR, out),
    csvText(['gebietsstand', 'target_gebietsstand', 'ags', 'target_ags', 'population_weight', 'area_weight', 'population', 'population_unit'], lines),
  );
  return `${name}\t${sha}\t${u.sheets.map((s) => `${s.gebietsstand}→${s.targetGebietsstand} (Bevölkerung ${s.populationDate} in ${s.populationUnit})`).join(', ')}, ${lines.length} Zeilen → ${out}`;
}

/** BBSR Raumabgrenzungen 31.12.2019: the class codes of the Hessen typologies for every German Gemeinde and Kreis, labels apart. */
async function typologies(raw: string): Promise<string> {
  const name = 'Referenz_Gemeinden_Kreise_NUTS_31.12.2019.xlsx';
  const { file, sha } = await source(join(raw, 'bbsr', name));
  const ref = parseBbsrReferenz(file);
  const labels = new Map<string, string>();
  const write = (out: string, rows: BbsrReferenzRow[], columns: string[], classes: readonly { measure: string; column: string }[]) => {
    const title = (stem: string, kind: 'code' | 'name') => columns.find((c) => snakeColumn(c) === `${stem}_${kind}`)!;
    const lines = rows.map((r) => [
      r.key,
      ...classes.map((c) => {
        const code = r.values[title(c.column, 'code')] ?? '';
        if (code) labels.set(`${c.measure},${code}`, r.values[title(c.column, 'name')] ?? '');
        return code;
      }),
    ]);
    writeFileSync(join(NATIONAL_DIR, out), csvText(['ags', ...classes.map((c) => c.measure)], lines));
  };
  write('bbsr_typen_gemeinden_2019.csv', ref.gemeinden, ref.meta.gemeindeColumns, BBSR_GEMEINDE_CLASSES);
  write('bbsr_typen_kreise_2019.csv', ref.kreise, ref.meta.kreisColumns, BBSR_KREIS_CLASSES);
  const sorted = [...labels].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => [...k.split(','), v]);
  writeFileSync(join(NATIONAL_DIR, 'bbsr_typen_labels.csv'), csvText(['measure', 'code', 'label'], sorted));
  return `${name}\t${sha}\tGebietsstand ${ref.meta.gebietsstand}, ${ref.gemeinden.length} Gemeinden, ${ref.kreise.length} Kreise → bbsr_typen_*.csv`;
}

/** Breitbandatlas Kreis files (households): one row per Kreis and period, one column per bbk_<tech>_<mbps>, values as published. */
async function breitband(raw: string, out: string): Promise<string[]> {
  const files = ['2018_1', '2018_2', '2019_1', '2019_2', '2020_1', '2020_2', '2021_1'].map((p) => `landkreis_privat_${p}.csv`);
  const cells = new Map<string, Map<string, string>>();
  const measures = new Set<string>();
  const log: string[] = [];
  for (const name of files) {
    const { file, sha } = await source(join(raw, 'breitbandatlas', name));
    const data = parseBbaKreis(file);
    const period = data.meta.period!;
    for (const r of data.rows) {
      if (r.sharePct === null) continue;
      const measure = `bbk_${TECH_SLUG[r.technology]}_${r.minMbps}`;
      measures.add(measure);
      const key = `${r.ags},${period}`;
      cells.set(key, (cells.get(key) ?? new Map()).set(measure, pythonG(r.sharePct)));
    }
    log.push(`${name}\t${sha}\tStand ${period} (laut Dateiname), ${new Set(data.rows.map((r) => r.ags)).size} Kreise → ${out}`);
  }
  const columns = [...measures].sort();
  const lines = [...cells].sort(([a], [b]) => (a < b ? -1 : 1)).map(([key, m]) => [...key.split(','), ...columns.map((c) => m.get(c) ?? '')]);
  writeFileSync(join(NATIONAL_DIR, out), csvText(['ags', 'period', ...columns], lines));
  return log;
}

/** Kreis sums of the GV-ISys Gemeinde rows of earlier years (population weights of the Kreis-only broadband values). */
async function kreisSums(raw: string, names: string[], out: string): Promise<string[]> {
  const lines: string[][] = [];
  const log: string[] = [];
  for (const name of names) {
    const { file, sha } = await source(join(raw, 'destatis_gv_auszug', name));
    const { meta, rows } = parseGvAuszug(file);
    const sums = new Map<string, number>();
    for (const r of rows) if (r.level === 'gemeinde') sums.set(r.key.slice(0, 5), (sums.get(r.key.slice(0, 5)) ?? 0) + (r.popTotal ?? 0));
    for (const [k, v] of [...sums].sort()) lines.push([k, meta.populationDate.slice(0, 4), String(v)]);
    log.push(`${name}\t${sha}\tGebietsstand ${meta.gebietsstand}, Bevölkerung ${meta.populationDate}: Summe der Gemeindezeilen je Kreis (${sums.size}) → ${out}`);
  }
  writeFileSync(join(NATIONAL_DIR, out), csvText(['ags', 'period', 'pop_total'], lines));
  return log;
}

async function main(): Promise<void> {
  const shared = sharedDir();
  const raw = join(shared, 'stats/raw');
  mkdirSync(NATIONAL_DIR, { recursive: true });
  const geo = join(shared, 'geo/germany-gemeinden.topo.json');
  copyFileSync(geo, join(ROOT, 'data/geo/germany-gemeinden.topo.json'));
  const log = [
    `germany-gemeinden.topo.json\t${sha256(readFileSync(geo))}\tkopiert nach data/geo/`,
    await gv(raw, '31122021_Auszug_GV.xlsx', 'gv_gemeinden_2021.csv'),
    await gv(raw, '31122023_Auszug_GV.xlsx', 'gv_gemeinden_2023.csv'),
    await gv(raw, 'AuszugGV4QAktuell_2024.xlsx', 'gv_gemeinden_2024q4.csv'),
    ...(await changes(raw, ['gebietsaenderungen_2023.xlsx', 'gebietsaenderungen_2024.xlsx', 'gebietsaenderungen_2025-02.xlsx'], 'gebietsaenderungen.csv')),
    await zensus(raw, 'zensus2022_gemeinden.csv'),
    await umstieg(raw, 'bbsr_umstieg_gemeinden.csv'),
    await typologies(raw),
    ...(await breitband(raw, 'breitband_kreise.csv')),
    ...(await kreisSums(raw, ['31122017_Auszug_GV.xlsx', '31122019_Auszug_GV.xlsx'], 'gv_kreise_2017_2019.csv')),
  ];
  writeFileSync(join(NATIONAL_DIR, 'extract.log'), log.join('\n') + '\n');
  console.log(log.join('\n'));
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  main().catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
