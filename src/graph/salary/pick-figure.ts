/**
 * Chooses, for one role, the salary figure a chart plots and the band around it.
 * Preference: a national annual (or BLS-hourly) figure of the chosen statistic, newest year
 * first; percentiles for the band must come from the same source and year as the point,
 * because mixing sources would draw a band no source ever published.
 */
import type { Salary, Statistic } from '../../data/schema';

export const PLOT_STATISTICS = ['median', 'mean'] as const;
export type PlotStatistic = (typeof PLOT_STATISTICS)[number];

export interface PickedFigure {
  point: Salary;
  /** The band's low and high figures (10th–90th preferred, else 25th–75th). */
  band: { low: Salary; high: Salary; label: string } | { range: Salary; label: string } | null;
  /** True when the figure belongs to an occupation code covering several roles. */
  shared: boolean;
}

function dated(s: Salary): s is Salary & { year: number } {
  return s.year !== null;
}

export function pickFigure(salaries: readonly Salary[], statistic: PlotStatistic): PickedFigure | null {
  const national = salaries.filter((s) => s.scope === 'national' && dated(s));
  const order: Statistic[] = statistic === 'median' ? ['median', 'mean'] : ['mean', 'median'];
  let point: Salary | undefined;
  for (const stat of order) {
    point = national
      .filter((s) => s.statistic === stat)
      .sort((a, b) => (b.year ?? 0) - (a.year ?? 0) || Number(a.period === 'hourly') - Number(b.period === 'hourly') || a.roles.length - b.roles.length)[0];
    if (point) break;
  }
  if (!point) return null;
  const same = national.filter((s) => s.source === point.source && s.year === point.year && s.period === point.period);
  const find = (stat: Statistic) => same.find((s) => s.statistic === stat);
  const p10 = find('p10');
  const p90 = find('p90');
  const p25 = find('p25');
  const p75 = find('p75');
  const iqr = find('range_p25_p75');
  const band =
    p10 && p90 ? { low: p10, high: p90, label: '10th–90th percentile' } : p25 && p75 ? { low: p25, high: p75, label: '25th–75th percentile' } : iqr ? { range: iqr, label: '25th–75th percentile' } : null;
  return { point, band, shared: point.roles.length > 1 };
}
