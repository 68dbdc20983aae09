// Dev server helper: build the data only if public/data is missing or older than data/.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { buildAll, DATA_DIR, OUT_DIR } from './build.ts';

function newest(dir: string): number {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

const marker = join(OUT_DIR, 'boot.json');
if (!existsSync(marker) || statSync(marker).mtimeMs < newest(DATA_DIR)) {
  await buildAll();
}
