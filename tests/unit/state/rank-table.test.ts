// The ranked table's header clicks, sort marks, cell texts, legend filter label and scrolling to the
// selected row, on the built catalogue's indicators.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { Catalogue } from '../../../src/lib/data/catalogue.ts';
import { MESSAGES } from '../../../src/lib/i18n/messages.ts';
import { PANEL_MESSAGES } from '../../../src/lib/i18n/panel.ts';
import type { TableRow } from '../../../src/lib/state/panel.ts';
import { ariaSort, cellText, filterClassLabel, nextSort, scrollToShow, sortArrow } from '../../../src/lib/state/rank-table.ts';

const catalogue = Catalogue.parse(JSON.parse(readFileSync('public/data/catalogue.json', 'utf8')));
const ind = (id: string) => catalogue.indicators.find((i) => i.id === id)!;
const none = (lang: 'de' | 'en') => ({ noInhabitants: PANEL_MESSAGES[lang].noInhabitants, noData: MESSAGES[lang].noData });
const row = (value: number | null, status: TableRow['status'] = 'data'): TableRow => ({
  ags: '06531005',
  name: 'Gießen',
  value,
  rank: 1,
  status,
});

describe('sorting by a column header', () => {
  it('rank and name start ascending, values start with the highest; a second click flips', () => {
    const start = { key: 'rank' as const, dir: 'asc' as const };
    const byValue = nextSort(start, 'value');
    expect(byValue).toEqual({ key: 'value', dir: 'desc' });
    expect(nextSort(byValue, 'value')).toEqual({ key: 'value', dir: 'asc' });
    expect(nextSort(byValue, 'name')).toEqual({ key: 'name', dir: 'asc' });
    expect(nextSort(start, 'rank')).toEqual({ key: 'rank', dir: 'desc' });
  });

  it('only the sorted column says its direction, to screen readers and with an arrow', () => {
    const sort = { key: 'value' as const, dir: 'desc' as const };
    expect(ariaSort(sort, 'value')).toBe('descending');
    expect(ariaSort(sort, 'rank')).toBe('none');
    expect(sortArrow(sort, 'value')).toBe('▼');
    expect(sortArrow({ key: 'name', dir: 'asc' }, 'name')).toBe('▲');
    expect(sortArrow(sort, 'name')).toBe('↕');
  });
});

describe('value cells', () => {
  it('a change shows signed numbers without the unit, with a true minus', () => {
    const change = ind('bev_veraenderung');
    expect(cellText(row(22.2), change, true, 'de', none('de'))).toBe('+22,2');
    expect(cellText(row(-2.1), change, true, 'de', none('de'))).toBe('−2,1');
    expect(cellText(row(0), change, true, 'de', none('de'))).toBe('0,0');
    expect(cellText(row(22.2), change, true, 'en', none('en'))).toBe('+22.2');
  });

  it('a typology shows the class label; missing values say why', () => {
    expect(cellText(row(71), ind('regiostar7'), false, 'de', none('de'))).toBe('Stadtregion - Metropole');
    expect(cellText(row(null, 'uninhabited'), ind('bev'), true, 'de', none('de'))).toBe('keine Einwohner');
    expect(cellText(row(null, 'nodata'), ind('bev'), true, 'en', none('en'))).toBe('no data');
  });
});

describe('legend filter label', () => {
  it('names the class as the legend does, nothing without a class', () => {
    const change = ind('bev_veraenderung');
    const item = { colour: '#e34a33', count: 53 };
    expect(filterClassLabel({ ...item, upper: -2.2 }, change, MESSAGES.de, 'de')).toBe('unter −2,2');
    expect(filterClassLabel({ ...item, lower: 0, upper: 2.5 }, change, MESSAGES.de, 'de')).toBe('0,0 bis unter +2,5');
    expect(filterClassLabel({ ...item, lower: 7.4 }, change, MESSAGES.en, 'en')).toBe('+7.4 and more');
    expect(filterClassLabel({ ...item, label: 'Stadtregion - Metropole' }, ind('regiostar7'), MESSAGES.de, 'de')).toBe(
      'Stadtregion - Metropole',
    );
    expect(filterClassLabel(item, change, MESSAGES.de, 'de')).toBe('');
    expect(filterClassLabel(undefined, change, MESSAGES.de, 'de')).toBe('');
  });
});

describe('scrolling the selected row into the table', () => {
  const box = { scrollTop: 300, clientHeight: 400 };
  it('leaves a row that shows in full below the sticky head', () => {
    expect(scrollToShow({ top: 340, height: 30 }, box, 35)).toBeNull();
    expect(scrollToShow({ top: 670, height: 30 }, box, 35)).toBeNull();
  });
  it('centres a row below the view, under the head or above it, never above the top', () => {
    expect(scrollToShow({ top: 1000, height: 30 }, box, 35)).toBe(1000 - 185);
    expect(scrollToShow({ top: 320, height: 30 }, box, 35)).toBe(320 - 185);
    expect(scrollToShow({ top: 40, height: 30 }, box, 35)).toBe(0);
  });
});
