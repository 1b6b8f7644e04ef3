import { describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import PlanEditor from '../../src/views/plans/PlanEditor.svelte';
import { createModel } from '../../src/graph/model';
import { planSchema, type Plan } from '../../src/plans/schema';
import { miniDataset } from '../fixtures/mini-dataset';
import { miniPlan } from '../fixtures/plan-arbitraries';

function setup(props: { plan?: Plan; readonly?: boolean } = {}) {
  const model = createModel(miniDataset());
  const onchange = vi.fn<(p: Plan) => void>();
  const onsave = vi.fn<(p: Plan) => void>();
  const onsavecopy = vi.fn<(p: Plan) => void>();
  render(PlanEditor, {
    model,
    plan: props.plan ?? miniPlan(),
    readonly: props.readonly ?? false,
    onchange,
    onsave,
    onsavecopy,
  });
  const editor = screen.getByRole('region', { name: /plan/i });
  return { onchange, onsave, onsavecopy, editor, last: () => onchange.mock.lastCall?.[0] };
}

const steps = (editor: HTMLElement) =>
  within(within(editor).getByRole('list', { name: 'Timeline to Manager' }))
    .getAllByRole('listitem')
    .filter((li) => li.dataset.step);

describe('PlanEditor', () => {
  it('renders the timeline in order, with durations, the credential’s body and sourced salaries', () => {
    const { editor } = setup();
    const items = steps(editor);
    expect(items.map((li) => within(li).getByRole('heading').textContent)).toEqual([
      'Work as Technician',
      'Sit the CCA exam',
      'Work as Coder',
      "Complete a bachelor's degree",
      'Reach Manager (goal)',
    ]);
    expect(items[0]).toHaveTextContent('How long: 1 yr');
    expect(items[0]).toHaveTextContent('$30,000 a year (median, 2010 figure, in 2010 dollars)');
    expect(items[0]).toHaveTextContent('Source: Test (2010)');
    expect(items[1]).toHaveTextContent('awarded by American Health Information Management Association (AHIMA)');
    expect(within(items[1]!).getByRole('list', { name: 'Eligibility for CCA' })).toHaveTextContent('HS diploma');
    expect(items[3]).toHaveTextContent('program length not stated in our sources');
    expect(items[4]).toHaveTextContent('Expected salary: no figure');
  });

  it('keeps a plan made in Spanish in Spanish when it is saved from the English interface, until the setup changes it', async () => {
    const user = userEvent.setup();
    const { editor, onsave, last } = setup({ plan: miniPlan({ locale: 'es' }) });
    const language = within(editor).getByRole('combobox', { name: 'Handout language' });
    expect(language).toHaveValue('es');
    await user.click(within(editor).getByRole('button', { name: 'Save' }));
    expect(onsave.mock.lastCall?.[0].locale).toBe('es');
    await user.selectOptions(language, 'en');
    expect(last()?.locale).toBe('en');
  });

  it('offers the JSON file before copying a share link too long for e-mail and chat apps', async () => {
    const user = userEvent.setup();
    const cjk = (n: number, seed: number) =>
      Array.from({ length: n }, (_, i) => String.fromCharCode(0x4e00 + ((i * 7919 + seed * 104729) % 20000))).join('');
    const stepNotes = Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`exam:x${i}`, cjk(500, i)]));
    const { editor } = setup({ plan: miniPlan({ notes: cjk(2000, 99), stepNotes }) });
    await user.click(within(editor).getByRole('button', { name: 'Copy share link' }));
    expect(within(editor).getByRole('status')).toHaveTextContent(
      /^This plan’s link is [\d,]+ characters long, and e-mail and chat apps often cut links that long/,
    );
    const choice = within(editor).getByRole('group', { name: 'Share a long plan' });
    expect(within(editor).queryByLabelText('Share link')).toBeNull();
    await user.click(within(choice).getByRole('button', { name: 'Copy the long link anyway' }));
    expect(within(editor).getByRole('status')).toHaveTextContent(/^Share link copied/);
    expect(await navigator.clipboard.readText()).toMatch(/#plan=.{8000}/);
    expect(within(editor).queryByRole('group', { name: 'Share a long plan' })).toBeNull();
  });

  it('asks for initials or a nickname in the label field', () => {
    const { editor } = setup();
    expect(within(editor).getByRole('textbox', { name: 'Plan label' })).toHaveAccessibleDescription(
      "Initials or a nickname — please don't enter full names.",
    );
  });

  it('calls onchange with the plan updated by a step note and a step status', async () => {
    const user = userEvent.setup();
    const { editor, last } = setup();
    await user.type(within(editor).getByRole('textbox', { name: 'Note: Sit the CCA exam' }), 'Book for June');
    expect(last()?.stepNotes).toEqual({ 'exam:cca': 'Book for June' });
    await user.selectOptions(within(editor).getByRole('combobox', { name: 'Status: Work as Coder' }), 'In progress');
    expect(last()).toEqual({
      ...miniPlan(),
      stepNotes: { 'exam:cca': 'Book for June' },
      stepStatus: { 'job:coder': 'in_progress' },
    });
    expect(planSchema.safeParse(last()).success).toBe(true);
  });

  it('re-plans when a setting rules the route out', async () => {
    const user = userEvent.setup();
    const { editor, last } = setup();
    await user.selectOptions(
      within(editor).getByRole('combobox', { name: 'Highest education the student is willing to reach' }),
      'Associate degree',
    );
    expect(last()?.routes).toEqual([{ roles: ['tech', 'manager'], objective: 'years' }]);
    expect(steps(editor).map((li) => li.dataset.step)).toEqual(['job:tech', 'job:manager']);
  });

  it('allows routes that skip a usual requirement, stored in the plan only while allowed', async () => {
    const user = userEvent.setup();
    const { editor, last } = setup();
    const relax = within(editor).getByRole('checkbox', { name: /skip a usual requirement/ });
    await user.click(relax);
    expect(last()?.constraints).toEqual({ ...miniPlan().constraints, relaxTypical: true });
    expect(planSchema.safeParse(last()).success).toBe(true);
    await user.click(relax);
    expect(last()?.constraints).toEqual(miniPlan().constraints);
  });

  it('saves a valid plan with a fresh updatedAt', async () => {
    const user = userEvent.setup();
    const { editor, onsave } = setup();
    await user.click(within(editor).getByRole('button', { name: 'Save' }));
    const saved = onsave.mock.lastCall![0];
    expect(saved.updatedAt > miniPlan().updatedAt).toBe(true);
    expect(within(editor).getByRole('status')).toHaveTextContent('Plan saved.');
  });

  it('is read-only from a share link: no inputs, and "Save a copy" saves it under a new id', async () => {
    const user = userEvent.setup();
    const plan = miniPlan({
      notes: 'Talk to HR',
      stepNotes: { 'job:coder': 'Ask about tuition help' },
      stepStatus: { 'exam:cca': 'done' },
    });
    const { editor, onsavecopy } = setup({ plan, readonly: true });
    for (const role of ['textbox', 'combobox', 'checkbox', 'radio', 'spinbutton'] as const)
      expect(within(editor).queryAllByRole(role)).toEqual([]);
    expect(within(editor).queryByRole('button', { name: 'Save' })).toBeNull();
    expect(editor).toHaveTextContent('Ask about tuition help');
    expect(steps(editor)[1]).toHaveTextContent('Status: Done');
    await user.click(within(editor).getByRole('button', { name: 'Save a copy' }));
    const copy = onsavecopy.mock.lastCall![0];
    expect(copy.id).not.toBe(plan.id);
    expect({ ...copy, id: plan.id, createdAt: plan.createdAt, updatedAt: plan.updatedAt }).toEqual(plan);
  });

  it('includes a print handout with the route, salary sources, credential bodies and the caveat', () => {
    setup();
    const handout = screen.getByRole('article', { name: 'Printable plan' });
    expect(handout).toHaveTextContent('Career plan — JD');
    expect(handout).toHaveTextContent('Technician → Coder → Manager');
    expect(within(handout).getAllByRole('row', {}).length).toBeGreaterThan(5);
    expect(within(handout).getByRole('table', { name: 'Steps to Manager' })).toHaveTextContent('Sit the CCA exam');
    expect(within(handout).getByRole('table', { name: 'Expected salary by job' })).toHaveTextContent('Test (2010)');
    expect(within(handout).getByRole('table', { name: 'Credentials and awarding bodies' })).toHaveTextContent(
      'American Health Information Management Association (AHIMA)',
    );
    expect(handout).toHaveTextContent(
      'Figures are estimates from the cited sources; check current requirements with the awarding bodies.',
    );
    expect(handout).toHaveTextContent(/Printed on \w+ \d+, \d{4}/);
  });
});
