// The legend's method note says what the classification did: diverging quantiles are split at the midpoint.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { Catalogue } from '../../../src/lib/data/catalogue.ts';
import { MESSAGES } from '../../../src/lib/i18n/messages.ts';
import { classify } from '../../../src/lib/scales/classify.ts';
import { methodNoteText } from '../../../src/lib/state/legend-text.ts';

const catalogue = Catalogue.parse(JSON.parse(readFileSync('public/data/catalogue.json', 'utf8')));
const ind = (id: string) => catalogue.indicators.find((i) => i.id === id)!;
// Population change 2013→2023 of eight Kreise (%, rounded): two below 0, six above.
const CHANGES = [-2.1, -0.8, 1.2, 2.5, 3.9, 4.4, 6.0, 8.3];

describe('method note', () => {
  it('diverging quantiles: says they are split on each side of the midpoint, with the classes per side', () => {
    const classes = classify(CHANGES, { method: 'quantile', k: 4, midpoint: 0 });
    const de = methodNoteText('quantile', classes, 4, false, ind('bev_veraenderung'), MESSAGES.de, 'de');
    expect(de).toBe(
      '4 Klassen, Quantile getrennt auf jeder Seite von 0,0: 1 Klasse darunter, 3 ab 0,0 (auf jeder Seite gleich viele Gebiete je Klasse)',
    );
    expect(de).not.toContain('(gleich viele Gebiete je Klasse)');
    const en = methodNoteText('quantile', classes, 4, true, ind('bev_veraenderung'), MESSAGES.en, 'en');
    expect(en).toMatch(/^4 classes, quantiles split on each side of 0\.0: 1 class below, 3 from 0\.0 .* · /);
  });

  it('sequential quantiles keep "equal number of areas per class"; other methods name the split', () => {
    const seq = classify(CHANGES, { method: 'quantile', k: 4 });
    expect(methodNoteText('quantile', seq, 4, false, ind('bev'), MESSAGES.de, 'de')).toBe(
      '4 Klassen, Quantile (gleich viele Gebiete je Klasse)',
    );
    const jenks = classify(CHANGES, { method: 'jenks', k: 4, midpoint: 0 });
    expect(methodNoteText('jenks', jenks, 4, false, ind('bev_veraenderung'), MESSAGES.de, 'de')).toBe(
      'Natürliche Brüche (Jenks) (getrennt auf jeder Seite von 0,0)',
    );
  });
});
