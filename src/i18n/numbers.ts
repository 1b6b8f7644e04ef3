/**
 * Numbers, money and dates in the reader's language through Intl (en-US, es-US). Each function
 * takes an optional locale; without one it uses the interface language. Formatters are made once
 * per locale and style, because creating one is slow.
 */
import type { Locale } from './locale';
import { intlTag } from './negotiate';
import { getLocale } from '../paraglide/runtime.js';

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

/**
 * A count as the reader writes it: "1,234" (US English and US Spanish alike). A whole number
 * below a thousand is its plain digits in both, written without Intl: the page's first
 * Intl.NumberFormat costs 40–50 ms (loading its locale data), and the first screen's counts are
 * all below a thousand.
 */
export function formatCount(n: number, locale?: Locale): string {
  if (Number.isInteger(n) && Math.abs(n) < 1000 && !Object.is(n, -0)) return String(n);
  return numberFormat(localeOr(locale), 'count', { maximumFractionDigits: 0 }).format(n);
}

/** A number with at most `digits` decimals: "2.5" in both US locales. */
export function formatNumber(n: number, digits = 1, locale?: Locale): string {
  return numberFormat(localeOr(locale), `n${digits}`, { maximumFractionDigits: digits }).format(n);
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();
/** A date in the reader's language: "March 5, 2026" / "5 de marzo de 2026" (long), "Mar 5, 2026" (short). */
export function formatDate(date: Date, style: 'long' | 'short' = 'long', locale?: Locale): string {
  const loc = localeOr(locale);
  const id = `${loc}:${style}`;
  let f = dateFormats.get(id);
  if (!f)
    dateFormats.set(id, (f = new Intl.DateTimeFormat(intlTag(loc), { year: 'numeric', month: style, day: 'numeric' })));
  return f.format(date);
}

/** Exactly `digits` decimals: "1.0", "9.1" (like toFixed, in the reader's format). */
export function formatFixed(n: number, digits = 1, locale?: Locale): string {
  return numberFormat(localeOr(locale), `f${digits}`, {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(n);
}

export function money(value: number, period: 'annual' | 'hourly' = 'annual', locale?: Locale): string {
  const cents = period === 'hourly' && !Number.isInteger(value);
  const f = cents
    ? numberFormat(localeOr(locale), 'usd2', {
        style: 'currency',
        currency: 'USD',
        minimumFractionDigits: 2,
        maximumFractionDigits: 2,
      })
    : numberFormat(localeOr(locale), 'usd0', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });
  return f.format(value);
}
