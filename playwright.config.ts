import { defineConfig } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

// PW_PORT / PW_DIST let several checkouts or sessions run e2e at once without sharing a port
// or a build folder (PW_OUT: where failures' traces go); CI uses the defaults.
const PORT = Number(process.env.PW_PORT ?? 4173);
const DIST = process.env.PW_DIST ?? 'dist';

// The tests read the map through hooks that only the e2e build has (src/lib/test-hooks.ts): a
// folder holding any other build (or none) is rebuilt in e2e mode first.
if (!existsSync(join(DIST, 'e2e-build.txt'))) {
  console.log(`playwright.config: ${DIST} is not an e2e build; building it (vite build --mode e2e)`);
  const build = spawnSync(
    'node',
    ['node_modules/vite/bin/vite.js', 'build', '--mode', 'e2e', '--outDir', DIST, '--logLevel', 'warn'],
    { stdio: 'inherit' },
  );
  if (build.status !== 0) throw new Error('playwright.config: the e2e build failed');
}

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
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    // The built app, as users get it; `npm test` builds before running these tests.
    command: `node node_modules/vite/bin/vite.js preview --host 127.0.0.1 --port ${PORT} --strictPort --outDir ${DIST}`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
