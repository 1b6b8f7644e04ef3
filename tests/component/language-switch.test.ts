/**
 * The header's language switch (issue 26, item 5): a select named "Language" in the page's language,
 * each language named in itself (a Spanish reader on an English page finds "Español"), marked with
 * its own lang for screen readers, showing the current one and sending the one chosen.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import LanguageSwitch from '../../src/views/LanguageSwitch.svelte';
import { useLocale } from '../../src/state/locale-state.svelte';
import type { Locale } from '../../src/i18n/locale';

function setup(locale: Locale) {
  const onchange = vi.fn();
  render(LanguageSwitch, { locale, onchange });
  return { onchange };
}

describe('LanguageSwitch', () => {
  afterEach(() => useLocale('en'));

  it('shows English on an English page and sends es when Español is chosen', async () => {
    const { onchange } = setup('en');
    const select = screen.getByRole('combobox', { name: 'Language' });
    expect(select).toHaveDisplayValue('English');
    const options = within(select).getAllByRole('option');
    expect(options.map((o) => [o.textContent, o.getAttribute('lang')])).toEqual([
      ['English', 'en'],
      ['Español', 'es'],
    ]);
    await userEvent.selectOptions(select, 'Español');
    expect(onchange).toHaveBeenCalledExactlyOnceWith('es');
  });

  it('on a Spanish page: named "Idioma", each language still in itself, back to English', async () => {
    useLocale('es');
    const { onchange } = setup('es');
    const select = screen.getByRole('combobox', { name: 'Idioma' });
    expect(select).toHaveDisplayValue('Español');
    expect(
      within(select)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['English', 'Español']);
    await userEvent.selectOptions(select, 'English');
    expect(onchange).toHaveBeenLastCalledWith('en');
  });
});
