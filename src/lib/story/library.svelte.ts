// The stories the atlas knows: the shipped ones (bundled JSON, so they work offline; read-only) and
// one draft the presenter builds in the browser (kept in memory and in localStorage). All tabs
// share the stored draft: a change in one tab reaches the others (storage events), and every
// change starts from the latest stored draft, so two tabs never overwrite each other's steps.
import { STORY_FORMAT, STORY_VERSION, type Step, type Story } from './schema.ts';
import { browserStorage, dropBackup, keepBackup, readBackup, readDraft, storedRaw, writeDraft, DRAFT_KEY } from './draft-store.ts';

const files = import.meta.glob<unknown>('../../stories/*.json', { eager: true, import: 'default' });

/** Shipped stories as in their files (validated when played and in the unit tests). */
export const SHIPPED: readonly unknown[] = Object.keys(files)
  .sort()
  .map((k) => files[k]);

export function shippedId(s: unknown): string | null {
  return typeof s === 'object' && s !== null && typeof (s as { id?: unknown }).id === 'string' ? (s as { id: string }).id : null;
}

export const DRAFT_ID = 'eigene-praesentation';

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

/** Whether a draft holds anything a presenter would miss. */
export function hasContent(d: Story): boolean {
  return d.steps.length > 0 || d.title.de.trim() !== '' || d.title.en.trim() !== '';
}

/**
 * Where the draft is kept: "saved" in this browser, "failed" (the browser refused, e.g. storage
 * full), "unavailable" (storage blocked), "pending" before the first save.
 */
export type SaveState = 'pending' | 'saved' | 'failed' | 'unavailable';

class StoryLibrary {
  /** The presenter's story; texts may be empty while editing (checked on play and download). */
  draft = $state<Story>(emptyDraft());
  saveState = $state<SaveState>('pending');
  /** The draft before the last replace or discard, for "undo". */
  previous = $state<Story | null>(null);
  /** Text of a stored draft that could not be read (kept under the backup key; offered for download). */
  unreadable = $state<string | null>(null);
  /** The draft was changed in another tab and taken over here. */
  updatedElsewhere = $state(false);
  #restored = false;
  #storage: Storage | null = null;
  /** What this tab last read or wrote; anything else in storage came from another tab. */
  #lastRaw: string | null = null;
  /** Storage holds an unreadable draft whose backup failed: never overwrite it. */
  #protect = false;

  /** A shipped story (raw JSON) or the draft with this id. */
  find(id: string): unknown {
    return SHIPPED.find((s) => shippedId(s) === id) ?? (id === this.draft.id ? $state.snapshot(this.draft) : undefined);
  }

  /** Reads the draft saved in this browser (once; not on the server). Never throws. */
  restore(): void {
    if (this.#restored || typeof window === 'undefined') return;
    this.#restored = true;
    this.#storage = browserStorage();
    if (!this.#storage) {
      this.saveState = 'unavailable';
      return;
    }
    this.unreadable = readBackup(this.#storage);
    this.#load();
    addEventListener('storage', (e) => {
      if (e.key !== DRAFT_KEY && e.key !== null) return;
      if (this.#load()) this.updatedElsewhere = true;
    });
  }

  /** Takes the stored draft if it differs from what this tab knows; true when it changed. */
  #load(): boolean {
    const storage = this.#storage;
    if (!storage) return false;
    const raw = storedRaw(storage);
    if (raw === this.#lastRaw) return false;
    this.#lastRaw = raw;
    const r = readDraft(storage);
    if (r.kind === 'ok') {
      this.draft = r.draft;
      this.saveState = 'saved';
      return true;
    }
    if (r.kind === 'unreadable') {
      this.unreadable = r.raw;
      this.#protect = !keepBackup(storage, r.raw);
      if (this.#protect) this.saveState = 'failed';
      return false;
    }
    if (hasContent(this.draft)) {
      // Cleared elsewhere (or by the browser): this tab's draft is kept and saved again.
      this.save();
      return false;
    }
    return false;
  }

  /** Before a change: start from the latest stored draft (another tab may have written). */
  #sync(): void {
    if (this.#storage && storedRaw(this.#storage) !== this.#lastRaw && this.#load()) this.updatedElsewhere = true;
  }

  save(): void {
    if (!this.#storage) {
      this.saveState = 'unavailable';
      return;
    }
    if (this.#protect) {
      this.saveState = 'failed';
      return;
    }
    const raw = writeDraft(this.#storage, $state.snapshot(this.draft));
    if (raw === null) this.saveState = 'failed';
    else {
      this.#lastRaw = raw;
      this.saveState = 'saved';
    }
  }

  /** Replaces the draft (an uploaded file, a template); the old one stays for undo. */
  replace(story: Story): void {
    this.#sync();
    this.previous = hasContent(this.draft) ? $state.snapshot(this.draft) : null;
    this.draft = { ...story, id: ownId(story.id) };
    this.save();
  }

  /** Brings back the draft from before the last replace or discard. */
  undo(): void {
    if (!this.previous) return;
    this.draft = this.previous;
    this.previous = null;
    this.save();
  }

  addStep(step: Step): void {
    this.#sync();
    this.draft.steps.push(step);
    this.save();
  }

  moveStep(i: number, by: -1 | 1): void {
    this.#sync();
    const steps = this.draft.steps;
    const j = i + by;
    if (j < 0 || j >= steps.length) return;
    [steps[i], steps[j]] = [steps[j]!, steps[i]!];
    this.save();
  }

  removeStep(i: number): void {
    this.#sync();
    this.draft.steps.splice(i, 1);
    this.save();
  }

  clear(): void {
    this.#sync();
    this.previous = hasContent(this.draft) ? $state.snapshot(this.draft) : null;
    this.draft = emptyDraft();
    this.save();
  }

  /** Forgets the kept unreadable draft (after the presenter downloaded or dismissed it). */
  dropUnreadable(): void {
    if (this.#storage) dropBackup(this.#storage);
    this.unreadable = null;
    if (this.#protect) {
      this.#protect = false;
      this.save();
    }
  }
}

export const library = new StoryLibrary();
