// Display names that say what a region is: "Landkreis Kassel" vs "Kassel" (kreisfreie Stadt).
import type { Region } from '../data/boot.ts';
import type { Lang } from '../scales/format.ts';

/** Full display name of a region, unambiguous across levels. */
export function regionName(r: Region | undefined, lang: Lang = 'de'): string {
  if (!r) return '';
  switch (r.level) {
    case 'land':
      return lang === 'de' ? r.name : r.name === 'Hessen' ? 'Hesse' : r.name;
    case 'rb':
      return lang === 'de' ? `Regierungsbezirk ${r.name}` : `${r.name} (government region)`;
    case 'kreis':
      if (r.bez === 'Kreisfreie Stadt') return lang === 'de' ? `${r.name} (kreisfreie Stadt)` : `${r.name} (district-free city)`;
      if (/kreis$/i.test(r.name)) return r.name;
      return lang === 'de' ? `Landkreis ${r.name}` : `${r.name} (district)`;
    case 'gemeinde':
      if (!r.inhabited) return lang === 'de' ? `${r.name} (gemeindefreies Gebiet)` : `${r.name} (unincorporated area)`;
      return r.name;
    case 'bund':
      return lang === 'de' ? r.name : 'Germany';
  }
}
