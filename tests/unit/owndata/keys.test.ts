// The one key resolver: every key form, names at each level, ambiguity asked, never guessed.
import { describe, expect, it } from 'vitest';
import { createKeyResolver } from '../../../src/lib/owndata/keys.ts';
import { boot, regions2026 } from './helpers.ts';

const b = boot();
const resolver = createKeyResolver(b.regions, b.changes);
const at = (text: string, nameLevel: 'gemeinde' | 'kreis' | 'rb' | 'land' = 'gemeinde') => resolver.resolve(text, { nameLevel });

describe('keys', () => {
  it("reads every form of a key as today's unit with its level", () => {
    expect(at('06411000')).toEqual({ status: 'current', ags: '06411000', level: 'gemeinde', form: 'ags' });
    expect(at('6411000')).toMatchObject({ ags: '06411000', form: 'agsLostZero' });
    expect(at("'06411000")).toMatchObject({ ags: '06411000', form: 'ags' });
    expect(at('064350014014')).toMatchObject({ ags: '06435014', form: 'ars' });
    expect(at('06435')).toMatchObject({ ags: '06435', level: 'kreis' });
    expect(at('6435')).toMatchObject({ ags: '06435', level: 'kreis', form: 'agsLostZero' });
    expect(at('066')).toMatchObject({ ags: '066', level: 'rb' });
    expect(at('66')).toMatchObject({ ags: '066', level: 'rb', form: 'agsLostZero' });
    expect(at('06')).toMatchObject({ ags: '06', level: 'land' });
    expect(at('06411000 Darmstadt')).toMatchObject({ ags: '06411000', form: 'ags' });
  });

  it("follows old keys to today's unit and says from which", () => {
    expect(at('06437008')).toEqual({
      status: 'old',
      ags: '06437016',
      level: 'gemeinde',
      form: 'ags',
      old: '06437008',
      oldName: 'Hesseneck',
      date: '2018-01-01',
    });
    expect(at('6635005')).toMatchObject({ status: 'old', ags: '06635001', form: 'agsLostZero' });
  });

  it('Hanau: current today; with the 2026 change list the old key goes to 06415000, and "Hanau" names the kreisfreie Stadt', () => {
    expect(at('06435014')).toMatchObject({ status: 'current', ags: '06435014' });
    const { regions, changes } = regions2026();
    const r2026 = createKeyResolver(regions, changes);
    expect(r2026.resolve('06435014', { nameLevel: 'gemeinde' })).toMatchObject({ status: 'old', ags: '06415000', date: '2026-01-01' });
    expect(r2026.resolve('064350014014', { nameLevel: 'gemeinde' })).toMatchObject({ status: 'old', ags: '06415000', form: 'ars' });
    expect(r2026.resolve('06415', { nameLevel: 'gemeinde' })).toMatchObject({ status: 'current', ags: '06415', level: 'kreis' });
    expect(r2026.resolve('Hanau', { nameLevel: 'kreis' })).toMatchObject({ status: 'current', ags: '06415' });
  });

  it('says when a key is outside Hessen or unknown', () => {
    expect(at('08111000')).toEqual({ status: 'unmatched', reason: 'notHessen' });
    expect(at('8111000')).toEqual({ status: 'unmatched', reason: 'notHessen' });
    expect(at('06999999')).toEqual({ status: 'unmatched', reason: 'unknownKey' });
    expect(at('2023')).toEqual({ status: 'unmatched', reason: 'notHessen' });
    expect(at('')).toEqual({ status: 'unmatched', reason: 'empty' });
  });
});

describe('names', () => {
  it('ignore umlauts, case, "Stadt" and official suffixes', () => {
    for (const name of ['Büdingen', 'Buedingen', 'Budingen', 'BÜDINGEN', 'Stadt Büdingen', 'Büdingen, Stadt'])
      expect(at(name)).toMatchObject({ ags: '06440004' });
    expect(at('Darmstadt, Wissenschaftsstadt')).toMatchObject({ ags: '06411000' });
    expect(at('Limburg a. d. Lahn')).toMatchObject({ ags: '06533009' });
    expect(at('Frankfurt')).toMatchObject({ ags: '06412000', form: 'namePrefix' });
    expect(at('Stadtallendorf')).toMatchObject({ ags: '06534018' });
  });

  it('use "Stadt"/"Landkreis" to tell the two Kreise called Kassel apart, and ask when nothing tells', () => {
    expect(at('Stadt Kassel', 'kreis')).toMatchObject({ ags: '06611' });
    expect(at('Kassel, documenta-Stadt', 'kreis')).toMatchObject({ ags: '06611' });
    expect(at('Landkreis Kassel', 'kreis')).toMatchObject({ ags: '06633' });
    expect(at('LK Kassel', 'kreis')).toMatchObject({ ags: '06633' });
    const r = at('Kassel', 'kreis');
    expect(r.status).toBe('ambiguous');
    expect(r.status === 'ambiguous' && r.candidates.map((c) => c.ags).sort()).toEqual(['06611', '06633']);
    expect(at('Kassel')).toMatchObject({ ags: '06611000' });
    expect(at('Regierungsbezirk Kassel', 'rb')).toMatchObject({ ags: '066' });
    expect(at('Hessen', 'land')).toMatchObject({ ags: '06' });
  });

  it('ask about "Allendorf", "Lautertal" and "Bad Soden" instead of guessing', () => {
    for (const name of ['Allendorf', 'Lautertal', 'Bad Soden']) expect(at(name).status).toBe('ambiguous');
    expect(at('Allendorf (Lumda)')).toMatchObject({ ags: '06531001' });
    expect(at('Lautertal (Vogelsberg)')).toMatchObject({ ags: '06535012' });
    const answered = resolver.resolve('Allendorf', { nameLevel: 'gemeinde', choices: new Map([['gemeinde|allendorf', '06635001']]) });
    expect(answered).toEqual({ status: 'current', ags: '06635001', level: 'gemeinde', form: 'choice' });
  });

  it('find former Gemeinden by name', () => {
    expect(at('Bromskirchen')).toMatchObject({ status: 'old', ags: '06635001', old: '06635005' });
    expect(at('Beerfelden')).toMatchObject({ status: 'old', ags: '06437016' });
  });
});
