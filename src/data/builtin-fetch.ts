/**
 * The built-in dataset and its layout, fetched as JSON when the page starts (index.html
 * preloads the file, so the download runs alongside the JavaScript's). It was validated and
 * laid out at build time (scripts/vite-plugin-builtin-data.ts); the page trusts it.
 */
import url from 'virtual:builtin-data-url';
import type { Layout } from './layout';
import type { Dataset } from './schema';

export interface BuiltinData {
  dataset: Dataset;
  layout: Layout;
}

let pending: Promise<BuiltinData> | null = null;

/** One download per page life; a failed one is forgotten, so calling again retries. */
export function loadBuiltin(): Promise<BuiltinData> {
  pending ??= fetch(url)
    .then((response) => {
      if (!response.ok) throw new Error(`builtin-fetch: ${url} answered ${response.status}`);
      return response.json() as Promise<BuiltinData>;
    })
    .catch((error: unknown) => {
      pending = null;
      throw error;
    });
  return pending;
}
