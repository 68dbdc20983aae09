// The texts around the map (tooltip, region labels, legend notes, source line, map label) for real
// views of the built data, as the atlas shows them.
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { builtBoot, builtGeometry } from '../../support/built-data.ts';
import type { Db } from '../../../src/lib/data/db.ts';
import { Atlas } from '../../../src/lib/state/atlas.svelte.ts';
import type { ViewState } from '../../../src/lib/state/url.ts';
import {
  mapLabelText,
  mapNotes,
  markedAgs,
  regionLabelText,
  regionTooltip,
  regionValueText,
  sliderPeriodsOf,
  sourceLineText,
} from '../../../src/lib/state/map-view.ts';
import { openBuiltData } from '../../../scripts/lib/duckdb-node.ts';

let db: Db;
const boot = builtBoot;
const geometry = builtGeometry;

beforeAll(async () => {
  if (!existsSync('public/data/catalogue.json')) throw new Error('public/data fehlt: erst `npm run data`');
  db = (await openBuiltData()).db;
});

/** An atlas showing `view` with the app's own queries on the built data. */
async function atlasOn(view: Partial<ViewState>): Promise<Atlas> {
  const atlas = new Atlas(boot(), geometry());
  await atlas.startDatabase(async () => db);
  const { indicator, ...rest } = view;
  if (indicator) atlas.set({ indicator }); // choosing an indicator resets the period to one it has
  atlas.set(rest);
  await atlas.load();
  expect(atlas.stale).toBe(false);
  return atlas;
}

