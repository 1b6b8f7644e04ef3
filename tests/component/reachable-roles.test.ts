/**
 * "Within N years of … you could reach" answers the pay question (issue 23, item 6): every role
 * with its years and its pay (constant dollars, source and year), sortable by years and by pay
 * from the keyboard, a wider occupation's figure marked and never ranked as the role's own.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import ReachableRoles from '../../src/views/ReachableRoles.svelte';
import { builtinDataset } from '../../src/data/builtin';
import { createModel, roleTitle } from '../../src/graph/model';
import { reachableWithin } from '../../src/graph/routes';
import { useLocale } from '../../src/state/locale-state.svelte';

const model = createModel(builtinDataset);
const reachable = reachableWithin(model.graph, 'hit', 5);

function setup() {
  const onchoose = vi.fn();
  render(ReachableRoles, {
    model,
    reachable,
    years: 5,
    fromTitle: 'Health Information / Medical Records Technician',
    onchoose,
  });
  const table = screen.getByRole('table');
  const firstCells = () =>
    within(table)
      .getAllByRole('row')
      .slice(1)
      .map((r) => within(r).getByRole('rowheader').textContent?.trim());
  return { onchoose, table, firstCells };
}

describe('ReachableRoles', () => {
  afterEach(() => useLocale('en'));

  it('lists each role with its years and its pay, with the figure’s source and year; fewest years first', () => {
    const { table, firstCells } = setup();
    expect(screen.getByRole('heading', { name: /Within 5 years of Health Information/ })).toBeInTheDocument();
    expect(firstCells()).toHaveLength(reachable.length);
    expect(firstCells()[0]).toBe('Release of Information Specialist');
    const registrar = within(table).getByRole('row', { name: /Cancer \/ Tumor Registrar/ });
    expect(registrar).toHaveTextContent(/\$\d{2},\d{3}/);
    expect(registrar).toHaveTextContent('Health Information Technologists and Medical Registrars (29-9021)');
    expect(registrar).toHaveTextContent(/BLS.*2022/);
    expect(within(table).getByRole('columnheader', { name: /Years/ })).toHaveAttribute('aria-sort', 'ascending');
  });

  it('sorts by pay from the keyboard: own figures highest first, a wider occupation’s figure after them, none last', async () => {
    const { table, firstCells } = setup();
    const pay = within(table).getByRole('button', { name: /Pay \(\d{4} dollars\)/ });
    pay.focus();
    await userEvent.keyboard('{Enter}');
    expect(within(table).getByRole('columnheader', { name: /Pay/ })).toHaveAttribute('aria-sort', 'descending');
    const order = firstCells();
    // Two roles share the highest own figure (29-9021), both 4 years away (each asks for an
    // associate degree or a registry program: 2 years full-time, part-time alongside the job):
    // equal pay and years fall back to the title.
    expect(order.slice(0, 2)).toEqual(['Cancer / Tumor Registrar', 'EHR / Clinical Applications Analyst']);
    // Practice manager's figure is all medical and health services managers' pay: the highest number, ranked after every own figure.
    const manager = order.indexOf('Medical Office / Practice Manager');
    const noFigure = order.indexOf('HIM Compliance Coordinator');
    expect(manager).toBeGreaterThan(order.indexOf('Professional-Fee (Physician) Coder'));
    expect(manager).toBeLessThan(noFigure);
    expect(within(table).getByRole('row', { name: /Practice Manager/ })).toHaveTextContent(
      'Pay of all medical and health services managers, not this role alone',
    );
    await userEvent.keyboard(' ');
    expect(within(table).getByRole('columnheader', { name: /Pay/ })).toHaveAttribute('aria-sort', 'ascending');
    expect(firstCells()[0]).not.toBe('Cancer / Tumor Registrar');
  });

  it('choosing a role asks for routes to it', async () => {
    const { onchoose, table } = setup();
    await userEvent.click(within(table).getByRole('button', { name: 'Cancer / Tumor Registrar' }));
    expect(onchoose).toHaveBeenCalledWith('registrar');
  });

  it('reads in Spanish: headings, the sort buttons and the wider-occupation mark', async () => {
    useLocale('es');
    const { table } = setup();
    expect(within(table).getByRole('button', { name: /^Años/ })).toBeInTheDocument();
    await userEvent.click(within(table).getByRole('button', { name: /Salario \(dólares de \d{4}\)/ }));
    expect(within(table).getByRole('columnheader', { name: /Salario/ })).toHaveAttribute('aria-sort', 'descending');
    expect(within(table).getByRole('row', { name: /consultorio/i })).toHaveTextContent('no solo de este puesto');
  });

  it('says “Within 1 year”, not “1 years”, for a one-year limit, in both languages', () => {
    const near = reachableWithin(model.graph, 'hit', 1);
    const props = { model, reachable: near, years: 1, fromTitle: 'Medical Coder', onchoose: vi.fn() };
    const { unmount } = render(ReachableRoles, props);
    expect(screen.getByRole('heading', { level: 3 })).toHaveTextContent(
      /^Within 1 year of Medical Coder you could reach$/,
    );
    const caption = screen.getByRole('table').querySelector('caption')!;
    expect(caption).toHaveTextContent(
      new RegExp(`^${near.length} ${near.length === 1 ? 'role,' : 'roles,'} sorted by`),
    );
    unmount();
    useLocale('es');
    render(ReachableRoles, props);
    expect(screen.getByRole('heading', { level: 3 })).toHaveTextContent(
      /^En 1 año desde Medical Coder podría llegar a$/,
    );
  });

  it('counts a single reachable role in the singular', () => {
    render(ReachableRoles, { model, reachable: reachable.slice(0, 1), years: 2, fromTitle: 'X', onchoose: vi.fn() });
    expect(screen.getByRole('table').querySelector('caption')).toHaveTextContent(/^1 role, sorted by /);
    expect(screen.getByRole('heading', { level: 3 })).toHaveTextContent(/^Within 2 years of X/);
  });

  it('marks a role reached only by skipping a usual requirement', () => {
    const relaxed = reachableWithin(model.graph, 'coder', 5, { heldCredentials: ['cca'], relaxTypical: true });
    render(ReachableRoles, { model, reachable: relaxed, years: 5, fromTitle: 'Medical Coder', onchoose: vi.fn() });
    const table = screen.getByRole('table');
    const marked = relaxed.filter((r) => r.route.relaxed);
    expect(marked.length).toBeGreaterThan(0);
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(relaxed.length);
    for (const row of rows) {
      const title = within(row).getByRole('rowheader').textContent!.trim();
      const r = relaxed.find((x) => roleTitle(model, x.role) === title)!;
      if (r.route.relaxed) expect(row).toHaveTextContent('Fewer requirements than usual');
      else expect(row).not.toHaveTextContent('Fewer requirements than usual');
    }
  });
});
