/**
 * A plan's setup as a counselor fills it in (issue 26, item 5), with the built-in data: every
 * field named and showing the plan's values; each change sent as a whole new plan, re-planned where
 * it changes which routes are possible (a new goal gets its route, a new current job a route from
 * it); a credential held under its old id (CTR, now ODS) shown as held; a year limit that is blank
 * means none and a nonsense one is ignored — in English and Spanish.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import PlanSetup from '../../src/views/plans/PlanSetup.svelte';
import { builtinDataset } from '../../src/data/builtin';
import { createModel } from '../../src/graph/model';
import { planFromRoute } from '../../src/plans/plan-routes';
import type { Plan } from '../../src/plans/schema';
import { useLocale } from '../../src/state/locale-state.svelte';

const model = createModel(builtinDataset);
const FRONT_DESK = 'Patient Access / Patient Service Representative';

function setup(options: Parameters<typeof planFromRoute>[1] = {}, edit: Partial<Plan> = {}) {
  const plan = { ...planFromRoute({ roles: ['patient_access', 'coder'] }, { id: 'p-1', ...options }), ...edit };
  const onchange = vi.fn<(p: Plan) => void>();
  render(PlanSetup, { model, plan, onchange });
  return { plan, last: () => onchange.mock.lastCall![0], onchange };
}

const held = (group = 'Credentials already held') =>
  within(screen.getByRole('group', { name: group }))
    .getAllByRole('checkbox', { checked: true })
    .map((b) => b.closest('label')!.textContent!.trim());

describe('PlanSetup', () => {
  afterEach(() => useLocale('en'));

  it("shows the plan's values under their names", () => {
    setup({ label: 'Ana', heldCredentials: ['cca'], maxYears: 6 });
    const label = screen.getByRole('textbox', { name: 'Plan label' });
    expect(label).toHaveValue('Ana');
    expect(label).toHaveAccessibleDescription(/.+/);
    expect(screen.getByRole('combobox', { name: 'Handout language' })).toHaveDisplayValue('English');
    expect(screen.getByRole('radio', { name: 'A current job' })).toBeChecked();
    expect(screen.getByRole('combobox', { name: 'Current job' })).toHaveDisplayValue(FRONT_DESK);
    expect(screen.getByRole('combobox', { name: 'Highest education completed' })).toHaveDisplayValue(
      'High school diploma or GED',
    );
    expect(held()).toEqual(['CCA — Certified Coding Associate']);
    const goals = within(screen.getByRole('group', { name: 'Goals' })).getAllByRole('listitem');
    expect(goals.map((g) => g.firstChild!.textContent!.trim())).toEqual(['Medical Coder']);
    // The only goal cannot be removed: a plan aims somewhere.
    expect(screen.getByRole('button', { name: 'Remove goal Medical Coder' })).toBeDisabled();
    expect(screen.getByRole('spinbutton', { name: /Longest acceptable route/ })).toHaveValue(6);
  });

  it('a label typed is sent as it stands, nothing else changed', async () => {
    const { plan, last } = setup();
    await userEvent.type(screen.getByRole('textbox', { name: 'Plan label' }), 'Ana M.');
    expect(last()).toEqual({ ...plan, label: 'Ana M.' });
  });

  it('a goal is added from the roles not yet aimed at, and gets its route', async () => {
    const { last } = setup();
    const add = screen.getByRole('button', { name: 'Add goal' });
    expect(add).toBeDisabled();
    const choose = screen.getByRole('combobox', { name: 'Add a goal' });
    expect(within(choose).queryByRole('option', { name: 'Medical Coder' })).toBeNull();
    await userEvent.selectOptions(choose, 'Coding Supervisor / Manager');
    await userEvent.click(add);
    expect(last().goals).toEqual(['coder', 'coding_manager']);
    expect(last().routes.map((r) => r.roles.at(-1))).toEqual(['coder', 'coding_manager']);
    expect(last().routes[1]!.roles[0]).toBe('patient_access');
  });

  it('a goal that is not the only one can be removed, and its route goes with it', async () => {
    const { plan, last } = setup({}, { goals: ['coder', 'biller'] });
    await userEvent.click(screen.getByRole('button', { name: 'Remove goal Medical Biller / Billing Specialist' }));
    expect(last().goals).toEqual(['coder']);
    expect(last().routes).toEqual(plan.routes);
  });

  it('a new current job starts every route from it', async () => {
    const { last } = setup();
    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'Current job' }),
      'Medical Biller / Billing Specialist',
    );
    expect(last().start).toEqual({ kind: 'role', roleId: 'biller' });
    expect(last().routes[0]!.roles[0]).toBe('biller');
    expect(last().routes[0]!.roles.at(-1)).toBe('coder');
  });

  it('starting from school takes the education completed as the start', async () => {
    const { last } = setup({ education: 'associate' });
    await userEvent.click(screen.getByRole('radio', { name: 'School (no job in the field yet)' }));
    expect(last().start).toEqual({ kind: 'education', level: 'associate' });
  });

  it('from school, a new education completed moves the start with it', async () => {
    const { last } = setup({}, { start: { kind: 'education', level: 'high_school' } });
    expect(screen.queryByRole('combobox', { name: 'Current job' })).toBeNull();
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Highest education completed' }), 'bachelor');
    expect(last()).toMatchObject({ education: 'bachelor', start: { kind: 'education', level: 'bachelor' } });
  });

  it('a credential held under its former id (CTR, now ODS) shows as held and can be let go', async () => {
    const { last } = setup({ heldCredentials: ['ctr', 'cca'] });
    expect(held()).toEqual(['CCA — Certified Coding Associate', 'ODS — Oncology Data Specialist']);
    await userEvent.click(screen.getByRole('checkbox', { name: 'ODS — Oncology Data Specialist' }));
    expect(last().heldCredentials).toEqual(['cca']);
    await userEvent.click(screen.getByRole('checkbox', { name: 'RHIT — Registered Health Information Technician' }));
    expect(last().heldCredentials).toEqual(['ods', 'cca', 'rhit']);
  });

  it('the year limit: a number is kept, blank is no limit, nonsense is ignored', async () => {
    const { last, onchange } = setup({ maxYears: 6 });
    const years = screen.getByRole('spinbutton', { name: /Longest acceptable route/ });
    await fireEvent.change(years, { target: { value: '7.5' } });
    expect(last().constraints.maxYears).toBe(7.5);
    await fireEvent.change(years, { target: { value: '' } });
    expect(last().constraints.maxYears).toBeNull();
    onchange.mockClear();
    await fireEvent.change(years, { target: { value: '61' } });
    await fireEvent.change(years, { target: { value: '-1' } });
    expect(onchange).not.toHaveBeenCalled();
  });

  it('the ceiling and the switch for routes that skip a usual requirement', async () => {
    const { last } = setup();
    const ceiling = screen.getByRole('combobox', { name: 'Highest education the student is willing to reach' });
    await userEvent.selectOptions(ceiling, 'Associate degree');
    expect(last().constraints.educationCeiling).toBe('associate');
    await userEvent.click(screen.getByRole('checkbox', { name: /skip a usual requirement/ }));
    expect(last().constraints.relaxTypical).toBe(true);
  });

  it('turning the switch off leaves no trace of it in the plan', async () => {
    const { last } = setup({ relaxTypical: true });
    const relax = screen.getByRole('checkbox', { name: /skip a usual requirement/ });
    expect(relax).toBeChecked();
    await userEvent.click(relax);
    expect(last().constraints).not.toHaveProperty('relaxTypical');
  });

  it('the handout language is the only thing that changes the plan’s language', async () => {
    const { plan, last } = setup();
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Handout language' }), 'Español');
    expect(last()).toEqual({ ...plan, locale: 'es' });
  });

  it('reads in Spanish: names, role titles, credentials and the remove button', () => {
    useLocale('es');
    setup({ heldCredentials: ['cca'] }, { goals: ['coder', 'biller'] });
    expect(screen.getByRole('textbox', { name: 'Nombre del plan' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Un empleo actual' })).toBeChecked();
    expect(screen.getByRole('combobox', { name: 'Empleo actual' })).toHaveDisplayValue(
      'Representante de admisión / servicio al paciente',
    );
    expect(held('Credenciales que ya tiene')).toEqual([
      'CCA — Asociado/a certificado/a en codificación (Certified Coding Associate)',
    ]);
    expect(screen.getByRole('button', { name: 'Quitar la meta Codificador/a médico/a' })).toBeEnabled();
    expect(screen.getByRole('group', { name: 'Límites' })).toBeInTheDocument();
  });
});
