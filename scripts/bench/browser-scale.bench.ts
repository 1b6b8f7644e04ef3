/**
 * Browser benchmark: the 5,000-role / 50,000-move walk (tests/e2e/scale-walk.ts) in headless
 * Chromium against the built app, printing the longest main-thread task of each step:
 *
 *   npx vite build && npx tsx scripts/bench/browser-scale.bench.ts
 *
 * Server, browser, PW_PORT / PW_DIST: browser-app.ts. Target (issue 18): no task over 200 ms.
 */
import { bench, load, withBuiltApp } from './browser-app';
import { observeLongTasks, walk } from '../../tests/e2e/scale-walk';

await withBuiltApp(4327, async (browser, url) => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  page.setDefaultTimeout(120_000);
  await page.addInitScript(observeLongTasks);
  await page.goto(url);
  await page.locator('[aria-label="Career graph"][data-ready="true"]').waitFor();
  console.log(`# 5,000 roles, 50,000 moves; longest main-thread task per step; load average before: ${load()}`);
  await walk(page, (name, longest, elements) => {
    bench(`scale5000_${name}_longest_task`, longest, 'ms');
    console.log(`# ${name}: ${elements} elements in the page; load average ${load()}`);
  });
});
