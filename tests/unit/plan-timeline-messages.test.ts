/**
 * What a plan's editor and handout say for a goal without a usable route: a goal the data no longer
 * has, a route not chosen yet, the plan's limits ruling every route out, a stored route the current
 * data cannot follow. Each in the plan's language, and with nothing else shown for that goal.
 */
import { describe, expect, it } from 'vitest';
import { createModel } from '../../src/graph/model';
import type { Dataset } from '../../src/data/schema';
import { planTimelines } from '../../src/plans/plan-timeline';
import type { Plan } from '../../src/plans/schema';
import { miniDataset } from '../fixtures/mini-dataset';
import { miniPlan } from '../fixtures/plan-arbitraries';

/** The mini ladder with a way in for a student: a one-year certificate opens the technician's job. */
function withEntry(d: Dataset): Dataset {
  d.programs = [
    {
      id: 'certificate',
      name: 'Postsecondary certificate',
      entry: 'high_school',
      grants: 'certificate',
      years: { typical: 1, low: 1, high: 2 },
      basis: 'IPEDS',
      sources: ['seed-a'],
    },
  ];
  d.entries = [
    { id: 'start-tech', role: 'tech', requires: { credentials: [], education: 'certificate' }, sources: ['seed-a'] },
  ];
  return d;
}

const student = (constraints: Plan['constraints']): Plan =>
  miniPlan({ start: { kind: 'education', level: 'high_school' }, constraints, routes: [] });

/** The one goal's view, which must show nothing but its message. */
function onlyMessage(model: ReturnType<typeof createModel>, plan: Plan, locale?: 'en' | 'es') {
  const [view, ...rest] = planTimelines(model, plan, locale);
  expect(rest).toEqual([]);
  expect(view).toMatchObject({ route: null, milestones: [], warnings: [], skipped: null });
  return view!.message;
}

describe('a goal without a usable route', () => {
  const model = createModel(miniDataset());

  it('names a goal the current data does not have', () => {
    const plan = miniPlan({ goals: ['ghost'], routes: [] });
    expect(onlyMessage(model, plan)).toBe("The goal 'ghost' is not a role in the current data.");
    expect(onlyMessage(model, plan, 'es')).toBe('La meta «ghost» no es un puesto de los datos actuales.');
  });

  it('says a route has yet to be chosen when one fits', () => {
    const plan = miniPlan({ routes: [] });
    expect(onlyMessage(model, plan)).toBe('No route to Manager has been chosen yet.');
    expect(onlyMessage(model, plan, 'es')).toBe('Todavía no se ha elegido una ruta hacia Manager.');
  });

  it('says why no route from the current job fits', () => {
    const tooShort = miniPlan({ routes: [], constraints: { educationCeiling: 'doctorate', maxYears: 2 } });
    expect(onlyMessage(model, tooShort)).toBe('Every route takes more than 2 years (fastest: 4 years).');
    const downhill = miniPlan({ routes: [], start: { kind: 'role', roleId: 'manager' }, goals: ['tech'] });
    expect(onlyMessage(model, downhill)).toBe('No route: Technician cannot be reached from Manager in this map.');
    expect(onlyMessage(model, downhill, 'es')).toBe(
      'No hay ruta: en este mapa no se puede llegar a Technician desde Manager.',
    );
  });

  it('gives a student the plan’s limits when the data has no first jobs', () => {
    const plan = student({ educationCeiling: 'associate', maxYears: 3 });
    expect(onlyMessage(model, plan)).toBe(
      "No route from a first job to Manager fits the plan's limits (education up to an associate degree and at most 3 years). Try raising a limit.",
    );
    expect(onlyMessage(model, plan, 'es')).toBe(
      'Ninguna ruta desde un primer empleo hasta Manager cumple los límites del plan (estudios hasta un título de asociado y como máximo 3 años). Pruebe a ampliar un límite.',
    );
  });

  it('says a limit of one year in the singular, in both languages', () => {
    const plan = student({ educationCeiling: 'associate', maxYears: 1 });
    expect(onlyMessage(model, plan)).toContain('(education up to an associate degree and at most 1 year)');
    expect(onlyMessage(model, plan, 'es')).toContain('(estudios hasta un título de asociado y como máximo 1 año)');
    const entered = createModel(withEntry(miniDataset()));
    expect(onlyMessage(entered, student({ educationCeiling: 'doctorate', maxYears: 1 }), 'es')).toBe(
      'Todas las rutas duran más de 1 año (la más rápida: 5 años).',
    );
  });

  it('tells a student what stands between school and the goal, or that a route has only to be chosen', () => {
    const entered = createModel(withEntry(miniDataset()));
    expect(onlyMessage(entered, student({ educationCeiling: 'high_school', maxYears: null }))).toBe(
      'Every route needs a postsecondary certificate; your education ceiling is a high-school diploma.',
    );
    expect(onlyMessage(entered, student({ educationCeiling: 'doctorate', maxYears: 1 }))).toBe(
      'Every route takes more than 1 year (fastest: 5 years).',
    );
    // Certificate, technician, manager fits: nothing to raise, only a route to pick.
    expect(onlyMessage(entered, student({ educationCeiling: 'doctorate', maxYears: null }))).toBe(
      'No route to Manager has been chosen yet.',
    );
  });

  it('shows each goal the stored route that ends at it', () => {
    const toCoder = { roles: ['tech', 'coder'], objective: 'years' as const };
    const toManager = { roles: ['tech', 'manager'], objective: 'years' as const };
    const plan = miniPlan({ goals: ['manager', 'coder'], routes: [toCoder, toManager] });
    const views = planTimelines(model, plan);
    expect(views.map((v) => [v.goal, v.stored, v.route?.roles, v.message])).toEqual([
      ['manager', toManager, ['tech', 'manager'], null],
      ['coder', toCoder, ['tech', 'coder'], null],
    ]);
  });

  it('keeps a stored route the data can no longer follow, with the missing move named', () => {
    const d = miniDataset();
    d.transitions = d.transitions.filter((t) => t.id !== 't2');
    const plan = miniPlan();
    const [view] = planTimelines(createModel(d), plan, 'es');
    expect(view).toEqual({
      goal: 'manager',
      goalTitle: 'Manager',
      stored: plan.routes[0],
      route: null,
      milestones: [],
      warnings: [],
      skipped: null,
      message: 'Los datos actuales no tienen un cambio de Coder a Manager, así que hay que volver a elegir esta ruta.',
    });
  });
});
