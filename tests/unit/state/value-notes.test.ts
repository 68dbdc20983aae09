// Published vs computed values are said in legend, tooltip, table and exports (real built data).
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { openBuiltData } from '../../../scripts/lib/duckdb-node.ts';
import type { Catalogue, Indicator } from '../../../src/lib/data/catalogue.ts';
import type { Db } from '../../../src/lib/data/db.ts';
import { valuesFor } from '../../../src/lib/data/queries.ts';
import { MESSAGES } from '../../../src/lib/i18n/messages.ts';
import { valueOriginNote, weightedLevelNote } from '../../../src/lib/state/value-notes.ts';

let db: Db;
let catalogue: Catalogue;
const ind = (id: string): Indicator => catalogue.indicators.find((x) => x.id === id)!;

beforeAll(async () => {
  if (!existsSync('public/data/catalogue.json')) throw new Error('public/data fehlt: erst `npm run data`');
  ({ db, catalogue } = await openBuiltData('public/data'));
});

describe('value origin notes', () => {
  it('Kreise with a Breitbandatlas Kreis value are "as published"; RB and Hessen are computed, with the method', async () => {
    const de = MESSAGES.de;
    const bb = ind('bb_alle_50');
    const kreise = await valuesFor(db, { indicator: bb, level: 'kreis', period: '2021-06' });
    // Gebietsstand 2026: the Breitbandatlas published for the Main-Kinzig-Kreis with Hanau, so
    // both new Kreise are computed from their Gemeinden; the 25 others are the source's values.
    expect(weightedLevelNote(bb, 'kreis', kreise, de)).toBe(
      'Kreise: Werte wie von der Quelle veröffentlicht; 2 berechnet – mit der Einwohnerzahl gewichtetes Mittel ihrer Gemeinden, in Tooltip und Tabelle gekennzeichnet.',
    );
    expect(valueOriginNote(kreise.get('06633'), de)).toBeNull();
    expect(valueOriginNote(kreise.get('06435'), de)).toBe('berechnet: bevölkerungsgewichtetes Mittel');
    expect(valueOriginNote(kreise.get('06415'), de)).toBe('berechnet: bevölkerungsgewichtetes Mittel');
    const old = await openBuiltData('public/data/gs2025');
    const kreise2025 = await valuesFor(old.db, { indicator: bb, level: 'kreis', period: '2021-06' });
    expect(weightedLevelNote(bb, 'kreis', kreise2025, de)).toBe('Kreise: Werte wie von der Quelle veröffentlicht (nicht berechnet).');
    const rb = await valuesFor(db, { indicator: bb, level: 'rb', period: '2021-06' });
    expect(weightedLevelNote(bb, 'rb', rb, de)).toMatch(
      /^Regierungsbezirke: berechnet – mit der Einwohnerzahl gewichtetes Mittel ihrer Gemeinden/,
    );
    expect(valueOriginNote(rb.get('066'), de)).toBe('berechnet: bevölkerungsgewichtetes Mittel');
    expect(valueOriginNote(rb.get('066'), MESSAGES.en)).toBe('computed: population-weighted mean');
  });

  it('Kreise in a period without a Kreis file are computed means', async () => {
    const bb = ind('bb_alle_50');
    const kreise = await valuesFor(db, { indicator: bb, level: 'kreis', period: '2017' });
    expect(kreise.size).toBe(27);
    expect(weightedLevelNote(bb, 'kreis', kreise, MESSAGES.en)).toMatch(
      /^Districts: computed – population-weighted mean of their municipalities/,
    );
  });

  it('Kreis-only indicators: RB values are computed means of the Kreise', async () => {
    const lte = catalogue.indicators.find((i) => i.id.startsWith('bbk_lte_'))!;
    const rb = await valuesFor(db, { indicator: lte, level: 'rb', period: lte.defaultPeriod });
    expect(weightedLevelNote(lte, 'rb', rb, MESSAGES.de)).toMatch(/gewichtetes Mittel ihrer Kreise/);
  });
});
