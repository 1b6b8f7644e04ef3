import { describe, expect, it } from 'vitest';
import { createModel } from '../../src/graph/model';
import { routeSalarySeries } from '../../src/graph/salary/route-series';
import { pickFigure } from '../../src/graph/salary/pick-figure';
import { miniDataset } from '../fixtures/mini-dataset';
import type { Salary } from '../../src/data/schema';

function model() {
  const d = miniDataset();
  d.cpi.values.push({ year: 2024, value: 313.689 });
  const fig = (id: string, statistic: Salary['statistic'], value: number): Salary => ({
    id,
    roles: ['tech', 'coder'],
    occupation: 'Technicians',
    statistic,
    period: 'annual',
    value,
    year: 2010,
    scope: 'national',
    quote: `$${value}`,
    source: 'seed-a',
  });
  d.salaries.push(fig('s-p10', 'p10', 20000), fig('s-p90', 'p90', 45000));
  d.salaries.push({
    id: 'm1',
    roles: ['manager'],
    occupation: 'Managers',
    statistic: 'median',
    period: 'annual',
    value: 110680,
    year: 2024,
    scope: 'national',
    quote: '$110,680',
    source: 'seed-a',
  });
  return createModel(d);
}

const years = (typical: number, estimated = false) => ({ typical, low: typical, high: typical, estimated });

describe('routeSalarySeries', () => {
  it('places one point per role at the cumulative years', () => {
    const s = routeSalarySeries(model(), { roles: ['tech', 'coder', 'manager'], steps: [years(1), years(3)] });
    expect(s.map((p) => p.x)).toEqual([0, 1, 4]);
    expect(s.map((p) => p.roleId)).toEqual(['tech', 'coder', 'manager']);
  });

  it('converts to constant dollars of the newest CPI year by default, and not in nominal mode', () => {
    const m = model();
    const constant = routeSalarySeries(m, { roles: ['tech'], steps: [] })[0]!;
    const nominal = routeSalarySeries(m, { roles: ['tech'], steps: [] }, { dollars: 'nominal' })[0]!;
    expect(nominal.y).toBe(30000);
    expect(constant.y).toBeCloseTo((30000 * 313.689) / 218.056, 3);
  });

  it('draws a band only where the same source and year give percentiles', () => {
    const s = routeSalarySeries(
      model(),
      { roles: ['tech', 'coder', 'manager'], steps: [years(1), years(3)] },
      { dollars: 'nominal' },
    );
    expect([s[0]!.bandLow, s[0]!.bandHigh, s[0]!.bandLabel]).toEqual([20000, 45000, '10th–90th percentile']);
    expect([s[2]!.bandLow, s[2]!.bandHigh]).toEqual([null, null]);
  });

  it('marks figures shared by several roles and points after an estimated step', () => {
    const s = routeSalarySeries(model(), { roles: ['tech', 'coder', 'manager'], steps: [years(1, true), years(3)] });
    expect(s.map((p) => p.shared)).toEqual([true, true, false]);
    expect(s.map((p) => p.xEstimated)).toEqual([false, true, true]);
  });

  it('says why a role has no point', () => {
    const d = miniDataset();
    d.salaries = [];
    const s = routeSalarySeries(createModel(d), { roles: ['tech'], steps: [] });
    expect(s[0]!.y).toBeNull();
    expect(s[0]!.reason).toMatch(/no dated national figure/i);
  });

  it('rejects a route whose steps do not match its roles', () => {
    expect(() => routeSalarySeries(model(), { roles: ['tech', 'coder'], steps: [] })).toThrow(
      /route-series: a route of 2 roles needs 1 steps/,
    );
  });
});

describe('pickFigure', () => {
  it('prefers the chosen statistic, then the newest year, and ignores undated figures', () => {
    const base = {
      roles: ['x'],
      occupation: 'o',
      period: 'annual' as const,
      scope: 'national' as const,
      quote: 'q',
      source: 's',
    };
    const figs: Salary[] = [
      { ...base, id: 'a', statistic: 'median', value: 1, year: 2006 },
      { ...base, id: 'b', statistic: 'median', value: 2, year: 2010 },
      { ...base, id: 'c', statistic: 'mean', value: 3, year: 2016 },
      { ...base, id: 'd', statistic: 'median', value: 4, year: null, yearNote: 'unstated' },
    ];
    expect(pickFigure(figs, 'median')?.point.id).toBe('b');
    expect(pickFigure(figs, 'mean')?.point.id).toBe('c');
  });
});
