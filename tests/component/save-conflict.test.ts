/**
 * The question asked when a save would replace what the counselor has not seen (issue 26, item 5;
 * issue 28): an alert dialog named by its question, the situation in words with the plan's label,
 * focus on the first answer (it replaces the Save just pressed), and each answer sending the choice
 * it names — for a plan changed elsewhere, deleted elsewhere, or an id already taken — in English
 * and Spanish.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import SaveConflict from '../../src/views/plans/SaveConflict.svelte';
import type { SaveConflict as Conflict } from '../../src/plans/record-rules';
import { planFromRoute } from '../../src/plans/plan-routes';
import { useLocale } from '../../src/state/locale-state.svelte';

const theirs = planFromRoute({ roles: ['coder', 'coding_manager'] }, { id: 'p-1', label: 'Luis (copy)' });

function setup(conflict: Conflict, label = 'Ana') {
  const onchoose = vi.fn();
  render(SaveConflict, { conflict, label, onchoose });
  const dialog = screen.getByRole('alertdialog');
  const answers = () =>
    within(dialog)
      .getAllByRole('button')
      .map((b) => b.textContent);
  return { onchoose, dialog, answers };
}

describe('SaveConflict', () => {
  afterEach(() => useLocale('en'));

  it('saved again elsewhere: says so with the label, focuses the first of three answers', async () => {
    const { dialog, answers, onchoose } = setup({ kind: 'changed', theirs });
    expect(dialog).toHaveAccessibleName('Not saved yet: which version should be kept?');
    expect(dialog).toHaveAccessibleDescription(
      '“Ana” was saved again in another tab or window after you opened it. Saving here would replace that version.',
    );
    expect(answers()).toEqual([
      'Keep mine (replace the other version)',
      'Keep the other version (drop my changes)',
      'Keep both (save mine as a copy)',
    ]);
    expect(within(dialog).getByRole('button', { name: /^Keep mine/ })).toHaveFocus();
    await userEvent.click(within(dialog).getByRole('button', { name: /^Keep the other version/ }));
    expect(onchoose).toHaveBeenLastCalledWith('theirs');
    await userEvent.click(within(dialog).getByRole('button', { name: /^Keep both/ }));
    expect(onchoose).toHaveBeenLastCalledWith('both');
  });

  it('answers from the keyboard: Enter on the focused answer keeps mine, Tab reaches the next', async () => {
    const { onchoose } = setup({ kind: 'changed', theirs });
    await userEvent.keyboard('{Enter}');
    expect(onchoose).toHaveBeenCalledExactlyOnceWith('mine');
    await userEvent.tab();
    await userEvent.keyboard(' ');
    expect(onchoose).toHaveBeenLastCalledWith('theirs');
  });

  it('deleted elsewhere: save mine again, or discard my changes', async () => {
    const { dialog, answers, onchoose } = setup({ kind: 'deleted' }, '');
    // An unlabelled plan is named as such, never as empty quotes.
    expect(dialog).toHaveAccessibleDescription(/^“Untitled plan” was deleted in another tab or window/);
    expect(answers()).toEqual(['Save mine again', 'Discard my changes']);
    await userEvent.click(screen.getByRole('button', { name: 'Save mine again' }));
    expect(onchoose).toHaveBeenLastCalledWith('mine');
    await userEvent.click(screen.getByRole('button', { name: 'Discard my changes' }));
    expect(onchoose).toHaveBeenLastCalledWith('theirs');
  });

  it('an id already taken by a plan: names that plan; mine can only go beside it as a copy', async () => {
    const { dialog, answers, onchoose } = setup({ kind: 'taken', theirs });
    expect(dialog).toHaveAccessibleDescription(/^Another saved plan, “Luis \(copy\)”, already has this plan's id\./);
    expect(answers()).toEqual(['Save mine as a copy', 'Keep the other version (drop my changes)']);
    await userEvent.click(screen.getByRole('button', { name: 'Save mine as a copy' }));
    expect(onchoose).toHaveBeenCalledExactlyOnceWith('both');
  });

  it('an id taken by a set-aside record: offers a copy or letting mine go', async () => {
    const { dialog, answers, onchoose } = setup({ kind: 'taken', theirs: null });
    expect(dialog).toHaveAccessibleDescription(/^A set-aside record is stored under this plan's id\./);
    expect(answers()).toEqual(['Save mine as a copy', 'Discard my changes']);
    await userEvent.click(screen.getByRole('button', { name: 'Discard my changes' }));
    expect(onchoose).toHaveBeenCalledExactlyOnceWith('theirs');
  });

  it('reads in Spanish', () => {
    useLocale('es');
    const { dialog, answers } = setup({ kind: 'changed', theirs });
    expect(dialog).toHaveAccessibleName('Todavía no se guardó: ¿qué versión se conserva?');
    expect(dialog).toHaveAccessibleDescription(/^«Ana» se volvió a guardar en otra pestaña o ventana/);
    expect(answers()[2]).toBe('Conservar ambos (guardar el mío como copia)');
  });
});
