// The national data set is in the build's manifest (its downloads are checked) but never in the
// service worker's precache: a Hessen visitor does not download all of Germany for offline use.
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildManifest } from '../../../scripts/manifest.ts';
import { serviceWorker } from '../../../scripts/service-worker.ts';

describe('data sets in the build', () => {
  it('data/de/ is in the manifest, not in the precache; Hessen and gs2025 are in both', () => {
    const dist = mkdtempSync(join(tmpdir(), 'atlas-dist-'));
    for (const dir of ['data', 'data/gs2025', 'data/de', 'assets']) mkdirSync(join(dist, dir), { recursive: true });
    for (const f of ['data/boot.json', 'data/gs2025/boot.json', 'data/de/boot.json', 'data/de/geo.topo.json', 'index.html'])
      writeFileSync(join(dist, f), `{"file":"${f}"}`);
    const manifest = buildManifest(dist);
    expect(Object.keys(manifest.files).sort()).toEqual([
      'data/boot.json',
      'data/de/boot.json',
      'data/de/geo.topo.json',
      'data/gs2025/boot.json',
    ]);
    const { files } = serviceWorker(dist, manifest);
    expect(files).toEqual(['data/boot.json', 'data/gs2025/boot.json', 'index.html']);
    expect(readFileSync(join(dist, 'sw.js'), 'utf8')).not.toContain('data/de/');
  });
});
