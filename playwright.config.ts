import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH, ensureE2eBuild, previewCommand } from './scripts/e2e-app';

// PW_PORT / PW_DIST let several checkouts or sessions run e2e at once without sharing a port
// or a build folder (PW_OUT: where failures' traces go); CI uses the defaults.
const PORT = Number(process.env.PW_PORT ?? 4173);
const DIST = process.env.PW_DIST ?? 'dist';

// The tests read the map through hooks that only the e2e build has (src/lib/test-hooks.ts): a
// folder holding any other build (or none) is rebuilt in e2e mode first.
ensureE2eBuild(DIST, 'playwright.config');

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: process.env.PW_OUT ?? 'test-results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 30_000,
  reporter: [['list'], ['json', { outputFile: '.playwright-results.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: 'chromium',
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
  },
  webServer: {
    // The built app, as users get it; `npm test` builds before running these tests.
    command: previewCommand(PORT, DIST).join(' '),
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
