/**
 * The current view as a PNG, drawn by @sigma/export-image from the live renderer: same
 * camera, same settings and reducers (so filters and highlights show as on screen), on a
 * white background because a transparent one is unreadable in most image viewers.
 * The library (and sigma) is loaded on first use only.
 */
import type Sigma from 'sigma';
import type { Attributes } from 'graphology-types';

export interface PngOptions {
  backgroundColor: string;
  /** Output size in CSS pixels; null keeps the on-screen size. */
  width: number | null;
  height: number | null;
}

export const PNG_DEFAULTS: PngOptions = { backgroundColor: '#ffffff', width: null, height: null };

export async function rendererToPng<N extends Attributes, E extends Attributes>(
  renderer: Sigma<N, E>,
  options: Partial<PngOptions> = {},
): Promise<Blob> {
  const opts = { ...PNG_DEFAULTS, ...options };
  const { toBlob } = await import('@sigma/export-image');
  return toBlob(renderer as unknown as Sigma, { format: 'png', ...opts });
}
