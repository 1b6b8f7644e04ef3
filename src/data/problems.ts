/**
 * How the app reports invalid input (datasets, plans): one located problem per issue, and one
 * way of turning zod's issues into them, so a path reads the same everywhere ("roles[3].title").
 */
import type { z } from 'zod';
import { ID_MESSAGE, RESERVED_ID_MESSAGE } from './vocabulary';

export interface Problem {
  /** Where the problem is, e.g. "roles[3].title" or "transitions[coder-to-cdi].to". */
  path: string;
  /** In English: how the build and the tests word it. */
  message: string;
  /** What the importer needs to word it in the reader's language (src/data/import/problem-text.ts). */
  text?: ProblemText;
}

/**
 * The schema's own wording of zod's checks, one place for it: schema.ts passes these to zod, and
 * the importer recognises them to word them in the reader's language (zod words the rest itself).
 */
export const SCHEMA_WORDS = {
  not_empty: 'must not be empty',
  id_pattern: ID_MESSAGE,
  id_reserved: RESERVED_ID_MESSAGE,
  not_negative: 'must be ≥ 0',
  positive: 'must be > 0',
  needs_alternative: 'needs at least one alternative',
  needs_source: 'needs at least one source',
  needs_statement: 'needs at least one statement',
  needs_eligibility: 'needs at least one eligibility statement',
  needs_role: 'must name at least one role',
  soc_format: 'must look like 29-2072',
  web_address: 'must be an http:// or https:// address',
  high_below_value: 'must be ≥ value',
  year_note_required: 'is required when year is null',
  years_order: 'must satisfy low ≤ typical ≤ high',
  method_required: 'is required for an estimate',
} as const;

/**
 * Every rule whose wording is ours. This module stays free of the compiled interface messages
 * because the build's data check runs before they exist; src/data/import/problem-text.ts words them.
 */
export type ProblemCode =
  | keyof typeof SCHEMA_WORDS
  | 'too_long'
  | 'duplicate_id'
  | 'unknown_source'
  | 'unknown_role'
  | 'unknown_credential'
  | 'unknown_program'
  | 'title_two_roles'
  | 'title_twice'
  | 'es_title_two_roles'
  | 'repeated_move'
  | 'all_out_of_scope'
  | 'self_move'
  | 'path_roles_count'
  | 'path_steps_count'
  | 'high_required'
  | 'high_not_allowed';

export interface ProblemText {
  code: ProblemCode;
  params: Record<string, string | number>;
}

const CODE_OF_WORDS = new Map<string, ProblemCode>(
  Object.entries(SCHEMA_WORDS).map(([code, words]) => [words, code as ProblemCode]),
);

/** A custom zod issue that the importer can word: `ctx.addIssue(customIssue(…))`. */
export function customIssue(
  code: ProblemCode,
  message: string,
  params: Record<string, string | number> = {},
  path?: PropertyKey[],
) {
  return {
    code: 'custom' as const,
    message,
    params: { problem: { code, params } satisfies ProblemText },
    ...(path ? { path } : {}),
  };
}

/** `text(max)` in schema.ts: "must be at most 200 characters". */
export const tooLong = (max: number) => `must be at most ${max} characters`;

function issueText(issue: z.core.$ZodIssue): ProblemText | undefined {
  const custom = issue.code === 'custom' ? (issue.params as { problem?: ProblemText } | undefined)?.problem : undefined;
  if (custom) return custom;
  if (issue.code === 'too_big' && issue.origin === 'string' && issue.message === tooLong(Number(issue.maximum)))
    return { code: 'too_long', params: { max: Number(issue.maximum) } };
  const code = CODE_OF_WORDS.get(issue.message);
  return code ? { code, params: {} } : undefined;
}

export function formatIssuePath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key)),
    '',
  );
}

export function issueProblems(error: z.ZodError): Problem[] {
  return error.issues.map((issue) => {
    const text = issueText(issue);
    return { path: formatIssuePath(issue.path) || '(root)', message: issue.message, ...(text ? { text } : {}) };
  });
}

/**
 * "label: must be at most 40 characters; goals: must name at least one goal (and 2 more)".
 * `more` words the rest in the reader's language (callers that have the interface messages pass it).
 */
export function describeIssues(
  error: z.ZodError,
  max = 3,
  more: (count: number) => string = (n) => ` (and ${n} more)`,
): string {
  const parts = error.issues.slice(0, max).map((issue) => {
    const path = formatIssuePath(issue.path);
    return path ? `${path}: ${issue.message}` : issue.message;
  });
  return parts.join('; ') + (error.issues.length > max ? more(error.issues.length - max) : '');
}
