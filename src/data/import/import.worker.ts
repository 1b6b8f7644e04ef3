/**
 * Runs the importer off the main thread so a 10 MB file never freezes the page. Protocol:
 *   in:  { type: 'import', files: ImportFile[], base: Dataset | null }  (bytes transferred)
 *   out: { type: 'progress', progress } … then exactly one { type: 'result', result }
 */
import '../zod-csp';
import type { Dataset } from '../schema';
import { importDataset } from './import';
import type { ImportFile, ImportProgress, ImportResult } from './types';

export type WorkerRequest = { type: 'import'; files: ImportFile[]; base: Dataset | null };
export type WorkerResponse = { type: 'progress'; progress: ImportProgress } | { type: 'result'; result: ImportResult };

const scope = self as unknown as { postMessage: (message: WorkerResponse) => void; onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null };

scope.onmessage = (event) => {
  const request = event.data;
  if (request?.type !== 'import') return;
  const result = importDataset(request.files, {
    base: request.base,
    onProgress: (progress) => scope.postMessage({ type: 'progress', progress }),
  });
  scope.postMessage({ type: 'result', result });
};
