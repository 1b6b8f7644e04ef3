/**
 * The map is readable at every width, and every view fits a phone and a tablet (issue 14).
 * Labels: the boxes the map's label drawer actually drew (window.__careerLabels) must not
 * overlap at the default zoom at 375, 768, 1280 and 1440 px, and the selected role and its
 * neighbours are always labelled. Dots: at least 24 px apart at a phone's default zoom.
 * Pages: no horizontal scroll in any view at 375 and 768 px. Screenshots of every view at
 * 375, 768 and 1440 px go to screenshots/ to be looked at.
 */
import { mkdirSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { collectConsoleErrors, waitForGraph } from './helpers';

interface DrawnLabel {
  id: string;
  text: string;
  box: { x0: number; y0: number; x1: number; y1: number };
}

/** The labels of the last frame, once two reads a few frames apart agree (placement settled). */
async function settledLabels(page: Page): Promise<DrawnLabel[]> {
  const read = () =>
    page.evaluate(async () => {
      for (let i = 0; i < 4; i++) await new Promise((r) => requestAnimationFrame(r));
      return JSON.parse(
        JSON.stringify((window as unknown as { __careerLabels: unknown[] }).__careerLabels),
      ) as DrawnLabel[];
    });
  let last = await read();
  for (let i = 0; i < 20; i++) {
    const next = await read();
    if (JSON.stringify(next) === JSON.stringify(last)) return next;
    last = next;
  }
  return last;
}

function overlaps(labels: DrawnLabel[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < labels.length; i++) {
    for (let j = i + 1; j < labels.length; j++) {
      const a = labels[i]!.box;
      const b = labels[j]!.box;
      if (a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1) out.push(`${labels[i]!.text} × ${labels[j]!.text}`);
    }
  }
  return out;
}

const WIDTHS = [
  { width: 375, height: 812, minLabels: 8 },
  { width: 768, height: 1024, minLabels: 20 },
  { width: 1280, height: 800, minLabels: 25 },
  { width: 1440, height: 900, minLabels: 28 },
];

for (const { width, height, minLabels } of WIDTHS) {
  test.describe(`map at ${width}×${height}`, () => {
    test.use({ viewport: { width, height } });

    test('no two labels overlap at the default zoom', async ({ page }) => {
      const errors = collectConsoleErrors(page);
      await page.goto('/');
      await waitForGraph(page);
      const labels = await settledLabels(page);
      expect(overlaps(labels)).toEqual([]);
      expect(labels.length).toBeGreaterThanOrEqual(minLabels);
      expect(errors).toEqual([]);
    });

    test('the selected role and its neighbours are labelled, without overlaps', async ({ page }) => {
      await page.goto('/?role=coder');
      await waitForGraph(page);
      const labels = await settledLabels(page);
      // Those whose dots are on screen (a phone's default view shows part of the map).
      const expected = await page.evaluate(() => {
        type Sigma = {
          getGraph(): { neighbors(n: string): string[]; getNodeAttributes(n: string): { x: number; y: number } };
          graphToViewport(p: { x: number; y: number }): { x: number; y: number };
          getDimensions(): { width: number; height: number };
        };
        const sigma = (window as unknown as { __careerSigma: Sigma }).__careerSigma;
        const { width, height } = sigma.getDimensions();
        return ['coder', ...sigma.getGraph().neighbors('coder')].filter((n) => {
          const p = sigma.graphToViewport(sigma.getGraph().getNodeAttributes(n));
          return p.x >= 0 && p.y >= 0 && p.x <= width && p.y <= height;
        });
      });
      expect(expected.length).toBeGreaterThanOrEqual(5);
      expect(labels.map((l) => l.id).sort()).toEqual(expect.arrayContaining(expected.sort()));
      expect(overlaps(labels)).toEqual([]);
    });
  });
}

test.describe('on a 375 px phone', () => {
  test.use({ viewport: { width: 375, height: 812 } });
  test('dots on screen are at least 24 px apart at the default zoom', async ({ page }) => {
    await page.goto('/');
    await waitForGraph(page);
    await settledLabels(page);
    const closest = await page.evaluate(() => {
      type Sigma = {
        getGraph(): { nodes(): string[]; getNodeAttributes(n: string): { x: number; y: number } };
        graphToViewport(p: { x: number; y: number }): { x: number; y: number };
        getDimensions(): { width: number; height: number };
      };
      const sigma = (window as unknown as { __careerSigma: Sigma }).__careerSigma;
      const { width, height } = sigma.getDimensions();
      const points = sigma
        .getGraph()
        .nodes()
        .map((n) => sigma.graphToViewport(sigma.getGraph().getNodeAttributes(n)))
        .filter((p) => p.x >= 0 && p.y >= 0 && p.x <= width && p.y <= height);
      let best = Infinity;
      for (let i = 0; i < points.length; i++)
        for (let j = i + 1; j < points.length; j++)
          best = Math.min(best, Math.hypot(points[i]!.x - points[j]!.x, points[i]!.y - points[j]!.y));
      return { best, count: points.length };
    });
    expect(closest.count).toBeGreaterThanOrEqual(10);
    expect(closest.best).toBeGreaterThanOrEqual(24);
  });
});

const VIEWS: { name: string; url: string; ready?: (page: Page) => Promise<unknown> }[] = [
  { name: 'map', url: '/' },
  { name: 'role', url: '/?role=coder', ready: (p) => p.getByRole('button', { name: 'Close role panel' }).waitFor() },
  { name: 'list', url: '/?view=list' },
  {
    name: 'routes',
    url: '/?view=routes&from=hit&to=him_manager',
    ready: (p) => p.getByRole('list', { name: 'Routes' }).waitFor(),
  },
  { name: 'plans', url: '/?view=plans' },
  {
    name: 'plan-editor',
    url: '/?view=routes&from=hit&to=him_manager',
    ready: async (p) => {
      await p.getByRole('button', { name: 'Make a plan from this route' }).first().click();
      await p.getByRole('region', { name: /^Plan: / }).waitFor();
    },
  },
  { name: 'data', url: '/?view=data' },
];

for (const { width, height } of [
  { width: 375, height: 812 },
  { width: 768, height: 1024 },
  { width: 1440, height: 900 },
]) {
  test.describe(`every view at ${width}×${height}`, () => {
    test.use({ viewport: { width, height } });
    for (const view of VIEWS) {
      test(`${view.name}: no horizontal scroll`, async ({ page }) => {
        await page.goto(view.url);
        // The map is hidden (not destroyed) in the list and plans views.
        if (view.name !== 'plans' && view.name !== 'list') await waitForGraph(page);
        await view.ready?.(page);
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
        const { scrollWidth, innerWidth } = await page.evaluate(() => ({
          scrollWidth: document.documentElement.scrollWidth,
          innerWidth: window.innerWidth,
        }));
        mkdirSync('screenshots', { recursive: true });
        await page.screenshot({ path: `screenshots/${view.name}-${width}.png` });
        expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
        // Nothing sticks out of the screen either (a panel can clip what the page does not
        // scroll to), except inside a box that scrolls sideways on purpose, or the map canvas.
        const sticking = await page.evaluate(() => {
          const scrollsSideways = (el: Element) => {
            // The page's own panels scroll vertically; content must fit their width.
            for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
              if (
                !p.matches('main, aside, .content, .list, .planner, .sheet, .side') &&
                /(auto|scroll|hidden)/.test(getComputedStyle(p).overflowX)
              )
                return true;
            }
            return false;
          };
          return [...document.querySelectorAll('body *')]
            .filter((el) => {
              const r = el.getBoundingClientRect();
              return (
                r.width > 0 &&
                r.height > 0 &&
                r.right > window.innerWidth + 1 &&
                !el.closest('.graph') &&
                !scrollsSideways(el)
              );
            })
            .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`);
        });
        expect(sticking).toEqual([]);
      });
    }
  });
}

test.describe('phone layout at 375×812', () => {
  test.use({ viewport: { width: 375, height: 812 } });

  test('the role sheet leaves the view switch visible, grows to just below it and closes', async ({ page }) => {
    await page.goto('/?role=coder');
    const nav = page.getByRole('navigation', { name: 'Views' });
    const sheet = page.getByLabel('Role details', { exact: true });
    await expect(sheet).toBeVisible();
    const navBottom = (await nav.boundingBox())!.y + (await nav.boundingBox())!.height;
    expect((await sheet.boundingBox())!.y).toBeGreaterThanOrEqual(navBottom);
    await page.getByRole('button', { name: 'Expand role details' }).click();
    await expect(page.getByRole('button', { name: 'Shrink role details' })).toBeVisible();
    const grown = (await sheet.boundingBox())!;
    expect(grown.y).toBeGreaterThanOrEqual(navBottom);
    expect(grown.height).toBeGreaterThan(812 / 2);
    await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'List' }).click();
    await expect(page.getByRole('table', { name: 'Roles' })).toBeVisible();
  });

  test('Routes and Data show their panel first, with the map a tap away', async ({ page }) => {
    for (const [url, heading] of [
      ['/?view=routes', 'Plan a route'],
      ['/?view=data', 'Your data'],
    ] as const) {
      await page.goto(url);
      const title = page.getByRole('heading', { name: heading });
      await expect(title).toBeInViewport();
      const map = page.getByRole('region', { name: 'Map view' });
      expect((await title.boundingBox())!.y).toBeLessThan((await map.boundingBox())!.y);
      await page.getByRole('button', { name: 'Show the map ↓' }).click();
      await expect(map).toBeInViewport({ ratio: 0.5 });
    }
  });

  test('the list view is a list of role cards that fit the screen', async ({ page }) => {
    await page.goto('/?view=list');
    const card = page
      .getByRole('table', { name: 'Roles' })
      .getByRole('row')
      .filter({ has: page.getByRole('button', { name: 'Medical Coder', exact: true }) });
    const box = (await card.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(375);
    // Title, track · level, pay and next moves in one card, not one word per line.
    expect(box.height).toBeLessThan(400);
    await expect(card).toContainText('Medical coding');
    await expect(card).toContainText('Entry');
  });

  test('checkboxes and view buttons are at least 24 × 24 px', async ({ page }) => {
    // The map's filters and the route planner's credentials, with every disclosure unfolded.
    for (const [url, ready] of [
      ['/', 'Filters'],
      ['/?view=routes', 'What you already have'],
    ] as const) {
      await page.goto(url);
      // Open the disclosures once the view has drawn them (the app mounts after its data arrives).
      await page.getByText(ready).first().waitFor();
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
      const controls = page.locator('input[type=checkbox]:visible, nav button');
      // The filters' code loads when they first open.
      await expect.poll(() => controls.count()).toBeGreaterThan(10);
      const sizes = await controls.evaluateAll((els) =>
        els.map((el) => el.getBoundingClientRect()).map((r) => Math.min(r.width, r.height)),
      );
      expect(Math.min(...sizes)).toBeGreaterThanOrEqual(24);
    }
  });
});
