/**
 * The installed app: Chromium's own installability check (the one its install prompt and
 * Lighthouse's former PWA audit use, through the DevTools protocol) finds nothing missing, and
 * the manifest has an id, 192 and 512 px PNG icons and a maskable one, each a real PNG of the
 * size it claims; the page links an Apple touch icon. A persistent profile, because Chromium
 * never offers to install from an incognito one (Playwright's usual context).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, test } from '@playwright/test';

/** A PNG's width and height from its header (IHDR), or null when the bytes are not a PNG. */
function pngSize(bytes: Buffer): { width: number; height: number } | null {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (!signature.every((b, i) => bytes[i] === b)) return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test('Chromium finds the app installable, with PNG icons of every size the manifest names', async ({
  baseURL,
  launchOptions,
}) => {
  const profile = mkdtempSync(join(tmpdir(), 'install-profile-'));
  const context = await chromium.launchPersistentContext(profile, { ...launchOptions, baseURL });
  try {
    const page = await context.newPage();
    await page.goto('/');
    const cdp = await page.context().newCDPSession(page);
    const { errors, url } = await cdp.send('Page.getAppManifest');
    expect(url).toMatch(/manifest\.webmanifest$/);
    expect(errors).toEqual([]);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors).toEqual([]);

    const manifest = (await (await page.request.get(url)).json()) as {
      id?: string;
      icons: { src: string; sizes: string; type: string; purpose?: string }[];
    };
    expect(manifest.id).toBe('/');
    const sizes = manifest.icons.map((i) => `${i.sizes}${i.purpose === 'maskable' ? ' maskable' : ''}`);
    expect(sizes).toEqual(expect.arrayContaining(['192x192', '512x512', '512x512 maskable']));
    for (const icon of manifest.icons) {
      const size = pngSize(await (await page.request.get(new URL(icon.src, url).href)).body());
      expect(`${size?.width}x${size?.height}`, icon.src).toBe(icon.sizes);
    }

    const apple = await page.locator('link[rel="apple-touch-icon"]').getAttribute('href');
    expect(pngSize(await (await page.request.get(apple!)).body())).toEqual({ width: 180, height: 180 });
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
});
