/**
 * Words and numbers as the user reads them. Every salary label says which statistic it is,
 * and every estimate says so, because a counselor repeats these strings to a student.
 */
import type { EducationLevel, Level, Salary, Source, Statistic, Years } from '../data/schema';

export const LEVEL_LABELS: Record<Level, string> = { entry: 'Entry', mid: 'Mid-career', senior: 'Senior', leadership: 'Leadership' };

export const EDUCATION_LABELS: Record<EducationLevel, string> = {
  none: 'No formal requirement',
  high_school: 'High school diploma or GED',
  certificate: 'Postsecondary certificate',
  some_college: 'Some college, no degree',
  associate: "Associate degree",
  bachelor: "Bachelor's degree",
  master: "Master's degree",
  doctorate: 'Doctorate',
};

export const STATISTIC_LABELS: Record<Statistic, string> = {
  median: 'median',
  mean: 'average (mean)',
  p10: 'lowest 10% earn less than',
  p25: '25th percentile',
  p75: '75th percentile',
  p90: 'top 10% earn more than',
  range: 'typical range',
  range_p25_p75: 'middle 50% range',
  offered: 'one offered salary (one job, one employer)',
};

const dollars0 = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });
const dollars2 = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', minimumFractionDigits: 2, maximumFractionDigits: 2 });

export function money(value: number, period: 'annual' | 'hourly' = 'annual'): string {
  return period === 'hourly' && !Number.isInteger(value) ? dollars2.format(value) : dollars0.format(value);
}

export function salaryAmount(s: Pick<Salary, 'value' | 'high' | 'period'>): string {
  const unit = s.period === 'hourly' ? ' an hour' : ' a year';
  return s.high !== undefined ? `${money(s.value, s.period)}–${money(s.high, s.period)}${unit}` : `${money(s.value, s.period)}${unit}`;
}

export function salaryYear(s: Pick<Salary, 'year' | 'yearNote' | 'date'>): string {
  if (s.date) return s.date;
  return s.year === null ? 'year not stated' : String(s.year);
}

function trimNumber(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(1);
}

/** "2 yrs", "≈1.8 yrs (est. 0.5–5)" — estimates always carry "≈", the word and their range. */
export function yearsLabel(y: Pick<Years, 'typical' | 'low' | 'high' | 'estimated'>): string {
  const unit = y.typical === 1 ? 'yr' : 'yrs';
  if (y.estimated) return `≈${trimNumber(y.typical)} ${unit} (estimate, ${trimNumber(y.low)}–${trimNumber(y.high)})`;
  if (y.low !== y.high) return `${trimNumber(y.low)}–${trimNumber(y.high)} yrs`;
  return `${trimNumber(y.typical)} ${unit}`;
}

/** A short citation: publisher, edition and data year. */
export function citation(source: Source | undefined): string {
  if (!source) return 'source unknown';
  const parts = [source.publisher, source.edition].filter(Boolean).join(', ');
  return `${parts} (${source.dataYear})`;
}

/** A route's total: "≈3.4 years" — "≈" when any step is an estimate. */
export function routeYearsLabel(route: { estimated: boolean; totalYears: { typical: number } }, unit: 'years' | 'yrs' = 'years'): string {
  return `${route.estimated ? '≈' : ''}${route.totalYears.typical.toFixed(1)} ${unit}`;
}
