/**
 * Constant-dollar conversion with CPI-U annual averages: value × CPI[target] / CPI[year].
 * The annual average of the wage's reference year is used even for "May" OEWS figures
 * (documented in domain-facts §3.4). Figures with no known year are never deflated: the
 * result says why, so the UI can show them as nominal and exclude them from comparisons.
 */
import type { Cpi, Salary } from '../../data/schema';

const MODULE = 'graph/salary/inflation';

/** BLS's convention for annualising hourly wages (2,080 h = 52 weeks × 40 h). */
export const HOURS_PER_YEAR = 2080;

export type Conversion =
  | { ok: true; value: number; high?: number; fromYear: number; toYear: number; annualised: boolean }
  | { ok: false; reason: string };

export function cpiTable(cpi: Cpi): ReadonlyMap<number, number> {
  return new Map(cpi.values.map((v) => [v.year, v.value]));
}

export function latestCpiYear(cpi: Cpi): number {
  return Math.max(...cpi.values.map((v) => v.year));
}

/** Converts an amount from one year's dollars to another's. Throws on a year outside the table. */
export function toConstantDollars(
  value: number,
  fromYear: number,
  toYear: number,
  table: ReadonlyMap<number, number>,
): number {
  if (!Number.isFinite(value)) throw new Error(`${MODULE}: value must be a finite number, got ${value}`);
  const from = table.get(fromYear);
  const to = table.get(toYear);
  if (from === undefined) throw new Error(`${MODULE}: no CPI-U value for ${fromYear}`);
  if (to === undefined) throw new Error(`${MODULE}: no CPI-U value for ${toYear}`);
  return (value * to) / from;
}

/**
 * Annualises an hourly figure only for sources that follow the BLS 2,080-hour convention
 * (BLS and O*NET publish annual = hourly × 2,080); anything else is left out rather than guessed.
 */
export function annualValue(
  s: Pick<Salary, 'value' | 'high' | 'period'>,
  sourceFollowsBls: boolean,
): { value: number; high?: number; annualised: boolean } | null {
  if (s.period === 'annual')
    return { value: s.value, ...(s.high !== undefined ? { high: s.high } : {}), annualised: false };
  if (!sourceFollowsBls) return null;
  return {
    value: s.value * HOURS_PER_YEAR,
    ...(s.high !== undefined ? { high: s.high * HOURS_PER_YEAR } : {}),
    annualised: true,
  };
}

export function convertSalary(
  s: Salary,
  toYear: number,
  table: ReadonlyMap<number, number>,
  sourceFollowsBls: boolean,
): Conversion {
  if (s.year === null)
    return {
      ok: false,
      reason: 'The source does not state the year of this figure, so it cannot be adjusted for inflation.',
    };
  if (!table.has(s.year)) return { ok: false, reason: `No CPI-U value for ${s.year} in the data.` };
  const annual = annualValue(s, sourceFollowsBls);
  if (!annual) return { ok: false, reason: 'An hourly figure whose source does not say how to annualise it.' };
  return {
    ok: true,
    value: toConstantDollars(annual.value, s.year, toYear, table),
    ...(annual.high !== undefined ? { high: toConstantDollars(annual.high, s.year, toYear, table) } : {}),
    fromYear: s.year,
    toYear,
    annualised: annual.annualised,
  };
}
