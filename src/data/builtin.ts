/**
 * The embedded default dataset, at once, for tests and build scripts. It is validated at build
 * time (scripts/vite-plugin-builtin-data.ts fails the build on a bad careers.json). The page
 * does not import this: it fetches the same data as a JSON file (builtin-fetch.ts), so the
 * dataset is not part of its JavaScript.
 */
import dataset from 'virtual:builtin-dataset';

export const builtinDataset = dataset;