describe('map view texts', () => {
  it('the tooltip of Frankfurt am Main for Gigabit broadband, June 2021: value, Kreis and rank, in German and English', async () => {
    const a = await atlasOn({ indicator: 'bb_alle_1000', period: '2021-06', level: 'gemeinde' });
    expect(regionTooltip(a, '06412000', a.periodText())).toEqual({
      name: 'Frankfurt am Main',
      value: '94,6\u00a0% der Haushalte',
      period: 'Juni 2021',
      context: ['Kreis: Frankfurt am Main (kreisfreie Stadt)', 'Rang 9 von 421'],
      notes: [],
    });
    expect(regionLabelText(a, '06412000')).toBe('Frankfurt am Main: 94,6\u00a0% der Haushalte');
    expect(mapLabelText(a.indicator, a.periodText(), a.shown.level, a.t, a.lang)).toBe(
      'Karte: Breitband ≥ 1000 Mbit/s: alle Technologien, Juni 2021, Gemeinden',
    );
    // a harmonised value says so; an uninhabited area has no value
    expect(regionTooltip(a, '06635001', a.periodText()).notes).toEqual(['harmonisiert']);
    expect(regionValueText(a, '06636200')).toBe('keine Einwohner (gemeindefreies Gebiet)');
    expect(regionLabelText(a, '06636200')).toBe(
      'Gutsbezirk Kaufunger Wald (gemeindefreies Gebiet): keine Einwohner (gemeindefreies Gebiet)',
    );
    a.set({ lang: 'en' });
    expect(regionTooltip(a, '06412000', a.periodText())).toMatchObject({
      value: '94.6\u00a0% of households',
      period: 'June 2021',
      context: ['District: Frankfurt am Main (district-free city)', 'Rank 9 of 421'],
    });
    expect(mapLabelText(a.indicator, a.periodText(), a.shown.level, a.t, a.lang)).toBe(
      'Map: Broadband ≥ 1000 Mbit/s: all technologies, June 2021, Municipalities',
    );
  });

  it('legend notes and sources for Gigabit broadband: Gemeinde shares weighted above, harmonised values, sources with Stand', async () => {
    const a = await atlasOn({ indicator: 'bb_alle_1000', period: '2021-06', level: 'gemeinde' });
    expect(mapNotes(a, a.shown.level, (p) => a.periodLabel(p))).toEqual([
      'Anteile der Haushalte, für Kreise und Regierungsbezirke mit der Einwohnerzahl gewichtet (Haushaltszahlen liegen nicht vor).',
      'Werte vor Gebietsänderungen auf den heutigen Gebietsstand umgerechnet (harmonisiert).',
    ]);
    const line = sourceLineText(a.indicator, a.catalogue.sources, a.t, a.lang);
    expect(line).toBe(
      'Breitbandatlas | Gigabit-Grundbuch (https://gigabitgrundbuch.bund.de), Daten verändert (Stand 2005–Juni 2021); ' +
        'Quelle: Statistisches Bundesamt (Destatis), GV-ISys, Gebietsstand 31.12.1983–31.12.2023; eigene Aufbereitung ' +
        '(Stand 31.12.1983–31.12.2023 (jeweiliger Gebietsstand)); © BBSR Bonn, Laufende Raumbeobachtung, Umstiegsschlüssel ' +
        'Gemeinden (Bevölkerung 31.12.2020, 31.12.2022) (Stand 31.12.2020, 31.12.2022)',
    );
  });

  it('Kreise of a weighted indicator: a computed mean is noted in the tooltip, the legend counts them and names the method breaks', async () => {
    const k = await atlasOn({ indicator: 'bb_alle_50', period: '2021-06', level: 'kreis' });
    expect(regionTooltip(k, '06435', k.periodText())).toEqual({
      name: 'Main-Kinzig-Kreis',
      value: '96,0\u00a0% der Haushalte',
      period: 'Juni 2021',
      context: ['Regierungsbezirk Darmstadt', 'Rang 20 von 27'],
      notes: ['berechnet: bevölkerungsgewichtetes Mittel'],
    });
    expect(regionTooltip(k, '06633', k.periodText()).notes).toEqual([]);
    expect(mapNotes(k, k.shown.level, (p) => k.periodLabel(p))).toEqual([
      'Kreise: Werte wie von der Quelle veröffentlicht; 2 berechnet – mit der Einwohnerzahl gewichtetes Mittel ihrer Gemeinden, in Tooltip und Tabelle gekennzeichnet.',
      'Methodenbruch zwischen 2014 und 2015: Betreiber- und Methodenwechsel 2015',
      'Methodenbruch zwischen 2018 und Dez. 2018: Neuer Datenlieferant ab Dez. 2018',
    ]);
  });

  it('a change of the population 2013–2023: signed value, period span, the slider offers only end periods after the base', async () => {
    const b = await atlasOn({ indicator: 'bev_veraenderung', period: '2023', base: '2013', level: 'kreis' });
    expect(regionTooltip(b, '06412', b.periodText())).toEqual({
      name: 'Frankfurt am Main (kreisfreie Stadt)',
      value: '+10,6\u00a0%',
      period: '2013–2023',
      context: ['Regierungsbezirk Darmstadt', 'Rang 3 von 27'],
      notes: [],
    });
    expect(sliderPeriodsOf(b.requested, b.state.base)).toEqual(['2017', '2019', '2020', '2021', '2022', '2023']);
    expect(mapNotes(b, 'kreis', (p) => b.periodLabel(p))[0]).toBe('Kreise und Regierungsbezirke: Veränderung der Summe ihrer Gemeinden.');
    // a sum on its own Gemeinde level needs no aggregation note; the method break stays
    const bev = await atlasOn({ indicator: 'bev', period: '2023', level: 'gemeinde' });
    const zensus =
      'Methodenbruch zwischen 2009 und 2013: Zensus 2011: Werte ab 2013 beruhen auf dem Zensus 2011, frühere auf den Volkszählungen';
    expect(mapNotes(bev, 'gemeinde', (p) => bev.periodLabel(p))).toEqual([zensus]);
    expect(mapNotes(bev, 'kreis', (p) => bev.periodLabel(p))).toEqual(['Kreise und Regierungsbezirke: Summe ihrer Gemeinden.', zensus]);
    expect(sliderPeriodsOf(bev.requested, undefined)).toEqual(bev.requested.periods);
  });

  it('a typology shows the category name and no rank', async () => {
    const c = await atlasOn({ indicator: 'regiostar7', level: 'gemeinde' });
    expect(regionTooltip(c, '06412000', c.periodText())).toEqual({
      name: 'Frankfurt am Main',
      value: 'Stadtregion - Metropole',
      period: c.periodText(),
      context: ['Kreis: Frankfurt am Main (kreisfreie Stadt)'],
      notes: [],
    });
  });

  it('marks the selected, compared and annotated regions once each', () => {
    expect(markedAgs('06412000', ['06412000', '06611000'], [{ ags: '06611000' }, { ags: '06414000' }])).toEqual([
      '06412000',
      '06611000',
      '06414000',
    ]);
    expect(markedAgs(null, [], [])).toEqual([]);
  });
});
