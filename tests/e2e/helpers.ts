import type { Locator, Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

/** Console noise that is not an app error (see stack notes: sigma picking and Debian's wrapper). */
const HARMLESS = [/GPU stall due to ReadPixels/, /unexpected operator/];

export function collectConsoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error' && !HARMLESS.some((re) => re.test(msg.text()))) errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(String(err)));
  return errors;
}

/** Counts pixels that are not near-white in a screenshot of the element, decoded in the page. */
export async function inkedPixels(page: Page, target: Locator): Promise<number> {
  const png = await target.screenshot();
  const dataUrl = `data:image/png;base64,${png.toString('base64')}`;
  return page.evaluate(async (url) => {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.width;
    canvas.height = img.height;
    const ctx = canvas.getContext('2d');
    if (!ctx) return 0;
    ctx.drawImage(img, 0, 0);
    const { data } = ctx.getImageData(0, 0, img.width, img.height);
    let inked = 0;
    for (let i = 0; i < data.length; i += 4) {
      if ((data[i] ?? 255) < 235 || (data[i + 1] ?? 255) < 235 || (data[i + 2] ?? 255) < 235) inked++;
    }
    return inked;
  }, dataUrl);
}

export async function axeViolations(page: Page) {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

export async function waitForGraph(page: Page) {
  // By role and class, not by name: the map's name is in the page's language.
  await page.locator('.graph[role="region"][data-ready="true"]').waitFor({ timeout: 15_000 });
  // Sigma renders on the next animation frame after construction.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}
