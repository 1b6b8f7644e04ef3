/**
 * The one salary figure a list can sort by: the role's headline figure (the rule in
 * salary/pick-figure.ts) when it is an annual national median. It is always shown with its
 * year and source, and it is nominal (not inflation adjusted), because comparing it across
 * years needs the CPI view. `broader` says the figure is a wider occupation's pay.
 */
import type { Salary } from '../data/schema';
import type { CareerModel } from '../graph/model';
import { roleHeadline } from '../graph/salary/pick-figure';

export function headlineSalary(model: CareerModel, roleId: string): (Salary & { broader: boolean }) | null {
  const h = roleHeadline(model, roleId, 'median');
  if (!h.ok || h.picked.point.statistic !== 'median' || h.picked.point.period !== 'annual') return null;
  return { ...h.picked.point, broader: h.picked.broader };
}
