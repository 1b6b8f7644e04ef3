import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { LOCALES } from '../../src/i18n/locale';
import { intlTag, preferredLocale } from '../../src/i18n/negotiate';
import { formatCount, money } from '../../src/i18n/numbers';
import { salaryAmount, yearsLabel } from '../../src/text/format';

type Messages = Record<string, string>;
const load = (locale: string): Messages => {
  const { $schema: _schema, ...messages } = JSON.parse(
    readFileSync(new URL(`../../messages/${locale}.json`, import.meta.url), 'utf8'),
  ) as Messages;
  return messages;
};
const params = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('interface messages', () => {
  const en = load('en');

  it.each(LOCALES.filter((l) => l !== 'en'))(
    'every English message has a %s translation with text and the same parameters',
    (locale) => {
      const other = load(locale);
      expect(Object.keys(other).sort()).toEqual(Object.keys(en).sort());
      for (const [key, text] of Object.entries(en)) {
        expect(typeof other[key] === 'string' && other[key]!.trim().length > 0, `${locale}.${key} is empty`).toBe(true);
        expect(params(other[key]!), `${locale}.${key} parameters`).toEqual(params(text));
      }
    },
  );

  it('English messages have text too', () => {
    for (const [key, text] of Object.entries(en)) expect(text.trim().length > 0, `en.${key}`).toBe(true);
  });

  // WCAG 2.5.3 (issue 27): a button shows `x` and is named by `x_named` ("Rename" / "Rename Plan A"),
  // so a voice user saying what they see ("Cambiar nombre") reaches it: the name contains the text.
  it.each(LOCALES)('in %s, every accessible name holds the visible words of its button', (locale) => {
    const messages = load(locale);
    for (const [key, named] of Object.entries(messages)) {
      const shown = messages[key.replace(/_named$/, '')];
      if (key.endsWith('_named') && shown !== undefined)
        expect(named.toLowerCase(), `${locale}.${key}`).toContain(shown.toLowerCase());
    }
  });
});

describe('language choice and formats', () => {
  it('takes the first browser language the app speaks, else English', () => {
    expect(preferredLocale(['es-MX', 'en-US'])).toBe('es');
    expect(preferredLocale(['fr-FR', 'es'])).toBe('es');
    expect(preferredLocale(['fr-FR', 'de'])).toBe('en');
    expect(preferredLocale([])).toBe('en');
  });

  it('writes dollars and counts the US way in both languages, and units in the language', () => {
    expect(intlTag('es')).toBe('es-US');
    expect(money(45000, 'annual', 'es')).toBe('$45,000');
    expect(formatCount(1234, 'es')).toBe('1,234');
    expect(salaryAmount({ value: 21.5, period: 'hourly' }, 'es')).toBe('$21.50 por hora');
    expect(salaryAmount({ value: 45000, period: 'annual' }, 'en')).toBe('$45,000 a year');
    expect(yearsLabel({ typical: 1.8, low: 0.5, high: 5, estimated: true }, 'es')).toBe(
      '≈1.8 años (estimación, 0.5–5)',
    );
    expect(yearsLabel({ typical: 2, low: 2, high: 2, estimated: false })).toBe('2 yrs');
  });

  it('writes every count below a thousand as Intl does, though without it, in both languages', () => {
    for (const locale of LOCALES) {
      const intl = new Intl.NumberFormat(intlTag(locale), { maximumFractionDigits: 0 });
      for (let n = -1000; n <= 1000; n++) expect(formatCount(n, locale)).toBe(intl.format(n));
      for (const n of [-0, 0.5, 2.5, -2.5, 999.6, 12_345]) expect(formatCount(n, locale)).toBe(intl.format(n));
    }
  });
});
