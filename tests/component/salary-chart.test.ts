import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import SalaryChart from '../../src/views/SalaryChart.svelte';
import SalaryTable from '../../src/views/SalaryTable.svelte';
import { createModel } from '../../src/graph/model';
import { routeSalarySeries } from '../../src/graph/salary/route-series';
import { SERIES_STYLES, type ChartSeries } from '../../src/graph/salary/chart-geometry';
import { miniDataset } from '../fixtures/mini-dataset';

function twoRoutes(): ChartSeries[] {
  const d = miniDataset();
  d.salaries.push({
    id: 's-p10',
    roles: ['tech', 'coder'],
    occupation: 'Technicians',
    statistic: 'p10',
    period: 'annual',
    value: 20000,
    year: 2010,
    scope: 'national',
    quote: '$20,000',
    source: 'seed-a',
  });
  d.salaries.push({
    id: 's-p90',
    roles: ['tech', 'coder'],
    occupation: 'Technicians',
    statistic: 'p90',
    period: 'annual',
    value: 45000,
    year: 2010,
    scope: 'national',
    quote: '$45,000',
    source: 'seed-a',
  });
  d.salaries.push({
    id: 'm',
    roles: ['manager'],
    occupation: 'Managers',
    statistic: 'median',
    period: 'annual',
    value: 100000,
    year: 2010,
    scope: 'national',
    quote: '$100,000',
    source: 'seed-a',
  });
  const model = createModel(d);
  const est = { typical: 1, low: 0.5, high: 2, estimated: true };
  const fixed = { typical: 3, low: 3, high: 3, estimated: false };
  return [
    {
      id: 'r1',
      label: 'Route 1',
      ...SERIES_STYLES[0],
      points: routeSalarySeries(model, { roles: ['tech', 'coder', 'manager'], steps: [est, fixed] }),
    },
    {
      id: 'r2',
      label: 'Route 2',
      ...SERIES_STYLES[1],
      points: routeSalarySeries(model, { roles: ['tech', 'manager'], steps: [fixed] }),
    },
  ];
}

describe('SalaryChart', () => {
  it('draws one focusable point per step per route, each described with its figure', () => {
    render(SalaryChart, { series: twoRoutes(), yLabel: 'Annual salary' });
    const points = screen.getAllByRole('button');
    expect(points).toHaveLength(5);
    expect(points[0]).toHaveAccessibleName(
      /Route 1: Technician at 0\.0 years.*\$30,000 median · Test 2010 · Technicians \(no SOC code given\)/,
    );
  });

  it('a point is a button that shows its step in the table; the tooltip is not read a second time', async () => {
    const picks: string[] = [];
    const { container } = render(SalaryChart, {
      series: twoRoutes(),
      yLabel: 'Annual salary',
      onpick: (s: string, r: string) => picks.push(`${s} ${r}`),
    });
    const point = screen.getAllByRole('button')[1]!;
    expect(point).toHaveAccessibleDescription('Press Enter to show this step in the table below.');
    await fireEvent.focus(point);
    expect(container.querySelector('.tip')).toHaveAttribute('aria-hidden', 'true');
    expect(container.querySelectorAll('circle.ring')).toHaveLength(1);
    await fireEvent.keyDown(point, { key: 'Enter' });
    await fireEvent.click(screen.getAllByRole('button')[3]!);
    expect(picks).toEqual(['r1 coder', 'r2 tech']);
  });

  it('has a legend entry per route', () => {
    render(SalaryChart, { series: twoRoutes(), yLabel: 'Annual salary' });
    const legend = screen.getByRole('list', { name: 'Chart legend' });
    expect(within(legend).getByText('Route 1')).toBeInTheDocument();
    expect(within(legend).getByText('Route 2')).toBeInTheDocument();
  });

  it('draws band whiskers only where percentiles exist', () => {
    const { container } = render(SalaryChart, { series: twoRoutes(), yLabel: 'Annual salary' });
    // Route 1: tech and coder have p10/p90, manager does not; route 2: tech only.
    expect(container.querySelectorAll('line[opacity="0.5"]')).toHaveLength(3);
  });
});

describe('SalaryTable', () => {
  it('lists the same points as the chart with sources, marking estimated and shared figures', () => {
    render(SalaryTable, { series: twoRoutes(), valueLabel: '2010 dollars' });
    const table = screen.getByRole('table', { name: 'Salary along routes (table)' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(5);
    expect(rows[1]).toHaveTextContent('Coder');
    // Marks are words of their own, not glued to the number ("1.0estimated").
    expect(within(rows[1]!).getAllByRole('cell')[1]).toHaveTextContent(/^\d+\.\d estimate$/);
    expect(within(rows[1]!).getAllByRole('cell')[2]).toHaveTextContent(/^\$[\d,]+ shared figure$/);
    expect(rows[1]).toHaveTextContent('Test');
    expect(rows[2]).toHaveTextContent('$100,000');
    expect(rows[2]).not.toHaveTextContent('shared');
  });
});
