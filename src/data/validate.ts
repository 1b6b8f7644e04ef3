/**
 * Validates an unknown value as a dataset: shape first (zod), then the references between
 * records. Never throws for bad input; every problem is returned with where it is.
 */
import { datasetSchema, type Dataset } from './schema';
import { referenceProblems } from './validate-references';

export interface Problem {
  /** Where the problem is, e.g. "roles[3].title" or "transitions[coder-to-cdi].to". */
  path: string;
  message: string;
}

export type ValidationResult = { ok: true; dataset: Dataset } | { ok: false; problems: Problem[] };

function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key)), '');
}

export function validateDataset(input: unknown): ValidationResult {
  const parsed = datasetSchema.safeParse(input);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => ({ path: formatPath(issue.path) || '(root)', message: issue.message })),
    };
  }
  const problems = referenceProblems(parsed.data);
  return problems.length ? { ok: false, problems } : { ok: true, dataset: parsed.data };
}

/** For the built-in dataset, where a problem is a bug: throws with every problem listed. */
export function assertDataset(input: unknown): Dataset {
  const result = validateDataset(input);
  if (!result.ok) {
    const lines = result.problems.map((p) => `  ${p.path}: ${p.message}`).join('\n');
    throw new Error(`data/validate: the dataset is invalid:\n${lines}`);
  }
  return result.dataset;
}
