/**
 * Browser benchmark of the route planner on the built-in map (issue 23): the built app in
 * headless Chromium, the Routes view opened, then From and To chosen as a counselor does (typed
 * into the comboboxes, an option clicked), for three pairs in a row. For each pair:
 *
 *   routes_browser_<pair>_choice_longest_task  the longest main-thread task from typing the From
 *                                              title until the route list is shown (the title
 *                                              search, the "within 5 years" list, the routes)
 *   routes_browser_<pair>_to_list              the To option clicked → the first route card drawn
 *
 * The first pair is the page's first route question (scribe → CDI manager, the slowest first
 * question in routes-builtin.bench.ts); the second leads into CDI manager too (the slowest warm
 * pairs); the third is a short, common one. The Routes view is given 2 s before the first
 * choice, as a person reads it. Server, browser, PW_PORT / PW_DIST: browser-app.ts.
 *
 *   npx tsx scripts/bench/routes-browser.bench.ts
 */
import type { Page } from '@playwright/test';
import { benchWithLoad, load, withBuiltApp } from './browser-app';
import { note } from './report';
import { chooseRole, longTasksSince, observeLongTasks, resetLongTasks, settle } from '../../tests/e2e/scale-walk';

const PAIRS = [
  { name: 'first_scribe_cdi_manager', from: 'Medical Scribe', to: 'CDI Program Manager' },
  { name: 'patient_access_cdi_manager', from: 'Patient Access', to: 'CDI Program Manager' },
  { name: 'hit_him_manager', from: 'Health Information / Medical Records Technician', to: 'HIM Manager' },
];

type ProbeWindow = Window & { __probe: Promise<number> };

/** From the next click (captured before the option's own handler) to the frame after a route card is in the list. */
const armToList = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as ProbeWindow;
    w.__probe = new Promise<number>((resolve) => {
      setTimeout(() => resolve(-1), 60_000);
      document.addEventListener(
        'click',
        () => {
          const start = performance.now();
          const shown = () => document.querySelector('[aria-label="Routes"] article');
          const tick = () =>
            shown() ? requestAnimationFrame(() => resolve(performance.now() - start)) : requestAnimationFrame(tick);
          requestAnimationFrame(tick);
        },
        { capture: true, once: true },
      );
    });
  });

async function pair(page: Page, p: (typeof PAIRS)[number]) {
  await resetLongTasks(page);
  await chooseRole(page, 'From', p.from);
  await page.getByRole('heading', { name: /^Within 5 years of/ }).waitFor();
  await armToList(page);
  await chooseRole(page, 'To', p.to);
  const toList = await page.evaluate(() => (window as unknown as ProbeWindow).__probe);
  await page.getByRole('list', { name: 'Routes' }).getByRole('article').first().waitFor();
  const { longest, top } = await longTasksSince(page);
  benchWithLoad(`routes_browser_${p.name}_choice_longest_task`, longest, 'ms');
  note(`tasks over 50 ms: ${top}`);
  benchWithLoad(`routes_browser_${p.name}_to_list`, toList, 'ms');
  // The next pair starts from empty boxes: back to the Routes view with nothing chosen, in the same page.
  await page.evaluate(() => {
    history.pushState(null, '', '?view=routes');
    dispatchEvent(new PopStateEvent('popstate'));
  });
  await page.getByText('Searching for routes…').waitFor({ state: 'detached' });
  await settle(page);
}

await withBuiltApp(4329, async (browser, url) => {
  note(`routes on the built-in map; load average before: ${load()}`);
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  page.setDefaultTimeout(60_000);
  await page.addInitScript(observeLongTasks);
  // tsx names the functions declared in the evaluated callbacks with a helper the page lacks.
  await page.addInitScript({ content: 'window.__name = (f) => f;' });
  await page.goto(url);
  await page.locator('[aria-label="Career graph"][data-ready="true"]').waitFor();
  await page.getByRole('button', { name: 'Routes', exact: true }).click();
  await page.getByRole('region', { name: 'Route planner' }).waitFor();
  await page.waitForTimeout(2000);
  for (const p of PAIRS) await pair(page, p);
  await page.close();
});
