// The page side of the start-up script (scripts/early.ts): input kept before hydration is
// replayed on the hydrated page, and the "Der Atlas startet …" notice goes away.
interface EarlyInput {
  el: Element;
  type: 'click' | 'change';
  value?: string;
  x: number;
  y: number;
}

type EarlyWindow = Window & { __atlasEarly?: EarlyInput[]; __atlasHydrated?: boolean };

export function replayEarlyInput(): void {
  const w = window as EarlyWindow;
  const queue = w.__atlasEarly ?? [];
  w.__atlasEarly = [];
  for (const input of queue) {
    // Hydration keeps the prerendered elements, so the element clicked is still the one on screen.
    if (!input.el.isConnected) continue;
    if (input.type === 'change' && (input.el instanceof HTMLSelectElement || input.el instanceof HTMLInputElement)) {
      if (input.value !== undefined) input.el.value = input.value;
      input.el.dispatchEvent(new Event('input', { bubbles: true }));
      input.el.dispatchEvent(new Event('change', { bubbles: true }));
    } else {
      input.el.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, clientX: input.x, clientY: input.y }));
    }
  }
}

/** From now on the page's own handlers take the input (call right after hydration). */
export function startingDone(): void {
  (window as EarlyWindow).__atlasHydrated = true;
  // Started (or failed with its own message): the start-up notice goes.
  document.getElementById('atlas-starting')?.remove();
}
