/**
 * The built-in dataset and its layout, fetched when the page starts (index.html preloads the
 * file, so the download runs alongside the JavaScript's). It was validated and laid out at build
 * time (scripts/vite-plugin-builtin-data.ts); the page trusts it. The file is read a few parts
 * per task (builtin-file.ts).
 */
import url from 'virtual:builtin-data-url';
import { LOAD_SLICE_MS, runInSlices } from '../lib/slices';
import { builtinFileSteps, type BuiltinData } from './builtin-file';

export type { BuiltinData };

let pending: Promise<BuiltinData> | null = null;

/** One download per page life; a failed one is forgotten, so calling again retries. */
export function loadBuiltin(): Promise<BuiltinData> {
  pending ??= fetch(url)
    .then((response) => {
      if (!response.ok) throw new Error(`builtin-fetch: ${url} answered ${response.status}`);
      return response.text();
    })
    .then((text) => runInSlices(builtinFileSteps(text), LOAD_SLICE_MS))
    .catch((error: unknown) => {
      pending = null;
      throw error;
    });
  return pending;
}
