// Shared helpers for the importer tests: the staged raw files (../shared), fixtures, a temporary copy of data/, checksums.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';

export { copyData, removeDir, ROOT, tempDir } from '../pipeline/helpers.ts';
import { ROOT } from '../pipeline/helpers.ts';

export const FIXTURES = join(ROOT, 'tests/fixtures/import');

/**
 * The staged official files: `$ATLAS_SHARED_DIR/data/stats/raw`, else `../shared/data/stats/raw` relative to the
 * project root (a worktree one level deeper: `../../shared`). Fails with the paths tried.
 */
export function sharedRaw(): string {
  const candidates = process.env.ATLAS_SHARED_DIR
    ? [resolve(process.env.ATLAS_SHARED_DIR)]
    : [resolve(ROOT, '../shared'), resolve(ROOT, '../../shared')];
  const found = candidates.map((c) => join(c, 'data/stats/raw')).find((p) => existsSync(p));
  if (!found) {
    throw new Error(
      `Die amtlichen Rohdateien fehlen: erwartet unter ${candidates.map((c) => join(c, 'data/stats/raw')).join(' oder ')} (ATLAS_SHARED_DIR setzt den shared-Ordner)`,
    );
  }
  return found;
}

export async function input(path: string, name = path.split('/').pop()!): Promise<{ name: string; bytes: Uint8Array }> {
  return { name, bytes: await readFile(path) };
}

export const fixture = (rel: string) => join(FIXTURES, rel);

/** SHA-256 of every file under `dir` (relative path → hash), to prove that nothing was written. */
export async function checksums(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  const walk = async (d: string): Promise<void> => {
    for (const e of await readdir(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) await walk(p);
      else
        out[relative(dir, p)] = createHash('sha256')
          .update(await readFile(p))
          .digest('hex');
    }
  };
  await walk(dir);
  return out;
}
