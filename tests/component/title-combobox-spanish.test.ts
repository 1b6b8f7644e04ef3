/**
 * The search box in either language: a Spanish job-ad title finds its role whatever the
 * interface language, and results are named in the interface's language.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import TitleCombobox from '../../src/views/TitleCombobox.svelte';
import { titleSearch } from '../../src/graph/search';
import { builtinDataset } from '../../src/data/builtin';
import { useLocale } from '../../src/state/locale-state.svelte';

const engine = titleSearch(builtinDataset);

function setup(kinds: 'roles' | 'all' = 'all') {
  const onchoose = vi.fn();
  let value = '';
  const view = render(TitleCombobox, {
    engine,
    kinds,
    onprepare: vi.fn(),
    label: 'Search job titles',
    value,
    onchoose,
    oninput: (v: string) => {
      value = v;
      void view.rerender({ value });
    },
  });
  return { onchoose, box: screen.getByRole('combobox') };
}

describe('TitleCombobox in two languages', () => {
  afterEach(() => useLocale('en'));

  it('finds a role from its Spanish title in the English interface, naming it in English', async () => {
    const { onchoose, box } = setup();
    await userEvent.type(box, 'codificador medico');
    expect(screen.getAllByRole('option')[0]).toHaveTextContent('Codificador médico → Medical Coder');
    await userEvent.keyboard('{Enter}');
    expect(onchoose).toHaveBeenCalledWith(expect.objectContaining({ kind: 'role', roleId: 'coder' }));
  });

  it('names results in Spanish in the Spanish interface, from either language', async () => {
    useLocale('es');
    const { box } = setup();
    await userEvent.type(box, 'tumor registrar');
    expect(screen.getAllByRole('option')[0]).toHaveTextContent('Tumor Registrar → Registrador/a de tumores (cáncer)');
    await userEvent.clear(box);
    await userEvent.type(box, 'registrador de tumores');
    expect(screen.getAllByRole('option')[0]).toHaveTextContent(/^Registrador de tumores$/);
  });

  it('in the Spanish route fields a credential lands on the roles that ask for it, named in Spanish', async () => {
    useLocale('es');
    const { onchoose, box } = setup('roles');
    await userEvent.type(box, 'CTR');
    expect(screen.getAllByRole('option')[0]).toHaveTextContent(
      'CTR → Registrador/a de tumores (cáncer) un puesto que pide esta credencial',
    );
    await userEvent.keyboard('{Enter}');
    expect(onchoose).toHaveBeenCalledWith(expect.objectContaining({ kind: 'role', roleId: 'registrar' }));
  });
});
