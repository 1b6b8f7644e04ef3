/**
 * The built-in data file's format, written at build time (scripts/vite-plugin-builtin-data.ts) and
 * read by the page (builtin-fetch.ts): JSON, one `[part, value]` pair per line — the layout, then
 * each field of the dataset — so the page parses it a few parts per task. One `JSON.parse` of the
 * whole 280 KB, with its garbage collections, was one task of 13–28 ms of CPU here, a long task on
 * Lighthouse's four-times-slower phone.
 */
import type { Layout } from './layout';
import type { Dataset } from './schema';

export interface BuiltinData {
  dataset: Dataset;
  layout: Layout;
}

/** The line holding the layout; every other line is a field of the dataset. */
const LAYOUT = 'layout';

/** The file's text: the layout's line first, then a line per dataset field, in the dataset's order. */
export function builtinFileText({ dataset, layout }: BuiltinData): string {
  const lines = [JSON.stringify([LAYOUT, layout])];
  for (const [field, value] of Object.entries(dataset)) lines.push(JSON.stringify([field, value]));
  return lines.join('\n') + '\n';
}

/** Reads the file a line per step (yield): run it with runAll, or runInSlices on the page. */
export function* builtinFileSteps(text: string): Generator<void, BuiltinData, void> {
  const dataset: Record<string, unknown> = {};
  let layout: Layout | null = null;
  for (const line of text.split('\n')) {
    if (line === '') continue;
    const [part, value] = JSON.parse(line) as [string, unknown];
    if (part === LAYOUT) layout = value as Layout;
    else dataset[part] = value;
    yield;
  }
  if (!layout) throw new Error('builtin-file: the file has no layout line');
  return { dataset: dataset as unknown as Dataset, layout };
}
