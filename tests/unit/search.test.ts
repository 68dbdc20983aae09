// Place search over the built regions (npm run data): what a user typing into the search box gets.
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { Boot } from '../../src/lib/data/boot.ts';
import { buildSearchIndex, normalise, searchRegions, type SearchIndex } from '../../src/lib/state/search.ts';

const BOOT = 'public/data/boot.json';
let index: SearchIndex;
let boot: Boot;

beforeAll(() => {
  if (!existsSync(BOOT)) throw new Error(`${BOOT} fehlt: erst \`npm run data\``);
  boot = Boot.parse(JSON.parse(readFileSync(BOOT, 'utf8')));
  index = buildSearchIndex(boot.regions, boot.changes);
});

const ags = (query: string, lang: 'de' | 'en' = 'de') => searchRegions(index, query, lang).map((r) => r.ags);

describe('normalise', () => {
  it('ignores case, umlauts, ß and typed ae/oe/ue', () => {
    for (const s of ['giessen', 'Giessen', 'GIEßEN', 'gießen', 'GIESSEN']) expect(normalise(s)).toBe(normalise('Gießen'));
    expect(normalise('Muenster')).toBe(normalise('Münster'));
    expect(normalise('Munster')).toBe(normalise('Münster'));
    expect(normalise('Bad Koenig')).toBe(normalise('Bad König'));
    expect(normalise('Bad Konig')).toBe(normalise('Bad König'));
    expect(normalise('Élysée')).toBe('elysee');
  });
  it('treats - . / ( ) and repeated spaces as word separators', () => {
    expect(normalise('Bad Homburg v.d.Höhe')).toBe('bad homburg v d hohe');
    expect(normalise('  Allendorf   (Eder) ')).toBe('allendorf eder');
    expect(normalise('Darmstadt-Dieburg/Test')).toBe('darmstadt dieburg test');
  });
});

describe('search by name', () => {
  it('finds Gießen in any spelling, Gemeinde first, then Landkreis and Regierungsbezirk', () => {
    const results = searchRegions(index, 'giessen', 'de');
    expect(results.slice(0, 3).map((r) => r.ags)).toEqual(['06531005', '06531', '065']);
    expect(results[0]).toMatchObject({ label: 'Gießen', level: 'gemeinde', detail: 'Gemeinde · Landkreis Gießen' });
    expect(results[1]).toMatchObject({ label: 'Landkreis Gießen', detail: 'Kreis · Regierungsbezirk Gießen' });
    expect(results[2]).toMatchObject({ label: 'Regierungsbezirk Gießen' });
    for (const q of ['GIESSEN', 'Gießen', 'gießen', 'GIEßEN', ' giessen ']) expect(searchRegions(index, q, 'de')).toEqual(results);
  });

  it('ranks Frankfurt am Main first for "Frankfurt"', () => {
    const results = searchRegions(index, 'Frankfurt', 'de');
    expect(results[0]).toMatchObject({ ags: '06412000', label: 'Frankfurt am Main' });
    expect(ags('frankfurt main')).toContain('06412000');
  });

  it('returns all four Kassel units for "kassel": Stadt, kreisfreie Stadt, Landkreis, Regierungsbezirk', () => {
    expect(ags('kassel').slice(0, 4)).toEqual(['06611000', '06611', '06633', '066']);
    expect(ags('Landkreis Kassel')[0]).toBe('06633');
    expect(ags('Landkreis Kassel')).not.toContain('06611000');
    expect(ags('Regierungsbezirk Kassel')).toEqual(['066']);
  });

  it('matches names only, not the Kreis a Gemeinde lies in', () => {
    // Gemeinden of Landkreis Kassel whose own name does not contain "Kassel" are not results.
    const results = searchRegions(index, 'kassel', 'de', 50);
    expect(results.every((r) => /kassel/i.test(r.label))).toBe(true);
  });

  it('finds Bad Homburg v.d.Höhe with or without the abbreviation dots', () => {
    expect(ags('bad homburg')[0]).toBe('06434001');
    expect(ags('bad homburg vd hohe')).toEqual(['06434001']);
    expect(ags('Bad Homburg vor der Höhe')).toEqual(['06434001']);
    expect(ags('limburg an der lahn')).toEqual(['06533009']);
  });

  it('lists the Bad … Gemeinden for "bad"', () => {
    const results = searchRegions(index, 'bad', 'de');
    expect(results).toHaveLength(8);
    for (const r of results) expect(r.label).toMatch(/^Bad /);
  });

  it('finds Münster (Hessen) from "Muenster" and "munster"', () => {
    const muenster = boot.regions.find((r) => r.name.startsWith('Münster'))!;
    expect(muenster.kreis).toBe('06432'); // Darmstadt-Dieburg
    expect(ags('Muenster')[0]).toBe(muenster.ags);
    expect(ags('munster')[0]).toBe(muenster.ags);
    expect(ags('Bad Koenig')).toEqual(ags('Bad König'));
  });

  it('lists uninhabited gemeindefreie Gebiete, after inhabited matches', () => {
    expect(ags('Michelbuch')).toEqual(['06431200']);
    const results = searchRegions(index, 'rein', 'de', 50);
    const reinhardswald = results.findIndex((r) => r.ags === '06633200');
    expect(reinhardswald).toBeGreaterThan(0);
    expect(results.slice(0, reinhardswald).every((r) => !r.label.includes('gemeindefrei'))).toBe(true);
  });

  it('gives label, detail and note in English', () => {
    const [kreis] = searchRegions(index, 'landkreis giessen', 'en');
    expect(kreis).toMatchObject({ ags: '06531', label: 'Gießen (district)', detail: 'District · Gießen (government region)' });
  });
});

