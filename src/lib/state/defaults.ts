import type { Level } from '../data/catalogue.ts';

/** The view a visitor sees first, prerendered at build time. */
export const DEFAULT_INDICATOR = 'bev_veraenderung';
export const DEFAULT_LEVEL: Level = 'gemeinde';
