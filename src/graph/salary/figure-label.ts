/**
 * Words for a pay figure that say whose pay it is: the amount as published, the source and
 * year, and the occupation (name and SOC code). A counselor repeats these strings, so a figure
 * for a wider occupation reads "All medical and health services managers", never as the
 * role's own pay.
 */
import type { Salary, Source } from '../../data/schema';
import { statisticLabel } from '../../data/vocabulary-labels';
import { localeOr, money } from '../../i18n/numbers';
import type { Locale } from '../../i18n/locale';
import { roleTitle, type CareerModel } from '../model';
import { roleHeadline, type PlotStatistic } from './pick-figure';
import { m } from '../../paraglide/messages.js';

/** "BLS OOH", "BLS OEWS", "BLS OES": the publisher, shortened the way counselors cite it. */
export function sourceShortName(source: Pick<Source, 'publisher' | 'status'> | null | undefined): string {
  if (!source) return m.source_unknown();
  const short = source.publisher
    .replace(/U\.S\. Bureau of Labor Statistics/g, 'BLS')
    .replace(/,?\s*Occupational Outlook Handbook/g, ' OOH')
    .replace(/,?\s*Occupational Employment and Wage Statistics/g, ' OEWS')
    .replace(/,?\s*Occupational Employment Statistics/g, ' OES');
  return source.status === 'secondary' && !/secondary/i.test(short) ? m.fig_secondary({ name: short }) : short;
}

/** "May 2020" when the source dates its wages to May of the figure's year, else the year. */
export function figureWhen(
  s: Pick<Salary, 'year' | 'date'>,
  source: Pick<Source, 'dataYear'> | null | undefined,
): string {
  if (s.date) return s.date;
  if (s.year === null) return m.year_not_stated();
  return source?.dataYear.includes(`May ${s.year}`) ? m.fig_may({ year: s.year }) : String(s.year);
}

/** "Medical Records Specialists (29-2072)"; a figure without a code says so. */
export function occupationLabel(s: Pick<Salary, 'occupation' | 'soc'>): string {
  return s.soc ? `${s.occupation} (${s.soc})` : m.fig_no_soc({ occupation: s.occupation });
}

/**
 * "all medical and health services managers": how a broader occupation's pay is named. A Spanish
 * sentence uses the figure's Spanish occupation name; without one it quotes the source's name
 * rather than mixing English words into Spanish grammar.
 */
export function wholeOccupation(s: Pick<Salary, 'occupation' | 'es'>, locale?: Locale): string {
  const o = { locale: localeOr(locale) };
  if (o.locale === 'en') return m.fig_all({ occupation: s.occupation.toLowerCase() }, o);
  return s.es?.occupation
    ? m.fig_all({ occupation: s.es.occupation }, o)
    : m.fig_all_quoted({ occupation: s.occupation }, o);
}

/** "BLS OOH May 2020 · Medical Records … (no SOC code given)": whose figure, from where, when. */
export function figureProvenance(
  s: Salary,
  source: Pick<Source, 'publisher' | 'status' | 'dataYear'> | null | undefined,
): string {
  return `${sourceShortName(source)} ${figureWhen(s, source)} · ${occupationLabel(s)}`;
}

/** "$44,090 median · BLS OOH May 2020 · Medical Records … (no SOC code given)". */
export function figureLabel(s: Salary, source: Source | null | undefined): string {
  const stat =
    s.statistic === 'median' || s.statistic === 'mean'
      ? ` ${statisticLabel(s.statistic)}`
      : ` (${statisticLabel(s.statistic)})`;
  const amount =
    s.high !== undefined ? `${money(s.value, s.period)}–${money(s.high, s.period)}` : money(s.value, s.period);
  const unit = s.period === 'hourly' ? ` ${m.fig_per_hour()}` : '';
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
export function rolePayLabel(
  model: Pick<CareerModel, 'roles' | 'salariesByRole' | 'sources'>,
  roleId: string,
  statistic: PlotStatistic = 'median',
): RolePayLabel {
  const h = roleHeadline(model, roleId, statistic);
  if (!h.ok) return { text: h.reason, broader: false, shared: null, sharedWith: [], figure: null };
  const { point, broader } = h.picked;
  const base = figureLabel(point, h.source);
  const text = broader
    ? m.fig_broader({ whole: capitalise(wholeOccupation(point)), figure: base, role: roleTitle(model, h.role.id) })
    : base;
  return {
    text,
    broader,
    shared: h.sharedWith.length ? sharedLabel(h.sharedWith) : null,
    sharedWith: h.sharedWith,
    figure: point,
  };
}

/** "Shared with 6 roles: A, B, …": the shared mark names the roles behind it. */
export function sharedLabel(titles: readonly string[]): string {
  return titles.length === 1
    ? m.fig_shared_one({ n: 1, titles: titles.join(', ') })
    : m.fig_shared_other({ n: titles.length, titles: titles.join(', ') });
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
