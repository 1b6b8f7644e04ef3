import { describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import TitleCombobox from '../../src/views/TitleCombobox.svelte';
import { titleSearch } from '../../src/graph/search';
import { builtinDataset } from '../../src/data/builtin';
import { announcer, ANNOUNCE } from '../../src/state/announcer.svelte';

const engine = titleSearch(builtinDataset);

/** Renders the combobox as a controlled input, the way the app does. */
function setup(kinds: 'roles' | 'all' = 'all', ready: typeof engine | null = engine) {
  const onchoose = vi.fn();
  const onprepare = vi.fn();
  let value = '';
  const view = render(TitleCombobox, {
    engine: ready,
    onprepare,
    label: 'Search job titles',
    value,
    kinds,
    onchoose,
    oninput: (v: string) => {
      value = v;
      void view.rerender({ value });
    },
  });
  return { onchoose, onprepare, view, box: screen.getByRole('combobox', { name: 'Search job titles' }) };
}

describe('TitleCombobox', () => {
  it('Enter chooses the first result straight away', async () => {
    const { onchoose, box } = setup();
    await userEvent.type(box, 'tumor registrar{Enter}');
    expect(onchoose).toHaveBeenCalledWith(expect.objectContaining({ kind: 'role', roleId: 'registrar' }));
  });

  it('↓ moves the active option and Enter chooses it; Esc closes the list', async () => {
    const { onchoose, box } = setup();
    await userEvent.type(box, 'coder');
    const options = within(screen.getByRole('listbox')).getAllByRole('option');
    expect(options.length).toBeGreaterThan(1);
    expect(options[0]).toHaveAttribute('aria-selected', 'true');
    await userEvent.keyboard('{ArrowDown}');
    expect(within(screen.getByRole('listbox')).getAllByRole('option')[1]).toHaveAttribute('aria-selected', 'true');
    expect(box).toHaveAttribute('aria-activedescendant', options[1]!.id);
    const second = options[1]!.textContent;
    await userEvent.keyboard('{Enter}');
    expect(onchoose).toHaveBeenCalledTimes(1);
    expect(second).toContain(onchoose.mock.calls[0]![0].matchedText);
    await userEvent.type(box, 'x');
    await userEvent.keyboard('{Escape}');
    expect(within(screen.getByRole('listbox')).queryAllByRole('option')).toHaveLength(0);
    expect(box).toHaveAttribute('aria-expanded', 'false');
  });

  it('highlights the matched characters and says which role an alternate title belongs to', async () => {
    const { box } = setup();
    await userEvent.type(box, 'Tumor Registrar');
    const first = within(screen.getByRole('listbox')).getAllByRole('option')[0]!;
    expect(first.querySelector('mark')?.textContent?.length).toBeGreaterThan(0);
    expect(first).toHaveTextContent('Tumor Registrar → Cancer / Tumor Registrar');
  });

  it('shows credentials with the roles that ask for them, unless limited to roles', async () => {
    const { box } = setup();
    await userEvent.type(box, 'RHIT');
    expect(
      screen
        .getAllByRole('option')
        .some((o) => /Credential/.test(o.textContent ?? '') && /Asked for by \d+ role/.test(o.textContent ?? '')),
    ).toBe(true);
  });

  it('only offers roles in the route fields', async () => {
    const { box } = setup('roles');
    await userEvent.type(box, 'RHIT');
    expect(screen.getAllByRole('option').every((o) => !/Credential/.test(o.textContent ?? ''))).toBe(true);
  });

  it('in the route fields a credential finds the roles that ask for it, each option saying where it lands', async () => {
    const { box, onchoose } = setup('roles');
    await userEvent.type(box, 'CTR');
    const options = within(screen.getByRole('listbox')).getAllByRole('option');
    expect(options.map((o) => o.textContent?.replace(/\s+/g, ' ').trim())).toEqual([
      'CTR → Cancer / Tumor Registrar a role that asks for this credential',
      'CTR → Cancer Registry Manager / Coordinator a role that asks for this credential',
    ]);
    await userEvent.keyboard('{ArrowDown}{Enter}');
    expect(onchoose).toHaveBeenCalledWith(expect.objectContaining({ kind: 'role', roleId: 'registry_manager' }));
  });

  it('in the route fields a job-ad title finds its role', async () => {
    const { box, onchoose } = setup('roles');
    await userEvent.type(box, 'front desk');
    expect(within(screen.getByRole('listbox')).getAllByRole('option')[0]).toHaveTextContent(
      'Front Desk Receptionist → Patient Access / Patient Service Representative',
    );
    await userEvent.keyboard('{Enter}');
    expect(onchoose).toHaveBeenCalledWith(expect.objectContaining({ roleId: 'patient_access' }));
  });

  it('typing before the search code has loaded is kept: it asks for the code, says it is loading, then shows the results', async () => {
    const { box, onprepare, onchoose, view } = setup('all', null);
    await userEvent.type(box, 'tumor');
    expect(onprepare).toHaveBeenCalled();
    expect(box).toHaveValue('tumor');
    // Shown, not a live region of its own: the page's announcer speaks it only if it lasts.
    expect(screen.getByText('Loading search…')).toBeVisible();
    expect(screen.queryByRole('status')).toBeNull();
    await view.rerender({ engine });
    expect(within(screen.getByRole('listbox')).getAllByRole('option')[0]).toHaveTextContent('Tumor Registrar');
    await userEvent.keyboard('{Enter}');
    expect(onchoose).toHaveBeenCalledWith(expect.objectContaining({ roleId: 'registrar' }));
  });

  it('Enter pressed before the search code has loaded chooses the first result once it has', async () => {
    const { box, onchoose, view } = setup('all', null);
    await userEvent.type(box, 'tumor registrar{Enter}');
    expect(onchoose).not.toHaveBeenCalled();
    await view.rerender({ engine });
    expect(onchoose).toHaveBeenCalledWith(expect.objectContaining({ kind: 'role', roleId: 'registrar' }));
  });

  it('says when the search code could not be loaded', async () => {
    const { box, view } = setup('all', null);
    await view.rerender({ failed: true });
    await userEvent.type(box, 'coder');
    expect(screen.getByRole('alert')).toHaveTextContent('Search could not be loaded');
  });

  it('says when nothing matches', async () => {
    const { box } = setup();
    await userEvent.type(box, 'zzzzqqq');
    expect(screen.getByText(/No job title matches “zzzzqqq”/)).toBeVisible();
  });

  it('speaks the count once when the typing settles, and not again on coming back into the box (issue 27)', async () => {
    const say = vi.spyOn(announcer, 'say');
    const { box } = setup();
    await userEvent.type(box, 'HIM director');
    await vi.waitFor(() => expect(say).toHaveBeenCalled(), { timeout: 5_000 });
    expect(say.mock.calls).toEqual([[expect.stringMatching(/^\d+ results?; /)]]);
    await userEvent.tab();
    await userEvent.click(box);
    await userEvent.type(box, '{End}');
    // Longer than the announcer waits for typing to settle: nothing more was said.
    await new Promise((r) => setTimeout(r, ANNOUNCE.settleMs + 300));
    expect(say).toHaveBeenCalledTimes(1);
    say.mockRestore();
  });

  it('a result chosen before the typing settles is not followed by the count (it would talk over the routes found)', async () => {
    const say = vi.spyOn(announcer, 'say');
    const { onchoose, box } = setup();
    await userEvent.type(box, 'HIM director{Enter}');
    expect(onchoose).toHaveBeenCalled();
    await new Promise((r) => setTimeout(r, ANNOUNCE.settleMs + 300));
    expect(say).not.toHaveBeenCalled();
    say.mockRestore();
  });
});
