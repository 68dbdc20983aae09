import { defineConfig } from '@playwright/test';

/** Debian's Chromium; `npx playwright install` cannot download browsers here. */
export const CHROMIUM = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
};

// E2E_PORT and DIST_DIR let several builds be tested side by side.
const PORT = Number(process.env.E2E_PORT ?? 4179);
const DIST = process.env.DIST_DIR ?? 'dist';

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  // One worker: on the 2-core CI machine a second one made the run slower (1522 s against 1021 s) and let
  // the Steckbrief spec time out.
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    launchOptions: CHROMIUM,
    locale: 'de-DE',
    timezoneId: 'Europe/Berlin',
  },
  webServer: {
    // The production build (npm run build) served as is.
    command: `npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort --outDir ${DIST}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
