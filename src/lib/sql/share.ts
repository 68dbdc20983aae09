// The query in the link: deflate-raw (CompressionStream, no dependency) and base64url. Decoding
// never runs anything: the recipient sees the query and clicks "Ausführen".
const MAX_DECODED = 100_000;

/** Streams `bytes` through (de)compression; stops at `max` output bytes (a crafted link cannot blow up). */
async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream, max = Infinity): Promise<Uint8Array | null> {
  const reader = new Blob([bytes as BlobPart]).stream().pipeThrough(stream).getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > max) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

function toBase64Url(bytes: Uint8Array): string {
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  const b64 = text.replace(/-/g, '+').replace(/_/g, '/');
  const bin = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
  return Uint8Array.from(bin, (c) => c.charCodeAt(0));
}

/** SQL text → the value of the link's `sql` parameter. */
export async function encodeQuery(sql: string): Promise<string> {
  return toBase64Url((await pipe(new TextEncoder().encode(sql), new CompressionStream('deflate-raw')))!);
}

/** The link's `sql` parameter → SQL text; null if it is damaged (the page then says so). */
export async function decodeQuery(param: string): Promise<string | null> {
  try {
    if (!/^[A-Za-z0-9_-]+$/.test(param)) return null;
    const bytes = await pipe(fromBase64Url(param), new DecompressionStream('deflate-raw'), MAX_DECODED);
    if (!bytes) return null;
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}
