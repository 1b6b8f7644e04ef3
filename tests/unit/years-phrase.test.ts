/**
 * "1 year", never "1 years": the one rule for a number of years and its word (src/i18n/years.ts),
 * in English and Spanish, and the sentences a user reads with a limit or a length of one year.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatYears, yearsPhrase, yearsWord } from '../../src/i18n/years';
import { routeYearsLabel, yearsLabel } from '../../src/text/format';
import { explainNoRoute } from '../../src/graph/routes';
import { tinyGraph } from '../fixtures/tiny-graph';

describe('yearsPhrase', () => {
  it('takes the singular for exactly one year, in both languages', () => {
    expect(yearsPhrase(1, 'years', 'en')).toBe('1 year');
    expect(yearsPhrase(1, 'years', 'es')).toBe('1 año');
    expect(yearsPhrase(1, 'yrs', 'en')).toBe('1 yr');
    expect(yearsPhrase(1, 'yrs', 'es')).toBe('1 año');
  });

  it('takes the plural for every other count, decimals and zero included', () => {
    expect([0, 2, 1.5, 0.75, 10].map((n) => yearsPhrase(n, 'years', 'en'))).toEqual([
      '0 years',
      '2 years',
      '1.5 years',
      '0.75 years',
      '10 years',
    ]);
    expect([0, 2, 1.5].map((n) => yearsPhrase(n, 'years', 'es'))).toEqual(['0 años', '2 años', '1.5 años']);
    expect(yearsPhrase(2.5, 'yrs', 'en')).toBe('2.5 yrs');
  });

  it('agrees with the number as written, not the value behind it', () => {
    // 0.996 is written "1" (two decimals at most), so it reads "1 year"; "1.0" is a decimal: plural.
    expect(formatYears(0.996)).toBe('1');
    expect(yearsPhrase(0.996, 'years', 'en')).toBe('1 year');
    expect(yearsPhrase(1.004, 'yrs', 'es')).toBe('1 año');
    expect(yearsPhrase('1.0', 'years', 'en')).toBe('1.0 years');
    expect(yearsPhrase('1.0', 'years', 'es')).toBe('1.0 años');
    expect(yearsWord('1', 'yrs', 'en')).toBe('yr');
    expect(yearsWord('1.5', 'yrs', 'en')).toBe('yrs');
  });
});

describe('the labels built on it', () => {
  it('labels a one-year step "1 yr", an estimate included, and a range in the plural', () => {
    expect(yearsLabel({ typical: 1, low: 1, high: 1, estimated: false }, 'en')).toBe('1 yr');
    expect(yearsLabel({ typical: 1, low: 1, high: 1, estimated: false }, 'es')).toBe('1 año');
    expect(yearsLabel({ typical: 1, low: 0.5, high: 2, estimated: true }, 'en')).toBe('≈1 yr (estimate, 0.5–2)');
    expect(yearsLabel({ typical: 1, low: 0.5, high: 2, estimated: true }, 'es')).toBe('≈1 año (estimación, 0.5–2)');
    // 0.96 is shown rounded to a tenth: "1", so singular.
    expect(yearsLabel({ typical: 0.96, low: 0.5, high: 2, estimated: true }, 'en')).toBe('≈1 yr (estimate, 0.5–2)');
    expect(yearsLabel({ typical: 1.5, low: 1.5, high: 1.5, estimated: false }, 'es')).toBe('1.5 años');
    expect(yearsLabel({ typical: 1, low: 1, high: 2, estimated: false }, 'en')).toBe('1–2 yrs');
  });

  it('writes a route total with one decimal, so always in the plural', () => {
    const oneYear = { estimated: false, totalYears: { typical: 1 } };
    expect(routeYearsLabel(oneYear, 'years', 'en')).toBe('1.0 years');
    expect(routeYearsLabel({ ...oneYear, estimated: true }, 'yrs', 'es')).toBe('≈1.0 años');
  });
});

/** a → b takes one year, b → c two. */
const ladder = () =>
  tinyGraph([
    ['a', 'b', 1],
    ['b', 'c', 2],
  ]);

describe('why no route fits, with a limit or a route of one year', () => {
  const g = ladder();

  it('says "1 year" for a one-year limit, in both languages', () => {
    const en = explainNoRoute(g, 'a', 'c', { maxYears: 1 }, { locale: 'en' })!;
    expect(en.message).toBe('Every route takes more than 1 year (fastest: 3 years).');
    expect(en.fixes.map((f) => f.message)).toEqual(['Allow 3 years.']);
    const es = explainNoRoute(g, 'a', 'c', { maxYears: 1 }, { locale: 'es' })!;
    expect(es.message).toBe('Todas las rutas duran más de 1 año (la más rápida: 3 años).');
  });

  it('says "1 year" for a one-year route over a shorter limit, in both languages', () => {
    const en = explainNoRoute(g, 'a', 'b', { maxYears: 0.5 }, { locale: 'en' })!;
    expect(en.message).toBe('Every route takes more than 0.5 years (fastest: 1 year).');
    expect(en.fixes.map((f) => f.message)).toEqual(['Allow 1 year.']);
    const es = explainNoRoute(g, 'a', 'b', { maxYears: 0.5 }, { locale: 'es' })!;
    expect(es.message).toBe('Todas las rutas duran más de 0.5 años (la más rápida: 1 año).');
    expect(es.fixes.map((f) => f.message)).toEqual(['Permita 1 año.']);
  });
});

describe('the message files', () => {
  // A year word written after a placeholder cannot agree with it; the word belongs in the
  // parameter (yearsPhrase). A range ("{low}–{high} years") has two ends and is always plural.
  const RANGES = new Set(['years_range', 'rc_range']);
  it.each(['en', 'es'])('leave the years word to yearsPhrase in %s', (locale) => {
    const messages = JSON.parse(
      readFileSync(new URL(`../../messages/${locale}.json`, import.meta.url), 'utf8'),
    ) as Record<string, string>;
    const fixed = Object.entries(messages)
      .filter(([key, text]) => !RANGES.has(key) && /\{\w+\} (years?|yrs?|años?)\b/.test(text))
      .map(([key]) => key);
    expect(fixed).toEqual([]);
  });
});
