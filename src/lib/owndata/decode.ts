// Bytes → text as planners' files really are: UTF-8 (with or without BOM), UTF-16 from Excel's
// "Unicode text", else Windows-1252 — decoded strictly, so a wrong guess never shows as mojibake.
import { ImportError } from './errors.ts';

export type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';

const startsWith = (b: Uint8Array, sig: number[]) => sig.every((x, i) => b[i] === x);

/** Known binary formats by their first bytes; the message names the format. */
export function sniffBinary(bytes: Uint8Array): 'xlsx' | 'xls' | 'pdf' | 'image' | 'archive' | 'binary' | null {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return 'xlsx'; // a ZIP: XLSX if it holds a workbook
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) return 'xls';
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return 'pdf';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47]) || startsWith(bytes, [0xff, 0xd8, 0xff]) || startsWith(bytes, [0x47, 0x49, 0x46]))
    return 'image';
  if (startsWith(bytes, [0x1f, 0x8b]) || startsWith(bytes, [0x37, 0x7a, 0xbc, 0xaf]) || startsWith(bytes, [0x52, 0x61, 0x72, 0x21]))
    return 'archive';
  const utf16 = startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff]);
  if (!utf16) {
    // Text files have no NUL bytes and few control characters.
    const head = bytes.subarray(0, 8192);
    let control = 0;
    for (const b of head) {
      if (b === 0) return 'binary';
      if (b < 9 || (b > 13 && b < 32 && b !== 26)) control++;
    }
    if (head.length && control / head.length > 0.05) return 'binary';
  }
  return null;
}

/** Decodes a text file; throws ImportError('empty'|'binary'|…) for what is not text. */
export function decodeText(bytes: Uint8Array): { text: string; encoding: Encoding } {
  if (bytes.length === 0) throw new ImportError('empty');
  const kind = sniffBinary(bytes);
  if (kind === 'xlsx') throw new ImportError('xlsxBroken');
  if (kind) throw new ImportError(kind);
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return { text: strict('utf-8', bytes.subarray(3)), encoding: 'utf-8-bom' };
  if (startsWith(bytes, [0xff, 0xfe])) return { text: strict('utf-16le', bytes.subarray(2)), encoding: 'utf-16le' };
  if (startsWith(bytes, [0xfe, 0xff])) return { text: strict('utf-16be', bytes.subarray(2)), encoding: 'utf-16be' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // Not valid UTF-8: the other encoding German Excel writes. (Every byte is defined in 1252 as the WHATWG decoder maps it.)
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}

function strict(label: string, bytes: Uint8Array): string {
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    throw new ImportError('binary');
  }
}
