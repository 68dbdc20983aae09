// Issue 11.14: the English UI translates the source credits and "Stand" lines too. The real
// catalogue has both languages for every source, and the CSV, XLSX and SVG exports of the English
// atlas (built data, DuckDB-WASM in Node) carry the English lines, the German ones the German.
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { Boot } from '../../../src/lib/data/boot.ts';
import { Catalogue } from '../../../src/lib/data/catalogue.ts';
import type { Db } from '../../../src/lib/data/db.ts';
import { buildGeometry, PlanarTopology } from '../../../src/lib/geo/topology.ts';
import { Atlas } from '../../../src/lib/state/atlas.svelte.ts';
import { mapModel, tableModel } from '../../../src/lib/state/export-models.ts';
import { tableToCsv } from '../../../src/lib/export/csv.ts';
import { tableToXlsx } from '../../../src/lib/export/xlsx.ts';
import { mapToSvg } from '../../../src/lib/export/svg.ts';
import { openBuiltData } from '../../../scripts/lib/duckdb-node.ts';
import { unzip } from './helpers.ts';

/** German words and date formats that must not be in an English credit or Stand line. */
const GERMAN =
  /\b(Quellen?|eigene Aufbereitung|Gebietsstand|Stand|Daten verändert|Stichtag|Bevölkerung|Ebenen|Ausgabe|jeweilige[rn]?|Verwaltungsgrenzen|Datenquellen)\b|\d{2}\.\d{2}\.\d{4}/;

const catalogue = Catalogue.parse(JSON.parse(readFileSync('public/data/catalogue.json', 'utf8')));
const LINK = 'https://atlas.example/?lang=en';
let db: Db;

beforeAll(async () => {
  db = (await openBuiltData()).db;
});

async function atlasIn(lang: 'de' | 'en'): Promise<Atlas> {
  const boot = Boot.parse(JSON.parse(readFileSync('public/data/boot.json', 'utf8')));
  const geometry = buildGeometry(PlanarTopology.parse(JSON.parse(readFileSync('public/data/geo.topo.json', 'utf8'))));
  const atlas = new Atlas(boot, geometry);
  atlas.set({ lang });
  await atlas.startDatabase(async () => db);
  await atlas.load();
  return atlas;
}

const unescapeXml = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

describe('source credits in both languages', () => {
  it('every source has an English credit and Stand without German words', () => {
    expect(catalogue.sources.length).toBeGreaterThan(5);
    for (const s of catalogue.sources) {
      expect(s.credit.en, s.id).not.toMatch(GERMAN);
      expect(s.stand.en, s.id).not.toMatch(GERMAN);
    }
    const byId = new Map(catalogue.sources.map((s) => [s.id, s]));
    expect(byId.get('destatis')!.credit).toEqual({
      de: 'Quelle: Statistisches Bundesamt (Destatis), GV-ISys, Gebietsstand 31.12.1983–31.12.2023; eigene Aufbereitung',
      en: 'Source: Federal Statistical Office (Destatis), GV-ISys, territorial status 31 Dec 1983 – 31 Dec 2023; own processing',
    });
    // names of the publisher and licence stay as required by the licence
    expect(byId.get('bbsr_raumabgrenzungen')!.credit.en).toMatch(/^© BBSR Bonn, Raumabgrenzungen/);
    expect(byId.get('bkg')!.credit.en).toContain('© BKG (2026) dl-de/by-2-0');
  });

  describe.each(['en', 'de'] as const)('exports of the atlas in %s', (lang) => {
    let atlas: Atlas;
    beforeAll(async () => {
      atlas = await atlasIn(lang);
    });
    const used = () => [...new Set([...atlas.indicator.sources, 'bkg'])].map((id) => catalogue.sources.find((s) => s.id === id)!);

    it('CSV and XLSX list each source with the credit and Stand of the language', async () => {
      expect(atlas.lang).toBe(lang);
      const table = await tableModel(atlas, 'shown', LINK);
      expect(table.sources.map((s) => s.credit)).toEqual(used().map((s) => s.credit[lang]));
      const csv = tableToCsv(table, { excel: lang === 'de' });
      const xlsx = unzip(new Uint8Array(await (await tableToXlsx(table)).arrayBuffer()));
      const sheet = unescapeXml(
        `${xlsx.get('xl/sharedStrings.xml')?.toString('utf8') ?? ''}${xlsx.get('xl/worksheets/sheet2.xml')!.toString('utf8')}`,
      );
      for (const s of used()) {
        for (const file of [csv, sheet]) {
          expect(file).toContain(s.credit[lang]);
          expect(file).toContain(s.stand[lang]);
        }
      }
      const sourceLines = csv.split(/\r?\n/).filter((l) => /^"?# (Source|Quelle)/.test(l));
      expect(sourceLines.length).toBe(used().length);
      if (lang === 'en') for (const l of sourceLines) expect(l).not.toMatch(GERMAN);
      if (lang === 'en') expect(table.citation).not.toMatch(/Quelle|eigene Aufbereitung|Gebietsstand/);
    });

    it('the map SVG carries the credit and Stand of the language', () => {
      const model = mapModel(atlas, { link: LINK, methodNote: '', notes: [] });
      const svg = unescapeXml(mapToSvg(model, '16:9'));
      for (const s of used()) {
        expect(svg).toContain(s.credit[lang]);
        expect(svg).toContain(s.stand[lang]);
      }
      if (lang === 'en') for (const l of model.sourceLines) expect(l).not.toMatch(GERMAN);
    });
  });
});
