// Schemas built before zod is told to be jitless make it try `new Function`, which the pages'
// CSP reports as a violation; src/lib/zod.ts configures it, so every schema file imports from there.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';

const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));

it('no module in src imports zod except src/lib/zod.ts', () => {
  const direct = files('src')
    .filter((f) => /\.(ts|svelte)$/.test(f) && f !== join('src', 'lib', 'zod.ts'))
    .filter((f) => /^import\s+(?!type\b)[^;]*from\s+['"]zod(\/[^'"]*)?['"]/m.test(readFileSync(f, 'utf8')));
  expect(direct).toEqual([]);
});
