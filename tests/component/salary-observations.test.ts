/**
 * Every salary figure recorded for a role, in one table: the headline figure and the rule that
 * chose it, then each figure with its statistic, year, scope, occupation and source, so sources
 * that disagree are both on screen. Which roles share a figure is one switch for the table.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import SalaryObservations from '../../src/views/SalaryObservations.svelte';
import { createModel } from '../../src/graph/model';
import type { Dataset } from '../../src/data/schema';
import { useLocale } from '../../src/state/locale-state.svelte';
import { miniDataset, oewsSource } from '../fixtures/mini-dataset';

/** The mini ladder with a BLS figure for the coder (shared with the technician), an industry and an employer figure. */
function dataset(): Dataset {
  const d = miniDataset();
  d.roles[0]!.es = { title: 'Técnico/a' };
  d.roles[1]!.es = { title: 'Codificador/a' };
  d.sources.push(oewsSource());
  d.salaries.push(
    {
      id: 'bls',
      roles: ['coder', 'tech'],
      soc: '29-2072',
      occupation: 'Medical Records Specialists',
      es: { occupation: 'especialistas en registros médicos' },
      statistic: 'median',
      period: 'annual',
      value: 46660,
      year: 2021,
      scope: 'national',
      quote: '$46,660',
      source: 'oews',
    },
    {
      id: 'hospitals',
      roles: ['coder'],
      occupation: 'Coders in hospitals',
      statistic: 'mean',
      period: 'annual',
      value: 52000,
      year: 2019,
      scope: 'industry',
      industry: 'Hospitals',
      quote: '$52,000',
      source: 'seed-a',
    },
    {
      id: 'posting',
      roles: ['coder'],
      occupation: 'Medical Coder',
      statistic: 'offered',
      period: 'hourly',
      value: 21.5,
      year: null,
      yearNote: 'the posting shows no date',
      es: { yearNote: 'el anuncio no tiene fecha' },
      scope: 'company',
      company: 'A clinic',
      location: 'Austin, TX',
      quote: '$21.50 an hour',
      source: 'seed-a',
    },
  );
  return d;
}

function setup(roleId = 'coder', edit?: (d: Dataset) => void) {
  const d = dataset();
  edit?.(d);
  const model = createModel(d);
  const title = model.roles.get(roleId)!.title;
  render(SalaryObservations, { model, salaries: model.salariesByRole.get(roleId) ?? [], roleId, roleTitle: title });
  return screen.queryByRole('region', { name: /\(scrollable\)|(desplazable)/ })!;
}
const rows = (region: HTMLElement) => within(region).getAllByRole('row').slice(1);

describe('SalaryObservations', () => {
  afterEach(() => useLocale('en'));

  it('gives the headline figure with its source, year and occupation, and the rule that chose it', () => {
    setup();
    expect(screen.getByText('Headline figure:').parentElement).toHaveTextContent(
      /Headline figure: \$46,660 median · .*2021 · Medical Records Specialists \(29-2072\)/,
    );
    expect(screen.getByText(/^Chosen by one rule: a primary BLS source/)).toBeInTheDocument();
  });

  it('lists every figure, national first and newest first, each with statistic, year, scope, occupation and source', () => {
    const region = setup();
    const table = within(region).getByRole('table', { name: 'Salary figures for Coder' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['Figure', 'Statistic', 'Year', 'Scope', 'Occupation', 'Source']);
    const cells = rows(region).map((r) =>
      within(r)
        .getAllByRole('cell')
        .map((c) => c.textContent!.replace(/\s+/g, ' ').trim()),
    );
    // The BLS 2021 figure and the seed's 2010 figure disagree: both are shown, each with its source.
    expect(cells[0]!.slice(0, 4)).toEqual(['$46,660 a year', 'median', '2021', 'National']);
    expect(cells[0]![5]).toBe('U.S. Bureau of Labor Statistics (OEWS) (May 2021)');
    expect(cells[1]!.slice(0, 4)).toEqual(['$30,000 a year', 'median', '2010', 'National']);
    expect(cells[1]![5]).toBe('Test (2010)');
    expect(cells[2]!.slice(0, 4)).toEqual(['$52,000 a year', 'average (mean)', '2019', 'Industry: Hospitals']);
    expect(cells[3]!.slice(0, 4)).toEqual([
      '$21.50 an hour',
      'one offered salary (one job, one employer)',
      'year not stated — the posting shows no date',
      'A clinic, Austin, TX',
    ]);
  });

  it('names the roles sharing each figure only when asked, from the keyboard', async () => {
    const region = setup();
    expect(screen.getByText(/Figures marked “shared” describe a whole occupation code/)).toBeInTheDocument();
    expect(rows(region)[0]).toHaveTextContent('shared with 1 other role');
    expect(rows(region)[0]).not.toHaveTextContent('Technician');
    const toggle = screen.getByRole('button', { name: 'Roles sharing each figure' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    toggle.focus();
    await userEvent.keyboard('{Enter}');
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(rows(region)[0]).toHaveTextContent('shared with 1 other role: Technician');
    await userEvent.keyboard(' ');
    expect(rows(region)[0]).not.toHaveTextContent('Technician');
  });

  it('has no sharing switch when no figure is shared', () => {
    setup('manager', (d) =>
      d.salaries.push({ ...d.salaries[0]!, id: 'own', roles: ['manager'], value: 90000, occupation: 'Managers' }),
    );
    expect(screen.queryByRole('button', { name: 'Roles sharing each figure' })).toBeNull();
    expect(screen.queryByText(/Figures marked “shared”/)).toBeNull();
  });

  it('says so when no figure describes the role', () => {
    setup('manager');
    expect(screen.getByText('No salary figure in our sources describes this role on its own.')).toBeInTheDocument();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('reads in Spanish: labels, the year note, the data year and the other roles’ Spanish titles', async () => {
    useLocale('es');
    setup();
    const region = screen.getByRole('region', { name: 'Cifras de salario de Coder (desplazable)' });
    expect(screen.getByText('Cifra principal:')).toBeInTheDocument();
    const [bls, , , posting] = rows(region);
    expect(bls).toHaveTextContent('mayo de 2021');
    expect(bls).toHaveTextContent('Nacional');
    expect(posting).toHaveTextContent('año no indicado — el anuncio no tiene fecha');
    await userEvent.click(screen.getByRole('button', { name: 'Puestos que comparten cada cifra' }));
    // The headline and the table name the other role alike, by its Spanish title.
    expect(bls).toHaveTextContent('con 1 puesto más: Técnico/a');
    expect(bls).not.toHaveTextContent('Technician');
  });
});
