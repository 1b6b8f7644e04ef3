/**
 * The map's first paint does not wait for WebGL (issue 29): a 2D preview of the same picture is on
 * screen before Sigma starts, Sigma takes over with every role where the preview drew it and the
 * same labels, and the preview is gone once Sigma has drawn. Sigma starts when the map is first
 * used; the e2e build starts it at once for the other specs, and `?hold-map` gives it the
 * production start (the first use).
 */
import { expect, test, type Page } from '@playwright/test';
import { collectConsoleErrors, inkedPixels, waitForGraph } from './helpers';

interface Dot {
  id: string;
  x: number;
  y: number;
  r: number;
}
interface Picture {
  dots: Dot[];
  labels: { key: string }[];
}

/** The preview's picture, once painted (after the page's first frame). */
const picture = async (page: Page) => {
  await page.waitForFunction(() => '__careerPreview' in window);
  return page.evaluate(() => (window as unknown as { __careerPreview: Picture }).__careerPreview);
};

/** Where Sigma draws each role, in the map's pixels. */
const sigmaDots = (page: Page) =>
  page.evaluate(() => {
    type XY = { x: number; y: number };
    const sigma = (
      window as unknown as {
        __careerSigma: {
          getGraph(): { nodes(): string[] };
          getNodeDisplayData(n: string): XY;
          framedGraphToViewport(p: XY): XY;
        };
      }
    ).__careerSigma;
    return Object.fromEntries(
      sigma
        .getGraph()
        .nodes()
        .map((n) => [n, sigma.framedGraphToViewport(sigma.getNodeDisplayData(n))]),
    );
  });

const drawnLabelIds = (page: Page) =>
  page.evaluate(() => (window as unknown as { __careerLabels: { id: string }[] }).__careerLabels.map((l) => l.id));

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 375, height: 740 },
])
  test.describe(`at ${viewport.width} px`, () => {
    test.use({ viewport });

    test('the preview is painted before Sigma, which takes over at the same places and is the only map after', async ({
      page,
    }) => {
      const errors = collectConsoleErrors(page);
      await page.goto('/?hold-map');
      const map = page.locator('.graph[role="region"]');
      const preview = page.locator('canvas.preview');
      await expect(preview).toBeVisible();
      const before = await picture(page);
      await expect(map).toHaveAttribute('data-ready', 'false');
      // Sigma has not started: no renderer, its layer hidden; the preview has the ink.
      expect(await page.evaluate(() => '__careerSigma' in window)).toBe(false);
      await expect(page.locator('.graph .canvas')).toHaveCSS('visibility', 'hidden');
      expect(await inkedPixels(page, map)).toBeGreaterThan(2000);
      // Nothing is loading until the map is used: no loading note, not even for screen readers.
      await expect(map.locator('.note')).toHaveCount(0);
      expect(before.labels.length).toBeGreaterThan(5);

      // Reaching for the map starts Sigma.
      const box = (await map.boundingBox())!;
      await page.mouse.move(box.x + 2, box.y + box.height - 2);
      await waitForGraph(page);
      await expect(preview).toHaveCount(0);
      const sigma = await sigmaDots(page);
      for (const dot of before.dots) {
        expect(Math.abs(sigma[dot.id]!.x - dot.x), dot.id).toBeLessThan(0.5);
        expect(Math.abs(sigma[dot.id]!.y - dot.y), dot.id).toBeLessThan(0.5);
      }
      expect((await drawnLabelIds(page)).sort()).toEqual(before.labels.map((l) => l.key).sort());
      expect(await page.locator('.graph canvas').count()).toBeGreaterThan(0);
      expect(errors).toEqual([]);
    });
  });

