/**
 * "My plans" beside the open plan, as a counselor meets a second tab (issue 26, item 5; issue 28):
 * with nothing open it says how to start, and "Routes" leads there; a plan saved or deleted
 * elsewhere since it was opened is said above the editor; Save then asks, and each answer does
 * what it says (a copy beside the other version, the other version on screen, or the plan left
 * deleted with the editor closed) — in English and Spanish. Two plan stores over one memory
 * backend are two tabs; this tab hears the other by reloading its listing.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import PlansPage from '../../src/views/PlansPage.svelte';
import { createModel } from '../../src/graph/model';
import { createPlanStore, memoryBackend, revisionOf } from '../../src/plans/storage';
import type { PlanChannel } from '../../src/plans/plan-channel';
import { PlansController } from '../../src/state/plans-controller.svelte';
import { PlanSession } from '../../src/state/plan-session.svelte';
import { useLocale } from '../../src/state/locale-state.svelte';
import { miniDataset } from '../fixtures/mini-dataset';
import { miniPlan } from '../fixtures/plan-arbitraries';

const ALONE: PlanChannel = { announce: () => {}, listen: () => () => {} };
const model = createModel(miniDataset());

async function setup() {
  const backend = memoryBackend();
  let n = 0;
  const here = createPlanStore({ backend, channel: ALONE, newId: () => `p-copy-${++n}` });
  const other = createPlanStore({ backend, channel: ALONE });
  await other.save(miniPlan({ notes: 'first' }), null);
  const plans = new PlansController(here);
  const session = new PlanSession();
  const onplanroute = vi.fn();
  render(PlansPage, { model, plans, session, onplanroute });
  return { plans, other, onplanroute, session };
}

/** Opens the saved plan "JD" from My plans. */
async function openJD() {
  await userEvent.click(await screen.findByRole('button', { name: 'Open JD' }));
  return screen.getByRole('region', { name: /JD/ });
}

/** The other tab saves a new version of the plan; this tab hears of it. */
async function savedElsewhere({ plans, other }: Awaited<ReturnType<typeof setup>>) {
  const stored = (await other.get('p-mini'))!;
  await other.save({ ...stored, notes: 'theirs' }, revisionOf(stored));
  await plans.load();
}

describe('PlansPage', () => {
  afterEach(() => useLocale('en'));

  it('with no plan open, says how to start; "Routes" goes to the planner', async () => {
    const { onplanroute } = await setup();
    const page = screen.getByRole('main', { name: 'Plans' });
    expect(page).toHaveTextContent('Open a saved plan, or make one from a route.');
    expect(await screen.findByRole('list', { name: 'Saved plans' })).toHaveTextContent('JD');
    await userEvent.click(within(page).getByRole('button', { name: 'Routes' }));
    expect(onplanroute).toHaveBeenCalledOnce();
  });

  it('saved elsewhere: said above the plan; Save asks; "Keep both" saves mine as a copy beside it', async () => {
    const t = await setup();
    await openJD();
    await savedElsewhere(t);
    expect(await screen.findByText(/^This plan was saved in another tab since you opened it/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Not saved yet: which version should be kept?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Keep both (save mine as a copy)' }));
    expect(
      await screen.findByText('Your version was saved as “JD (copy)”; the other version is unchanged.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(t.session.open).toMatchObject({ id: 'p-copy-1', notes: 'first' });
    expect((await t.other.get('p-mini'))!.notes).toBe('theirs');
    expect(screen.getByRole('button', { name: 'Open JD (copy)' })).toBeInTheDocument();
  });

  it('"Keep the other version" shows it and drops mine', async () => {
    const t = await setup();
    await openJD();
    await savedElsewhere(t);
    await userEvent.click(await screen.findByRole('button', { name: 'Save' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Keep the other version (drop my changes)' }));
    expect(await screen.findByText('Showing the other version; your changes were dropped.')).toBeInTheDocument();
    expect(t.session.open?.notes).toBe('theirs');
    expect(t.plans.plans).toHaveLength(1);
  });

  it('deleted elsewhere: "Discard my changes" closes the plan and says it stays deleted', async () => {
    const t = await setup();
    await openJD();
    await t.other.remove('p-mini');
    await t.plans.load();
    expect(await screen.findByText(/^This plan was deleted in another tab since you opened it/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    const dialog = await screen.findByRole('alertdialog');
    expect(
      within(dialog)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Save mine again', 'Discard my changes']);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Discard my changes' }));
    expect(await screen.findByText('Your changes were dropped; the plan stays deleted.')).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: /JD/ })).toBeNull();
    expect(screen.getByRole('main')).toHaveTextContent('Open a saved plan, or make one from a route.');
    expect(t.plans.plans).toEqual([]);
  });

  it('deleted elsewhere: "Save mine again" stores it again', async () => {
    const t = await setup();
    await openJD();
    await t.other.remove('p-mini');
    await t.plans.load();
    await userEvent.click(await screen.findByRole('button', { name: 'Save' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Save mine again' }));
    expect(await screen.findByText('Plan saved.')).toBeInTheDocument();
    expect((await t.other.get('p-mini'))?.notes).toBe('first');
  });

  it('reads in Spanish', async () => {
    useLocale('es');
    await setup();
    const page = screen.getByRole('main', { name: 'Planes' });
    expect(page).toHaveTextContent('Abra un plan guardado o cree uno a partir de una ruta.');
    expect(await screen.findByRole('button', { name: 'Abrir JD' })).toBeInTheDocument();
  });
});
