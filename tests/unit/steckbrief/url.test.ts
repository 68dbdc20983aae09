// The Steckbrief's URL parameters: ?steckbrief=<AGS> opens it, &aehnlich= carries the similar set.
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { Boot } from '../../../src/lib/data/boot.ts';
import { parseUrl, serializeUrl, type UrlContext } from '../../../src/lib/state/url.ts';

let ctx: UrlContext;
beforeAll(() => {
  const boot = Boot.parse(JSON.parse(readFileSync('public/data/boot.json', 'utf8')));
  ctx = { catalogue: boot.catalogue, regions: new Set(boot.regions.map((r) => r.ags)) };
});

describe('steckbrief and aehnlich in the URL', () => {
  it('opens the Steckbrief of any level and round-trips with the similar set', () => {
    for (const ags of ['06635022', '06635', '066', '06']) {
      const { state, notices } = parseUrl(`?steckbrief=${ags}&aehnlich=bev~bb_ftthb_1000`, ctx);
      expect(notices).toEqual([]);
      expect(state.steckbrief).toBe(ags);
      expect(state.similar).toBe('bev~bb_ftthb_1000');
      expect(parseUrl(serializeUrl(state, ctx.catalogue), ctx).state).toEqual(state);
    }
  });

  it('says so for an unknown area and opens nothing', () => {
    const { state, notices } = parseUrl('?steckbrief=06999999', ctx);
    expect(state.steckbrief).toBeNull();
    expect(notices.map((n) => n.de)).toEqual(['Steckbrief: Gebiet „06999999“ unbekannt.']);
    expect(serializeUrl(state, ctx.catalogue)).toBe('');
  });
});
