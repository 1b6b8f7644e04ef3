/**
 * Words and numbers as the user reads them. Every salary label says which statistic it is,
 * and every estimate says so, because a counselor repeats these strings to a student.
 *
 * Each function takes an optional locale; without one it uses the interface language
 * (Paraglide's getLocale, which the app points at its reactive locale state). Pure: no DOM.
 */
import type { EducationLevel, ExperienceKind, Level, Salary, Source, Statistic, Years } from '../data/schema';
import { EDUCATION_LEVELS } from '../data/vocabulary';
import type { Locale } from '../i18n/locale';
import { intlTag } from '../i18n/negotiate';
import { getLocale } from '../paraglide/runtime.js';
import { m } from '../paraglide/messages.js';

export const LEVEL_LABELS: Record<Level, string> = { entry: 'Entry', mid: 'Mid-career', senior: 'Senior', leadership: 'Leadership' };

/** English names, kept for code that names levels in the source language (data/localize.ts). */
export const EDUCATION_LABELS: Record<EducationLevel, string> = Object.fromEntries(
  EDUCATION_LEVELS.map((e) => [e, educationLabel(e, 'en')]),
) as Record<EducationLevel, string>;

export function educationLabel(level: EducationLevel, locale?: Locale): string {
  const o = { locale };
  switch (level) {
    case 'none': return m.edu_none({}, o);
    case 'high_school': return m.edu_high_school({}, o);
    case 'certificate': return m.edu_certificate({}, o);
    case 'some_college': return m.edu_some_college({}, o);
    case 'associate': return m.edu_associate({}, o);
    case 'bachelor': return m.edu_bachelor({}, o);
    case 'master': return m.edu_master({}, o);
    case 'doctorate': return m.edu_doctorate({}, o);
  }
}

export function statisticLabel(statistic: Statistic, locale?: Locale): string {
  const o = { locale };
  switch (statistic) {
    case 'median': return m.stat_median({}, o);
    case 'mean': return m.stat_mean({}, o);
    case 'p10': return m.stat_p10({}, o);
    case 'p25': return m.stat_p25({}, o);
    case 'p75': return m.stat_p75({}, o);
    case 'p90': return m.stat_p90({}, o);
    case 'range': return m.stat_range({}, o);
    case 'range_p25_p75': return m.stat_range_p25_p75({}, o);
    case 'offered': return m.stat_offered({}, o);
  }
}

export function experienceLabel(kind: ExperienceKind, locale?: Locale): string {
  const o = { locale };
  switch (kind) {
    case 'coding': return m.exp_coding({}, o);
    case 'cancer_registry': return m.exp_cancer_registry({}, o);
    case 'cdi': return m.exp_cdi({}, o);
    case 'health_data': return m.exp_health_data({}, o);
    case 'privacy_security': return m.exp_privacy_security({}, o);
  }
}

/** The locale to format for: the one asked for, else the interface's. */
export function localeOr(locale?: Locale): Locale {
  return locale ?? (getLocale() as Locale);
}

const formatters = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: Locale, key: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const id = `${locale}:${key}`;
  let f = formatters.get(id);
  if (!f) formatters.set(id, (f = new Intl.NumberFormat(intlTag(locale), options)));
  return f;
}

/** A count as the reader writes it: "1,234" (US English and US Spanish alike). */
export function formatCount(n: number, locale?: Locale): string {
  return numberFormat(localeOr(locale), 'count', { maximumFractionDigits: 0 }).format(n);
}

/** A number with at most `digits` decimals: "2.5" in both US locales. */
export function formatNumber(n: number, digits = 1, locale?: Locale): string {
  return numberFormat(localeOr(locale), `n${digits}`, { maximumFractionDigits: digits }).format(n);
}

/** A date in the reader's language: "March 5, 2026" / "5 de marzo de 2026" (long), "Mar 5, 2026" (short). */
export function formatDate(date: Date, style: 'long' | 'short' = 'long', locale?: Locale): string {
  return date.toLocaleDateString(intlTag(localeOr(locale)), { year: 'numeric', month: style, day: 'numeric' });
}

/** Exactly `digits` decimals: "1.0", "9.1" (like toFixed, in the reader's format). */
export function formatFixed(n: number, digits = 1, locale?: Locale): string {
  return numberFormat(localeOr(locale), `f${digits}`, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(n);
}

export function money(value: number, period: 'annual' | 'hourly' = 'annual', locale?: Locale): string {
  const cents = period === 'hourly' && !Number.isInteger(value);
  const f = cents
    ? numberFormat(localeOr(locale), 'usd2', { style: 'currency', currency: 'USD', minimumFractionDigits: 2, maximumFractionDigits: 2 })
    : numberFormat(localeOr(locale), 'usd0', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });
  return f.format(value);
}

export function salaryAmount(s: Pick<Salary, 'value' | 'high' | 'period'>, locale?: Locale): string {
  const amount = s.high !== undefined ? `${money(s.value, s.period, locale)}–${money(s.high, s.period, locale)}` : money(s.value, s.period, locale);
  return s.period === 'hourly' ? m.amount_per_hour({ amount }, { locale }) : m.amount_per_year({ amount }, { locale });
}

export function salaryYear(s: Pick<Salary, 'year' | 'yearNote' | 'date'>, locale?: Locale): string {
  if (s.date) return s.date;
  return s.year === null ? m.year_not_stated({}, { locale }) : String(s.year);
}

function trimNumber(n: number, locale?: Locale): string {
  return Number.isInteger(n) ? String(n) : formatNumber(Number(n.toFixed(1)), 1, locale);
}

/** "2 yrs", "≈1.8 yrs (estimate, 0.5–5)" — estimates always carry "≈", the word and their range. */
export function yearsLabel(y: Pick<Years, 'typical' | 'low' | 'high' | 'estimated'>, locale?: Locale): string {
  const unit = y.typical === 1 ? m.unit_yr({}, { locale }) : m.unit_yrs({}, { locale });
  if (y.estimated) return m.years_estimate({ typical: trimNumber(y.typical, locale), unit, low: trimNumber(y.low, locale), high: trimNumber(y.high, locale) }, { locale });
  if (y.low !== y.high) return m.years_range({ low: trimNumber(y.low, locale), high: trimNumber(y.high, locale) }, { locale });
  return `${trimNumber(y.typical, locale)} ${unit}`;
}

/** A short citation: publisher, edition and data year. */
export function citation(source: Source | undefined, locale?: Locale): string {
  if (!source) return m.source_unknown({}, { locale });
  const parts = [source.publisher, source.edition].filter(Boolean).join(', ');
  // Publisher and edition are names, as printed; the date note is ours, in Spanish where the data has it.
  const when = localeOr(locale) === 'es' ? (source.es?.dataYear ?? source.dataYear) : source.dataYear;
  return `${parts} (${when})`;
}

/** A route's total: "≈3.4 years" — "≈" when any step is an estimate. */
export function routeYearsLabel(route: { estimated: boolean; totalYears: { typical: number } }, unit: 'years' | 'yrs' = 'years', locale?: Locale): string {
  const word = unit === 'years' ? m.unit_years({}, { locale }) : m.unit_yrs({}, { locale });
  return `${route.estimated ? '≈' : ''}${formatFixed(route.totalYears.typical, 1, locale)} ${word}`;
}
