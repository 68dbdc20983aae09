// Texts of the engine and offline status (EngineStatus.svelte), start-up failures and chunk failures.
import type { Lang } from '../scales/format.ts';

export type OfflineReason = { code: string; file: string; detail: string };

const mb = (bytes: number, lang: Lang) =>
  (bytes / 1e6).toLocaleString(lang === 'de' ? 'de-DE' : 'en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

const de = {
  loadingBytes: (loaded: number, total: number) => `Datenbank wird geladen: ${mb(loaded, 'de')} von ${mb(total, 'de')} MB`,
  loadingLabel: 'Ladefortschritt der Datenbank',
  retry: 'Erneut versuchen',
  reload: 'Neu laden',
  offlineReady: 'Offline verfügbar',
  offlineReadyHint: 'Karte, Daten und Datenbank sind in diesem Browser gespeichert und laufen auch ohne Netz.',
  offlinePreparing: 'Wird für die Nutzung ohne Netz gespeichert …',
  offlineEngine: 'Für offline fehlt noch die Datenbank-Engine (wird nach dem ersten Laden gespeichert) …',
  offlineUnsupported: 'Nicht offline verfügbar: Dieser Browser (oder diese Adresse, z. B. ohne HTTPS) erlaubt keinen Offline-Speicher.',
  offlineFailed: (r: OfflineReason) => `Nicht offline verfügbar: ${reasonText(r, 'de')}`,
  updateReady: 'Neue Version verfügbar – neu laden',
  chunkFailed: 'Dieser Teil des Atlas konnte nicht geladen werden (vielleicht wurde inzwischen eine neue Version veröffentlicht).',
  versionMismatch: 'Die Daten passen nicht zu dieser Version der Seite. Bitte neu laden.',
  tableMissing: (file: string, reason: string) =>
    `Nicht verfügbar: Diese Angaben stehen in der Tabelle ${file}, die nicht geladen werden konnte (${reason}). Der übrige Atlas ist nicht betroffen.`,
};
type Texts = typeof de;

const en: Texts = {
  loadingBytes: (loaded: number, total: number) => `Loading the database: ${mb(loaded, 'en')} of ${mb(total, 'en')} MB`,
  loadingLabel: 'Database loading progress',
  retry: 'Try again',
  reload: 'Reload',
  offlineReady: 'Available offline',
  offlineReadyHint: 'Map, data and database are stored in this browser and work without a network.',
  offlinePreparing: 'Saving for use without a network …',
  offlineEngine: 'For offline use the database engine is still missing (saved after the first load) …',
  offlineUnsupported: 'Not available offline: this browser (or this address, e.g. without HTTPS) allows no offline storage.',
  offlineFailed: (r: OfflineReason) => `Not available offline: ${reasonText(r, 'en')}`,
  updateReady: 'New version available – reload',
  chunkFailed: 'This part of the atlas could not be loaded (perhaps a new version was published meanwhile).',
  versionMismatch: 'The data do not match this version of the page. Please reload.',
  tableMissing: (file: string, reason: string) =>
    `Not available: these figures are in the table ${file}, which could not be loaded (${reason}). The rest of the atlas is not affected.`,
};

function reasonText(r: OfflineReason, lang: Lang): string {
  const de = lang === 'de';
  const file = r.file ? `${r.file}: ` : '';
  switch (r.code) {
    case 'quota':
      return de ? 'Der Speicherplatz des Browsers reicht nicht (Quota).' : 'The browser’s storage quota is too small.';
    case 'http':
      return `${file}${de ? 'Server antwortet mit' : 'server answered'} ${r.detail}`;
    case 'mismatch':
      return `${file}${de ? 'Inhalt passt nicht zu dieser Version (unvollständig oder aus einer anderen Version)' : 'content does not match this version (incomplete or from another version)'}`;
    case 'timeout':
      return `${file}${de ? 'Download hängt' : 'download stalled'} (${r.detail})`;
    default:
      return `${file}${r.detail}`;
  }
}

export const STATUS_TEXT: Record<Lang, Texts> = { de, en };
