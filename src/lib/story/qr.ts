// QR codes made in the browser (no network): a module matrix drawn as one SVG path.
import qrcode from 'qrcode-generator';

export interface QrShape {
  /** Modules per side, without the quiet zone. */
  size: number;
  /** One path of all dark modules, in module units; draw it in viewBox "-4 -4 size+8 size+8". */
  d: string;
}

/** Error correction M (15 %): survives glare on a projected code and keeps links of ~300 chars small. */
export function qrShape(text: string): QrShape {
  const qr = qrcode(0, 'M');
  // Links are ASCII (percent-encoded); the byte mode reads them as they are.
  qr.addData(text, 'Byte');
  qr.make();
  const size = qr.getModuleCount();
  const parts: string[] = [];
  for (let y = 0; y < size; y++) {
    let x = 0;
    while (x < size) {
      if (!qr.isDark(y, x)) {
        x++;
        continue;
      }
      const start = x;
      while (x < size && qr.isDark(y, x)) x++;
      parts.push(`M${start} ${y}h${x - start}v1h${start - x}z`);
    }
  }
  return { size, d: parts.join('') };
}

/** Dark modules as a matrix (tests and a reader that wants cells). */
export function qrMatrix(text: string): boolean[][] {
  const qr = qrcode(0, 'M');
  qr.addData(text, 'Byte');
  qr.make();
  const n = qr.getModuleCount();
  return Array.from({ length: n }, (_, y) => Array.from({ length: n }, (_, x) => qr.isDark(y, x)));
}
