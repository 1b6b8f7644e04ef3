// One set of Paraglide compiler options for the Vite plugin (build, dev, vitest) and for
// scripts/i18n-compile.mjs (svelte-check and lint on a fresh clone, before any Vite run).
// The compiled messages in src/paraglide are generated, never committed.
/** @type {import('@inlang/paraglide-js').CompilerOptions} */
export const paraglideOptions = {
  project: './project.inlang',
  outdir: './src/paraglide',
  // The app owns the locale (URL ?lang=, then the browser's language): src/state/locale-state.svelte.ts
  // overrides getLocale, so Paraglide needs no cookie, URL or storage strategy of its own.
  strategy: ['baseLocale'],
  // Types come from the JSDoc in the generated .js (tsconfig allowJs); emitting .d.ts ran tsc for 10–40 s.
  emitTsDeclarations: false,
  emitReadme: false,
  emitPrettierIgnore: false,
};
