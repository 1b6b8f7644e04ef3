/**
 * Checks that the schema and the reference validator do not make but the app relies on:
 * the graph builder refuses two transitions for the same move, and an empty map is useless.
 * Cycles (A → B → A) are NOT a problem: moving back is a real career step, and every graph
 * algorithm in the app keeps a visited set or a bounded route length.
 */
import { buildGraph } from '../../graph/build-graph';
import type { Dataset } from '../schema';
import type { Problem } from '../validate';

export function graphProblems(d: Dataset): Problem[] {
  const problems: Problem[] = [];
  const firstMove = new Map<string, number>();
  d.transitions.forEach((t, i) => {
    const key = `${t.from}\u0000${t.to}`;
    const first = firstMove.get(key);
    if (first !== undefined) {
      problems.push({ path: `transitions[${i}]`, message: `repeats the move '${t.from}' → '${t.to}' of transitions[${first}]; merge the two` });
    } else firstMove.set(key, i);
  });
  if (d.roles.every((r) => r.outOfScope)) {
    problems.push({ path: 'roles', message: 'every role is marked outOfScope, so the map would be empty' });
  }
  return problems;
}

/**
 * Builds the graph once as the app will, so anything it would still reject is reported
 * here, while the current data is untouched. Returns the builder's message or null.
 */
export function buildProblem(d: Dataset): string | null {
  try {
    buildGraph(d);
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}
