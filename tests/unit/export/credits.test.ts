// "Quellen: Quelle: …" (issue 11.15): a credit's own prefix is not repeated after the label.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { creditList } from '../../../src/lib/export/text.ts';
import { MESSAGES } from '../../../src/lib/i18n/messages.ts';

describe('citation credits', () => {
  it('the real credit lines after "Quellen:" never repeat "Quelle:"', () => {
    const catalogue = JSON.parse(readFileSync('public/data/catalogue.json', 'utf8')) as { sources: { credit: { de: string } }[] };
    const credits = catalogue.sources.map((s) => s.credit.de);
    expect(credits.some((c) => c.startsWith('Quelle:'))).toBe(true);
    const citation = MESSAGES.de.citation('T', 'G', creditList(credits), '01.01.2026', 'https://x');
    expect(citation).toContain('Quellen: ');
    expect(citation).not.toContain('Quelle:');
    expect(citation).toContain('Statistisches Bundesamt (Destatis)');
  });
});
