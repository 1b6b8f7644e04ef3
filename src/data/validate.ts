/**
 * Validates an unknown value as a dataset: shape first (zod), then the references between
 * records. Never throws for bad input; every problem is returned with where it is.
 */
import { issueProblems, type Problem } from './problems';
import { datasetSchema, type Dataset } from './schema';
import { referenceProblems } from './validate-references';

export type ValidationResult = { ok: true; dataset: Dataset } | { ok: false; problems: Problem[] };

export function validateDataset(input: unknown): ValidationResult {
  const parsed = datasetSchema.safeParse(input);
  if (!parsed.success) {
    return { ok: false, problems: issueProblems(parsed.error) };
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
