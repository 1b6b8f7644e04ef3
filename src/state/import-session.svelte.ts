/**
 * One import from the Data panel, from the files chosen to the data on screen: the panel renders
 * `status` and calls `run`; which outcome follows which is decided here, where tests reach it.
 */
import type { Dataset } from '../data/schema';
import type { ImportProblem, ImportProgress, ImportResult } from '../data/import/types';
import { m } from '../paraglide/messages.js';

export type Importer = (files: File[], onProgress: (p: ImportProgress) => void) => Promise<ImportResult>;

export type ImportStatus =
  | { kind: 'idle' }
  | { kind: 'busy'; progress: ImportProgress }
  /** Nothing changed: `keptName` is the dataset still shown. */
  | { kind: 'refused'; problems: ImportProblem[]; files: string[]; keptName: string }
  | { kind: 'imported'; roles: number; moves: number; files: string[]; warnings: ImportProblem[] };

export class ImportSession {
  status = $state.raw<ImportStatus>({ kind: 'idle' });
  readonly #importer: Importer;

  constructor(importer: Importer) {
    this.#importer = importer;
  }

  get busy(): boolean {
    return this.status.kind === 'busy';
  }

  /**
   * Imports `files` and hands a fully validated dataset to `show`; "Imported" is said only once
   * `show` has finished (the layout runs in a worker), so the message never precedes the data.
   * A second import while one runs is ignored (the file input is disabled then; a drop is not).
   */
  async run(files: File[], keptName: string, show: (dataset: Dataset) => Promise<void> | void): Promise<void> {
    if (files.length === 0 || this.busy) return;
    this.status = { kind: 'busy', progress: { stage: 'reading', fraction: 0 } };
    const result = await this.#importer(files, (progress) => (this.status = { kind: 'busy', progress }));
    if (!result.ok) {
      this.status = { kind: 'refused', problems: result.problems, files: result.files, keptName };
      return;
    }
    try {
      this.status = { kind: 'busy', progress: { stage: 'showing', fraction: 1 } };
      await show(result.dataset);
    } catch (error) {
      // The data passed every check but the app could not show it: say so rather than fail silently.
      const message = error instanceof Error ? error.message : String(error);
      const problem: ImportProblem = { file: result.files.join(', '), message: m.di_cannot_show({ error: message }) };
      this.status = { kind: 'refused', problems: [problem], files: result.files, keptName };
      return;
    }
    const d = result.dataset;
    this.status = {
      kind: 'imported',
      roles: d.roles.length,
      moves: d.transitions.length,
      files: result.files,
      warnings: result.warnings,
    };
  }

  /** After "Restore the built-in data": the last outcome no longer describes what is shown. */
  reset(): void {
    this.status = { kind: 'idle' };
  }
}
