/**
 * A number of years as the reader writes it, with the word that agrees with it: the one rule for
 * "1 year" against "2 years" in both languages, so that a limit of one year never reads "1 years"
 * ("1 años"). The rule is read off the number as written, not the value: 0.996 written "1" is
 * singular; "1.5" and "1.0" are plural in English and Spanish alike (a decimal takes the plural:
 * "1.5 años").
 */
import type { Locale } from './locale';
import { m } from '../paraglide/messages.js';

/** "7", "2.5", "3.25": years as a person reads them (at most two decimals; "." in en-US and es-US alike). */
export function formatYears(years: number): string {
  return String(Math.round(years * 100) / 100);
}

/** Whether a count, as written, takes the singular: exactly "1". */
export function isOne(written: string): boolean {
  return written === '1';
}

/** 'years' in sentences ("1 year", "3 years"); 'yrs' in tables, timelines and step lists ("1 yr", "3 yrs"). */
export type YearsUnit = 'years' | 'yrs';

/** The years word alone, agreeing with a number as written beside it: "year"/"years", "yr"/"yrs", "año"/"años". */
export function yearsWord(written: string, unit: YearsUnit = 'years', locale?: Locale): string {
  const o = { locale };
  if (unit === 'yrs') return isOne(written) ? m.unit_yr({}, o) : m.unit_yrs({}, o);
  return isOne(written) ? m.unit_year({}, o) : m.unit_years({}, o);
}

/**
 * "1 year", "2.5 years", "1 yr", "1 año", "2.5 años". A number is written with formatYears; a
 * string is taken as already written (formatFixed's "1.0", a trimmed "1.8").
 */
export function yearsPhrase(years: number | string, unit: YearsUnit = 'years', locale?: Locale): string {
  const written = typeof years === 'number' ? formatYears(years) : years;
  return `${written} ${yearsWord(written, unit, locale)}`;
}
