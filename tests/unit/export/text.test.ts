import { describe, expect, it } from 'vitest';
import { escapeXml, textWidth, wrapText } from '../../../src/lib/export/text.ts';

describe('escapeXml', () => {
  it('escapes the five XML specials and keeps umlauts as they are', () => {
    expect(escapeXml(`Bad <Soden> & "Salmünster" 'x'`)).toBe('Bad &lt;Soden&gt; &amp; &quot;Salmünster&quot; &apos;x&apos;');
  });
  it('drops control characters XML 1.0 forbids', () => {
    expect(escapeXml('a\u0000b\u0008c\td')).toBe('abc\td');
  });
});

describe('textWidth', () => {
  it('uses Arial advance widths: 10 digits at 10 px are 55.6 px', () => {
    expect(textWidth('0123456789', 10)).toBeCloseTo(55.6, 5);
  });
  it('measures bold wider and umlauts like their base letter', () => {
    expect(textWidth('Gemeinden', 20, true)).toBeGreaterThan(textWidth('Gemeinden', 20));
    expect(textWidth('Ö', 10)).toBe(textWidth('O', 10));
  });
});

describe('wrapText', () => {
  const size = 10;
  it('keeps short text on one line and gives no lines for empty text', () => {
    expect(wrapText('Juni 2021 · Gemeinden', 500, size)).toEqual(['Juni 2021 · Gemeinden']);
    expect(wrapText('', 100, size)).toEqual([]);
    expect(wrapText('   ', 100, size)).toEqual([]);
  });

  it('breaks at spaces so that no line is wider than the limit, and loses no word', () => {
    const text =
      'Anteile der Haushalte, für Kreise und Regierungsbezirke mit der Einwohnerzahl gewichtet (Haushaltszahlen liegen nicht vor).';
    const lines = wrapText(text, 150, size);
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) expect(textWidth(line, size)).toBeLessThanOrEqual(150);
    expect(lines.join(' ')).toBe(text);
  });

  it('does not break at a no-break space (number and unit stay together)', () => {
    const lines = wrapText('Wert 1.234,5\u00a0Einw./km² im Jahr', textWidth('1.234,5\u00a0Einw./km²', size) + 1, size);
    expect(lines).toEqual(['Wert', '1.234,5\u00a0Einw./km²', 'im Jahr']);
  });

  it('breaks a URL longer than a line after a slash and keeps every character', () => {
    const url = 'https://sgx.geodatenzentrum.de/web_public/gdz/datenquellen/datenquellen_vg_nuts.pdf';
    const lines = wrapText(`Datenquellen: ${url}`, 120, size);
    for (const line of lines) expect(textWidth(line, size)).toBeLessThanOrEqual(120);
    expect(lines.join('')).toBe(`Datenquellen:${url}`);
    expect(lines[0]).toBe('Datenquellen:');
    expect(lines.filter((l) => l.endsWith('/')).length).toBeGreaterThan(0);
  });

  it('hard-breaks a word without break points and always advances', () => {
    const lines = wrapText('x'.repeat(50), 20, size);
    expect(lines.join('')).toBe('x'.repeat(50));
    expect(wrapText('W', 1, size)).toEqual(['W']);
  });

  it('honours explicit newlines', () => {
    expect(wrapText('a\nb', 500, size)).toEqual(['a', 'b']);
  });
});
