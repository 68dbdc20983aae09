// The real catalogue and regions of the built data, for story tests.
import { readFileSync } from 'node:fs';
import { Boot } from '../../../src/lib/data/boot.ts';
import type { StoryContext } from '../../../src/lib/story/validate.ts';

export function loadContext(): StoryContext & { boot: Boot } {
  const boot = Boot.parse(JSON.parse(readFileSync('public/data/boot.json', 'utf8')));
  return { boot, catalogue: boot.catalogue, regions: new Map(boot.regions.map((r) => [r.ags, r])) };
}

export function shippedStory(): unknown {
  return JSON.parse(readFileSync('src/stories/hessen-in-sechs-karten.json', 'utf8'));
}

/** A new draft as the builder starts it (texts empty, no steps). */
export function emptyDraftValue(): unknown {
  return { format: 'digitalatlas-hessen/story', version: 1, id: 'eigene-praesentation', title: { de: '', en: '' }, steps: [] };
}
