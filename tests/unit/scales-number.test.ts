// Class limits typed on screen are read by the UI language's rules; what is ambiguous or not a
// number is refused with a reason; the screen and the link accept exactly the same values (12.13).
import { describe, expect, it } from 'vitest';
import { MAX_LIMIT, parseLimits, parseLinkNumber, parseLocalNumber } from '../../src/lib/scales/number.ts';
import { parseUrl, serializeUrl } from '../../src/lib/state/url.ts';
import { loadContext } from './story/context.ts';

const ok = (value: number) => ({ ok: true, value });

describe('numbers typed in the UI language', () => {
  it('German: comma for decimals, point for thousands, true minus', () => {
    expect(parseLocalNumber('2,5', 'de')).toEqual(ok(2.5));
    expect(parseLocalNumber('1.000,5', 'de')).toEqual(ok(1000.5));
    expect(parseLocalNumber('1.000', 'de')).toEqual(ok(1000));
    expect(parseLocalNumber('−1,8', 'de')).toEqual(ok(-1.8));
    expect(parseLocalNumber('-0,25', 'de')).toEqual(ok(-0.25));
    expect(parseLocalNumber(' 7 ', 'de')).toEqual(ok(7));
  });
  it('English: point for decimals, comma for thousands', () => {
    expect(parseLocalNumber('2.5', 'en')).toEqual(ok(2.5));
    expect(parseLocalNumber('1,000.5', 'en')).toEqual(ok(1000.5));
    expect(parseLocalNumber('-1.5', 'en')).toEqual(ok(-1.5));
  });
  it('refuses what is ambiguous, with what was probably meant', () => {
    expect(parseLocalNumber('2.5', 'de')).toEqual({ ok: false, problem: 'ambiguous', suggestion: '2,5' });
    expect(parseLocalNumber('-1,5', 'en')).toEqual({ ok: false, problem: 'ambiguous', suggestion: '−1.5' });
    expect(parseLocalNumber('1.00', 'de')).toMatchObject({ ok: false, problem: 'ambiguous' });
  });
  it('refuses spaces, hex, exponents and other text', () => {
    expect(parseLocalNumber('1 000', 'de')).toMatchObject({ ok: false, problem: 'space' });
    expect(parseLocalNumber('1\u00a0000', 'en')).toMatchObject({ ok: false, problem: 'space' });
    for (const s of ['0x10', '1e15', '1e3', 'abc', '', '12,5.3', '--1', 'Infinity', '2,5%'])
      expect(parseLocalNumber(s, 'de'), s).toMatchObject({ ok: false, problem: 'invalid' });
  });
  it('refuses numbers the link refuses', () => {
    expect(parseLocalNumber('1.000.000.000.000', 'de')).toMatchObject({ ok: false, problem: 'range' });
    expect(parseLocalNumber('999.999.999.999', 'de')).toEqual(ok(999_999_999_999));
  });
  it('limit lists: semicolons only, sorted, duplicates merged', () => {
    expect(parseLimits('0; 2,5; 5; 7,5', 'de')).toEqual({ ok: true, limits: [0, 2.5, 5, 7.5] });
    expect(parseLimits('5;1;5', 'en')).toEqual({ ok: true, limits: [1, 5] });
    expect(parseLimits('1 000', 'de')).toMatchObject({ ok: false, problem: 'space', part: '1 000' });
    expect(parseLimits(' ; ', 'de')).toEqual({ ok: false, problem: 'empty' });
    expect(parseLimits('1;2;3;4;5;6;7;8;9', 'de')).toEqual({ ok: false, problem: 'tooMany' });
  });
});

describe('screen and link accept the same numbers', () => {
  const ctx = loadContext();
  const catalogue = ctx.catalogue;
  const uctx = { catalogue, regions: new Set(ctx.regions.keys()) };
  const ind = catalogue.indicators.find((i) => i.scale === 'diverging')!;

  it('link numbers: what String(n) writes, below the same bound', () => {
    expect(parseLinkNumber('2.5')).toBe(2.5);
    expect(parseLinkNumber('-1')).toBe(-1);
    expect(parseLinkNumber('1e-7')).toBe(1e-7);
    for (const s of ['', ' ', '0x10', 'Infinity', '1,5', '1e15', String(MAX_LIMIT)]) expect(parseLinkNumber(s), s).toBeNull();
  });
  it('every limit typed on screen survives the shared link; 1e15 is refused by both', () => {
    for (const [text, lang] of [
      ['0; 2,5; 5; 7,5', 'de'],
      ['−999.999.999.999; 0,001; 1.000,5', 'de'],
      ['-0.125; 1,000.5; 999,999,999,999', 'en'],
    ] as const) {
      const r = parseLimits(text, lang);
      if (!r.ok) throw new Error(text);
      const base = parseUrl(`?i=${ind.id}`, uctx).state;
      const q = serializeUrl({ ...base, method: 'manual', breaks: r.limits }, catalogue);
      const back = parseUrl(q, uctx);
      expect(back.notices).toEqual([]);
      expect(back.state.breaks).toEqual(r.limits);
    }
    expect(parseLimits('1.000.000.000.000.000', 'de').ok).toBe(false);
    expect(parseUrl(`?i=${ind.id}&k=manual&g=1e15`, uctx).notices.length).toBeGreaterThan(0);
  });
});
