/**
 * paretoRoutes: the routes no other route beats on both total years and steps (new
 * credentials + an education step), so a person sees the trade-off — "4 years with a
 * bachelor's, or 7 years without". One route per point of the front, fastest first.
 *
 * Method: a label search from the start, expanded in order of years (A*, fewest years to the
 * destination as heuristic). Labels are (role, credentials earned, education paid, years); a
 * label is dropped when another at its role is no worse on all three, and once the destination
 * has been reached with s steps, any label with ≥ s steps is dropped (it can only reach the
 * destination later and with no fewer steps). Each label reaching the destination then has
 * strictly fewer steps than every earlier one: it is the next point of the front.
 */
import type { CareerGraph } from '../types';
import { DEFAULT_CONSTRAINTS, EPS, assertGraph, assertRole, resolveConstraints } from './constraints';
import { buildRouteIndex, yearsToTarget } from './route-index';
import { compareRoutes, computeRoute } from './route-cost';
import { EMPTY_ROOT, labelSearch, unwindLabel, type Label } from './search';
import { checkRouteOptions } from './yen';
import type { Route, RouteOptions } from './types';

const MODULE = 'graph/routes/pareto-routes';

export const DEFAULTS: RouteOptions = { ...DEFAULT_CONSTRAINTS, objective: 'years' };

export function paretoRoutes(graph: CareerGraph, from: string, to: string, options: Partial<RouteOptions> = {}): Route[] {
  assertGraph(MODULE, graph);
  assertRole(MODULE, graph, from);
  assertRole(MODULE, graph, to);
  const opts: RouteOptions = { ...DEFAULTS, ...Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)) };
  checkRouteOptions(MODULE, opts);
  const constraints = resolveConstraints(MODULE, graph, opts);
  if (from === to) return [];
  const index = buildRouteIndex(graph, constraints);
  const s = index.indexOf.get(from)!;
  const t = index.indexOf.get(to)!;
  const h = yearsToTarget(index, t);
  if (!(h[s]! <= constraints.yearLimit + EPS)) return [];
  const front: Label[] = [];
  let fewestSteps = Infinity;
  labelSearch(
    index,
    s,
    t,
    h,
    EMPTY_ROOT,
    { nodes: new Uint8Array(index.ids.length), edges: new Set() },
    constraints.yearLimit,
    'years',
    (label) => {
      front.push(label);
      fewestSteps = label.steps;
      return label.steps === 0;
    },
    (label) => label.steps >= fewestSteps,
  );
  // Rounding in years + heuristic can, in theory, reorder two labels with equal years; drop any such dominated point.
  const kept = front.filter((a) => !front.some((b) => b !== a && b.years <= a.years + EPS && b.steps <= a.steps && (b.steps < a.steps || b.years < a.years - EPS)));
  return kept
    .map((l) => computeRoute(graph, unwindLabel(l).map((e) => index.edgeKey[e]!), constraints, opts.objective, opts.salaryOf))
    .sort(compareRoutes('years'));
}
