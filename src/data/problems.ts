/**
 * How the app reports invalid input (datasets, plans): one located problem per issue, and one
 * way of turning zod's issues into them, so a path reads the same everywhere ("roles[3].title").
 */
import type { z } from 'zod';

export interface Problem {
  /** Where the problem is, e.g. "roles[3].title" or "transitions[coder-to-cdi].to". */
  path: string;
  message: string;
}

export function formatIssuePath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key)), '');
}

export function issueProblems(error: z.ZodError): Problem[] {
  return error.issues.map((issue) => ({ path: formatIssuePath(issue.path) || '(root)', message: issue.message }));
}

/** "label: must be at most 40 characters; goals: must name at least one goal (and 2 more)". */
export function describeIssues(error: z.ZodError, max = 3): string {
  const parts = error.issues.slice(0, max).map((issue) => {
    const path = formatIssuePath(issue.path);
    return path ? `${path}: ${issue.message}` : issue.message;
  });
  const more = error.issues.length > max ? ` (and ${error.issues.length - max} more)` : '';
  return parts.join('; ') + more;
}
