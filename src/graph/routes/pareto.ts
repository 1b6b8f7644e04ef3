/**
 * paretoRoutes: the routes no other route beats on both total years and steps (new
 * credentials, programs and degrees), so a person sees the trade-off — "4 years with a
 * bachelor's, or 7 years without". One route per point of the front, fastest first.
 *
 * Method: the label search (search.ts) from the start, expanded in order of years; once the
 * destination has been reached with s steps, any label with ≥ s steps is dropped (it can only
 * reach the destination later and with no fewer steps). Each label reaching the destination
 * then has strictly fewer steps than every earlier one: it is the next point of the front.
 */
import type { CareerGraph } from '../types';
import { DEFAULT_CONSTRAINTS, EPS, assertGraph, assertRole, assertStart, resolveConstraints } from './constraints';
import { goalOf, type Goal } from './goal';
import { buildRouteIndex, type RouteIndex } from './route-index';
import { compareRoutes, computeRoute } from './route-cost';
import { isSimple, labelSearch, noBans, startLabel, type Label } from './search';
import { checkRouteOptions, withDefaults } from './yen';
import type { Route, RouteOptions } from './types';

const MODULE = 'graph/routes/pareto';

export const PARETO_DEFAULTS: RouteOptions = { ...DEFAULT_CONSTRAINTS, objective: 'years' };

function front(index: RouteIndex, s: number, goal: Goal, simple: boolean): Label[] {
  const out: Label[] = [];
  let fewestSteps = Infinity;
  labelSearch(index, [startLabel(index, s, goal)], {
    goal,
    banned: noBans(index),
    limit: index.constraints.yearLimit,
    order: 'years',
    simple,
    onSettle: (label) => {
      out.push(label);
      fewestSteps = label.steps;
      return label.steps === 0;
    },
    // sk: the steps a label has taken and will still take at least.
    prune: (label) => label.sk >= fewestSteps,
  });
  return out;
}

export function paretoRoutes(
  graph: CareerGraph,
  from: string,
  to: string,
  options: Partial<RouteOptions> = {},
): Route[] {
  assertGraph(MODULE, graph);
  assertStart(MODULE, graph, from);
  assertRole(MODULE, graph, to);
  const opts = withDefaults(PARETO_DEFAULTS, options);
  checkRouteOptions(MODULE, opts);
  const constraints = resolveConstraints(MODULE, graph, opts);
  if (from === to) return [];
  const index = buildRouteIndex(graph, constraints);
  const s = index.indexOf.get(from)!;
  const t = index.indexOf.get(to)!;
  const goal = goalOf(index, t);
  if (!(goal.years[s]! < Infinity && goal.years[s]! <= constraints.yearLimit + EPS)) return [];
  let points = front(index, s, goal, false);
  if (points.some((l) => !isSimple(l))) points = front(index, s, goal, true);
  // Rounding in years + heuristic can, in theory, reorder two labels with equal years; drop any such dominated point.
  const kept = points.filter(
    (a) =>
      !points.some(
        (b) =>
          b !== a && b.years <= a.years + EPS && b.steps <= a.steps && (b.steps < a.steps || b.years < a.years - EPS),
      ),
  );
  return kept.map((l) => computeRoute(index, l, opts.objective, opts.salaryOf)).sort(compareRoutes('years'));
}
