/**
 * The Zippia career paths through a role: each path as printed (its titles in the source's
 * English, its printed total) beside the project's fitted years per step, which are labelled
 * estimates with their ranges; paths leaving health information come last and say so.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import ZippiaPaths from '../../src/views/ZippiaPaths.svelte';
import { createModel } from '../../src/graph/model';
import type { Dataset } from '../../src/data/schema';
import { useLocale } from '../../src/state/locale-state.svelte';
import { miniDataset } from '../fixtures/mini-dataset';

const est = (typical: number) => ({ typical, low: 0.5, high: 4, estimated: true, method: 'Modelled' });

function model() {
  const d: Dataset = miniDataset();
  d.sources.push({
    id: 'zippia',
    kind: 'seed',
    publisher: 'Zippia',
    title: 'Become a MRT',
    dataYear: 'not stated',
    es: { dataYear: 'sin fecha' },
    status: 'seed',
  });
  d.roles[1]!.es = { title: 'Codificador/a' };
  d.paths.push(
    {
      id: 'z12',
      titles: ['Medical Records Clerk', 'Medical Coder', 'Accounts Manager'],
      roles: ['tech', 'coder', 'manager'],
      totalYears: 9,
      stepYears: [est(4.2), est(4.9)],
      relevant: false,
      note: 'The last step leaves health information.',
      es: { note: 'El último paso sale de la información de salud.' },
      source: 'zippia',
    },
    {
      id: 'z7',
      titles: ['Records Tech', 'Medical Coder', 'HIM Manager'],
      roles: ['tech', 'coder', 'manager'],
      totalYears: 5,
      stepYears: [est(1), est(4)],
      relevant: true,
      source: 'zippia',
    },
  );
  return createModel(d);
}

const paths = () => screen.getAllByRole('list')[0]!;
const items = () =>
  within(paths())
    .getAllByRole('listitem')
    .filter((li) => li.parentElement === paths());

describe('ZippiaPaths', () => {
  afterEach(() => useLocale('en'));

  it('gives each path its printed total, the fitted total and each step’s estimate, health-information paths first', () => {
    render(ZippiaPaths, { model: model(), roleId: 'coder' });
    expect(
      screen.getByText(/^As printed by Zippia \(Zippia \(not stated\)\): the total years of each path/),
    ).toBeInTheDocument();
    const [seven, twelve] = items();
    expect(seven).toHaveTextContent(/^Path 7: 5 years in total as printed; fitted steps add up to ≈5 years/);
    // A step of one year reads "1 yr", an estimate with its range.
    expect(seven).toHaveTextContent('Records Tech: ≈1 yr (estimate, 0.5–4)');
    expect(seven).toHaveTextContent('Medical Coder: ≈4 yrs (estimate, 0.5–4)');
    expect(seven).toHaveTextContent('HIM Manager (destination)');
    expect(twelve).toHaveTextContent(/^Path 12: 9 years in total as printed; fitted steps add up to ≈9.1 years/);
    expect(twelve).toHaveTextContent('≈9.1 years (leaves health information: fitted after the others)');
    expect(twelve).toHaveTextContent('The last step leaves health information.');
    expect(seven).not.toHaveTextContent('leaves health information');
  });

  it('keeps the printed titles in English, marked so, with the role’s Spanish title beside them in Spanish', () => {
    useLocale('es');
    render(ZippiaPaths, { model: model(), roleId: 'coder', locale: 'es' });
    const [seven, twelve] = items();
    expect(seven).toHaveTextContent(/^Ruta 7: 5 años en total según la fuente; los pasos ajustados suman ≈5 años/);
    expect(seven).toHaveTextContent('Records Tech: ≈1 año (estimación, 0.5–4)');
    const printed = within(seven!).getByText('Medical Coder');
    expect(printed).toHaveAttribute('lang', 'en');
    expect(printed.parentElement).toHaveTextContent('Medical Coder (Codificador/a): ≈4 años');
    expect(twelve).toHaveTextContent('El último paso sale de la información de salud.');
  });

  it('says so when no path passes through the role', () => {
    const m = model();
    m.dataset.paths.length = 0;
    render(ZippiaPaths, { model: m, roleId: 'coder' });
    expect(screen.getByText('No Zippia career path passes through this role.')).toBeInTheDocument();
    expect(screen.queryByRole('list')).toBeNull();
  });
});
