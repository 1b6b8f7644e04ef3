/** Dates as each reader writes them, in the style asked for, whichever was asked first. */
import { describe, expect, it } from 'vitest';
import { formatDate } from '../../src/i18n/numbers';

describe('formatDate', () => {
  const date = new Date(2026, 2, 5);
  it('writes a date in English and in Spanish, long and short', () => {
    expect(formatDate(date, 'long', 'en')).toBe('March 5, 2026');
    expect(formatDate(date, 'long', 'es')).toBe('5 de marzo de 2026');
    expect(formatDate(date, 'short', 'en')).toBe('Mar 5, 2026');
    // A formatter kept for one language or style never answers for another.
    expect(formatDate(new Date(2025, 10, 22), 'long', 'en')).toBe('November 22, 2025');
    expect(formatDate(date, 'short', 'es')).toMatch(/^5 mar\.? 2026$/);
  });
});
