/**
 * Turns a path (a list of moves) into a Route: requirements met or newly needed, honest
 * year totals (low and high are the sums of the moves' ranges), steps and the objective's score.
 * This is the one definition of a route's cost; the searches are proven against it.
 *
 * Steps = new credentials (each counted once per route, however many moves need it) + 1 when the
 * route needs more education than held (one step: reaching `newEducation`, the highest level it
 * needs). Counting every raise (associate, then bachelor) separately was rejected: that count can
 * fall when a detour is added, so the cheapest way would not always be a simple path.
 */
import type { EducationLevel } from '../../data/schema';
import type { CareerGraph } from '../types';
import { EPS, educationRank, type ResolvedConstraints } from './constraints';
import type { Objective, Requirement, Route, RouteMove } from './types';

export type SalaryOf = (roleId: string) => number | undefined;

export function computeRoute(graph: CareerGraph, edges: readonly string[], constraints: ResolvedConstraints, objective: Objective, salaryOf?: SalaryOf): Route {
  const held = new Set(constraints.held);
  let educationRankNow = constraints.educationRank;
  const newCredentials: string[] = [];
  let newEducation: EducationLevel | null = null;
  const totalYears = { typical: 0, low: 0, high: 0 };
  let estimated = false;
  const moves: RouteMove[] = [];
  const roles: string[] = [];
  for (const edge of edges) {
    const attr = graph.getEdgeAttributes(edge);
    const [from, to] = graph.extremities(edge);
    if (roles.length === 0) roles.push(from);
    roles.push(to);
    const requirements: Requirement[] = [];
    for (const id of new Set(attr.requiresCredentials)) {
      const met = held.has(id);
      requirements.push({ kind: 'credential', id, met });
      if (!met) {
        held.add(id);
        newCredentials.push(id);
      }
    }
    if (attr.requiresEducation !== undefined) {
      const rank = educationRank(attr.requiresEducation);
      const met = rank <= educationRankNow;
      requirements.push({ kind: 'education', id: attr.requiresEducation, met });
      if (!met) {
        educationRankNow = rank;
        newEducation = attr.requiresEducation;
      }
    }
    const { typical, low, high, estimated: est, method } = attr.years;
    totalYears.typical += typical;
    totalYears.low += low;
    totalYears.high += high;
    estimated ||= est;
    moves.push({ edge, from, to, years: { typical, low, high, estimated: est, ...(method ? { method } : {}) }, requirements });
  }
  const steps = newCredentials.length + (newEducation ? 1 : 0);
  const route: Route = { roles, moves, totalYears, estimated, newCredentials, newEducation, steps, cost: null };
  route.cost = objectiveValue(route, objective, salaryOf);
  return route;
}

/** The objective's score for a route (see Objective); null when a salary it needs is unknown. */
export function objectiveValue(route: Route, objective: Objective, salaryOf?: SalaryOf): number | null {
  switch (objective) {
    case 'years':
      return route.totalYears.typical;
    case 'credentials':
      return route.steps;
    case 'salary_gain': {
      const start = salaryOf?.(route.roles[0]!);
      const end = salaryOf?.(route.roles[route.roles.length - 1]!);
      if (start === undefined || end === undefined || route.totalYears.typical <= 0) return null;
      return (end - start) / route.totalYears.typical;
    }
    case 'salary_end':
      return salaryOf?.(route.roles[route.roles.length - 1]!) ?? null;
  }
}

function compareRoles(a: readonly string[], b: readonly string[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    if (a[i] !== b[i]) return a[i]! < b[i]! ? -1 : 1;
  }
  return a.length - b.length;
}

function compareNumbers(a: number, b: number): number {
  return Math.abs(a - b) <= EPS ? 0 : a - b;
}

/**
 * Total order used to sort results: 'credentials' by steps then years; every other objective
 * by years then steps (for a fixed start and destination the salary objectives rank like years);
 * then by role ids, so equal-cost routes always come out in the same order.
 */
export function compareRoutes(objective: Objective): (a: Route, b: Route) => number {
  return (a, b) => {
    const years = compareNumbers(a.totalYears.typical, b.totalYears.typical);
    const steps = a.steps - b.steps;
    const primary = objective === 'credentials' ? steps || years : years || steps;
    return primary || compareRoles(a.roles, b.roles);
  };
}
