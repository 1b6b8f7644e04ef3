/**
 * The one place that decides a role's headline pay figure (docs/data.md, "Headline pay").
 *
 * Rule, in order: (1) a figure for an occupation that describes the role beats one for an
 * occupation the data marks as broader than the role (`role.broaderSoc`); (2) a primary
 * source (read on bls.gov: `verified`) beats a seed copy, which beats a secondary site quoting
 * BLS; (3) the newest year; (4) annual before hourly; (5) the figure covering fewest roles.
 * Only dated national figures of the chosen statistic (else the other one) qualify.
 * Percentiles for the band must come from the same source and year as the point, because
 * mixing sources would draw a band no source ever published.
 */
import type { Role, Salary, Source, Statistic } from '../../data/schema';
import { roleTitle, type CareerModel } from '../model';
import { m } from '../../paraglide/messages.js';

export const PLOT_STATISTICS = ['median', 'mean'] as const;
export type PlotStatistic = (typeof PLOT_STATISTICS)[number];

export interface PickedFigure {
  point: Salary;
  /** The band's low and high figures (10th–90th preferred, else 25th–75th). */
  band: { low: Salary; high: Salary; label: string } | { range: Salary; label: string } | null;
  /** True when the figure belongs to an occupation code covering several roles. */
  shared: boolean;
  /** True when the figure's occupation is broader than the role (an occupation-wide figure). */
  broader: boolean;
}

export interface FigureContext {
  sources?: ReadonlyMap<string, Pick<Source, 'status'>>;
  /** SOC codes the role belongs to only as part of a wider occupation. */
  broaderSoc?: readonly string[];
}

const SOURCE_TIER: Record<Source['status'], number> = { verified: 0, seed: 1, secondary: 2 };

function dated(s: Salary): s is Salary & { year: number } {
  return s.year !== null;
}

export function isBroaderFigure(s: Pick<Salary, 'soc'>, broaderSoc: readonly string[] | undefined): boolean {
  return !!s.soc && !!broaderSoc?.includes(s.soc);
}

export function pickFigure(
  salaries: readonly Salary[],
  statistic: PlotStatistic,
  context: FigureContext = {},
): PickedFigure | null {
  const national = salaries.filter((s) => s.scope === 'national' && dated(s));
  const order: Statistic[] = statistic === 'median' ? ['median', 'mean'] : ['mean', 'median'];
  const tier = (s: Salary) => SOURCE_TIER[context.sources?.get(s.source)?.status ?? 'secondary'] ?? 3;
  const broader = (s: Salary) => Number(isBroaderFigure(s, context.broaderSoc));
  const point = national
    .filter((s) => order.includes(s.statistic))
    .sort(
      (a, b) =>
        broader(a) - broader(b) ||
        order.indexOf(a.statistic) - order.indexOf(b.statistic) ||
        tier(a) - tier(b) ||
        (b.year ?? 0) - (a.year ?? 0) ||
        Number(a.period === 'hourly') - Number(b.period === 'hourly') ||
        a.roles.length - b.roles.length,
    )[0];
  if (!point) return null;
  const same = national.filter((s) => s.source === point.source && s.year === point.year && s.period === point.period);
  const find = (stat: Statistic) => same.find((s) => s.statistic === stat);
  const p10 = find('p10');
  const p90 = find('p90');
  const p25 = find('p25');
  const p75 = find('p75');
  const iqr = find('range_p25_p75');
  const band =
    p10 && p90
      ? { low: p10, high: p90, label: m.band_10_90() }
      : p25 && p75
        ? { low: p25, high: p75, label: m.band_25_75() }
        : iqr
          ? { range: iqr, label: m.band_25_75() }
          : null;
  return { point, band, shared: point.roles.length > 1, broader: broader(point) === 1 };
}

export type RoleHeadline =
  | { ok: true; role: Role; picked: PickedFigure; source: Source | null; sharedWith: string[] }
  | { ok: false; reason: string };

/** Route steps may name pseudo-roles ("_no_job" for a student): they have no pay by definition. */
export function noRoleReason(roleId: string): string {
  return roleId.startsWith('_') ? m.fig_no_job() : m.fig_not_a_role({ id: roleId });
}

/** The role's headline figure by the rule above, with the roles that share it (by title). */
export function roleHeadline(
  model: Pick<CareerModel, 'roles' | 'salariesByRole' | 'sources'>,
  roleId: string,
  statistic: PlotStatistic = 'median',
): RoleHeadline {
  const role = model.roles.get(roleId);
  if (!role) return { ok: false, reason: noRoleReason(roleId) };
  const picked = pickFigure(model.salariesByRole.get(roleId) ?? [], statistic, {
    sources: model.sources,
    broaderSoc: role.broaderSoc,
  });
  if (!picked) return { ok: false, reason: m.fig_no_figure() };
  const sharedWith = picked.point.roles.filter((r) => r !== roleId).map((r) => roleTitle(model, r));
  return { ok: true, role, picked, source: model.sources.get(picked.point.source) ?? null, sharedWith };
}
