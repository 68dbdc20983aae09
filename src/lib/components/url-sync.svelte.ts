// The view lives in the URL: each change is a history entry (playing only replaces it).
// Every same-document navigation makes Chromium reload the favicon (≈8 ms of main thread),
// so the URL is written just after the new view is painted, once per frame.
import { OWN_PREFIX } from '../data/added.ts';
import type { Atlas } from '../state/atlas.svelte.ts';

/** Keeps the address bar in step with the atlas; call during component init. `playing`: replace, never push. */
export function syncUrl(atlas: Atlas, playing: () => boolean) {
  let lastUrl = '';
  let urlPending = false;
  function writeUrl() {
    urlPending = false;
    const url = atlas.url();
    if (url === lastUrl) return;
    lastUrl = url;
    const target = `${location.pathname}${url}`;
    if (atlas.takeReplaceUrl() || playing()) history.replaceState(null, '', target);
    else history.pushState(null, '', target);
  }
  $effect(() => {
    if (atlas.url() === lastUrl || urlPending) return;
    urlPending = true;
    requestAnimationFrame(() => setTimeout(writeUrl, 0));
  });

  /** Reads the view from the address bar and writes back its canonical form (what was left out is in the notices). */
  function readUrl() {
    atlas.applyUrl(location.search);
    lastUrl = atlas.url();
    if (lastUrl !== location.search) history.replaceState(history.state, '', `${location.pathname}${lastUrl}${location.hash}`);
  }

  /**
   * Reads the URL now, or a link to own data once `own` has registered them; then follows
   * back/forward (`onpop` first) and writes a pending URL when the page is left. Returns the cleanup.
   */
  function listen(own: Promise<unknown>, onpop: () => void): () => void {
    if (location.search.includes(OWN_PREFIX)) {
      lastUrl = atlas.url();
      void own.finally(readUrl);
    } else readUrl();
    const onPop = () => {
      onpop();
      readUrl();
      // Back/forward across a Gebietsstand switch: that data set is another page load
      if (atlas.needsReload()) return location.reload();
    };
    addEventListener('popstate', onPop);
    addEventListener('pagehide', writeUrl);
    return () => {
      removeEventListener('popstate', onPop);
      removeEventListener('pagehide', writeUrl);
    };
  }

  return { listen };
}
