// A stored draft never throws when read: damaged values, other versions and failing storage are
// reported, an unreadable draft is kept under the backup key (issue 12.11, 12.12).
import { describe, expect, it } from 'vitest';
import { BACKUP_KEY, DRAFT_KEY, keepBackup, parseDraft, readDraft, writeDraft } from '../../../src/lib/story/draft-store.ts';
import { DraftStory } from '../../../src/lib/story/schema.ts';
import { emptyDraftValue, shippedStory } from './context.ts';

/** Storage as the Web Storage API specifies it (string values, null for a missing key). */
class MemoryStorage implements Storage {
  #m = new Map<string, string>();
  failWrites = false;
  get length() {
    return this.#m.size;
  }
  clear() {
    this.#m.clear();
  }
  getItem(k: string) {
    return this.#m.get(k) ?? null;
  }
  key(i: number) {
    return [...this.#m.keys()][i] ?? null;
  }
  removeItem(k: string) {
    this.#m.delete(k);
  }
  setItem(k: string, v: string) {
    if (this.failWrites) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.#m.set(k, String(v));
  }
}

const good = shippedStory() as Record<string, unknown>;
const withStep = (f: (s: any) => void) => {
  const s = structuredClone(good) as any;
  f(s);
  return JSON.stringify(s);
};

const CORRUPT: string[] = [
  '{',
  'null',
  '42',
  '"text"',
  '[]',
  '{}',
  JSON.stringify({ ...good, version: 2 }),
  JSON.stringify({ ...good, version: 99, steps: 'future layout' }),
  JSON.stringify({ ...good, format: 'other' }),
  JSON.stringify({ ...good, steps: null }),
  JSON.stringify({ ...good, steps: [null] }),
  JSON.stringify({ ...good, steps: {} }),
  JSON.stringify({ ...good, title: 'Titel' }),
  JSON.stringify({ ...good, title: null }),
  JSON.stringify({ ...good, id: 'Nicht erlaubt!' }),
  withStep((s) => (s.steps[0].view = null)),
  withStep((s) => (s.steps[0].headline = { de: 1, en: 2 })),
  withStep((s) => (s.steps[0].view.level = 'dorf')),
  withStep((s) => (s.steps[0].view.highlight = 'all')),
  withStep((s) => (s.steps[1].view.classes = { method: 'magic' })),
  withStep((s) => (s.steps[2].newField = true)),
];

describe('stored drafts', () => {
  it('a saved draft comes back as it was; an empty or one-language draft too', () => {
    const st = new MemoryStorage();
    for (const draft of [good, emptyDraftValue()]) {
      expect(writeDraft(st, draft as never)).not.toBeNull();
      const r = readDraft(st);
      expect(r.kind).toBe('ok');
      if (r.kind === 'ok') expect(r.draft).toEqual(DraftStory.parse(draft));
    }
  });
  it(`${CORRUPT.length} damaged or future-version values: none throws, each is unreadable`, () => {
    expect(CORRUPT).toHaveLength(21);
    for (const raw of CORRUPT) {
      const st = new MemoryStorage();
      st.setItem(DRAFT_KEY, raw);
      const r = readDraft(st);
      expect(r.kind, raw.slice(0, 80)).toBe('unreadable');
      expect(keepBackup(st, raw)).toBe(true);
      expect(st.getItem(BACKUP_KEY)).toBe(raw);
    }
  });
  it('storage that refuses: writes report failure instead of throwing', () => {
    const st = new MemoryStorage();
    st.failWrites = true;
    expect(writeDraft(st, good as never)).toBeNull();
    expect(keepBackup(st, '{')).toBe(false);
    const blocked = {
      getItem() {
        throw new DOMException('Access is denied', 'SecurityError');
      },
    } as unknown as Storage;
    expect(readDraft(blocked)).toEqual({ kind: 'none' });
    expect(parseDraft('{').kind).toBe('unreadable');
  });
});
