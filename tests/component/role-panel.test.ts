import { describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import RolePanel from '../../src/views/RolePanel.svelte';
import { createModel } from '../../src/graph/model';
import { miniDataset } from '../fixtures/mini-dataset';

function setup(roleId: string, mutate?: (d: ReturnType<typeof miniDataset>) => void) {
  const d = miniDataset();
  mutate?.(d);
  const model = createModel(d);
  const onselect = vi.fn();
  const onclose = vi.fn();
  render(RolePanel, { model, role: model.roles.get(roleId)!, focus: false, onselect, onclose, onfocus: vi.fn() });
  return { onselect, onclose };
}

describe('RolePanel', () => {
  it('is a region named by the role title', () => {
    setup('coder');
    expect(screen.getByRole('region', { name: 'Coder' })).toBeInTheDocument();
  });

  // The pay chart loads on demand (first role opened), hence findBy.
  it('shows each salary with its statistic, year and source', async () => {
    setup('tech');
    const table = await screen.findByRole('table', { name: /salary figures for technician/i });
    const row = within(table).getAllByRole('row')[1]!;
    expect(row).toHaveTextContent('$30,000 a year');
    expect(row).toHaveTextContent('median');
    expect(row).toHaveTextContent('2010');
    expect(row).toHaveTextContent('Test');
    // The figure covers two roles (one occupation code): it must say so.
    expect(row).toHaveTextContent('shared');
  });

  it('says when no figure exists instead of showing nothing', async () => {
    setup('manager');
    expect(await screen.findByText(/no salary figure in our sources/i)).toBeInTheDocument();
  });

  it('labels an estimated move with its range and method', () => {
    setup('tech', (d) => {
      d.transitions[0]!.years = {
        typical: 1.5,
        low: 1,
        high: 2,
        estimated: true,
        method: 'Inferred from program length',
      };
    });
    const link = screen.getByRole('link', { name: 'Coder' });
    const item = link.closest('li')!;
    expect(item).toHaveTextContent('≈1.5 yrs (estimate, 1–2)');
    expect(item).toHaveTextContent('estimated');
    expect(item).toHaveTextContent('Inferred from program length');
  });

  it('lists next moves and incoming moves as links that select the other role', async () => {
    const { onselect } = setup('coder');
    await userEvent.click(screen.getByRole('link', { name: 'Manager' }));
    expect(onselect).toHaveBeenCalledWith('manager');
    await userEvent.click(screen.getByRole('link', { name: 'Technician' }));
    expect(onselect).toHaveBeenCalledWith('tech');
  });

  it('names what a move requires', () => {
    setup('coder');
    const item = screen.getByRole('link', { name: 'Manager' }).closest('li')!;
    expect(item).toHaveTextContent("Bachelor's degree");
  });

  it('shows credentials with awarding body and eligibility', () => {
    setup('coder');
    expect(
      screen.getByText(
        /Certified Coding Associate, awarded by American Health Information Management Association \(AHIMA\)/,
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('HS diploma', { exact: false })).toBeInTheDocument();
  });

  it('closes on Escape', async () => {
    const { onclose } = setup('coder');
    screen.getByRole('heading', { name: 'Coder' }).focus();
    await userEvent.keyboard('{Escape}');
    expect(onclose).toHaveBeenCalled();
  });
});

describe('Role salary dot plot', () => {
  it('plots every annual figure side by side, ranges as bars, and names each source', async () => {
    const d = miniDataset();
    d.sources.push({
      id: 'seed-b',
      kind: 'seed',
      publisher: 'Other publisher',
      title: 'Other',
      dataYear: '2006',
      status: 'seed',
    });
    d.salaries.push(
      {
        id: 's2',
        roles: ['tech'],
        occupation: 'Technicians',
        statistic: 'median',
        period: 'annual',
        value: 28030,
        year: 2006,
        scope: 'national',
        quote: '$28,030',
        source: 'seed-b',
      },
      {
        id: 's3',
        roles: ['tech'],
        occupation: 'Technicians',
        statistic: 'range',
        period: 'annual',
        value: 29940,
        high: 49770,
        year: null,
        yearNote: 'not stated',
        scope: 'national',
        quote: '$29,940 - $49,770',
        source: 'seed-b',
      },
      {
        id: 's4',
        roles: ['tech'],
        occupation: 'Technicians',
        statistic: 'median',
        period: 'hourly',
        value: 15.55,
        year: 2010,
        scope: 'national',
        quote: '$15.55',
        source: 'seed-a',
      },
    );
    const model = createModel(d);
    render(RolePanel, {
      model,
      role: model.roles.get('tech')!,
      focus: false,
      onselect: vi.fn(),
      onclose: vi.fn(),
      onfocus: vi.fn(),
    });
    const plot = await screen.findByRole('img', { name: /Salary figures for Technician by year and source/ });
    // Three annual figures are marks; the hourly one stays in the table only.
    expect(plot.querySelectorAll('g > title')).toHaveLength(3);
    expect(plot.querySelectorAll('g > line')).toHaveLength(1);
    expect(plot).toHaveTextContent('undated');
    const caption = plot.closest('figure')!;
    expect(caption).toHaveTextContent('Test (2010)');
    expect(caption).toHaveTextContent('Other publisher (2006)');
    expect(caption).toHaveTextContent('1 hourly figure only in the table');
  });
});
