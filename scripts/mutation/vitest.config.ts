/**
 * Vitest for the mutation pass (scripts/mutation/stryker.config.mjs): the app's own Vite config
 * (same plugins, so the code under test is the code that ships), node unit tests only. Without the
 * app's test setup file: it loads DOM matchers and stand-ins no node unit test uses, and every test
 * file of every mutant would pay for them again. With the app's hang guard (testTimeout): at vitest's 5 s
 * default a test slowed by the loaded machine would fail and count a mutant as killed.
 */
import { existsSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import appConfig from '../../vite.config';
import { strykerHookContext } from './hook-context';

// Stryker links node_modules into its sandbox only when it is a real folder; in a git worktree whose
// node_modules is itself a link the sandbox gets none, and the app's Vite config reads ./node_modules.
if (!existsSync('node_modules')) {
  const vitestPackage = createRequire(import.meta.url).resolve('vitest/package.json');
  symlinkSync(dirname(dirname(vitestPackage)), 'node_modules', 'dir');
}

const app = appConfig({ mode: 'test', command: 'serve' });

export default defineConfig({
  ...app,
  plugins: [...(app.plugins ?? []), strykerHookContext()],
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: { testTimeout: app.test?.testTimeout, include: ['tests/unit/**/*.test.ts'], environment: 'node' },
});
