/**
 * The one place that decides a role's headline pay figure (docs/data.md, "Headline pay").
 *
 * Rule, in order: (1) how closely the figure's occupation is the role's own — a code that
 * describes the role today, then its history (a code from before a SOC revision, `formerSoc`, or a
 * combined profile with no code), then an occupation the data marks as broader than the role
 * (`broaderSoc`), so the most specific source wins even when a less specific one is primary;
 * (2) a primary source (read on bls.gov: `verified`) beats a seed copy, which beats a secondary
 * site quoting BLS; (3) the newest year; (4) annual before hourly; (5) the figure covering fewest
 * roles. Only dated national figures of the chosen statistic (else the other one) qualify.
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
  /** True when the figure is the role's history (an older or combined occupation), no current one being known. */
  history: boolean;
}

export interface FigureContext {
  sources?: ReadonlyMap<string, Pick<Source, 'status'>>;
  /** SOC codes the role belongs to only as part of a wider occupation. */
  broaderSoc?: readonly string[];
  /** SOC codes that described the role before a SOC revision: its pay history. */
  formerSoc?: readonly string[];
}

/** 0: the role's own occupation today; 1: its history (former code, or no code); 2: a broader occupation. */
export type FigureFit = 0 | 1 | 2;

export function figureFit(s: Pick<Salary, 'soc'>, context: Pick<FigureContext, 'broaderSoc' | 'formerSoc'>): FigureFit {
  if (isBroaderFigure(s, context.broaderSoc)) return 2;
  return !s.soc || context.formerSoc?.includes(s.soc) ? 1 : 0;
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
  const fit = (s: Salary) => figureFit(s, context);
  const point = national
    .filter((s) => order.includes(s.statistic))
    .sort(
      (a, b) =>
        fit(a) - fit(b) ||
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
  return { point, band, shared: point.roles.length > 1, broader: fit(point) === 2, history: fit(point) === 1 };
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
    formerSoc: role.formerSoc,
  });
  if (!picked) return { ok: false, reason: m.fig_no_figure() };
  const sharedWith = picked.point.roles.filter((r) => r !== roleId).map((r) => roleTitle(model, r));
  return { ok: true, role, picked, source: model.sources.get(picked.point.source) ?? null, sharedWith };
}
