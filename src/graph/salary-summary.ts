/**
 * The one salary figure a list can sort by: the most recent national annual median for the
 * role. It is always shown with its year and source, and it is nominal (not inflation
 * adjusted), because comparing it across years needs the CPI view.
 */
import type { Salary } from '../data/schema';
import type { CareerModel } from './model';

export function headlineSalary(model: CareerModel, roleId: string): Salary | null {
  let best: Salary | null = null;
  for (const s of model.salariesByRole.get(roleId) ?? []) {
    if (s.statistic !== 'median' || s.scope !== 'national' || s.period !== 'annual' || s.year === null) continue;
    if (!best || s.year > (best.year ?? 0) || (s.year === best.year && s.roles.length < best.roles.length)) best = s;
  }
  return best;
}
