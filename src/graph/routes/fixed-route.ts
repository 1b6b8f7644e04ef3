/**
 * costRoute: the Route for a fixed sequence of roles (a stored plan's route, or one a counselor
 * picked), with the best way to meet each move's requirements on the same clock as the
 * searches. Null when a move is missing or cannot be met under the constraints.
 */
import type { CareerGraph } from '../types';
import { assertGraph, resolveConstraints } from './constraints';
import { buildRouteIndex } from './route-index';
import { computeRoute, routeAlong } from './route-cost';
import { K_BEST_DEFAULTS, checkRouteOptions, withDefaults } from './yen';
import type { Route, RouteOptions } from './types';

const MODULE = 'graph/routes/fixed-route';

export function costRoute(
  graph: CareerGraph,
  roles: readonly string[],
  options: Partial<RouteOptions> = {},
): Route | null {
  assertGraph(MODULE, graph);
  const opts = withDefaults(K_BEST_DEFAULTS, options);
  checkRouteOptions(MODULE, opts);
  const index = buildRouteIndex(graph, {
    ...resolveConstraints(MODULE, graph, opts),
    avoid: [],
    avoided: new Set(),
    includeImplausible: true,
  });
  const at = roles.map((r) => index.indexOf.get(r));
  if (at.some((i) => i === undefined) || roles.length < 2) return null;
  const edges: number[] = [];
  for (let i = 1; i < at.length; i++) {
    const u = at[i - 1]!;
    let found = -1;
    for (let e = index.outStart[u]!; e < index.outStart[u + 1]!; e++) if (index.target[e] === at[i]) found = e;
    if (found < 0) return null;
    edges.push(found);
  }
  const label = routeAlong(index, at[0]!, edges);
  return label ? computeRoute(index, label, opts.objective, opts.salaryOf) : null;
}
