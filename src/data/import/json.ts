/**
 * Imports the app's own JSON format: parse (with the line and column of a syntax error),
 * then the dataset validator (shape and references). Problems name the dataset path.
 */
import { validateDataset } from '../validate';
import type { Dataset } from '../schema';
import { jsonErrorOffset, lineColumn } from '../json-locate';
import { quote } from './decode';
import type { ImportProblem } from './types';
import { m } from '../../paraglide/messages.js';
import { problemMessage } from './problem-text';

export type JsonImport =
  { ok: true; dataset: Dataset; warnings: ImportProblem[] } | { ok: false; problems: ImportProblem[] };

function syntaxProblem(file: string, text: string, error: unknown): ImportProblem {
  // Engines word JSON.parse errors differently (and not always with a position), so the
  // location and wording come from our own scanner; the engine's text is only a fallback.
  const offset = jsonErrorOffset(text);
  if (offset === null) return { file, message: m.di_json_unreadable({ error: String(error).slice(0, 160) }) };
  const found = text[offset];
  const message =
    found === undefined
      ? m.di_json_ends_early()
      : m.di_json_unexpected({ found: quote(found === '\n' ? '\\n' : found) });
  return { file, ...lineColumn(text, offset), message };
}

/** Parts only a dataset has; JSON with none of them is some other app's file, not a broken dataset. */
const DATASET_KEYS = ['version', 'roles', 'transitions', 'credentials', 'sources', 'salaries', 'cpi'];

/** Says what a well-formed JSON file is not, instead of listing every missing field. */
function foreign(file: string, value: unknown): ImportProblem | null {
  const isObject = typeof value === 'object' && value !== null && !Array.isArray(value);
  if (isObject && ['goals', 'routes', 'stepNotes'].every((k) => Object.hasOwn(value, k))) {
    return { file, message: m.di_is_plan() };
  }
  if (isObject && DATASET_KEYS.some((k) => Object.hasOwn(value, k))) return null;
  return { file, message: m.di_foreign_json({ parts: DATASET_KEYS.join(', ') }) };
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
    return {
      ok: false,
      problems: result.problems.map((p) =>
        p.path === '(root)' ? { file, message: problemMessage(p) } : { file, path: p.path, message: problemMessage(p) },
      ),
    };
  }
  return { ok: true, dataset: result.dataset, warnings: [] };
}
