// Statements of the state strategy the analyses compare with (cited by name: no document URL was
// available in the project's data). Shown as "laut Strategie", never as data.
export const STRATEGY = {
  de: 'Hessische Staatskanzlei, Strategie „Digitale Städte – Digitale Regionen“ (Geschäftsstelle Smarte Region Hessen)',
  en: 'Hessian State Chancellery, strategy “Digitale Städte – Digitale Regionen” (Smart Region Hessen office)',
} as const;

export const STRATEGY_FIGURES = {
  /** Share of Hessen's area called rural, per cent (approximate). */
  ruralAreaShare: 80,
  /** Rural towns and Gemeinden (approximate). */
  ruralGemeinden: 370,
  /** RB Kassel 2014→2050, per cent and persons (approximate; Hessen Agentur 2016 according to the strategy). */
  rbKasselChange: -12.3,
  rbKasselPersons: -147000,
} as const;
