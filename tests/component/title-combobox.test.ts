import { describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import TitleCombobox from '../../src/views/TitleCombobox.svelte';
import { buildSearchIndex } from '../../src/graph/search';
import { builtinDataset } from '../../src/data/builtin';

const index = buildSearchIndex(builtinDataset);

/** Renders the combobox as a controlled input, the way the app does. */
function setup(kinds: 'roles' | 'all' = 'all') {
  const onchoose = vi.fn();
  let value = '';
  const view = render(TitleCombobox, { index, label: 'Search job titles', value, kinds, onchoose, oninput: (v: string) => { value = v; void view.rerender({ value }); } });
  return { onchoose, box: screen.getByRole('combobox', { name: 'Search job titles' }) };
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
    expect(screen.getAllByRole('option').some((o) => /Credential/.test(o.textContent ?? '') && /Asked for by \d+ role/.test(o.textContent ?? ''))).toBe(true);
  });

  it('only offers roles in the route fields', async () => {
    const { box } = setup('roles');
    await userEvent.type(box, 'RHIT');
    expect(screen.getAllByRole('option').every((o) => !/Credential/.test(o.textContent ?? ''))).toBe(true);
  });

  it('says when nothing matches', async () => {
    const { box } = setup();
    await userEvent.type(box, 'zzzzqqq');
    expect(screen.getByRole('status')).toHaveTextContent('No job title matches “zzzzqqq”');
  });
});
