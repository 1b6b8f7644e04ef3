import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIRST_SCREEN_BUDGET_GZIP, firstScreenSizes, type Manifest } from '../../scripts/first-screen';
import data from '../../src/data/careers.json' with { type: 'json' };
import { axeViolations, collectConsoleErrors, inkedPixels, waitForGraph } from './helpers';

const inScopeRoles = data.roles.filter((r) => !('outOfScope' in r && r.outOfScope));

test('the built app loads without console errors and draws the graph', async ({ page }) => {
  const errors = collectConsoleErrors(page);
  await page.goto('/');
  await waitForGraph(page);
  const graph = page.getByRole('region', { name: 'Career graph' });
  expect(await inkedPixels(page, graph)).toBeGreaterThan(2_000);
  await page.screenshot({ path: 'screenshots/default-view.png' });
  expect(errors).toEqual([]);
});

test('the first screen downloads at most 97.5 KB gzip of JavaScript, sigma included', () => {
  // The build these tests run against (playwright.config.ts), read from its manifest.
  const dist = process.env.PW_DIST ?? 'dist';
  const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8')) as Manifest;
  const sizes = firstScreenSizes(manifest, (file) => readFileSync(join(dist, file)));
  expect(sizes.some((s) => /sigma/.test(s.file))).toBe(true);
  expect(sizes.reduce((sum, s) => sum + s.gzip, 0)).toBeLessThanOrEqual(FIRST_SCREEN_BUDGET_GZIP);
});

test('the role list shows every role', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'List', exact: true }).click();
  const table = page.getByRole('table', { name: 'Roles' });
  await expect(table.getByRole('row')).toHaveCount(inScopeRoles.length + 1);
  for (const role of inScopeRoles) {
    await expect(table.getByRole('button', { name: role.title, exact: true })).toBeVisible();
  }
});

test('axe reports no accessibility violations on the first screen', async ({ page }) => {
  await page.goto('/');
  await waitForGraph(page);
  expect(await axeViolations(page)).toEqual([]);
});
