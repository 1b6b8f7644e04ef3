/**
 * Why plans are kept in memory only, in the reader's language. Apart from storage.ts so the
 * page can word the notice (and re-word it when the language changes) without loading IndexedDB code.
 */
import { m } from '../paraglide/messages.js';

export type StorageProblem = 'unavailable' | 'quota' | 'noAnswer';

/** Read when shown, so each sentence is in the interface's language of that moment. */
export const MESSAGES = {
  get unavailable() {
    return m.st_storage_unavailable();
  },
  get quota() {
    return m.st_storage_quota();
  },
  get noAnswer() {
    return m.st_storage_no_answer();
  },
} as const;

export function storageMessage(problem: StorageProblem | null): string | null {
  return problem === null ? null : MESSAGES[problem];
}
