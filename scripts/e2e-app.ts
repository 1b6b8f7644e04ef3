/**
 * How the end-to-end tests and the browser benchmarks get the app and the browser: the e2e build
 * (the only one with the test hooks of src/lib/test-hooks.ts), served by `vite preview`, opened in
 * Debian's Chromium. playwright.config.ts and scripts/bench/browser-app.ts both use this.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const CHROMIUM_PATH = '/usr/bin/chromium';

/** Headless on a shared VM without a GPU: no sandbox (containers), no background traffic. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const VITE = 'node_modules/vite/bin/vite.js';

/** Builds `dist` in e2e mode unless it already holds an e2e build (its marker file). */
export function ensureE2eBuild(dist: string, caller: string): void {
  if (existsSync(join(dist, 'e2e-build.txt'))) return;
  console.log(`${caller}: ${dist} is not an e2e build; building it (vite build --mode e2e)`);
  const build = spawnSync('node', [VITE, 'build', '--mode', 'e2e', '--outDir', dist, '--logLevel', 'warn'], {
    stdio: 'inherit',
  });
  if (build.status !== 0) throw new Error(`${caller}: the e2e build failed`);
}

/** The command line of `vite preview` serving `dist` on `port`, for spawn or a shell. */
export const previewCommand = (port: number, dist: string): string[] => [
  'node',
  VITE,
  'preview',
  '--host',
  '127.0.0.1',
  '--port',
  String(port),
  '--strictPort',
  '--outDir',
  dist,
];
