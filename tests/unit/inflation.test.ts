import { describe, expect, it } from 'vitest';
import {
  annualValue,
  convertSalary,
  cpiTable,
  toConstantDollars,
  HOURS_PER_YEAR,
} from '../../src/graph/salary/inflation';
import type { Salary } from '../../src/data/schema';

// CPI-U annual averages (BLS CUUR0000SA0), as listed in domain-facts §3.4.
const table = cpiTable({
  series: 'CPI-U',
  source: 'x',
  values: [
    { year: 2006, value: 201.6 },
    { year: 2010, value: 218.056 },
    { year: 2018, value: 251.107 },
    { year: 2024, value: 313.689 },
  ],
});

const base: Salary = {
  id: 's',
  roles: ['hit'],
  occupation: 'x',
  statistic: 'median',
  period: 'annual',
  value: 28030,
  year: 2006,
  scope: 'national',
  quote: '$28,030',
  source: 'seed-004',
};

describe('toConstantDollars', () => {
  // Worked by hand: 28,030 × 313.689 / 201.6 = 43,614.6…; 32,350 × 313.689 / 218.056 = 46,537.9…
  it.each([
    [28030, 2006, 2024, 43614.6],
    [32350, 2010, 2024, 46537.9],
    [40350, 2018, 2024, 50406.3],
    [50250, 2024, 2024, 50250],
  ])('%d of %d is about %d in %d dollars', (value, from, to, expected) => {
    expect(toConstantDollars(value, from, to, table)).toBeCloseTo(expected, 0);
  });

  it('fails loudly for a year the CPI table lacks', () => {
    expect(() => toConstantDollars(1, 1999, 2024, table)).toThrow(/graph\/salary\/inflation: no CPI-U value for 1999/);
  });
});

describe('annualValue', () => {
  it('annualises hourly BLS figures at 2,080 hours', () => {
    expect(annualValue({ value: 15.55, period: 'hourly' }, true)).toEqual({
      value: 15.55 * HOURS_PER_YEAR,
      annualised: true,
    });
    expect(15.55 * HOURS_PER_YEAR).toBeCloseTo(32344, 0);
  });
  it('refuses to annualise when the source does not say how', () => {
    expect(annualValue({ value: 15, period: 'hourly' }, false)).toBeNull();
  });
  it('keeps both ends of a range', () => {
    expect(annualValue({ value: 14, high: 24, period: 'hourly' }, true)).toEqual({
      value: 29120,
      high: 49920,
      annualised: true,
    });
  });
});

describe('convertSalary', () => {
  it('converts a dated figure', () => {
    const r = convertSalary(base, 2024, table, true);
    expect(r.ok && Math.round(r.value)).toBe(43615);
  });
  it('excludes an undated figure and says why', () => {
    const r = convertSalary({ ...base, year: null, yearNote: 'not stated' }, 2024, table, true);
    expect(r).toEqual({ ok: false, reason: expect.stringMatching(/does not state the year/) });
  });
  it('converts both ends of a range', () => {
    const r = convertSalary({ ...base, statistic: 'range_p25_p75', value: 22420, high: 35990 }, 2024, table, true);
    expect(r.ok && r.high !== undefined && Math.round(r.high)).toBe(Math.round((35990 * 313.689) / 201.6));
  });
});
