/**
 * Maps a dataset path from the validator ("transitions[3].years.low", "roles[coder].credentials")
 * back to the CSV file, spreadsheet row and column it came from.
 */
import type { Problem } from '../problems';
import type { ImportProblem } from './types';
import { problemMessage } from './problem-text';

export interface RowIndex {
  file: string;
  /** Spreadsheet row per record index. */
  rows: number[];
  /** Record index per id. */
  byId: Map<string, number>;
}

const ROLE_FIELDS: [RegExp, string][] = [
  [/^education/, 'typical_education'],
  [/^titles/, 'alternate_titles'],
  [/^credentials/, 'credentials'],
  [/^(sources|tasks)/, 'source'],
  [/^(id|title|track|level|description)$/, '$1'],
];

const TRANSITION_FIELDS: [RegExp, string][] = [
  [/^years\.typical$/, 'years'],
  [/^years\.low$/, 'years_low'],
  [/^years\.high$/, 'years_high'],
  [/^years\.method$/, 'method'],
  [/^years\.estimated$/, 'estimated'],
  [/^years$/, 'years'],
  [/^requires\.credentials/, 'requires_credentials'],
  [/^requires\.education/, 'requires_education'],
  [/^sources/, 'source'],
  [/^(id|from|to|kind|note)$/, '$1'],
];

function column(rest: string, table: [RegExp, string][]): string | undefined {
  for (const [re, name] of table) if (re.test(rest)) return name === '$1' ? rest : name;
  return undefined;
}

export function locate(
  problem: Problem,
  roles: RowIndex,
  transitions: RowIndex | null,
  fallbackFile: string,
): ImportProblem {
  const match = /^(roles|transitions)\[([^\]]+)\](?:\.(.*))?$/.exec(problem.path);
  const index = match?.[1] === 'roles' ? roles : match?.[1] === 'transitions' ? transitions : null;
  const message = problemMessage(problem);
  if (!match || !index) return { file: fallbackFile, path: problem.path, message };
  const key = match[2] ?? '';
  const record = /^\d+$/.test(key) ? Number(key) : index.byId.get(key);
  const row = record === undefined ? undefined : index.rows[record];
  const field = column(match[3] ?? '', index === roles ? ROLE_FIELDS : TRANSITION_FIELDS);
  return {
    file: index.file,
    ...(row !== undefined ? { row } : { path: problem.path }),
    ...(field ? { field } : {}),
    message,
  };
}
