/** The shapes route algorithms return. A route is always a simple path (no role twice). */
import type { EducationLevel } from '../../data/schema';
import type { Constraints } from './constraints';

/**
 * What a search ranks by.
 * - 'years': fewest total typical years.
 * - 'credentials': fewest steps (new credentials + 1 when the route needs more education), ties by years.
 * - 'salary_gain': biggest (salary(to) − salary(from)) / total years. For a fixed start and
 *   destination the numerator is constant, so this ranks exactly like 'years'; the gain is
 *   only reported (as `cost`) when both salaries are known. A pay cut is still ranked by years,
 *   not by "least negative per year", which would favour slower routes.
 * - 'salary_end': highest end salary. Constant for a fixed destination (ranks like 'years');
 *   meaningful for `reachableWithin`, which can sort destinations by it.
 */
export const OBJECTIVES = ['years', 'credentials', 'salary_gain', 'salary_end'] as const;
export type Objective = (typeof OBJECTIVES)[number];

export interface Requirement {
  kind: 'credential' | 'education';
  id: string;
  /** True when already held, or earned on an earlier move of the same route. */
  met: boolean;
}

export interface RouteMove {
  /** The transition id (the graph's edge key). */
  edge: string;
  from: string;
  to: string;
  years: { typical: number; low: number; high: number; estimated: boolean; method?: string };
  requirements: Requirement[];
}

export interface Route {
  /** Start to destination. */
  roles: string[];
  moves: RouteMove[];
  /** Sums of the moves' typical, low and high years. */
  totalYears: { typical: number; low: number; high: number };
  /** True when any move's years are an estimate. */
  estimated: boolean;
  /** Credentials the route needs that are not held, in the order they are first needed. */
  newCredentials: string[];
  /** The highest education the route needs above the held level, or null. */
  newEducation: EducationLevel | null;
  /** newCredentials.length + (newEducation ? 1 : 0): what the 'credentials' objective minimises. */
  steps: number;
  /**
   * The objective's score: years ('years'), steps ('credentials'), salary gain per year
   * ('salary_gain') or end salary ('salary_end'); null when a salary it needs is unknown.
   */
  cost: number | null;
}

export interface RouteOptions extends Constraints {
  objective: Objective;
  /** Salary of a role (e.g. a national median), undefined when unknown. Needed by the salary objectives. */
  salaryOf?: (roleId: string) => number | undefined;
}
