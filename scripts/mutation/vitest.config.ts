/**
 * Vitest for the mutation pass (scripts/mutation/stryker.config.mjs): the app's own Vite config
 * (same plugins, so the code under test is the code that ships), node unit tests only.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import appConfig from '../../vite.config';

const app = appConfig({ mode: 'test', command: 'serve' });

export default defineConfig({
  ...app,
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: { setupFiles: app.test?.setupFiles, include: ['tests/unit/**/*.test.ts'], environment: 'node' },
});
