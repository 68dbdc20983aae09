// The presenter's draft in the browser's storage. Every access is guarded: blocked storage
// (SecurityError), a full quota or a damaged entry never throws, and what happened is returned so
// the builder can say it. A stored draft is checked with the same structure as story files; one
// that does not fit (damaged, or written by a newer version) is kept under a backup key.
import { DraftStory, type Story } from './schema.ts';

export const DRAFT_KEY = 'digitalatlas-hessen:story-draft';
export const BACKUP_KEY = 'digitalatlas-hessen:story-draft:unreadable';

/** The page's localStorage, or null when the browser blocks it (never throws). */
export function browserStorage(): Storage | null {
  try {
    const s = globalThis.localStorage;
    if (!s) return null;
    s.getItem(DRAFT_KEY);
    return s;
  } catch {
    return null;
  }
}

export type StoredDraft =
  | { kind: 'none' }
  | { kind: 'ok'; draft: Story; raw: string }
  /** Cannot be read as a draft; `raw` is the stored text, kept for download. */
  | { kind: 'unreadable'; raw: string };

/** Reads and checks the stored draft. */
export function readDraft(storage: Storage): StoredDraft {
  let raw: string | null;
  try {
    raw = storage.getItem(DRAFT_KEY);
  } catch {
    return { kind: 'none' };
  }
  if (raw === null || raw === '') return { kind: 'none' };
  return parseDraft(raw);
}

export function parseDraft(raw: string): StoredDraft {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { kind: 'unreadable', raw };
  }
  const r = DraftStory.safeParse(json);
  return r.success ? { kind: 'ok', draft: r.data, raw } : { kind: 'unreadable', raw };
}

/** The stored text of the draft, or null (none, or storage failing). */
export function storedRaw(storage: Storage): string | null {
  try {
    return storage.getItem(DRAFT_KEY);
  } catch {
    return null;
  }
}

/** Saves the draft; returns the text written, or null when the browser refused (quota, blocked). */
export function writeDraft(storage: Storage, draft: Story): string | null {
  const raw = JSON.stringify(draft);
  try {
    storage.setItem(DRAFT_KEY, raw);
    return raw;
  } catch {
    return null;
  }
}

/** Keeps an unreadable draft under the backup key; false when that failed too. */
export function keepBackup(storage: Storage, raw: string): boolean {
  try {
    if (storage.getItem(BACKUP_KEY) !== raw) storage.setItem(BACKUP_KEY, raw);
    return true;
  } catch {
    return false;
  }
}

/** The kept unreadable draft, if any. */
export function readBackup(storage: Storage): string | null {
  try {
    return storage.getItem(BACKUP_KEY);
  } catch {
    return null;
  }
}

export function dropBackup(storage: Storage): void {
  try {
    storage.removeItem(BACKUP_KEY);
  } catch {
    // Nothing to do: the entry stays.
  }
}
