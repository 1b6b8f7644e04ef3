/**
 * Salary along the compared routes (issue 26, item 5): the controls say what the figures are in
 * (constant dollars of the newest CPI year by default, nominal as published, a mean or a median),
 * each choice goes into the address without a new history entry (Back leaves the planner, not a
 * chart setting), the table's value column says which dollars it holds and its figures change with
 * the dollar year, and a point picked on the chart brings focus to its row — in English and Spanish.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { flushSync } from 'svelte';
import SalaryComparison from '../../src/views/SalaryComparison.svelte';
import { builtinDataset } from '../../src/data/builtin';
import { createModel, roleTitle } from '../../src/graph/model';
import { kBestRoutes, type Route } from '../../src/graph/routes';
import { AppState } from '../../src/state/app-state.svelte';
import { useLocale } from '../../src/state/locale-state.svelte';

const model = createModel(builtinDataset);
const found = kBestRoutes(model.graph, 'hi_clerk', 'him_manager', { k: 2 });
const CLERK = 'Medical Records / Health Information Clerk';

function setup(
  routes: { index: number; route: Route | undefined }[] = found.map((route, index) => ({ index, route })),
) {
  history.replaceState(null, '', '/?view=routes&from=hi_clerk&to=him_manager');
  const app = new AppState(model, location.search);
  render(SalaryComparison, { app, routes });
  const section = screen.getByRole('region', { name: /^Salary along the routes|^Salario a lo largo/ });
  return { app, section };
}

/** The table's row for a route's step, by what its first two cells say. */
function row(route: string, role: string) {
  const table = screen.getByRole('table', { name: /table|tabla/ });
  return within(table)
    .getAllByRole<HTMLTableRowElement>('row')
    .find((r) => r.cells[0]?.textContent === route && r.cells[1]?.textContent === role)!;
}
const pay = (route: string, role: string) => row(route, role).cells[3]!.textContent!.trim();

describe('SalaryComparison', () => {
  afterEach(() => useLocale('en'));

  it('starts in constant dollars of the newest CPI year, median, one row per step of each route', () => {
    setup();
    expect(screen.getByRole('radio', { name: 'Constant (inflation-adjusted)' })).toBeChecked();
    const year = screen.getByRole('combobox', { name: 'Dollar year' });
    expect(year).toHaveDisplayValue('2024');
    expect(year).toBeEnabled();
    expect(within(year).getAllByRole('option')[1]).toHaveTextContent('2023');
    expect(screen.getByRole('combobox', { name: 'Statistic' })).toHaveDisplayValue('Median (else mean)');
    expect(screen.getByRole('columnheader', { name: 'Annual salary (2024 dollars)' })).toBeInTheDocument();
    for (const [i, route] of found.entries())
      for (const roleId of route.roles) expect(row(`Route ${i + 1}`, roleTitle(model, roleId))).toBeDefined();
    expect(pay('Route 1', CLERK)).toMatch(/^\$\d{2},\d{3}/);
  });

  it('nominal dollars: the address says so, the year is off, the column and note say as published', async () => {
    const { app, section } = setup();
    const entries = history.length;
    await userEvent.click(screen.getByRole('radio', { name: 'Nominal (as published)' }));
    flushSync();
    expect(app.url.dollars).toBe('nominal');
    expect(location.search).toContain('usd=nominal');
    expect(history.length).toBe(entries);
    expect(screen.getByRole('combobox', { name: 'Dollar year' })).toBeDisabled();
    expect(screen.getByRole('columnheader', { name: 'Annual salary (nominal dollars)' })).toBeInTheDocument();
    expect(section).toHaveTextContent('Nominal figures are as published, each in dollars of its own year');
  });

  it('an older dollar year converts the figures: the same pay is fewer dollars of 2010', async () => {
    const { app } = setup();
    const in2024 = Number(pay('Route 1', CLERK).replace(/\D/g, ''));
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Dollar year' }), '2010');
    flushSync();
    expect(app.url.dollarYear).toBe(2010);
    expect(screen.getByRole('columnheader', { name: 'Annual salary (2010 dollars)' })).toBeInTheDocument();
    const in2010 = Number(pay('Route 1', CLERK).replace(/\D/g, ''));
    expect(in2010).toBeLessThan(in2024 * 0.9);
  });

  it('the statistic goes into the address', async () => {
    const { app } = setup();
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Statistic' }), 'Mean (else median)');
    flushSync();
    expect(app.url.statistic).toBe('mean');
    expect(location.search).toContain('stat=mean');
  });

  it('Enter on a chart point focuses and marks its row in the table', async () => {
    setup();
    const point = screen.getAllByRole('button', { name: new RegExp(`^Route 2.*${CLERK.slice(0, 15)}`) })[0]!;
    point.focus();
    await userEvent.keyboard('{Enter}');
    const target = row('Route 2', CLERK);
    expect(target).toHaveFocus();
    expect(target).toHaveClass('picked');
  });

  it('a compared index with no route draws nothing for it', () => {
    setup([
      { index: 0, route: found[0] },
      { index: 4, route: undefined },
    ]);
    const rows = within(screen.getByRole('table')).getAllByRole<HTMLTableRowElement>('row').slice(1);
    expect(new Set(rows.map((r) => r.cells[0]!.textContent))).toEqual(new Set(['Route 1']));
  });

  it('reads in Spanish', () => {
    useLocale('es');
    setup();
    expect(screen.getByRole('group', { name: 'Dólares' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Constantes (ajustados por inflación)' })).toBeChecked();
    expect(screen.getByRole('combobox', { name: 'Año de los dólares' })).toHaveDisplayValue('2024');
    expect(screen.getByRole('columnheader', { name: 'Salario anual (dólares de 2024)' })).toBeInTheDocument();
    expect(row('Ruta 1', 'Auxiliar de registros médicos / información de salud')).toBeDefined();
  });
});
