// The footer and every export show each source's licence: real terms in German and English, no internal to-dos.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { Catalogue } from '../../../src/lib/data/catalogue.ts';

const catalogue = Catalogue.parse(JSON.parse(readFileSync('public/data/catalogue.json', 'utf8')));

describe('source licences', () => {
  it('name the terms of every source in both languages, without "prüfen" notes', () => {
    for (const s of catalogue.sources) {
      for (const text of [s.licence.de, s.licence.en]) expect(text, s.id).not.toMatch(/prüfen|vor Veröffentlichung|verify|TODO/i);
      expect(s.licence.en, s.id).not.toBe(s.licence.de);
    }
  });

  it('give the BBSR attribution prescribed in the staging notes', () => {
    const bbsr = catalogue.sources.filter((s) => s.id.startsWith('bbsr'));
    expect(bbsr.length).toBe(3);
    for (const s of bbsr) {
      expect(s.licence.de).toContain('© BBSR Bonn, Laufende Raumbeobachtung / Raumabgrenzungen');
      expect(s.licence.en).toContain('© BBSR Bonn, Laufende Raumbeobachtung / Raumabgrenzungen');
    }
  });
});
