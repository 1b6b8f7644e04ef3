/**
 * Alternatives the plan editor offers for each goal. Searching routes is the costly part of
 * editing a plan, and most edits (notes, step status, the label) cannot change the answer, so
 * the last answer is kept until a field the searches read changes.
 */
import type { CareerModel } from '../graph/model';
import type { Route } from '../graph/routes';
import { suggestRoutes } from './plan-routes';
import type { Plan } from './schema';

/** The plan fields route suggestions depend on, as one comparable key. */
export function routeInputsKey(plan: Plan): string {
  return JSON.stringify([plan.start, plan.heldCredentials, plan.education, plan.goals, plan.constraints, plan.routes]);
}

export class RouteSuggestions {
  #model: CareerModel | null = null;
  #key = '';
  #byGoal = new Map<string, Route[]>();

  constructor(private readonly k = 3) {}

  /** Up to k routes per goal; the same Map while the model and the route inputs are unchanged. */
  for(model: CareerModel, plan: Plan): Map<string, Route[]> {
    const key = routeInputsKey(plan);
    if (model === this.#model && key === this.#key) return this.#byGoal;
    this.#model = model;
    this.#key = key;
    this.#byGoal = new Map(plan.goals.map((g) => [g, suggestRoutes(model, plan, g, this.k)]));
    return this.#byGoal;
  }
}
