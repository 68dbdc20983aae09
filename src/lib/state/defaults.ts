import type { Level, Theme } from '../data/catalogue.ts';

/** The view a visitor sees first, prerendered at build time. */
export const DEFAULT_INDICATOR = 'bev_veraenderung';
export const DEFAULT_LEVEL: Level = 'gemeinde';

/** The indicator each theme opens with. */
export const THEME_DEFAULTS: Record<Theme, string> = {
  demografie: 'bev_veraenderung',
  digitalisierung: 'bb_alle_1000',
  stadt_land: 'bbsr_sgtyp',
  /** The first own dataset (there is no fixed one). */
  eigene_daten: '',
};
