/**
 * One comparable number per role for the salary objectives: the chosen statistic in
 * constant dollars of the newest CPI year, or undefined when no dated figure exists.
 */
import type { CareerModel } from '../model';
import { routeSalarySeries } from './route-series';

export function constantDollarSalaryOf(model: CareerModel): (roleId: string) => number | undefined {
  const cache = new Map<string, number | undefined>();
  return (roleId) => {
    if (!cache.has(roleId)) {
      const point = model.roles.has(roleId) ? routeSalarySeries(model, { roles: [roleId], steps: [] })[0] : undefined;
      cache.set(roleId, point?.y ?? undefined);
    }
    return cache.get(roleId);
  };
}
