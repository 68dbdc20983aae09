// An analysis step in a presentation shows only its part (the cards its annotation talks about),
// scaled to fit beside the overlay: a clicker cannot scroll. Cards appear as their queries finish,
// so the part is re-applied on every change of the analyses' DOM and size.
import { cardName, fitScale } from '../../story/parts.ts';

/** Hides every card of the shown analysis but `shown` and scales the rest to the screen; returns the undo. */
export function fitPart(shown: readonly string[]): () => void {
  const html = document.documentElement;
  html.classList.add('presenting-part');
  let frame = 0;
  const apply = () => {
    frame = 0;
    const main = document.querySelector<HTMLElement>('.main-analyses');
    const panel = main?.querySelector<HTMLElement>('.analyses');
    if (!main || !panel) return;
    for (const card of panel.querySelectorAll<HTMLElement>('section.card')) {
      const off = !shown.includes(cardName(card));
      if (card.hasAttribute('data-story-off') !== off) card.toggleAttribute('data-story-off', off);
    }
    // A transform, not CSS zoom: the layout (and the charts' widths) stay as they are, so the
    // scale cannot feed back into the height it was computed from (zoom made it oscillate).
    const natural = panel.offsetHeight;
    const available = innerHeight - panel.getBoundingClientRect().top - parseFloat(getComputedStyle(main).paddingBottom) - 4;
    // Wide tables are not scrolled sideways (CSS below): their full width counts too.
    // On a phone the overlay sits above the analysis and the page scrolls: no scaling there.
    const wide = matchMedia('(min-width: 56rem)').matches;
    const scale = wide ? Math.min(fitScale(natural, available), fitScale(panel.scrollWidth, panel.clientWidth)) : 1;
    const transform = scale < 1 ? `scale(${scale.toFixed(4)})` : '';
    if ((panel.dataset.storyScale ?? '') !== (scale < 1 ? scale.toFixed(4) : '')) {
      panel.style.transform = transform;
      panel.style.transformOrigin = 'top left';
      panel.style.marginBottom = scale < 1 ? `${(-(1 - scale) * natural).toFixed(1)}px` : '';
      if (scale < 1) panel.dataset.storyScale = scale.toFixed(4);
      else delete panel.dataset.storyScale;
    }
  };
  const schedule = () => {
    if (!frame) frame = requestAnimationFrame(apply);
  };
  const mutations = new MutationObserver(schedule);
  mutations.observe(document.body, { childList: true, subtree: true, characterData: true });
  const sizes = new ResizeObserver(schedule);
  const watch = () => {
    const panel = document.querySelector('.main-analyses .analyses');
    if (panel) sizes.observe(panel);
  };
  const watching = new MutationObserver(watch);
  watching.observe(document.body, { childList: true, subtree: true });
  watch();
  schedule();
  addEventListener('resize', schedule);
  return () => {
    cancelAnimationFrame(frame);
    mutations.disconnect();
    watching.disconnect();
    sizes.disconnect();
    removeEventListener('resize', schedule);
    html.classList.remove('presenting-part');
    const panel = document.querySelector<HTMLElement>('.main-analyses .analyses');
    if (panel) {
      panel.style.transform = panel.style.transformOrigin = panel.style.marginBottom = '';
      delete panel.dataset.storyScale;
    }
    for (const card of document.querySelectorAll('.main-analyses section.card[data-story-off]')) card.removeAttribute('data-story-off');
  };
}
