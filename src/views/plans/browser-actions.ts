/**
 * The few browser side effects the plan views need (copy text, the page address; downloads are in data/export/download.ts), kept out of
 * the components so they stay testable in jsdom, where neither exists. Each reports success
 * instead of throwing, because the UI answers with a sentence either way.
 */

/** Copies text to the clipboard; false when the page has no clipboard access (http, denied). */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (typeof navigator === 'undefined' || !navigator.clipboard) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** The app's address without any hash, as the base of share links. */
export function appBaseUrl(): string {
  return typeof location === 'undefined' ? '' : `${location.origin}${location.pathname}`;
}
