// The mutation pass of issues 16 and 26: `npm run mutation` mutates src/graph/routes, src/plans and
// src/data/import (or MUTATE='src/plans/migrate.ts' for one file, MUTATE=a,b for several, and
// MUTATE=file:12-14 for some lines of it).
// Incremental mode: results are kept in reports/mutation/stryker-incremental.json, which is committed.
// A run reuses the result of every mutant whose code did not change and keeps the results of files
// outside MUTATE, so one file at a time adds to the same file and a later session pays only for what
// changed. Per-test coverage works again through scripts/mutation/hook-context.ts (the runner 9.5.1
// loses it under vitest 4.1): a mutant runs only the tests that reach it, and a new test that reaches
// an old survivor makes Stryker rerun it. Stryker writes the file only when a run finishes: a run
// stopped midway adds nothing.
// Static mutants (module-level constants such as a regular expression, evaluated once as a module
// loads) run every related test with the module reloaded. With ignoreStatic, Stryker would run a
// static mutant that a test also reaches (most are: tests import modules lazily too) against that
// test only, without reloading the module, so the mutant is never active and always "survives".
// The random-rules property test checks 150 graphs by default; 40 keeps a mutant's run short
// (its seed is fixed, so the same 40 graphs every time). The importer's property tests (120 to 300
// random datasets a property, a new seed every run) check 30 a property with a fixed seed, so a
// mutant is judged on the same datasets each time.
process.env.ROUTES_PROPERTY_RUNS ??= '40';
process.env.IMPORT_PROPERTY_RUNS ??= '30';
process.env.IMPORT_PROPERTY_SEED ??= '20261207';

const mutate = (process.env.MUTATE ?? 'src/graph/routes/**/*.ts,src/plans/**/*.ts,src/data/import/**/*.ts').split(',');

export default {
  testRunner: 'vitest',
  vitest: { configFile: 'scripts/mutation/vitest.config.ts' },
  mutate: [...mutate, '!src/**/*.d.ts'],
  coverageAnalysis: 'perTest',
  ignoreStatic: false,
  concurrency: Number(process.env.MUTATION_CONCURRENCY ?? 2),
  timeoutMS: 20000,
  reporters: ['clear-text', 'progress-append-only', 'json', 'html'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  incremental: true,
  incrementalFile: 'reports/mutation/stryker-incremental.json',
  force: process.env.FORCE === '1',
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
