/**
 * Saves a Blob as a file: an object URL on a temporary <a download>, clicked and removed.
 * The URL is revoked a moment later — revoking in the same tick can cancel the download.
 * The one download helper of the app (data export, plan files); it reports false instead of
 * throwing where the browser cannot (no Blob URLs, as in jsdom), because the UI answers with a
 * sentence either way.
 */
export interface DownloadOptions {
  revokeAfterMs: number;
}

// Some browsers start the download only after the click handler returns.
export const DOWNLOAD_DEFAULTS: DownloadOptions = { revokeAfterMs: 10_000 };

export function downloadBlob(blob: Blob, fileName: string, options: Partial<DownloadOptions> = {}): boolean {
  const opts = { ...DOWNLOAD_DEFAULTS, ...options };
  if (!fileName.trim()) throw new Error('data/export/download: fileName must not be empty');
  if (typeof URL === 'undefined' || typeof URL.createObjectURL !== 'function' || typeof document === 'undefined')
    return false;
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), opts.revokeAfterMs);
  return true;
}

export function downloadText(text: string, fileName: string, type: string): boolean {
  return downloadBlob(new Blob([text], { type: `${type};charset=utf-8` }), fileName);
}
