/**
 * The interface language, as reactive state. Paraglide's message functions ask getLocale(),
 * which reads this rune, so every `m.key()` in a template re-renders when the language
 * changes — no remount, so the map's one Sigma instance survives a switch.
 * The URL (?lang=) decides it, else the browser's language (App.svelte).
 */
import { overwriteGetLocale } from '../paraglide/runtime.js';
import type { Locale } from '../i18n/locale';

let current = $state<Locale>('en');

overwriteGetLocale(() => current);

export const i18n = {
  get locale(): Locale {
    return current;
  },
};

/** Switches the interface language and keeps <html lang> in step for screen readers and hyphenation. */
export function useLocale(locale: Locale): void {
  current = locale;
  if (typeof document !== 'undefined') document.documentElement.lang = locale;
}
