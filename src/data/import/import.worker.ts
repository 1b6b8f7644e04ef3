/**
 * Runs the importer off the main thread so a 10 MB file never freezes the page. Protocol:
 *   in:  { type: 'import', files: ImportFile[], base: Dataset | null, locale? }  (bytes copied)
 *   out: { type: 'progress', progress } … then exactly one { type: 'result', result }; an imported
 *        dataset's long lists come first, in { type: 'part', part } messages (../dataset-parts.ts)
 */
import '../zod-csp';
import '../../i18n/zod-messages';
import type { Locale } from '../../i18n/locale';
import { overwriteGetLocale } from '../../paraglide/runtime.js';
import { datasetParts, type DatasetPart } from '../dataset-parts';
import type { Dataset } from '../schema';
import { importDataset } from './import';
import type { ImportFile, ImportProgress, ImportResult } from './types';

/** `locale`: the page's language, for the problems the import lists (a worker has no interface of its own). */
export type WorkerRequest = { type: 'import'; files: ImportFile[]; base: Dataset | null; locale?: Locale };
export type WorkerResponse =
  | { type: 'progress'; progress: ImportProgress }
  | { type: 'part'; part: DatasetPart }
  | { type: 'result'; result: ImportResult };

const scope = self as unknown as {
  postMessage: (message: WorkerResponse) => void;
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
};

scope.onmessage = (event) => {
  const request = event.data;
  if (request?.type !== 'import') return;
  const locale = request.locale ?? 'en';
  overwriteGetLocale(() => locale);
  const result = importDataset(request.files, {
    base: request.base,
    onProgress: (progress) => scope.postMessage({ type: 'progress', progress }),
  });
  if (!result.ok) return scope.postMessage({ type: 'result', result });
  const { shell, parts } = datasetParts(result.dataset);
  for (const part of parts) scope.postMessage({ type: 'part', part });
  scope.postMessage({ type: 'result', result: { ...result, dataset: shell } });
};
