/**
 * Imports the app's own JSON format: parse (with the line and column of a syntax error),
 * then the dataset validator (shape and references). Problems name the dataset path.
 */
import { validateDataset } from '../validate';
import type { Dataset } from '../schema';
import { jsonErrorOffset, lineColumn } from '../json-locate';
import { quote } from './decode';
import type { ImportProblem } from './types';

export type JsonImport = { ok: true; dataset: Dataset; warnings: ImportProblem[] } | { ok: false; problems: ImportProblem[] };

function syntaxProblem(file: string, text: string, error: unknown): ImportProblem {
  // Engines word JSON.parse errors differently (and not always with a position), so the
  // location and wording come from our own scanner; the engine's text is only a fallback.
  const offset = jsonErrorOffset(text);
  if (offset === null) return { file, message: `could not be read as JSON (${String(error).slice(0, 160)})` };
  const found = text[offset];
  const what = found === undefined ? 'the text ends too early (a missing } or ]?)' : `unexpected ${quote(found === '\n' ? '\\n' : found)}`;
  return { file, ...lineColumn(text, offset), message: `not valid JSON: ${what}` };
}

/** Parts only a dataset has; JSON with none of them is some other app's file, not a broken dataset. */
const DATASET_KEYS = ['version', 'roles', 'transitions', 'credentials', 'sources', 'salaries', 'cpi'];

/** Says what a well-formed JSON file is not, instead of listing every missing field. */
function foreign(file: string, value: unknown): ImportProblem | null {
  const isObject = typeof value === 'object' && value !== null && !Array.isArray(value);
  if (isObject && ['goals', 'routes', 'stepNotes'].every((k) => Object.hasOwn(value, k))) {
    return { file, message: 'is a saved plan, not a dataset: open it under Plans → Import a plan' };
  }
  if (isObject && DATASET_KEYS.some((k) => Object.hasOwn(value, k))) return null;
  return { file, message: `is JSON, but not a dataset for this app (it has none of its parts: ${DATASET_KEYS.join(', ')})` };
}

export function importJson(file: string, text: string): JsonImport {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [syntaxProblem(file, text, error)] };
  }
  const notDataset = foreign(file, value);
  if (notDataset) return { ok: false, problems: [notDataset] };
  const result = validateDataset(value);
  if (!result.ok) {
    return { ok: false, problems: result.problems.map((p) => (p.path === '(root)' ? { file, message: p.message } : { file, path: p.path, message: p.message })) };
  }
  return { ok: true, dataset: result.dataset, warnings: [] };
}
