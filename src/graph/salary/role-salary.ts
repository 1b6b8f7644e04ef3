/**
 * One comparable number per role for the salary objectives: the headline figure (pick-figure.ts)
 * in constant dollars of the newest CPI year, or undefined when no dated figure exists.
 * A figure for an occupation broader than the role (all medical and health services managers
 * for a coding supervisor) is not the role's pay, so it ranks routes only when the user allows it.
 */
import type { CareerModel } from '../model';
import { routeSalarySeries, type SeriesPoint } from './route-series';

/**
 * A role's headline figure as the salary views use it: `y` in constant dollars of the newest
 * CPI year (null when the figure cannot be converted), with the figure, its source and
 * whether it is a wider occupation's pay. Undefined only for a role the model lacks.
 */
export function rolePayPoint(model: CareerModel, roleId: string): SeriesPoint | undefined {
  return routeSalarySeries(model, { roles: [roleId], steps: [] })[0];
}

export interface SalaryOfOptions {
  /** Rank by occupation-wide figures too (off by default; the UI must say so when on). */
  allowBroader?: boolean;
}

export function constantDollarSalaryOf(
  model: CareerModel,
  options: SalaryOfOptions = {},
): (roleId: string) => number | undefined {
  const cache = new Map<string, number | undefined>();
  return (roleId) => {
    if (!cache.has(roleId)) {
      const point = rolePayPoint(model, roleId);
      const usable = point && (!point.broader || options.allowBroader);
      cache.set(roleId, usable ? (point.y ?? undefined) : undefined);
    }
    return cache.get(roleId);
  };
}
