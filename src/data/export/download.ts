/**
 * Saves a Blob as a file: an object URL on a temporary <a download>, clicked and removed.
 * The URL is revoked a moment later — revoking in the same tick can cancel the download.
 */
export interface DownloadOptions {
  revokeAfterMs: number;
}

export const DEFAULTS: DownloadOptions = { revokeAfterMs: 1000 };

export function downloadBlob(blob: Blob, fileName: string, options: Partial<DownloadOptions> = {}): void {
  const opts = { ...DEFAULTS, ...options };
  if (!fileName.trim()) throw new Error('export/download: fileName must not be empty');
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
}

export function downloadText(text: string, fileName: string, type: string): void {
  downloadBlob(new Blob([text], { type: `${type};charset=utf-8` }), fileName);
}
