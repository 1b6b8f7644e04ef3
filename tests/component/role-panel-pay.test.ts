/**
 * The role panel says whose pay a figure is (headline with source, year and occupation; a
 * wider occupation's figure named as such) and shows each Zippia path through the role with
 * its printed total and estimated steps.
 */
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import RolePanel from '../../src/views/RolePanel.svelte';
import { createModel } from '../../src/graph/model';
import type { Dataset } from '../../src/data/schema';
import { miniDataset } from '../fixtures/mini-dataset';

function setup(roleId: string, mutate: (d: Dataset) => void) {
  const d = miniDataset();
  mutate(d);
  const model = createModel(d);
  render(RolePanel, {
    model,
    role: model.roles.get(roleId)!,
    focus: false,
    onselect: vi.fn(),
    onclose: vi.fn(),
    onfocus: vi.fn(),
  });
}

const managersFigure = (d: Dataset) => {
  d.salaries.push({
    id: 'm',
    roles: ['manager', 'coder'],
    soc: '11-9111',
    occupation: 'Medical and Health Services Managers',
    statistic: 'median',
    period: 'annual',
    value: 110680,
    year: 2023,
    scope: 'national',
    quote: '$110,680',
    source: 'seed-a',
  });
  d.roles[2]!.soc = ['11-9111'];
  d.roles[2]!.broaderSoc = ['11-9111'];
};

describe('RolePanel pay and paths', () => {
  // The pay chart loads on demand (first role opened), hence findBy.
  it('names a wider occupation’s figure as that occupation’s pay, never the role’s own', async () => {
    setup('manager', managersFigure);
    const table = await screen.findByRole('table', { name: /salary figures for manager/i });
    const panel = screen.getByRole('region', { name: 'Manager' });
    expect(panel).toHaveTextContent(
      /Headline figure: All medical and health services managers: \$110,680 median · Test 2023 · Medical and Health Services Managers \(11-9111\) — not Manager’s own pay/,
    );
    const row = within(table).getAllByRole('row')[1]!;
    expect(row).toHaveTextContent('Medical and Health Services Managers (11-9111)');
    expect(row).toHaveTextContent('all medical and health services managers, not Manager alone');
    expect(row).toHaveTextContent('shared with 1 other role');
    // Which roles: one switch for the whole table, not a Tab stop per row (issue 27).
    expect(row).not.toHaveTextContent('Coder');
    const sharing = screen.getByRole('button', { name: 'Roles sharing each figure' });
    expect(sharing).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(sharing);
    expect(sharing).toHaveAttribute('aria-expanded', 'true');
    expect(within(table).getAllByRole('row')[1]).toHaveTextContent('shared with 1 other role: Coder');
    expect(within(table).queryAllByRole('group')).toHaveLength(0);
  });

  it('shows the role’s own figure with its occupation where the occupation describes it', async () => {
    setup('coder', managersFigure);
    await screen.findByRole('table', { name: /salary figures for coder/i });
    expect(screen.getByRole('region', { name: 'Coder' })).toHaveTextContent(
      /Headline figure: \$110,680 median · Test 2023 · Medical and Health Services Managers \(11-9111\)/,
    );
    expect(screen.getByRole('region', { name: 'Coder' })).not.toHaveTextContent('own pay');
  });

  it('lists each Zippia path through the role with its printed total and estimated steps', () => {
    setup('coder', (d) => {
      const est = (typical: number) => ({ typical, low: 0.5, high: 4, estimated: true, method: 'Modelled' });
      d.paths.push({
        id: 'z7',
        titles: ['Records Tech', 'Medical Coder', 'Manager'],
        roles: ['tech', 'coder', 'manager'],
        totalYears: 5,
        stepYears: [est(2.1), est(2.9)],
        relevant: true,
        source: 'seed-a',
      });
    });
    const panel = screen.getByRole('region', { name: 'Coder' });
    expect(panel).toHaveTextContent('Path 7: 5 years in total as printed; fitted steps add up to ≈5 years');
    expect(panel).toHaveTextContent('Medical Coder: ≈2.9 yrs (estimate, 0.5–4)');
    expect(panel).toHaveTextContent('Manager (destination)');
  });
});
