// Build step: brotli and gzip copies next to every compressible file of dist/ (`x.js.br`,
// `x.js.gz`), made once with Node's zlib, so `npm start` (sirv) and any static host serve the
// 34 MB DuckDB engine and the tables compressed without compressing on each request.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { promisify } from 'node:util';

const COMPRESSIBLE = /\.(html|js|css|svg|json|arrow|wasm|webmanifest|csv)$/;
const br = promisify(brotliCompress);
const gz = promisify(gzip);

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

export async function precompress(dist: string): Promise<{ files: number; bytes: number; brotliBytes: number }> {
  let bytes = 0;
  let brotliBytes = 0;
  const list = files(dist).filter((f) => COMPRESSIBLE.test(f) && statSync(f).size > 512);
  for (const file of list) {
    const body = readFileSync(file);
    // Quality 11 for what the first view needs; the large engine at 6 (seconds, not minutes, to build).
    const quality = body.length > 4_000_000 ? 6 : 11;
    const [b, g] = await Promise.all([
      br(body, { params: { [constants.BROTLI_PARAM_QUALITY]: quality, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } }),
      gz(body, { level: 9 }),
    ]);
    writeFileSync(`${file}.br`, b);
    writeFileSync(`${file}.gz`, g);
    bytes += body.length;
    brotliBytes += b.length;
  }
  return { files: list.length, bytes, brotliBytes };
}
