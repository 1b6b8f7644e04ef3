/**
 * What the UI calls: reads the chosen files, imports them in a Web Worker when the browser
 * has one (so large files never freeze the page) and in-thread otherwise, reporting progress.
 * Resolves with the importer's result; never rejects.
 */
import { loadBuiltin } from '../builtin-fetch';
import type { Dataset } from '../schema';
import { IMPORT_DEFAULTS, importDataset } from './import';
import type { ImportFile, ImportProgress, ImportResult } from './types';
import { m } from '../../paraglide/messages.js';
import { localeOr } from '../../i18n/numbers';
import { megabytes } from './decode';
import '../../i18n/zod-messages';
import type { WorkerRequest, WorkerResponse } from './import.worker';
import { callOnce } from '../../lib/worker-link';
import { nextTask } from '../../lib/slices';
import { addPart, type DatasetPart } from '../dataset-parts';

export interface ClientOptions {
  /** Where CSV imports borrow credentials and the CPI series from (by default the built-in dataset, already fetched at start). */
  base: Dataset | null;
  /** False forces the in-thread path (tests, or a browser whose worker failed before). */
  useWorker: boolean;
  maxFileBytes: number;
}

export const CLIENT_DEFAULTS: Omit<ClientOptions, 'base'> = {
  useWorker: true,
  maxFileBytes: IMPORT_DEFAULTS.maxFileBytes,
};

export async function importFiles(
  files: FileList | readonly File[],
  onProgress: (progress: ImportProgress) => void = () => {},
  options: Partial<ClientOptions> = {},
): Promise<ImportResult> {
  const opts = { ...CLIENT_DEFAULTS, ...options };
  const list = Array.from(files);
  const names = list.map((f) => f.name);
  const tooLarge = list.filter((f) => f.size > opts.maxFileBytes);
  if (tooLarge.length) {
    return {
      ok: false,
      files: names,
      problems: tooLarge.map((f) => ({
        file: f.name,
        message: m.di_too_large({ size: megabytes(f.size), max: megabytes(opts.maxFileBytes) }),
      })),
    };
  }
  const read: ImportFile[] = [];
  try {
    for (const [i, f] of list.entries()) {
      onProgress({ stage: 'reading', fraction: (0.1 * i) / Math.max(1, list.length), file: f.name });
      read.push({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) });
    }
  } catch (error) {
    return {
      ok: false,
      files: names,
      problems: [{ file: names.join(', '), message: m.di_unreadable({ error: String(error).slice(0, 200) }) }],
    };
  }
  const base = options.base !== undefined ? options.base : (await loadBuiltin()).dataset;
  const request: WorkerRequest = { type: 'import', files: read, base, locale: localeOr() };
  if (opts.useWorker && typeof Worker !== 'undefined') {
    // The bytes are copied, not transferred, so the in-page fallback still has them.
    const parts: DatasetPart[] = [];
    const reply = await callOnce<WorkerRequest, WorkerResponse>(
      () => new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' }),
      request,
      (r) => {
        if (r.type === 'progress') onProgress(r.progress);
        if (r.type === 'part') parts.push(r.part);
        return r.type === 'result';
      },
    );
    if (reply?.type === 'result') {
      if (reply.result.ok) for (const part of parts) addPart(reply.result.dataset, part);
      return reply.result;
    }
  }
  await nextTask(); // let the progress indicator paint before the blocking work
  return importDataset(read, { base, maxFileBytes: opts.maxFileBytes, onProgress });
}
