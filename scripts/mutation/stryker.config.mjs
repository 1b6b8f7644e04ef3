// The mutation pass of issue 16: `npm run mutation` (or MUTATE='src/plans/**/*.ts' for one part).
// Static mutants (module-level constants, run by every test) are skipped: each would rerun the
// whole suite, which this 2-core machine cannot afford; the report counts them as ignored.
// The random-rules property test checks 150 graphs by default; 40 keeps a mutant's run short
// (its seed is fixed, so the same 40 graphs every time).
process.env.ROUTES_PROPERTY_RUNS ??= '40';

const mutate = (process.env.MUTATE ?? 'src/graph/**/*.ts,src/plans/**/*.ts').split(',');

export default {
  testRunner: 'vitest',
  vitest: { configFile: 'scripts/mutation/vitest.config.ts' },
  mutate: [...mutate, '!src/**/*.d.ts'],
  coverageAnalysis: 'perTest',
  ignoreStatic: true,
  concurrency: Number(process.env.MUTATION_CONCURRENCY ?? 2),
  timeoutMS: 20000,
  reporters: ['clear-text', 'progress-append-only', 'json', 'html'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
