// One-off extract: area of Hessen's uninhabited gemeindefreie Gebiete per reference year, from the raw
// Destatis GV-ISys „Auszug“ files (Satzart 60, name „…, gemfr. Gebiet“) and, for 2020/2022, the BBSR
// Umstiegsschlüssel (units with population 0) — the same files and years as population_gemeinden_long.csv.
// Usage: npx tsx scripts/data/extract/gemeindefreie-gebiete.ts <shared/data/stats> > data/stats/area_gemeindefreie_gebiete.csv
import { join } from 'node:path';
import readXlsxFile from 'read-excel-file/node';
import { POPULATION_GEBIETSSTAND } from '../stats/sources/population.ts';

const GV: Array<[file: string, year: string]> = [
  ['31121983_Auszug_GV.xlsx', '1983'], ['31121987_Auszug_GV.xlsx', '1987'], ['31121990_Auszug_GV.xlsx', '1990'],
  ['31121994_Auszug_GV.xlsx', '1994'], ['31121998_Auszug_GV.xlsx', '1997'], ['31122002_Auszug_GV.xlsx', '2002'],
  ['31122005_Auszug_GV.xlsx', '2005'], ['31122009_Auszug_GV.xlsx', '2009'], ['31122013_Auszug_GV.xlsx', '2013'],
  ['31122017_Auszug_GV.xlsx', '2017'], ['31122019_Auszug_GV.xlsx', '2019'], ['31122021_Auszug_GV.xlsx', '2021'],
  ['31122023_Auszug_GV.xlsx', '2023'],
];
const BBSR = 'ref-gemeinden-ab-2020.xlsx';

const cell = (v: unknown) => (v === null || v === undefined ? '' : String(v).trim());
const area = (v: unknown) => {
  const n = typeof v === 'number' ? v : Number(cell(v).replace(/\./g, '').replace(',', '.'));
  if (!Number.isFinite(n) || n <= 0) throw new Error(`keine Fläche: ${cell(v)}`);
  return n.toFixed(2);
};

interface Row { ags: string; name: string; year: string; area: string; source: string }

async function gv(dir: string, file: string, year: string): Promise<Row[]> {
  const sheets = await readXlsxFile(join(dir, 'raw/destatis_gv_auszug', file));
  const rows = sheets[1]!.data as unknown[][];
  const old = rows.slice(2, 5).flat().some((c) => cell(c).includes('Stadtrechte'));
  const out: Row[] = [];
  for (const r of rows.slice(6)) {
    if (cell(r[0]) !== '60') continue;
    const [land, rb, kreis, gem, name, a] = old ? [r[1], r[2], r[3], r[4], r[5], r[9]] : [r[2], r[3], r[4], r[6], r[7], r[8]];
    if (cell(land) !== '06' || !cell(name).includes('gemfr.')) continue;
    out.push({ ags: `06${cell(rb)}${cell(kreis)}${cell(gem)}`, name: cell(name), year, area: area(a), source: `Destatis GV-ISys Auszug ${file}` });
  }
  return out;
}

async function bbsr(dir: string): Promise<Row[]> {
  const sheets = await readXlsxFile(join(dir, 'raw/bbsr', BBSR));
  const out: Row[] = [];
  for (const year of ['2020', '2022']) {
    const rows = sheets.find((s) => s.sheet === year)!.data as unknown[][];
    const header = rows[0]!.map(cell);
    const pop = header.findIndex((h) => h.includes('Bevölkerung'));
    const fl = header.findIndex((h) => h.includes('Fläche'));
    const nameCol = year === '2022' ? 2 : 1;
    for (const r of rows.slice(1)) {
      const ags = cell(r[0]).padStart(8, '0');
      if (!ags.startsWith('06') || Number(r[pop]) !== 0) continue;
      out.push({ ags, name: cell(r[nameCol]), year, area: area(r[fl]), source: `BBSR Umstiegsschluessel ${BBSR} sheet ${year}` });
    }
  }
  return out;
}

const dir = process.argv[2];
if (!dir) throw new Error('Pfad zu shared/data/stats fehlt');
const rows = [...(await Promise.all(GV.map(([f, y]) => gv(dir, f, y)))).flat(), ...(await bbsr(dir))];
rows.sort((a, b) => (a.ags < b.ags ? -1 : a.ags > b.ags ? 1 : a.year < b.year ? -1 : 1));
const q = (s: string) => (/[",]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s);
process.stdout.write(['ags,name,year,gebietsstand,area_km2,source', ...rows.map((r) => [r.ags, r.name, r.year, POPULATION_GEBIETSSTAND[r.year]!, r.area, r.source].map(q).join(','))].join('\n') + '\n');
