import { describe, expect, it } from 'vitest';
import { crc32, deflateSync } from 'node:zlib';
import { exportFilename, slugPart, withPixelSize, withPngDpi } from '../../../src/lib/export/png.ts';

describe('exportFilename', () => {
  it('joins the parts after "digitalatlas-hessen" with underscores', () => {
    expect(exportFilename(['bb_alle_1000', '2021-06', 'gemeinde'], 'png')).toBe('digitalatlas-hessen_bb_alle_1000_2021-06_gemeinde.png');
  });
  it('is ASCII-safe: umlauts transliterated, accents dropped, anything else a hyphen', () => {
    expect(slugPart('Bevölkerung Über 65 (Männer)/Größe')).toBe('bevoelkerung-ueber-65-maenner-groesse');
    expect(slugPart('Café 16:9')).toBe('cafe-16-9');
    expect(exportFilename(['Stadt–Land-Gefälle', '', '  '], 'CSV')).toBe('digitalatlas-hessen_stadt-land-gefaelle.csv');
    expect(exportFilename(['../../etc/passwd'], 'svg')).toBe('digitalatlas-hessen_etc-passwd.svg');
  });
});

describe('withPixelSize', () => {
  it('replaces the root width and height only', () => {
    const svg =
      '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="297mm" height="210mm" viewBox="0 0 2970 2100"><rect width="5" height="5"/></svg>';
    expect(withPixelSize(svg, 3508, 2480)).toBe(svg.replace('width="297mm" height="210mm"', 'width="3508" height="2480"'));
  });
});

function chunk(type: string, data: Uint8Array): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** A valid 1×1 white PNG. */
function tinyPng(): Uint8Array {
  const ihdr = Buffer.from([0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0]);
  const idat = deflateSync(Buffer.from([0, 255, 255, 255]));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', idat),
    chunk('IEND', new Uint8Array()),
  ]);
}

function chunks(png: Uint8Array): { type: string; data: Buffer; crcOk: boolean }[] {
  const b = Buffer.from(png);
  const out = [];
  for (let off = 8; off < b.length;) {
    const len = b.readUInt32BE(off);
    const type = b.toString('latin1', off + 4, off + 8);
    const data = b.subarray(off + 8, off + 8 + len);
    out.push({ type, data, crcOk: b.readUInt32BE(off + 8 + len) === crc32(b.subarray(off + 4, off + 8 + len)) });
    off += 12 + len;
  }
  return out;
}

describe('withPngDpi', () => {
  it('adds a pHYs chunk after IHDR with pixels per metre and a valid CRC', () => {
    const out = chunks(withPngDpi(tinyPng(), 300));
    expect(out.map((c) => c.type)).toEqual(['IHDR', 'pHYs', 'IDAT', 'IEND']);
    const phys = out[1]!;
    expect(phys.crcOk).toBe(true);
    expect(phys.data.readUInt32BE(0)).toBe(11811); // 300 dpi
    expect(phys.data.readUInt32BE(4)).toBe(11811);
    expect(phys.data[8]).toBe(1);
  });

  it('replaces an existing pHYs chunk and rejects what is not a PNG', () => {
    const twice = chunks(withPngDpi(withPngDpi(tinyPng(), 96), 144));
    expect(twice.filter((c) => c.type === 'pHYs')).toHaveLength(1);
    expect(twice.find((c) => c.type === 'pHYs')!.data.readUInt32BE(0)).toBe(5669);
    expect(() => withPngDpi(new Uint8Array(40), 300)).toThrow();
  });
});
