// Play on the time slider: one period per 900 ms, from the start when at the end; stops at the last period.
import type { Atlas } from '../state/atlas.svelte.ts';

/** Create during component init; `periods` are the slider's periods, read at each step. */
export class Player {
  playing = $state(false);
  readonly #atlas: Atlas;
  readonly #periods: () => string[];

  constructor(atlas: Atlas, periods: () => string[]) {
    this.#atlas = atlas;
    this.#periods = periods;
    $effect(() => {
      if (!this.playing) return;
      const timer = setInterval(() => {
        const periods = this.#periods();
        const i = periods.indexOf(atlas.state.period);
        if (i >= periods.length - 1) {
          this.playing = false;
          return;
        }
        atlas.set({ period: periods[i + 1]! });
      }, 900);
      return () => clearInterval(timer);
    });
  }

  toggle(): void {
    const periods = this.#periods();
    if (!this.playing && periods.indexOf(this.#atlas.state.period) >= periods.length - 1) this.#atlas.set({ period: periods[0]! });
    this.playing = !this.playing;
  }
}
