// The stories the atlas knows: the shipped ones (bundled JSON, so they work offline; read-only) and
// one draft the presenter builds in the browser (kept in memory and in localStorage).
import { STORY_FORMAT, STORY_VERSION, type Step, type Story } from './schema.ts';

const files = import.meta.glob<unknown>('../../stories/*.json', { eager: true, import: 'default' });

/** Shipped stories as in their files (validated when played and in the unit tests). */
export const SHIPPED: readonly unknown[] = Object.keys(files)
  .sort()
  .map((k) => files[k]);

export function shippedId(s: unknown): string | null {
  return typeof s === 'object' && s !== null && typeof (s as { id?: unknown }).id === 'string' ? (s as { id: string }).id : null;
}

export const DRAFT_ID = 'eigene-praesentation';
const STORAGE_KEY = 'digitalatlas-hessen:story-draft';

export function emptyDraft(): Story {
  return { format: STORY_FORMAT, version: STORY_VERSION, id: DRAFT_ID, title: { de: '', en: '' }, steps: [] };
}

/** A custom story must not take the place of a shipped one. */
export function ownId(id: string): string {
  const taken = new Set(SHIPPED.map(shippedId));
  if (!taken.has(id)) return id;
  const base = `${id.slice(0, 50)}-eigene`;
  for (let i = 1; ; i++) {
    const candidate = i === 1 ? base : `${base}-${i}`;
    if (!taken.has(candidate)) return candidate;
  }
}

class StoryLibrary {
  /** The presenter's story; texts may be empty while editing (checked on play and download). */
  draft = $state<Story>(emptyDraft());
  #restored = false;

  /** A shipped story (raw JSON) or the draft with this id. */
  find(id: string): unknown {
    return SHIPPED.find((s) => shippedId(s) === id) ?? (id === this.draft.id ? $state.snapshot(this.draft) : undefined);
  }

  /** Reads the draft saved in this browser (once; not on the server). */
  restore(): void {
    if (this.#restored || typeof localStorage === 'undefined') return;
    this.#restored = true;
    try {
      const raw = localStorage.getItem(STORAGE_KEY);
      if (!raw) return;
      const saved = JSON.parse(raw) as Story;
      if (saved && saved.format === STORY_FORMAT && Array.isArray(saved.steps)) this.draft = saved;
    } catch {
      // A damaged entry is ignored; the next save replaces it.
    }
  }

  save(): void {
    if (typeof localStorage === 'undefined') return;
    try {
      localStorage.setItem(STORAGE_KEY, JSON.stringify($state.snapshot(this.draft)));
    } catch {
      // Storage full or blocked: the draft stays in memory.
    }
  }

  replace(story: Story): void {
    this.draft = { ...story, id: ownId(story.id) };
    this.save();
  }

  addStep(step: Step): void {
    this.draft.steps.push(step);
    this.save();
  }

  moveStep(i: number, by: -1 | 1): void {
    const steps = this.draft.steps;
    const j = i + by;
    if (j < 0 || j >= steps.length) return;
    [steps[i], steps[j]] = [steps[j]!, steps[i]!];
    this.save();
  }

  removeStep(i: number): void {
    this.draft.steps.splice(i, 1);
    this.save();
  }

  clear(): void {
    this.draft = emptyDraft();
    this.save();
  }
}

export const library = new StoryLibrary();
