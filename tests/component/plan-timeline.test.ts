/**
 * One goal's timeline in a plan, on the built-in data: the steps year by year (job, study, exam),
 * how long each takes, the exam's awarding body and eligibility, the pay at each job with its
 * source; the counselor's route choice, status and note reach the plan; both languages.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import PlanTimeline from '../../src/views/plans/PlanTimeline.svelte';
import { createModel } from '../../src/graph/model';
import { builtinDataset } from '../../src/data/builtin';
import { planFromRoute, suggestRoutes } from '../../src/plans/plan-routes';
import { planTimelines } from '../../src/plans/plan-timeline';
import type { Plan } from '../../src/plans/schema';
import { useLocale } from '../../src/state/locale-state.svelte';

const model = createModel(builtinDataset);

function setup(roles: string[], readonly = false, edit: Partial<Plan> = {}) {
  const plan = { ...planFromRoute({ roles }, { id: 'p1', now: new Date('2026-12-07T00:00:00Z') }), ...edit };
  const [view] = planTimelines(model, plan);
  const options = readonly ? [] : suggestRoutes(model, plan, roles.at(-1)!);
  const onchange = vi.fn<(p: Plan) => void>();
  render(PlanTimeline, { model, plan, view: view!, options, readonly, onchange });
  const steps = within(screen.getByRole('list', { name: /^(Timeline to|Cronograma hacia) / }))
    .getAllByRole('listitem')
    .filter((li) => li.dataset.step);
  return { plan, onchange, steps, last: () => onchange.mock.lastCall![0] };
}

const kindAndTitle = (li: HTMLElement) =>
  `${li.querySelector('.kind')!.textContent}: ${within(li).getByRole('heading').textContent}`;

describe('PlanTimeline', () => {
  afterEach(() => useLocale('en'));

  it('a coder to a facility coder: two years coding, the CCS exam, then the goal', () => {
    const { steps } = setup(['coder', 'coder_facility']);
    expect(screen.getByRole('heading', { level: 3 })).toHaveTextContent(
      'Route to Facility / Inpatient Coding Specialist',
    );
    expect(steps.map(kindAndTitle)).toEqual([
      'Job: Work as Medical Coder',
      'Exam: Sit the CCS exam',
      'Job: Reach Facility / Inpatient Coding Specialist (goal)',
    ]);
    // t10: 1–2 years as a coder (AHIMA's recommendation), not an estimate.
    expect(steps[0]).toHaveTextContent('Start · Job');
    expect(steps[0]).toHaveTextContent('How long: 1–2 yrs');
    expect(steps[1]).toHaveTextContent(
      'Certified Coding Specialist (CCS), awarded by American Health Information Management Association (AHIMA) — needed to move to Facility / Inpatient Coding Specialist.',
    );
    const eligibility = within(steps[1]!).getByRole('list', { name: 'Eligibility for CCS' });
    expect(eligibility).toHaveTextContent(
      'Required: a high school diploma. — AHIMA (current at access date; read on or before November 22, 2026)',
    );
    expect(steps[2]).toHaveTextContent('After 1–2 yrs · Job');
    expect(steps[2]).toHaveTextContent('How long: goal reached');
  });

  it('gives each job its expected pay with statistic, year, dollar year and source', () => {
    const { steps } = setup(['coder', 'coder_facility']);
    for (const job of [steps[0]!, steps[2]!]) {
      expect(job).toHaveTextContent(/Expected salary: \$[\d,]+ a year \(median, 20\d\d figure, in 2024 dollars\)/);
      expect(job).toHaveTextContent(/Source: \S.*\(/);
    }
  });

  it('schedules the study a move needs while working, with its typical length', () => {
    const { steps } = setup(['coder', 'registrar']);
    expect(steps.map(kindAndTitle)).toEqual([
      'Job: Work as Medical Coder',
      expect.stringMatching(/^Study: /),
      'Job: Reach Cancer / Tumor Registrar (goal)',
    ]);
    // t33: an associate degree (two years full-time, IPEDS), part-time alongside the coding job.
    expect(steps[1]).toHaveTextContent('While working as Medical Coder · Study');
    expect(steps[1]).toHaveTextContent('typically 2 yrs full-time (range 2–3); part-time alongside work');
    expect(steps[1]).toHaveTextContent('needed to move to Cancer / Tumor Registrar');
    expect(steps[1]).toHaveTextContent('Typical full-time length: IPEDS');
  });

  it('hands the plan a chosen route, a step status and a note', async () => {
    const user = userEvent.setup();
    const { last } = setup(['coder', 'coder_facility']);
    const radios = within(screen.getByRole('group', { name: /^Route options to/ })).getAllByRole('radio');
    expect(radios.length).toBeGreaterThan(1);
    expect(radios[0]).toBeChecked();
    await user.click(radios[1]!);
    expect(last().routes).toHaveLength(1);
    expect(last().routes[0]!.roles).not.toEqual(['coder', 'coder_facility']);
    expect(last().routes[0]!.roles.at(-1)).toBe('coder_facility');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status: Sit the CCS exam' }), 'Done');
    expect(last().stepStatus).toEqual({ 'exam:ccs': 'done' });
    await user.type(screen.getByRole('textbox', { name: 'Note: Sit the CCS exam' }), 'May');
    expect(last().stepNotes).toEqual({ 'exam:ccs': 'May' });
  });

  it('read-only: status and note as text, no controls', () => {
    setup(['coder', 'coder_facility'], true, {
      stepNotes: { 'exam:ccs': 'Booked' },
      stepStatus: { 'job:coder': 'in_progress' },
    });
    for (const role of ['radio', 'combobox', 'textbox'] as const) expect(screen.queryAllByRole(role)).toEqual([]);
    expect(screen.getByText('Status: In progress')).toBeInTheDocument();
    expect(screen.getByText('Note: Booked')).toBeInTheDocument();
  });

  it('reads in Spanish', () => {
    useLocale('es');
    const { steps } = setup(['coder', 'coder_facility']);
    expect(steps.map(kindAndTitle)).toEqual([
      'Empleo: Trabajar como Codificador/a médico/a',
      'Examen: Presentar el examen CCS',
      'Empleo: Llegar a Especialista en codificación hospitalaria (pacientes internados) (meta)',
    ]);
    expect(steps[0]).toHaveTextContent('Inicio · Empleo');
    expect(steps[0]).toHaveTextContent('Duración: 1–2 años');
    expect(steps[0]).toHaveTextContent(/Salario esperado: .+ al año \(mediana, cifra de 20\d\d, en dólares de 2024\)/);
    expect(steps[0]).toHaveTextContent('Fuente:');
    expect(steps[1]).toHaveTextContent('otorgada por American Health Information Management Association (AHIMA)');
    expect(screen.getByRole('combobox', { name: 'Estado: Presentar el examen CCS' })).toBeInTheDocument();
  });
});