test('without being used, the map stays the preview once the page is idle: Sigma has not started', async ({ page }) => {
  await page.goto('/?hold-map');
  await picture(page);
  // Two idle moments after the preview, with Sigma's code in (it downloads at once).
  await page.evaluate(() => new Promise((idle) => requestIdleCallback(() => requestIdleCallback(idle))));
  await expect
    .poll(() => page.evaluate(() => performance.getEntriesByType('resource').some((r) => /sigma/.test(r.name))))
    .toBe(true);
  await page.evaluate(() => new Promise((idle) => requestIdleCallback(idle)));
  expect(await page.evaluate(() => '__careerSigma' in window)).toBe(false);
  await expect(page.locator('.graph .canvas canvas')).toHaveCount(0);
  await expect(page.locator('canvas.preview')).toBeVisible();
  await expect(page.locator('.graph .note')).toHaveCount(0);
});

test('a role clicked in the preview opens its panel', async ({ page }) => {
  await page.goto('/?hold-map');
  await expect(page.locator('canvas.preview')).toBeVisible();
  const dot = (await picture(page)).dots.find((d) => d.id === 'him_manager')!;
  const box = (await page.locator('canvas.preview').boundingBox())!;
  await page.mouse.click(box.x + dot.x, box.y + dot.y);
  await expect(
    page.getByRole('region', { name: 'HIM Manager / Health Information Manager', exact: true }),
  ).toBeVisible();
  await waitForGraph(page);
});

test('a route opened from a link starts Sigma, which draws its cards and years', async ({ page }) => {
  await page.goto('/?hold-map&view=routes&from=coder&to=coding_manager');
  await expect(page.getByRole('list', { name: 'Routes', exact: true })).toBeVisible();
  // Nobody touched the map: the route shown on it is what starts Sigma (the preview has no cards or years).
  await waitForGraph(page);
  await expect.poll(() => page.evaluate(() => '__careerSigma' in window)).toBe(true);
});

test('a zoom button pressed before Sigma starts it, and zooms once it has', async ({ page }) => {
  await page.goto('/?hold-map');
  await expect(page.locator('canvas.preview')).toBeVisible();
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await waitForGraph(page);
  await expect
    .poll(() =>
      page.evaluate(
        () =>
          (window as unknown as { __careerSigma: { getCamera(): { ratio: number } } }).__careerSigma.getCamera().ratio,
      ),
    )
    .toBeLessThan(0.9);
});

test('the keyboard reaches the map before Sigma: Tab starts it, arrows and Enter work as before', async ({ page }) => {
  await page.goto('/?hold-map');
  await expect(page.locator('canvas.preview')).toBeVisible();
  await page.locator('.graph[role="region"]').focus();
  await waitForGraph(page);
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('.graph [aria-live="polite"]')).toContainText(/press Enter to open/);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Close role panel' })).toBeVisible();
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 740 }, hasTouch: true, isMobile: true });

  test('a tap on the preview away from any role starts Sigma', async ({ page }) => {
    await page.goto('/?hold-map');
    await expect(page.locator('canvas.preview')).toBeVisible();
    const { dots } = await picture(page);
    const box = (await page.locator('canvas.preview').boundingBox())!;
    // The point of the map farthest from every role: a tap there opens nothing, so only the touch
    // itself (its pointerup, and the focus it gives the map) can start Sigma — a role opened or a
    // route shown would start it too.
    let empty = { x: 0, y: 0, d: -1 };
    for (let x = 20; x < box.width - 20; x += 10)
      for (let y = 40; y < box.height - 20; y += 10) {
        const d = Math.min(...dots.map((dot) => Math.hypot(dot.x - x, dot.y - y)));
        if (d > empty.d) empty = { x, y, d };
      }
    expect(await page.evaluate(() => '__careerSigma' in window)).toBe(false);
    await page.touchscreen.tap(box.x + empty.x, box.y + empty.y);
    await expect.poll(() => page.evaluate(() => '__careerSigma' in window)).toBe(true);
    await waitForGraph(page);
    await expect(page.getByRole('region', { name: /Medical|Coder|Manager/ })).toHaveCount(0);
  });
});
