/**
 * Hooks for the end-to-end tests — the map's sigma renderer and the label boxes it drew — exist only
 * in the e2e build (`vite build --mode e2e`, which `npm test` makes). `import.meta.env.MODE` is replaced
 * when building, so in what users download `TEST_HOOKS` is false and the code behind it is dropped.
 */
export const TEST_HOOKS: boolean = import.meta.env.MODE === 'e2e';

/** Puts values on `window` for Playwright to read (e2e build only). */
export function exposeToTests(hooks: Record<string, unknown>): void {
  if (TEST_HOOKS) Object.assign(window, hooks);
}

/** Takes a hook away again, so it never outlives what it points at (e2e build only). */
export function withdrawFromTests(name: string): void {
  if (TEST_HOOKS) delete (window as unknown as Record<string, unknown>)[name];
}
