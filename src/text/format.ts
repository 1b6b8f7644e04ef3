/**
 * Words and numbers as the user reads them. Every salary label says which statistic it is,
 * and every estimate says so, because a counselor repeats these strings to a student.
 *
 * Each function takes an optional locale; without one it uses the interface language
 * (Paraglide's getLocale, which the app points at its reactive locale state). Pure: no DOM.
 */
import type { Salary, Source, Years } from '../data/schema';
import type { Locale } from '../i18n/locale';
import { formatDate, formatFixed, formatNumber, localeOr, money } from '../i18n/numbers';
import { yearsPhrase, yearsWord } from '../i18n/years';
import { m } from '../paraglide/messages.js';

export function salaryAmount(s: Pick<Salary, 'value' | 'high' | 'period'>, locale?: Locale): string {
  const amount =
    s.high !== undefined
      ? `${money(s.value, s.period, locale)}–${money(s.high, s.period, locale)}`
      : money(s.value, s.period, locale);
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
  const typical = trimNumber(y.typical, locale);
  if (y.estimated)
    return m.years_estimate(
      {
        typical,
        unit: yearsWord(typical, 'yrs', locale),
        low: trimNumber(y.low, locale),
        high: trimNumber(y.high, locale),
      },
      { locale },
    );
  if (y.low !== y.high)
    return m.years_range({ low: trimNumber(y.low, locale), high: trimNumber(y.high, locale) }, { locale });
  return yearsPhrase(typical, 'yrs', locale);
}

/** A short citation: publisher, edition and data year. */
export function citation(source: Source | undefined, locale?: Locale): string {
  if (!source) return m.source_unknown({}, { locale });
  const parts = [source.publisher, source.edition].filter(Boolean).join(', ');
  // Publisher and edition are names, as printed; the date note is ours, in Spanish where the data has it.
  const when = localeOr(locale) === 'es' ? (source.es?.dataYear ?? source.dataYear) : source.dataYear;
  return `${parts} (${when})`;
}

/** An ISO calendar date in words, built in local time so no time zone moves it a day. */
function longDate(iso: string, locale?: Locale): string {
  const [y = 1970, mo = 1, d = 1] = iso.split('-').map(Number);
  return formatDate(new Date(y, mo - 1, d), 'long', locale);
}

/**
 * A citation for print: the short citation and, for a web page, the date it was read ("AHIMA
 * (current at access date; accessed December 7, 2026)"), the latest day it can have been read
 * where the day was not recorded ("read on or before November 22, 2026"), or that it was not recorded.
 */
export function datedCitation(source: Source | undefined, locale?: Locale): string {
  const short = citation(source, locale);
  if (!source || source.kind !== 'public') return short;
  const read = source.accessed
    ? m.cite_accessed({ date: longDate(source.accessed, locale) }, { locale })
    : source.readBy
      ? m.cite_read_by({ date: longDate(source.readBy, locale) }, { locale })
      : m.cite_access_not_recorded({}, { locale });
  return `${short.slice(0, -1)}; ${read})`;
}

/** A route's total: "≈3.4 years" — "≈" when any step is an estimate. */
export function routeYearsLabel(
  route: { estimated: boolean; totalYears: { typical: number } },
  unit: 'years' | 'yrs' = 'years',
  locale?: Locale,
): string {
  return `${route.estimated ? '≈' : ''}${yearsPhrase(formatFixed(route.totalYears.typical, 1, locale), unit, locale)}`;
}
