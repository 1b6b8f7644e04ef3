/**
 * The route planner's URL rules, in one place. A change to what the routes answer (From, To, the
 * ranking, what the person holds, how far they will go, how they study, the year limit, implausible
 * moves, routes that skip usual requirements) makes a new list of routes: the shown route goes
 * back to the first, and the salary comparison — indexes into the old list — is cleared. New ends
 * are a step Back returns to; refining the constraints replaces the current entry.
 */
import type { HistoryMode } from './app-state.svelte';
import type { UrlState } from './url-state';

/** The fields whose change makes a new list of routes. */
export const ROUTE_QUERY_FIELDS = [
  'from',
  'to',
  'objective',
  'held',
  'education',
  'educationHim',
  'ceiling',
  'study',
  'maxYears',
  'implausible',
  'relax',
] as const satisfies readonly (keyof UrlState)[];
export type RouteQueryChange = Partial<Pick<UrlState, (typeof ROUTE_QUERY_FIELDS)[number]>>;

/** Routes overlaid in the salary comparison at most. */
export const COMPARE_MAX = 3;
/** The longest year limit a user may set. */
export const MAX_YEARS_LIMIT = 60;
/** Route indexes kept in a URL (more than the planner ever lists). */
export const ROUTE_INDEX_LIMIT = 20;

export interface UrlUpdate {
  change: Partial<UrlState>;
  mode: HistoryMode;
}

/** A new route query: the change, the first route shown, nothing compared. */
export function routeQueryUpdate(change: RouteQueryChange): UrlUpdate {
  const endsChanged = 'from' in change || 'to' in change;
  return { change: { ...change, routeIndex: 0, compare: [] }, mode: endsChanged ? 'push' : 'replace' };
}

/** A credential checked or unchecked among those the person holds (each once, in the order checked). */
export function heldAfterToggle(held: readonly string[], id: string, on: boolean): string[] {
  const others = held.filter((c) => c !== id);
  return on ? [...others, id] : others;
}

/** A route added to or taken out of the comparison: the newest COMPARE_MAX are kept. */
export function compareAfterToggle(compare: readonly number[], index: number, on: boolean): number[] {
  const others = compare.filter((c) => c !== index);
  return on ? [...others, index].slice(-COMPARE_MAX) : others;
}

/** The year limit as typed: a number from 1 to MAX_YEARS_LIMIT, else no limit. */
export function yearLimit(input: string | number | null): number | null {
  if (input === null || input === '') return null;
  const n = Number(input);
  return Number.isFinite(n) && n > 0 && n <= MAX_YEARS_LIMIT ? n : null;
}
