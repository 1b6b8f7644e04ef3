/**
 * The map's filters as a counselor drives them (issue 26, item 5): each control named, each tick
 * or choice sent as the change it means (a track added to or taken from the ones already ticked,
 * "Any" as no limit), how many roles remain said as a status, "Clear filters" only while something
 * filters — in English and Spanish.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import Filters from '../../src/views/Filters.svelte';
import { builtinDataset } from '../../src/data/builtin';
import type { RoleFilters } from '../../src/graph/filters';
import type { Track } from '../../src/data/vocabulary';
import { useLocale } from '../../src/state/locale-state.svelte';

const NONE: RoleFilters = { tracks: [], levels: [], edu: null, credential: null };

function setup(filters: Partial<RoleFilters> = {}, tracks: Track[] = ['coding', 'records', 'registry']) {
  const onchange = vi.fn();
  render(Filters, {
    filters: { ...NONE, ...filters },
    credentials: builtinDataset.credentials,
    tracks,
    visibleCount: 12,
    totalCount: 1234,
    onchange,
  });
  return { onchange };
}

const boxNames = (group: HTMLElement) =>
  within(group)
    .getAllByRole('checkbox')
    .map((b) => b.closest('label')!.textContent);

describe('Filters', () => {
  afterEach(() => useLocale('en'));

  it('offers only the tracks the data has, in the fixed order, and every level', () => {
    setup({}, ['registry', 'coding', 'records']);
    expect(screen.getByRole('form', { name: 'Filters' })).toBeInTheDocument();
    const tracks = screen.getByRole('group', { name: 'Track (map colour)' });
    // The legend's order (records before coding before registry), not the order the data lists them.
    expect(boxNames(tracks)).toEqual(['Health records', 'Medical coding', 'Cancer registry']);
    const levels = screen.getByRole('group', { name: 'Level' });
    expect(boxNames(levels)).toEqual(['Entry', 'Mid-career', 'Senior', 'Leadership']);
    expect(screen.getByRole('status')).toHaveTextContent('Showing 12 of 1,234 roles');
    expect(screen.queryByRole('button', { name: 'Clear filters' })).toBeNull();
  });

  it('ticking a track adds it to those already ticked; unticking takes only it away', async () => {
    const { onchange } = setup({ tracks: ['records'] });
    const coding = screen.getByRole('checkbox', { name: 'Medical coding' });
    expect(coding).not.toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Health records' })).toBeChecked();
    await userEvent.click(coding);
    expect(onchange).toHaveBeenLastCalledWith({ tracks: ['records', 'coding'] });
    await userEvent.click(screen.getByRole('checkbox', { name: 'Health records' }));
    expect(onchange).toHaveBeenLastCalledWith({ tracks: [] });
  });

  it('levels work the same way, from the keyboard too', async () => {
    const { onchange } = setup({ levels: ['entry', 'senior'] });
    await userEvent.click(screen.getByRole('checkbox', { name: 'Entry' }));
    expect(onchange).toHaveBeenLastCalledWith({ levels: ['senior'] });
    screen.getByRole('checkbox', { name: 'Leadership' }).focus();
    await userEvent.keyboard(' ');
    expect(onchange).toHaveBeenLastCalledWith({ levels: ['entry', 'senior', 'leadership'] });
  });

  it('education: a level is a ceiling, "Any" is none; "No formal requirement" is not offered', async () => {
    const { onchange } = setup();
    const edu = screen.getByRole('combobox', { name: "Highest education I'm willing to reach" });
    expect(edu).toHaveValue('');
    const options = within(edu)
      .getAllByRole('option')
      .map((o) => o.textContent);
    expect(options[0]).toBe('Any');
    expect(options).toContain('Associate degree');
    expect(options).not.toContain('No formal requirement');
    await userEvent.selectOptions(edu, 'Associate degree');
    expect(onchange).toHaveBeenLastCalledWith({ edu: 'associate' });
    await userEvent.selectOptions(edu, 'Any');
    expect(onchange).toHaveBeenLastCalledWith({ edu: null });
  });

  it('a credential is chosen by its abbreviation and name and sent by its id', async () => {
    const { onchange } = setup({ credential: 'rhit' });
    const credential = screen.getByRole('combobox', { name: 'Credential' });
    expect(credential).toHaveDisplayValue(/^RHIT — /);
    await userEvent.selectOptions(credential, 'CCA — Certified Coding Associate');
    expect(onchange).toHaveBeenLastCalledWith({ credential: 'cca' });
    await userEvent.selectOptions(credential, 'Any');
    expect(onchange).toHaveBeenLastCalledWith({ credential: null });
  });

  it('"Clear filters" appears while anything filters and clears all four at once', async () => {
    const { onchange } = setup({ edu: 'bachelor' });
    await userEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(onchange).toHaveBeenCalledExactlyOnceWith({ tracks: [], levels: [], edu: null, credential: null });
  });

  it('reads in Spanish: groups, names, options and the count', () => {
    useLocale('es');
    setup({ credential: 'cca' });
    expect(screen.getByRole('form', { name: 'Filtros' })).toBeInTheDocument();
    const tracks = screen.getByRole('group', { name: 'Área (color en el mapa)' });
    expect(boxNames(tracks)).toEqual(['Registros de salud', 'Codificación médica', 'Registro de cáncer']);
    expect(boxNames(screen.getByRole('group', { name: 'Nivel' }))).toContain('Intermedio');
    const edu = screen.getByRole('combobox', { name: 'Estudios más altos que estoy dispuesto a alcanzar' });
    expect(within(edu).getAllByRole('option')[0]).toHaveTextContent('Cualquiera');
    expect(screen.getByRole('combobox', { name: 'Credencial' })).toHaveDisplayValue(
      'CCA — Asociado/a certificado/a en codificación (Certified Coding Associate)',
    );
    expect(screen.getByRole('status')).toHaveTextContent('Se muestran 12 de 1,234 puestos');
    expect(screen.getByRole('button', { name: 'Quitar filtros' })).toBeInTheDocument();
  });
});
