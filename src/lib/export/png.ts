// Rasterising an export SVG to PNG in the browser, downloading files, and safe file names.
// `svgToPngBlob` and `downloadBlob` need a DOM; the other functions are pure.

/** The SVG document with its root width/height set to pixels, so it rasterises at that size. */
export function withPixelSize(svg: string, width: number, height: number): string {
  return svg.replace(/<svg\b[^>]*>/, (tag) =>
    tag.replace(/\swidth="[^"]*"/, ` width="${width}"`).replace(/\sheight="[^"]*"/, ` height="${height}"`),
  );
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/**
 * The PNG with a pHYs chunk declaring `dpi`, so Word or PowerPoint place it at its intended size
 * (A4 at 300 dpi, the slide at 144 dpi). Any existing pHYs chunk is replaced.
 */
export function withPngDpi(png: Uint8Array, dpi: number): Uint8Array<ArrayBuffer> {
  const SIGNATURE = 8;
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  if (png.length < SIGNATURE + 25 || view.getUint32(0) !== 0x89504e47) throw new Error('not a PNG');
  const chunks: Uint8Array[] = [];
  let offset = SIGNATURE;
  let ihdrEnd = -1;
  while (offset + 8 <= png.length) {
    const length = view.getUint32(offset);
    const type = String.fromCharCode(...png.subarray(offset + 4, offset + 8));
    const end = offset + 12 + length;
    if (type !== 'pHYs') chunks.push(png.subarray(offset, end));
    if (type === 'IHDR') ihdrEnd = chunks.length;
    offset = end;
  }
  if (ihdrEnd < 0) throw new Error('PNG without IHDR');
  const ppm = Math.round(dpi / 0.0254);
  const phys = new Uint8Array(21);
  const pv = new DataView(phys.buffer);
  pv.setUint32(0, 9);
  phys.set([0x70, 0x48, 0x59, 0x73], 4); // "pHYs"
  pv.setUint32(8, ppm);
  pv.setUint32(12, ppm);
  phys[16] = 1; // unit: metre
  pv.setUint32(17, crc32(phys.subarray(4, 17)));
  chunks.splice(ihdrEnd, 0, phys);
  const out = new Uint8Array(SIGNATURE + chunks.reduce((s, c) => s + c.length, 0));
  out.set(png.subarray(0, SIGNATURE));
  let at = SIGNATURE;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/**
 * Rasterises an SVG document to a PNG of `width` × `height` pixels on a white background.
 * The SVG must be self-contained (no external references); it is loaded from a data: URL, so
 * nothing touches the network. With `dpi`, the PNG declares that resolution.
 */
export async function svgToPngBlob(svg: string, width: number, height: number, dpi?: number): Promise<Blob> {
  // Fonts of an SVG image are the system's; waiting for the page's fonts keeps the first export
  // from racing a font the page is still loading.
  await document.fonts?.ready;
  const img = new Image(width, height);
  img.decoding = 'async';
  img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(withPixelSize(svg, width, height))}`;
  await img.decode();
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('canvas 2D context unavailable');
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, width, height);
  ctx.drawImage(img, 0, 0, width, height);
  const blob = await new Promise<Blob>((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'),
  );
  if (dpi === undefined) return blob;
  const bytes = withPngDpi(new Uint8Array(await blob.arrayBuffer()), dpi);
  return new Blob([bytes], { type: 'image/png' });
}

/** Saves a blob under `filename` through a temporary link (the browser's download). */
export function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // Revoke later: some browsers start reading the URL only after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

const TRANSLITERATION: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', Ä: 'Ae', Ö: 'Oe', Ü: 'Ue', ß: 'ss', ẞ: 'SS' };

/** One file-name part: ASCII, lower case, umlauts transliterated, anything else as "-". */
export function slugPart(part: string): string {
  return part
    .replace(/[äöüÄÖÜßẞ]/g, (c) => TRANSLITERATION[c]!)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '');
}

/**
 * "digitalatlas-hessen_<part>_<part>….<ext>", e.g. exportFilename(['bb_alle_1000', '2021-06',
 * 'gemeinde'], 'png') → "digitalatlas-hessen_bb_alle_1000_2021-06_gemeinde.png". Empty parts are
 * dropped.
 */
export function exportFilename(parts: string[], ext: string): string {
  const slugs = parts.map(slugPart).filter(Boolean);
  return `${['digitalatlas-hessen', ...slugs].join('_')}.${slugPart(ext) || 'bin'}`;
}