describe('search by AGS', () => {
  it('finds a region by its exact key and lists keys below a prefix', () => {
    expect(searchRegions(index, '06412000', 'de')[0]).toMatchObject({ ags: '06412000', label: 'Frankfurt am Main' });
    expect(ags('06633')[0]).toBe('06633');
    expect(searchRegions(index, '06633', 'de')[0]!.label).toBe('Landkreis Kassel');
    const rb = ags('064');
    expect(rb[0]).toBe('064');
    expect(rb.slice(1).every((a) => a.startsWith('064'))).toBe(true);
  });
  it('restores a leading zero lost in a spreadsheet', () => {
    expect(ags('6412000')).toEqual(['06412000']);
  });
});

describe('former Gemeinden', () => {
  it('lead to their successor with the former name and a note', () => {
    const [r] = searchRegions(index, 'Bromskirchen', 'de');
    expect(r).toMatchObject({ ags: '06635001', label: 'Allendorf (Eder)', formerName: 'Bromskirchen' });
    expect(r!.note).toBe('Bromskirchen gehört seit 01.01.2023 zu Allendorf (Eder)');
    const [en] = searchRegions(index, 'Bromskirchen', 'en');
    expect(en!.note).toBe('Bromskirchen has been part of Allendorf (Eder) since 1 Jan 2023');
    expect(ags('06635005')).toEqual(['06635001']); // the old AGS too
  });
  it('finds Oberzent and Wesertal from their former Gemeinden', () => {
    for (const old of ['Beerfelden', 'Hesseneck', 'Rothenberg', 'Sensbachtal']) {
      expect(searchRegions(index, old, 'de')[0]).toMatchObject({ ags: '06437016', formerName: old });
    }
    for (const old of ['Oberweser', 'Wahlsburg']) {
      expect(searchRegions(index, old, 'de')[0]).toMatchObject({ ags: '06633030', formerName: old });
    }
  });
  it('still finds a successor by its own name, without a note', () => {
    const [r] = searchRegions(index, 'Allendorf', 'de');
    expect(r).toMatchObject({ ags: '06635001', label: 'Allendorf (Eder)' });
    expect(r!.formerName).toBeUndefined();
    expect(r!.note).toBeUndefined();
    expect(ags('Allendorf')).toContain('06531001'); // Allendorf (Lumda)
  });
  it('lists each region once', () => {
    const results = ags('o', 'de');
    expect(new Set(results).size).toBe(results.length);
  });
});

describe('robustness and speed', () => {
  it('returns nothing for an empty or blank query', () => {
    expect(searchRegions(index, '', 'de')).toEqual([]);
    expect(searchRegions(index, '   ', 'de')).toEqual([]);
    expect(searchRegions(index, '--', 'de')).toEqual([]);
  });
  it('never throws on regex metacharacters', () => {
    for (const q of ['(.*', '[', '\\', '*', '+?', '^$', '(Eder', 'a|b']) expect(() => searchRegions(index, q, 'de')).not.toThrow();
    expect(ags('(Eder')).toContain('06635001');
  });
  it('respects the limit', () => {
    expect(searchRegions(index, 'b', 'de', 3)).toHaveLength(3);
    expect(searchRegions(index, 'b', 'de')).toHaveLength(8);
    expect(searchRegions(index, 'b', 'de', 0)).toEqual([]);
    expect(searchRegions(index, '06', 'de', 500)).toHaveLength(boot.regions.length);
  });
  // Best of several rounds: the machine running the tests may be busy; this checks the code, not the load.
  const bestOf = (rounds: number, run: () => void) => {
    let best = Infinity;
    for (let i = 0; i < rounds; i++) {
      const t = performance.now();
      run();
      best = Math.min(best, performance.now() - t);
    }
    return best;
  };
  it('builds the index in under 10 ms', () => {
    expect(bestOf(10, () => buildSearchIndex(boot.regions, boot.changes))).toBeLessThan(10);
  });
  it('answers a keystroke in under 1 ms', () => {
    const queries = ['b', 'ba', 'bad', 'bad h', 'k', 'ka', 'kas', 'kassel', '064', 'frankfurt main'];
    const perQuery = bestOf(10, () => queries.forEach((q) => searchRegions(index, q, 'de'))) / queries.length;
    expect(perQuery).toBeLessThan(1);
  });
});
