import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Catalogue } from '../../../src/lib/data/catalogue.ts';
import { groupsOf, levelFor, searchIndicators } from '../../../src/lib/state/indicator-pick.ts';

const catalogue = Catalogue.parse(JSON.parse(readFileSync('public/data/catalogue.json', 'utf8')));
const inds = catalogue.indicators;
const byId = new Map(inds.map((i) => [i.id, i]));

describe('indicator search', () => {
  it('finds fibre at 1000 Mbit/s by words in any order, households first', () => {
    const ids = searchIndicators(inds, 'glasfaser 1000', 'de').map((i) => i.id);
    expect(ids[0]).toBe('bb_ftthb_1000');
    expect(ids).toContain('bbk21_businesses_ftthb_1000');
    expect(ids.every((id) => id.includes('ftthb'))).toBe(true);
    expect(searchIndicators(inds, '1.000 Glasfaser', 'de').map((i) => i.id)).toEqual(ids);
  });
  it('ignores case and umlauts and finds parts of compounds', () => {
    const ids = searchIndicators(inds, 'lte bundesstrassen', 'de').map((i) => i.id);
    expect(ids).toEqual(['mob_lte2_bundesstrassen', 'mob_lte6_bundesstrassen', 'mob_lte10_bundesstrassen']);
    expect(searchIndicators(inds, 'LTE Bundesstraßen', 'de').map((i) => i.id)).toEqual(ids);
    expect(searchIndicators(inds, 'bevölk dicht', 'de')[0]!.id).toBe('bev_dichte');
  });
  it('searches the English titles in the English UI and finds nothing for an empty query', () => {
    expect(searchIndicators(inds, 'fibre 1000', 'en')[0]!.id).toBe('bb_ftthb_1000');
    expect(searchIndicators(inds, '  ', 'de')).toEqual([]);
    expect(searchIndicators(inds, 'xyzzy', 'de')).toEqual([]);
  });
});

describe('indicator groups', () => {
  it('splits Digitalisierung into its groups, none of them the whole theme', () => {
    const groups = groupsOf(inds, 'digitalisierung', 'de');
    const total = inds.filter((i) => i.theme === 'digitalisierung').length;
    expect(groups.length).toBeGreaterThan(1);
    expect(groups.reduce((n, g) => n + g.items.length, 0)).toBe(total);
    expect(Math.max(...groups.map((g) => g.items.length))).toBeLessThan(total / 2);
    expect(groupsOf(inds, 'digitalisierung', 'en')[0]!.label).toBe('Broadband (households)');
  });
});

describe('level of a newly chosen indicator', () => {
  const gemeinde = byId.get('bb_alle_1000')!;
  const kreisOnly = byId.get('bbk_lte_10')!;
  it('returns to the chosen Gemeinden after a Kreis-only indicator', () => {
    const onKreisOnly = levelFor(kreisOnly, 'gemeinde', 'gemeinde');
    expect(onKreisOnly).toBe('kreis');
    expect(levelFor(gemeinde, onKreisOnly, 'gemeinde')).toBe('gemeinde');
  });
  it('keeps a level the visitor chose', () => {
    expect(levelFor(gemeinde, 'rb', 'rb')).toBe('rb');
    expect(levelFor(kreisOnly, 'rb', 'rb')).toBe('rb');
  });
});
