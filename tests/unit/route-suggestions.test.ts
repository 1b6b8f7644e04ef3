/**
 * The plan editor re-searches routes only when an edit can change them: typing a note must not
 * re-run the searches, changing a goal or a held credential must.
 */
import { describe, expect, it } from 'vitest';
import { builtinDataset } from '../../src/data/builtin';
import { createModel } from '../../src/graph/model';
import { planFromRoute } from '../../src/plans/plan-routes';
import { RouteSuggestions, routeInputsKey } from '../../src/plans/route-suggestions';

const model = createModel(builtinDataset);
const plan = planFromRoute({ roles: ['hit', 'him_manager'] }, { now: new Date('2026-01-01'), id: 'p-1' });

describe('RouteSuggestions', () => {
  it('offers routes for every goal, the first starting at the plan start', () => {
    const byGoal = new RouteSuggestions(3).for(model, plan);
    const routes = byGoal.get('him_manager') ?? [];
    expect(routes.length).toBeGreaterThan(0);
    expect(routes.length).toBeLessThanOrEqual(3);
    expect(routes.every((r) => r.roles[0] === 'hit' && r.roles.at(-1) === 'him_manager')).toBe(true);
  });

  it('keeps the last answer through edits the searches do not read', () => {
    const s = new RouteSuggestions();
    const first = s.for(model, plan);
    expect(
      s.for(model, { ...plan, notes: 'call the registrar', label: 'Ana', stepNotes: { him_manager: 'ask HR' } }),
    ).toBe(first);
  });

  it('searches again when a goal, a credential, the constraints or the model change', () => {
    const s = new RouteSuggestions();
    const first = s.for(model, plan);
    const withGoal = s.for(model, { ...plan, goals: [...plan.goals, 'coder'] });
    expect(withGoal).not.toBe(first);
    expect([...withGoal.keys()]).toEqual(['him_manager', 'coder']);
    expect(s.for(model, { ...plan, goals: [...plan.goals, 'coder'], heldCredentials: ['rhit'] })).not.toBe(withGoal);
    expect(routeInputsKey({ ...plan, constraints: { ...plan.constraints, maxYears: 4 } })).not.toBe(
      routeInputsKey(plan),
    );
    const again = s.for(model, plan);
    expect(s.for(createModel(builtinDataset), plan)).not.toBe(again);
  });
});
