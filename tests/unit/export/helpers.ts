// Test helpers: a strict-enough XML well-formedness check and a tiny ZIP reader (Node zlib).
import { inflateRawSync } from 'node:zlib';

const ENTITY = /&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/g;
const NAME = /^[A-Za-z_][\w.:-]*$/;

/**
 * Throws unless `xml` is well-formed: one root element, balanced and properly nested tags,
 * quoted and unique attributes, no raw "<" or stray "&" in text or attribute values.
 */
export function assertWellFormedXml(xml: string): void {
  const stack: string[] = [];
  let roots = 0;
  let i = 0;
  const checkText = (text: string, where: string) => {
    if (text.replace(ENTITY, '').includes('&')) throw new Error(`unescaped & in ${where}: ${text.slice(0, 80)}`);
    if (text.includes('<')) throw new Error(`raw < in ${where}`);
  };
  while (i < xml.length) {
    const lt = xml.indexOf('<', i);
    const text = xml.slice(i, lt < 0 ? xml.length : lt);
    if (text.trim() && stack.length === 0) throw new Error(`text outside the root: ${text.slice(0, 40)}`);
    checkText(text, 'text');
    if (lt < 0) break;
    if (xml.startsWith('<?', lt)) {
      const end = xml.indexOf('?>', lt);
      if (end < 0 || (lt !== 0 && xml.startsWith('<?xml', lt))) throw new Error('bad processing instruction');
      i = end + 2;
      continue;
    }
    if (xml.startsWith('<!--', lt)) {
      const end = xml.indexOf('-->', lt);
      if (end < 0) throw new Error('unclosed comment');
      i = end + 3;
      continue;
    }
    const gt = xml.indexOf('>', lt);
    if (gt < 0) throw new Error('unclosed tag');
    const tag = xml.slice(lt + 1, gt);
    if (tag.startsWith('/')) {
      const name = tag.slice(1).trim();
      const open = stack.pop();
      if (open !== name) throw new Error(`</${name}> closes <${open}>`);
    } else {
      const selfClosing = tag.endsWith('/');
      const body = selfClosing ? tag.slice(0, -1) : tag;
      const m = /^([^\s]+)([\s\S]*)$/.exec(body);
      if (!m || !NAME.test(m[1]!)) throw new Error(`bad tag <${tag.slice(0, 40)}>`);
      const attrs = m[2]!;
      const seen = new Set<string>();
      const rest = attrs.replace(/\s+([A-Za-z_][\w.:-]*)\s*=\s*("([^"]*)"|'([^']*)')/g, (_, name: string, _q, dq?: string, sq?: string) => {
        if (seen.has(name)) throw new Error(`duplicate attribute ${name} on <${m[1]}>`);
        seen.add(name);
        checkText(dq ?? sq ?? '', `attribute ${name}`);
        return '';
      });
      if (rest.trim()) throw new Error(`bad attributes on <${m[1]}>: ${rest.slice(0, 40)}`);
      if (stack.length === 0 && ++roots > 1) throw new Error('more than one root element');
      if (!selfClosing) stack.push(m[1]!);
    }
    i = gt + 1;
  }
  if (stack.length) throw new Error(`unclosed <${stack.at(-1)}>`);
  if (roots !== 1) throw new Error('no root element');
}

/** Entries of a ZIP archive (stored or deflated), name → bytes. */
export function unzip(bytes: Uint8Array): Map<string, Buffer> {
  const buf = Buffer.from(bytes);
  const eocd = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0) throw new Error('not a zip: no end of central directory');
  const count = buf.readUInt16LE(eocd + 10);
  let off = buf.readUInt32LE(eocd + 16);
  const out = new Map<string, Buffer>();
  for (let k = 0; k < count; k++) {
    if (buf.readUInt32LE(off) !== 0x02014b50) throw new Error('bad central directory entry');
    const method = buf.readUInt16LE(off + 10);
    const size = buf.readUInt32LE(off + 20);
    const [nameLen, extraLen, commentLen] = [buf.readUInt16LE(off + 28), buf.readUInt16LE(off + 30), buf.readUInt16LE(off + 32)];
    const local = buf.readUInt32LE(off + 42);
    const name = buf.toString('utf8', off + 46, off + 46 + nameLen);
    if (buf.readUInt32LE(local) !== 0x04034b50) throw new Error(`bad local header for ${name}`);
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const data = buf.subarray(start, start + size);
    out.set(name, method === 8 ? inflateRawSync(data) : Buffer.from(data));
    off += 46 + nameLen + extraLen + commentLen;
  }
  return out;
}
