// Keys of a presentation. Presenter remotes send → ← PageUp PageDown (some Space, Home, End).

export type StoryCommand = 'next' | 'prev' | 'first' | 'last' | 'escape' | 'fullscreen';

export interface KeyInput {
  key: string;
  ctrlKey?: boolean;
  altKey?: boolean;
  metaKey?: boolean;
  /** A control already used the key (e.g. arrows moving between map regions). */
  defaultPrevented?: boolean;
}

/** What kind of element has the focus: text-like controls keep every key, buttons keep Space/Enter. */
export type FocusKind = 'text' | 'button' | 'other';

const KEYS: Record<string, StoryCommand> = {
  ArrowRight: 'next',
  PageDown: 'next',
  ' ': 'next',
  ArrowLeft: 'prev',
  PageUp: 'prev',
  Home: 'first',
  End: 'last',
  Escape: 'escape',
  f: 'fullscreen',
  F: 'fullscreen',
};

export function commandFor(e: KeyInput, focus: FocusKind): StoryCommand | null {
  if (e.ctrlKey || e.altKey || e.metaKey || e.defaultPrevented) return null;
  if (focus === 'text') return null;
  if (focus === 'button' && (e.key === ' ' || e.key === 'Enter')) return null;
  return KEYS[e.key] ?? null;
}

/** Classifies the focused element (the event target). */
export function focusKind(el: Element | null): FocusKind {
  if (!el) return 'other';
  const tag = el.tagName.toLowerCase();
  if (tag === 'input' || tag === 'select' || tag === 'textarea' || (el as HTMLElement).isContentEditable) return 'text';
  if (tag === 'button' || tag === 'a' || tag === 'summary' || el.getAttribute('role') === 'button') return 'button';
  return 'other';
}
