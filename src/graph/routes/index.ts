/** Route planning on the career graph: pure functions, no DOM. */
export {
  DEFAULT_CONSTRAINTS,
  EPS,
  NO_JOB,
  STUDY_MODES,
  educationRank,
  type Constraints,
  type StudyMode,
} from './constraints';
export { OBJECTIVES, type Objective, type Requirement, type Route, type RouteMove, type RouteOptions } from './types';
export { kBestRoutes, K_BEST_DEFAULTS, type KBestRoutesOptions } from './yen';
export { paretoRoutes, PARETO_DEFAULTS } from './pareto';
export { reachableWithin, REACHABLE_DEFAULTS, type ReachableOptions, type ReachableRole } from './reachability';
export { explainNoRoute, routeNeeds, type NoRouteExplanation, type NoRouteReason, type RouteFix } from './explain';
export type { Span } from './rules';
export { scheduleTotal, type RouteSchedule } from './schedule';
export { costRoute } from './fixed-route';
export { compareRoutes } from './route-cost';
