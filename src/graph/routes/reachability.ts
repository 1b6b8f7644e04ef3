/**
 * reachableWithin: every role a person can reach within N years on the route clock (jobs,
 * study and required experience) under their constraints, each with its fastest route. The
 * start itself is not listed.
 */
import type { CareerGraph } from '../types';
import { DEFAULT_CONSTRAINTS, assertGraph, assertStart, resolveConstraints, type Constraints } from './constraints';
import { goalOf } from './goal';
import { buildRouteIndex } from './route-index';
import { computeRoute, type SalaryOf } from './route-cost';
import { bestLabel, isSimple, labelSearch, noBans, startLabel, type Label } from './search';
import { withDefaults } from './yen';
import { unreachedAhead } from './unreached';
import type { Route } from './types';

const MODULE = 'graph/routes/reachability';

export interface ReachableOptions extends Constraints {
  /** 'years': fastest first; 'salary_end': highest end salary first (unknown salaries last). */
  sortBy: 'years' | 'salary_end';
  salaryOf?: SalaryOf;
}

export const REACHABLE_DEFAULTS: ReachableOptions = { ...DEFAULT_CONSTRAINTS, sortBy: 'years' };

export interface ReachableRole {
  role: string;
  /** The fastest route there; its cost is the years, or the end salary when sorting by salary. */
  route: Route;
}

export function reachableWithin(
  graph: CareerGraph,
  from: string,
  years: number,
  options: Partial<ReachableOptions> = {},
): ReachableRole[] {
  assertGraph(MODULE, graph);
  assertStart(MODULE, graph, from);
  if (typeof years !== 'number' || !(years >= 0) || Number.isNaN(years))
    throw new Error(`${MODULE}: years must be a number ≥ 0, got ${String(years)}`);
  const opts = withDefaults(REACHABLE_DEFAULTS, options);
  if (opts.sortBy !== 'years' && opts.sortBy !== 'salary_end')
    throw new Error(`${MODULE}: unknown sortBy '${String(opts.sortBy)}'`);
  if (opts.sortBy === 'salary_end' && typeof opts.salaryOf !== 'function')
    throw new Error(`${MODULE}: sortBy 'salary_end' needs a salaryOf function`);
  const constraints = resolveConstraints(MODULE, graph, {
    ...opts,
    maxYears: Math.min(years, opts.maxYears ?? Infinity),
  });
  const index = buildRouteIndex(graph, constraints);
  const source = index.indexOf.get(from)!;
  // The first label settled at a role is its fastest walk; a walk that repeats a role is
  // replaced by that role's exact simple-path search.
  const best = new Map<number, Label>();
  const ahead = unreachedAhead(index, source, constraints.yearLimit);
  labelSearch(index, [startLabel(index, source, null)], {
    goal: null,
    yearsOnly: true,
    banned: noBans(index),
    limit: constraints.yearLimit,
    order: 'years',
    simple: false,
    onSettle: (l) => {
      if (l.node !== source && l.node !== index.noJob && !best.has(l.node)) best.set(l.node, l);
      ahead.settled(l.node);
      return false;
    },
    prune: ahead.useless,
  });
  const objective = opts.sortBy === 'salary_end' ? 'salary_end' : 'years';
  const result: ReachableRole[] = [];
  for (const [v, walk] of best) {
    const goal = isSimple(walk) ? null : goalOf(index, v);
    const label = goal ? bestLabel(index, [startLabel(index, source, goal)], goal, noBans(index), 'years') : walk;
    if (label) result.push({ role: index.ids[v]!, route: computeRoute(index, label, objective, opts.salaryOf) });
  }
  const byYears = (a: ReachableRole, b: ReachableRole) =>
    a.route.totalYears.typical - b.route.totalYears.typical || (a.role < b.role ? -1 : a.role > b.role ? 1 : 0);
  if (objective === 'years') return result.sort(byYears);
  return result.sort((a, b) => {
    const sa = a.route.cost ?? -Infinity;
    const sb = b.route.cost ?? -Infinity;
    return sa !== sb ? sb - sa : byYears(a, b);
  });
}
