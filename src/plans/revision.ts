/**
 * A plan version's revision: the whole version, as JSON. A save replaces a stored plan only when
 * the stored version's revision is the one the edit started from (record-rules.ts). Apart, and
 * free of imports, so the page's plan session can hold one without loading the plan schema.
 */
import type { Plan } from './schema';

/** The stored version an edit started from (`revisionOf`); null for a plan never saved. */
export type Revision = string | null;

/** Equal exactly when every field of the two versions is. */
export function revisionOf(plan: Plan): string {
  return JSON.stringify(plan);
}
