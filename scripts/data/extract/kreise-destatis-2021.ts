// One-off extract: area, population and density of the Hessian Kreise, RB and Land on 31.12.2021 as
// published by Destatis („Kreisfreie Städte und Landkreise nach Fläche, Bevölkerung und
// Bevölkerungsdichte“), to check the app's aggregates against the official figures (tests only).
// Usage: npx tsx scripts/data/extract/kreise-destatis-2021.ts <shared/data/stats> > data/stats/kreise_flaeche_dichte_destatis_2021.csv
import { join } from 'node:path';
import readXlsxFile from 'read-excel-file/node';

const FILE = '04_KreiseVorjahr_31122021.xlsx';
const dir = process.argv[2];
if (!dir) throw new Error('Pfad zu shared/data/stats fehlt');
const sheets = await readXlsxFile(join(dir, 'raw/destatis_gv_auszug', FILE));
const rows = sheets.find((s) => s.sheet === 'Kreisfreie Städte u. Landkreise')!.data as unknown[][];
const cell = (v: unknown) => (v === null || v === undefined ? '' : String(v).trim());
const q = (s: string) => (/[",]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s);
const out = ['ags,name,area_km2,pop_total,density_per_km2,source'];
for (const r of rows) {
  const ags = cell(r[0]);
  if (!/^06\d{3}$/.test(ags) || r[4] === null) continue;
  out.push([ags, `${cell(r[1])} ${cell(r[2])}`, Number(r[4]).toFixed(2), cell(r[5]), cell(r[8]), `Destatis ${FILE}`].map(q).join(','));
}
process.stdout.write(out.join('\n') + '\n');
