// Offline after one visit (service worker via vite-plugin-pwa/workbox): the app shell and the
// data are precached; DuckDB's wasm (34 MB) is cached at run time when the page first uses it,
// so it is not downloaded twice.
import type { VitePWAOptions } from 'vite-plugin-pwa';
import { DUCKDB_CACHE } from './src/lib/data/duckdb-browser.ts';

export const pwa: Partial<VitePWAOptions> = {
  registerType: 'autoUpdate',
  injectRegister: null,
  manifest: {
    name: 'Digitalatlas Hessen',
    short_name: 'Digitalatlas',
    description: 'Bevölkerung, Breitband und Stadt–Land-Typen der hessischen Gemeinden, Kreise und Regierungsbezirke',
    lang: 'de',
    start_url: './',
    scope: './',
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: '#0b3d62',
    icons: [
      { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
      { src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml' },
    ],
  },
  workbox: {
    globPatterns: ['**/*.{html,js,css,svg,png,json,csv,webmanifest}'],
    // No wasm is precached (globPatterns): the old-browser fallback engine (39 MB) stays online-only,
    // the main one is cached at run time.
    globIgnores: ['**/*.map'],
    maximumFileSizeToCacheInBytes: 12 * 1024 * 1024,
    navigateFallback: 'index.html',
    cleanupOutdatedCaches: true,
    clientsClaim: true,
    skipWaiting: true,
    runtimeCaching: [
      {
        urlPattern: ({ url }) => url.pathname.endsWith('.wasm'),
        handler: 'CacheFirst',
        options: { cacheName: DUCKDB_CACHE, expiration: { maxEntries: 4 } },
      },
    ],
  },
};
