/**
 * The few browser side effects the plan views need (download a file, copy text), kept out of
 * the components so they stay testable in jsdom, where neither exists. Each reports success
 * instead of throwing, because the UI answers with a sentence either way.
 */

/** Offers text as a file download; false when the browser cannot (no Blob URLs). */
export function downloadText(fileName: string, text: string, mime: string): boolean {
  if (typeof URL === 'undefined' || typeof URL.createObjectURL !== 'function' || typeof document === 'undefined') return false;
  const url = URL.createObjectURL(new Blob([text], { type: `${mime};charset=utf-8` }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked later: some browsers start the download only after the click handler returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return true;
}

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
