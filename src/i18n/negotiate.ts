/**
 * Which interface language to use, and the Intl locale for it. Pure (no DOM) so the URL codec
 * and node tests share it.
 */
import { LOCALES, type Locale } from './locale';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The first of the browser's languages that the app speaks ("es-MX" → es), else English. */
export function preferredLocale(languages: readonly string[]): Locale {
  for (const tag of languages) {
    const primary = tag.toLowerCase().split('-')[0];
    if (isLocale(primary)) return primary;
  }
  return 'en';
}

/** US English and US Spanish: dollars stay "$45,000" in both, dates are "5 de marzo de 2026". */
export function intlTag(locale: Locale): string {
  return locale === 'es' ? 'es-US' : 'en-US';
}
