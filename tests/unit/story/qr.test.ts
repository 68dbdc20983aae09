import { describe, expect, it } from 'vitest';
import { qrMatrix, qrShape } from '../../../src/lib/story/qr.ts';

const link = 'https://atlas.example/hessen/?i=bb_alle_1000&t=2018-12&k=manual&g=20~40~60~80&lang=en';

describe('QR code of a step link', () => {
  it('is a square code with the three finder patterns', () => {
    const m = qrMatrix(link);
    const n = m.length;
    expect(n).toBeGreaterThanOrEqual(21);
    expect((n - 17) % 4).toBe(0); // sizes of QR versions: 21, 25, 29, …
    expect(m.every((row) => row.length === n)).toBe(true);
    // A finder pattern: dark 7×7 ring, light ring, dark 3×3 centre.
    const finder = (x0: number, y0: number) => {
      for (let y = 0; y < 7; y++)
        for (let x = 0; x < 7; x++) {
          const ring = Math.max(Math.abs(x - 3), Math.abs(y - 3));
          expect(m[y0 + y]![x0 + x], `${x0 + x},${y0 + y}`).toBe(ring !== 2);
        }
    };
    finder(0, 0);
    finder(n - 7, 0);
    finder(0, n - 7);
  });

  it('draws exactly the dark modules as one path', () => {
    const m = qrMatrix(link);
    const { size, d } = qrShape(link);
    expect(size).toBe(m.length);
    const area = [...d.matchAll(/h(\d+)/g)].reduce((s, x) => s + Number(x[1]), 0);
    expect(area).toBe(m.flat().filter(Boolean).length);
  });

  it('differs for different links and is stable for the same one', () => {
    expect(qrShape(link).d).toBe(qrShape(link).d);
    expect(qrShape(`${link}&s=06611`).d).not.toBe(qrShape(link).d);
  });
});
