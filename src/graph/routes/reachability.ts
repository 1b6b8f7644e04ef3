/**
 * reachableWithin: every role a person can reach within N typical years under their
 * constraints, each with its fastest route (plain Dijkstra from the start over allowed moves).
 * The start role itself is not listed.
 */
import type { CareerGraph } from '../types';
import { DEFAULT_CONSTRAINTS, assertGraph, assertRole, resolveConstraints, type Constraints } from './constraints';
import { buildRouteIndex } from './route-index';
import { computeRoute, type SalaryOf } from './route-cost';
import { unwindNodes, yearsFrom } from './search';
import type { Route } from './types';

const MODULE = 'graph/routes/reachable-within';

export interface ReachableOptions extends Constraints {
  /** 'years': fastest first; 'salary_end': highest end salary first (unknown salaries last). */
  sortBy: 'years' | 'salary_end';
  salaryOf?: SalaryOf;
}

export const DEFAULTS: ReachableOptions = { ...DEFAULT_CONSTRAINTS, sortBy: 'years' };

export interface ReachableRole {
  role: string;
  /** The fastest route there; its cost is the years, or the end salary when sorting by salary. */
  route: Route;
}

export function reachableWithin(graph: CareerGraph, from: string, years: number, options: Partial<ReachableOptions> = {}): ReachableRole[] {
  assertGraph(MODULE, graph);
  assertRole(MODULE, graph, from);
  if (typeof years !== 'number' || !(years >= 0) || Number.isNaN(years)) throw new Error(`${MODULE}: years must be a number ≥ 0, got ${String(years)}`);
  const opts: ReachableOptions = { ...DEFAULTS, ...Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)) };
  if (opts.sortBy !== 'years' && opts.sortBy !== 'salary_end') throw new Error(`${MODULE}: unknown sortBy '${String(opts.sortBy)}'`);
  if (opts.sortBy === 'salary_end' && typeof opts.salaryOf !== 'function') throw new Error(`${MODULE}: sortBy 'salary_end' needs a salaryOf function`);
  const constraints = resolveConstraints(MODULE, graph, opts);
  const index = buildRouteIndex(graph, constraints);
  const source = index.indexOf.get(from)!;
  const { dist, prev } = yearsFrom(index, source, Math.min(years, constraints.yearLimit));
  const objective = opts.sortBy === 'salary_end' ? 'salary_end' : 'years';
  const result: ReachableRole[] = [];
  for (let v = 0; v < index.ids.length; v++) {
    if (v === source || dist[v] === Infinity) continue;
    const edges = unwindNodes(index, prev, source, v).map((e) => index.edgeKey[e]!);
    result.push({ role: index.ids[v]!, route: computeRoute(graph, edges, constraints, objective, opts.salaryOf) });
  }
  const byYears = (a: ReachableRole, b: ReachableRole) => a.route.totalYears.typical - b.route.totalYears.typical || (a.role < b.role ? -1 : a.role > b.role ? 1 : 0);
  if (objective === 'years') return result.sort(byYears);
  return result.sort((a, b) => {
    const sa = a.route.cost ?? -Infinity;
    const sb = b.route.cost ?? -Infinity;
    return sa !== sb ? sb - sa : byYears(a, b);
  });
}
