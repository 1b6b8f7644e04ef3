/**
 * Words for a pay figure that say whose pay it is: the amount as published, the source and
 * year, and the occupation (name and SOC code). A counselor repeats these strings, so a figure
 * for a wider occupation reads "All medical and health services managers", never as the
 * role's own pay.
 */
import type { Salary, Source } from '../../data/schema';
import { STATISTIC_LABELS, money } from '../format';
import type { CareerModel } from '../model';
import { roleHeadline, type PlotStatistic } from './pick-figure';

/** "BLS OOH", "BLS OEWS", "BLS OES": the publisher, shortened the way counselors cite it. */
export function sourceShortName(source: Pick<Source, 'publisher' | 'status'> | null | undefined): string {
  if (!source) return 'source unknown';
  const short = source.publisher
    .replace(/U\.S\. Bureau of Labor Statistics/g, 'BLS')
    .replace(/,?\s*Occupational Outlook Handbook/g, ' OOH')
    .replace(/,?\s*Occupational Employment and Wage Statistics/g, ' OEWS')
    .replace(/,?\s*Occupational Employment Statistics/g, ' OES');
  return source.status === 'secondary' && !/secondary/i.test(short) ? `${short} (secondary)` : short;
}

/** "May 2020" when the source dates its wages to May of the figure's year, else the year. */
export function figureWhen(s: Pick<Salary, 'year' | 'date'>, source: Pick<Source, 'dataYear'> | null | undefined): string {
  if (s.date) return s.date;
  if (s.year === null) return 'year not stated';
  return source?.dataYear.includes(`May ${s.year}`) ? `May ${s.year}` : String(s.year);
}

/** "Medical Records Specialists (29-2072)"; a figure without a code says so. */
export function occupationLabel(s: Pick<Salary, 'occupation' | 'soc'>): string {
  return s.soc ? `${s.occupation} (${s.soc})` : `${s.occupation} (no SOC code given)`;
}

/** "all medical and health services managers": how a broader occupation's pay is named. */
export function wholeOccupation(s: Pick<Salary, 'occupation'>): string {
  return `all ${s.occupation.toLowerCase()}`;
}

/** "BLS OOH May 2020 · Medical Records … (no SOC code given)": whose figure, from where, when. */
export function figureProvenance(s: Salary, source: Pick<Source, 'publisher' | 'status' | 'dataYear'> | null | undefined): string {
  return `${sourceShortName(source)} ${figureWhen(s, source)} · ${occupationLabel(s)}`;
}

/** "$44,090 median · BLS OOH May 2020 · Medical Records … (no SOC code given)". */
export function figureLabel(s: Salary, source: Source | null | undefined): string {
  const stat = s.statistic === 'median' || s.statistic === 'mean' ? ` ${STATISTIC_LABELS[s.statistic]}` : ` (${STATISTIC_LABELS[s.statistic]})`;
  const amount = s.high !== undefined ? `${money(s.value, s.period)}–${money(s.high, s.period)}` : money(s.value, s.period);
  const unit = s.period === 'hourly' ? ' an hour' : '';
  return `${amount}${unit}${stat} · ${figureProvenance(s, source)}`;
}

export interface RolePayLabel {
  /** The headline figure's label, or the reason there is none. */
  text: string;
  /** True when the figure is an occupation-wide one (shown as that occupation's pay). */
  broader: boolean;
  /** "Shared with Medical Coder, …" when the figure covers other roles too; else null. */
  shared: string | null;
  /** Titles of the other roles the figure covers. */
  sharedWith: string[];
  figure: Salary | null;
}

/** The label a route card or list shows for a role's headline pay. */
export function rolePayLabel(model: Pick<CareerModel, 'roles' | 'salariesByRole' | 'sources'>, roleId: string, statistic: PlotStatistic = 'median'): RolePayLabel {
  const h = roleHeadline(model, roleId, statistic);
  if (!h.ok) return { text: h.reason, broader: false, shared: null, sharedWith: [], figure: null };
  const { point, broader } = h.picked;
  const base = figureLabel(point, h.source);
  const text = broader ? `${capitalise(wholeOccupation(point))}: ${base} — not ${h.role.title}’s own pay` : base;
  return { text, broader, shared: h.sharedWith.length ? sharedLabel(h.sharedWith) : null, sharedWith: h.sharedWith, figure: point };
}

/** "Shared with 6 roles: A, B, …": the shared mark names the roles behind it. */
export function sharedLabel(titles: readonly string[]): string {
  return `Shared with ${titles.length} other role${titles.length === 1 ? '' : 's'}: ${titles.join(', ')}`;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
