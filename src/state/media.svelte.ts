/**
 * The reader's screen and settings as the page's code needs them: the phone layout (where the role
 * sheet covers the page), forced colours, dark and high-contrast schemes, reduced motion. One place
 * for the media queries the script reads (CSS keeps its own @media rules); each is reactive.
 * Where the browser has no matchMedia (jsdom), each reads false: the wide, light, moving page.
 */
import { MediaQuery } from 'svelte/reactivity';

/** Where App.svelte's CSS switches to one column and a bottom sheet (keep the two in step). */
export const NARROW_QUERY = '(max-width: 900px)';

function preference(query: string): { readonly current: boolean } {
  const supported = typeof window !== 'undefined' && typeof window.matchMedia === 'function';
  return supported ? new MediaQuery(query) : { current: false };
}

export const media = {
  narrow: preference(NARROW_QUERY),
  forcedColors: preference('(forced-colors: active)'),
  dark: preference('(prefers-color-scheme: dark)'),
  moreContrast: preference('(prefers-contrast: more)'),
  reducedMotion: preference('(prefers-reduced-motion: reduce)'),
};
