/// <reference types="vitest/config" />
import { realpathSync } from 'node:fs';
import { defineConfig, searchForWorkspaceRoot } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import { offline } from './scripts/vite-plugin-offline';
import { builtinLayout } from './scripts/vite-plugin-layout';
import { builtinData } from './scripts/vite-plugin-builtin-data';
import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { paraglideOptions } from './scripts/paraglide-options.js';

/** The e2e build (`--mode e2e`) carries the test hooks (src/lib/test-hooks.ts) and says so with a file. */
const E2E_MARKER = 'e2e-build.txt';

export default defineConfig(({ mode }) => ({
  plugins: [
    paraglideVitePlugin(paraglideOptions),
    svelte(),
    svelteTesting(),
    offline(),
    builtinLayout(),
    builtinData(),
    mode === 'e2e' && {
      name: 'e2e-marker',
      generateBundle() {
        this.emitFile({ type: 'asset', fileName: E2E_MARKER, source: 'Built with --mode e2e: test hooks included.\n' });
      },
    },
  ],
  // A git worktree may link node_modules from another checkout: let the dev server read it there.
  server: { fs: { allow: [searchForWorkspaceRoot(process.cwd()), realpathSync('node_modules')] } },
  // The manifest lets scripts/bench/initial-js.bench.ts measure what the first screen loads. No
  // modulepreload polyfill (0.3 KB gzip in the entry): a browser without modulepreload (Safari < 17,
  // Firefox < 115) ignores the hints and fetches the same modules as their imports ask for them.
  build: { target: 'es2022', manifest: true, modulePreload: { polyfill: false } },
  test: {
    setupFiles: ['tests/setup.ts'],
    // A hang guard, not a speed check (speed is `npm run bench`): at load 12–16 on two cores a
    // component test that takes 1 s alone took 5–6 s and failed vitest's 5 s default.
    testTimeout: 30_000,
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' } },
      { extends: true, test: { name: 'component', include: ['tests/component/**/*.test.ts'], environment: 'jsdom' } },
    ],
  },
}));
