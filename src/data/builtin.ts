/**
 * The embedded default dataset. It is validated at build time (scripts/vite-plugin-builtin-data.ts
 * fails the build on a bad careers.json), so the page does not load zod to check it again.
 */
import dataset from 'virtual:builtin-dataset';

export const builtinDataset = dataset;
