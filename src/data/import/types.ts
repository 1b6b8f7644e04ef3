/**
 * Types shared by the importer, its worker and the UI. Kept free of DOM and zod so the
 * worker and the tests can import them cheaply.
 */
import type { Dataset } from '../schema';

/** One file as bytes: decoding happens inside the importer, so wrong encodings are reported, not guessed. */
export interface ImportFile {
  name: string;
  bytes: Uint8Array | ArrayBuffer;
}

/**
 * One located problem. `row` is the spreadsheet row (header = row 1); `line`/`column` point
 * into a JSON text; `path` is the place inside the dataset ("roles[3].title").
 */
export interface ImportProblem {
  file: string;
  row?: number;
  /** A CSV column name. */
  field?: string;
  line?: number;
  column?: number;
  path?: string;
  message: string;
}

export type ImportResult =
  | { ok: true; dataset: Dataset; warnings: ImportProblem[]; files: string[] }
  | { ok: false; problems: ImportProblem[]; files: string[] };

/** `showing`: the data passed every check and is being laid out and drawn; "Imported" waits for it. */
export type ImportStage = 'reading' | 'decoding' | 'validating' | 'done' | 'showing';

export interface ImportProgress {
  stage: ImportStage;
  /** 0…1 over the whole import. */
  fraction: number;
  file?: string;
}

export interface ImportOptions {
  /**
   * The dataset CSV imports borrow from: credentials the CSV names, the CPI series and their
   * sources (a CSV has no room for them). Usually the built-in dataset.
   */
  base: Dataset | null;
  /** Larger files are refused before decoding (the page would hold several copies of them). */
  maxFileBytes: number;
  /** At most this many problems are listed; the rest are summarised in one line. */
  maxProblems: number;
  onProgress: (progress: ImportProgress) => void;
}
