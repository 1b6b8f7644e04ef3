/**
 * The 5,000-role / 50,000-move walk through every view, shared by the e2e test (which checks
 * what the user sees) and the browser benchmark (which prints the longest main-thread task of
 * each step), ending with a route from the first role to the last, shown on the map.
 */
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { bigDataset } from '../fixtures/big-dataset';

export interface Step {
  name: string;
  run: (page: Page) => Promise<void>;
}

/** Collects long tasks (> 50 ms) from page load on, in window.__longTasks. */
export function observeLongTasks(): void {
  const w = window as unknown as { __longTasks: number[] };
  w.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.__longTasks.push(e.duration);
  }).observe({ type: 'longtask', buffered: true });
}

type LongTaskWindow = Window & { __longTasks: number[] };

/** Forgets the long tasks seen so far: the next reading starts from here. */
export const resetLongTasks = (page: Page): Promise<void> =>
  page.evaluate(() => void ((window as unknown as LongTaskWindow).__longTasks = []));

/**
 * The longest task since the last reset, and the five longest for the log (what dominates a step),
 * read once the page has had two frames and 100 ms to report tasks that just ended.
 */
export const longTasksSince = (page: Page): Promise<{ longest: number; top: string }> =>
  page.evaluate(async () => {
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    await new Promise((r) => setTimeout(r, 100));
    const all = [...(window as unknown as LongTaskWindow).__longTasks].sort((a, b) => b - a);
    return { longest: all[0] ?? 0, top: all.slice(0, 5).map(Math.round).join(', ') || 'none' };
  });

export const bigJson = (roles = 5000, moves = 50_000) => Buffer.from(JSON.stringify(bigDataset(roles, moves)));

/**
 * The generated dataset as a file on disk, to import as a user picks one: a buffer handed over by
 * Playwright is decoded on the page's main thread (0.7–1.9 s for 11 MB), which a step would count
 * as the app's. One file per size, written once per process.
 */
const written = new Map<string, string>();
export function bigJsonFile(roles = 5000, moves = 50_000): string {
  const key = `${roles}-${moves}`;
  let file = written.get(key);
  if (!file) {
    file = join(tmpdir(), `career-big-${key}.json`);
    writeFileSync(file, bigJson(roles, moves));
    written.set(key, file);
  }
  return file;
}

/** What the Data panel says once a generated dataset of that size is in. */
export const importedMessage = (roles: number, moves: number) =>
  `Imported ${roles.toLocaleString('en-US')} roles and ${moves.toLocaleString('en-US')} moves`;

export async function chooseRole(page: Page, field: 'From' | 'To', text: string) {
  await page.getByRole('combobox', { name: field, exact: true }).fill(text);
  await page
    .getByRole('listbox', { name: `${field} results` })
    .getByRole('option')
    .filter({ hasText: text })
    .first()
    .click();
}

export const settle = (page: Page) =>
  page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

export const STEPS: Step[] = [
  {
    name: 'import',
    run: async (page) => {
      await page.getByRole('button', { name: 'Data', exact: true }).click();
      await page.getByLabel('Import data').setInputFiles(bigJsonFile());
      await page
        .getByRole('status')
        .filter({ hasText: importedMessage(5000, 50_000) })
        .waitFor({ timeout: 120_000 });
    },
  },
  {
    name: 'list',
    run: async (page) => {
      await page.getByRole('button', { name: 'List', exact: true }).click();
      await page.getByRole('button', { name: /^Role 0000 / }).waitFor();
    },
  },
  {
    name: 'list_scroll_to_end',
    run: async (page) => {
      await page.locator('section.list').evaluate((el) => (el.scrollTop = el.scrollHeight));
      await page.getByRole('button', { name: /^Role 4999 / }).waitFor();
    },
  },
  {
    name: 'open_role',
    run: async (page) => {
      await page.getByRole('button', { name: /^Role 4999 / }).click();
      await page.getByRole('heading', { level: 2, name: /^Role 4999 / }).waitFor();
    },
  },
  {
    name: 'map',
    run: async (page) => {
      await page.getByRole('button', { name: 'Map', exact: true }).click();
      await page.locator('[aria-label="Career graph"][data-ready="true"]').waitFor();
    },
  },
  {
    name: 'map_zoom_and_drag',
    run: async (page) => {
      for (let i = 0; i < 5; i++) {
        await page.getByRole('button', { name: 'Zoom in' }).click();
        await page.waitForTimeout(300);
      }
      const box = await page.locator('[aria-label="Career graph"]').boundingBox();
      if (box) {
        await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
        await page.mouse.down();
        await page.mouse.move(box.x + box.width / 2 - 200, box.y + box.height / 2 - 100, { steps: 10 });
        await page.mouse.up();
      }
    },
  },
  {
    name: 'search',
    run: async (page) => {
      await page.getByRole('combobox', { name: 'Search job titles' }).fill('Role 4321');
      await page
        .getByRole('option', { name: /Role 4321/ })
        .first()
        .waitFor();
    },
  },
  {
    name: 'routes_view',
    run: async (page) => {
      await page.getByRole('button', { name: 'Routes', exact: true }).click();
      await page.getByRole('region', { name: 'Route planner' }).waitFor();
    },
  },
  {
    // With only a start, the planner lists what is reachable within five years.
    name: 'route_from',
    run: async (page) => {
      await chooseRole(page, 'From', 'Role 0000');
      await page.getByRole('heading', { name: /^Within 5 years of Role 0000/ }).waitFor();
    },
  },
  {
    name: 'route_search',
    run: async (page) => {
      await chooseRole(page, 'To', 'Role 4999');
      await page.getByRole('list', { name: 'Routes' }).getByRole('article').first().waitFor();
    },
  },
  {
    name: 'route_on_map',
    run: async (page) => {
      // The fastest route is drawn already; switch to the second.
      const second = page.getByRole('list', { name: 'Routes' }).getByRole('article').nth(1);
      await second.getByRole('button', { name: 'Show on the map' }).click();
      await second.getByRole('button', { name: 'Shown on the map' }).waitFor();
    },
  },
  ...(['JSON', 'GEXF'] as const).map((kind): Step => ({
    // Written over short tasks: in one go, GEXF at this size held the page 3.9 s (issue 28).
    name: `export_${kind.toLowerCase()}`,
    run: async (page) => {
      await page.getByRole('button', { name: 'Data', exact: true }).click();
      const download = page.waitForEvent('download', { timeout: 120_000 });
      await page.getByRole('button', { name: `Download ${kind}` }).click();
      await download;
      await page
        .getByRole('status')
        .filter({ hasText: `career-paths.${kind.toLowerCase()} downloaded` })
        .waitFor();
    },
  })),
  {
    name: 'plans_view',
    run: async (page) => {
      await page.getByRole('button', { name: 'Plans', exact: true }).click();
      await page.getByRole('heading', { name: 'My plans' }).waitFor();
    },
  },
];

/** Runs every step; after each, reports the longest task it caused and the page's element count. */
export async function walk(
  page: Page,
  onStep: (name: string, longestTaskMs: number, elements: number) => void | Promise<void>,
): Promise<void> {
  for (const step of STEPS) {
    await resetLongTasks(page);
    await step.run(page);
    await settle(page);
    await page.waitForTimeout(300);
    const [longest, elements] = await page.evaluate(() => [
      Math.max(0, ...(window as unknown as { __longTasks: number[] }).__longTasks),
      document.getElementsByTagName('*').length,
    ]);
    await onStep(step.name, longest!, elements!);
  }
}
