/**
 * Stryker's vitest runner 9.5.1 hands per-test coverage and hit counts back through a file-level
 * `afterAll(({ meta }) => …)` in the setup file it copies into the sandbox (`stryker-setup-<n>.js`).
 * Vitest 4.1 gives an `afterAll` hook a fixture context first and the suite second, and refuses to
 * destructure `meta` from the context (FixtureAccessError), so the runner never receives coverage:
 * every mutant then runs every related test, and a runaway mutant is caught only by the timeout
 * (stryker-js issue 5928, fixed in the runner 9.6.1 the same way). This Vite plugin rewrites the
 * two hooks as the fix does, reading `meta` from the suite. It does nothing for a runner that no longer
 * has the old hook, and fails loudly if the setup file changed in a way it does not know.
 */
import type { Plugin } from 'vite';

const SETUP_FILE = /[\\/]stryker-setup-\d+\.js$/;
const OLD_HOOK = 'afterAll(({ meta }) => {';
const NEW_HOOK = 'afterAll(({}, { meta }) => {';
/** The runner 9.6.1 and later: the hook already takes the suite second. */
const FIXED_HOOK = /afterAll\(\(\{\}, \w+\) =>/;

export function rewriteStrykerHooks(code: string): string {
  const count = code.split(OLD_HOOK).length - 1;
  if (count === 0 && FIXED_HOOK.test(code)) return code;
  if (count !== 2) throw new Error(`stryker setup file: expected 2 "${OLD_HOOK}" hooks, found ${count}`);
  return code.replaceAll(OLD_HOOK, NEW_HOOK);
}

export function strykerHookContext(): Plugin {
  return {
    name: 'stryker-hook-context',
    enforce: 'pre',
    transform(code, id) {
      if (!SETUP_FILE.test(id.replace(/\?.*$/, ''))) return null;
      return { code: rewriteStrykerHooks(code), map: null };
    },
  };
}
