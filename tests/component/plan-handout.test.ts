/**
 * The printed handout of a plan: what a counselor hands a family. Every figure keeps its source
 * and year beside it (durations, salaries, eligibility), a role without a figure says so, the
 * person's step statuses and notes print, and it reads in the plan's language, not the screen's.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import PlanHandout from '../../src/views/plans/PlanHandout.svelte';
import { builtinDataset } from '../../src/data/builtin';
import { createModel } from '../../src/graph/model';
import { kBestRoutes } from '../../src/graph/routes';
import { planFromRoute } from '../../src/plans/plan-routes';
import { planTimelines } from '../../src/plans/plan-timeline';
import type { Plan } from '../../src/plans/schema';
import { useLocale } from '../../src/state/locale-state.svelte';

const model = createModel(builtinDataset);
const [route] = kBestRoutes(model.graph, 'hit', 'him_manager', { k: 1 });
const printedAt = new Date(2026, 11, 7);

function print(edit: (p: Plan) => Plan = (p) => p) {
  const plan = edit(planFromRoute(route!, { label: 'Ana', id: 'p1', now: printedAt }));
  render(PlanHandout, { model, plan, timelines: planTimelines(model, plan, plan.locale), printedAt });
  return screen.getByRole('article');
}
const rowOf = (table: HTMLElement, name: RegExp) => within(table).getByRole('row', { name });

describe('PlanHandout', () => {
  afterEach(() => useLocale('en'));

  it('prints the route with its total, and each step with how long it takes and where that comes from', () => {
    const handout = print();
    expect(handout).toHaveAccessibleName('Printable plan');
    expect(within(handout).getByRole('heading', { level: 1 })).toHaveTextContent('Career plan — Ana');
    expect(handout).toHaveTextContent(
      'Starting point: Health Information / Medical Records Technician. Goal: HIM Manager / Health Information Manager.',
    );
    expect(handout).toHaveTextContent(
      /Supervisor → HIM Manager \/ Health Information Manager · total ≈8 yrs \(estimate, 8–12\), the sum of the steps below/,
    );
    const steps = within(handout).getByRole('table', { name: 'Steps to HIM Manager / Health Information Manager' });
    const study = rowOf(steps, /Study: Associate degree in health information technology/);
    expect(study).toHaveTextContent('typically 2 yrs full-time (range 2–3); part-time alongside work, about 4 yrs');
    expect(study).toHaveTextContent('Typical full-time length: IPEDS associate degree');
    expect(study).toHaveTextContent('(Current IPEDS definitions (undated page); read on or before November 30, 2026)');
    // An estimated job length points to its method, printed at the end.
    expect(rowOf(steps, /Job: Work as HIM \/ Medical Records Supervisor/)).toHaveTextContent(
      'Estimate, method in note 2; from',
    );
    const methods = within(handout).getByRole('heading', {
      name: 'How the estimated years were set',
    }).nextElementSibling!;
    expect(within(methods as HTMLElement).getAllByRole('listitem')[1]).toHaveTextContent(
      '2-4 years; typical = midpoint',
    );
    expect(rowOf(steps, /Exam: Sit the RHIA exam/)).toHaveTextContent(
      'Eligibility and its sources: see “Credentials to earn”.',
    );
  });

  it('prints each job’s salary with its data year and source, and says when a role has no figure', () => {
    const handout = print();
    expect(within(handout).getByRole('heading', { name: 'Expected salary (in 2024 dollars)' })).toBeInTheDocument();
    const pay = within(handout).getByRole('table', { name: 'Expected salary by job' });
    const manager = within(rowOf(pay, /^HIM Manager/))
      .getAllByRole('cell')
      .map((c) => c.textContent);
    expect(manager[0]).toMatch(
      /^\$[\d,]+ a year \(median, 2023 figure, in 2024 dollars\) — Medical and Health Services Managers \(11-9111\)$/,
    );
    expect(manager[1]).toBe('2023');
    expect(manager[2]).toMatch(
      /^U\.S\. Bureau of Labor Statistics, Occupational Outlook Handbook \(May 2023 wages.*accessed December 7, 2026\)$/,
    );
    const supervisor = within(rowOf(pay, /^HIM \/ Medical Records Supervisor/))
      .getAllByRole('cell')
      .map((c) => c.textContent);
    expect(supervisor).toEqual(['no figure', '—', 'No dated national figure for this role in our sources.']);
  });

  it('prints each credential with its awarding body and eligibility, each route cited', () => {
    const handout = print();
    const creds = within(handout).getByRole('table', { name: 'Credentials and awarding bodies' });
    const rhia = rowOf(creds, /^RHIA — Registered Health Information Administrator/);
    expect(rhia).toHaveTextContent('American Health Information Management Association (AHIMA)');
    expect(rhia).toHaveTextContent('Graduate from a CAHIIM-accredited baccalaureate HIM program.');
    // Routes read from one source cite it once, after the last of them.
    expect(rhia.textContent!.match(/open-exam-prep\.com/g)).toHaveLength(1);
    expect(rowOf(creds, /^RHIT — /)).toHaveTextContent('American Health Information Management Association (AHIMA)');
  });

  it('prints the person’s statuses and notes, and the plan’s notes', () => {
    const handout = print((p) => ({
      ...p,
      stepStatus: { 'exam:rhit': 'done' },
      stepNotes: { 'exam:rhit': 'Passed in May' },
      notes: 'Ask the college about evening classes.',
    }));
    const steps = within(handout).getByRole('table', { name: /^Steps to/ });
    const rhit = rowOf(steps, /Exam: Sit the RHIT exam/);
    expect(rhit).toHaveTextContent('Done');
    expect(rhit).toHaveTextContent('Passed in May');
    expect(rowOf(steps, /Exam: Sit the RHIA exam/)).toHaveTextContent('To do');
    expect(within(handout).getByRole('heading', { name: 'Notes' }).nextElementSibling).toHaveTextContent(
      'Ask the college about evening classes.',
    );
    expect(handout).toHaveTextContent('Printed on December 7, 2026 · Career Path Explorer');
  });

  it('prints a goal without a route as the reason, with no steps table', () => {
    const handout = print((p) => ({ ...p, goals: [...p.goals, 'ghost'] }));
    expect(within(handout).getByRole('heading', { name: 'Route to ghost' }).nextElementSibling).toHaveTextContent(
      "The goal 'ghost' is not a role in the current data.",
    );
    expect(within(handout).getAllByRole('table', { name: /^Steps to/ })).toHaveLength(1);
    expect(handout).toHaveTextContent('Goals:');
  });

  it('prints in the plan’s language while the screen is in the other', () => {
    const handout = print((p) => ({ ...p, locale: 'es' }));
    expect(handout).toHaveAttribute('lang', 'es');
    expect(handout).toHaveAccessibleName('Plan para imprimir');
    expect(within(handout).getByRole('heading', { level: 1 })).toHaveTextContent(/ — Ana$/);
    expect(handout).toHaveTextContent(/total ≈8 años \(estimación, 8–12\)/);
    expect(handout).toHaveTextContent('7 de diciembre de 2026');
    expect(handout).not.toHaveTextContent('Printed on');
    // The interface is English all along (nothing set it to Spanish): only the handout reads in Spanish.
    expect(document.documentElement.lang).not.toBe('es');
    expect(within(handout).getByRole('heading', { name: 'Credenciales por obtener' })).toBeInTheDocument();
  });
});
