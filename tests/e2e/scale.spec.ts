/**
 * A generated dataset of 5,000 roles and 50,000 moves, walked through every view: the list
 * stays a few hundred elements however long it is, every role can be reached, the role panel
 * and the map open, and nothing errors. Timings are not asserted here (they depend on the
 * machine); `npm run bench` prints them (scripts/bench/browser-scale.bench.ts).
 */
import { expect, test } from '@playwright/test';
import { collectConsoleErrors } from './helpers';
import { observeLongTasks, walk } from './scale-walk';

test('5,000 roles and 50,000 moves: every view opens, the list stays small in the page', async ({ page }) => {
  test.setTimeout(240_000);
  const errors = collectConsoleErrors(page);
  await page.addInitScript(observeLongTasks);
  await page.goto('/');
  await page.locator('[aria-label="Career graph"][data-ready="true"]').waitFor({ timeout: 15_000 });
  const elements = new Map<string, number>();
  await walk(page, (name, _longest, count) => void elements.set(name, count));

  // The windowed list: a few dozen rows in the page, not 5,000 (190,131 elements before).
  expect(elements.get('list')).toBeLessThan(3000);
  expect(elements.get('list_scroll_to_end')).toBeLessThan(3000);
  await page.getByRole('button', { name: 'List', exact: true }).click();
  const table = page.getByRole('table', { name: 'Roles' });
  await expect(table).toHaveAttribute('aria-rowcount', '5001');
  expect(await table.locator('tbody tr[data-index]').count()).toBeLessThan(120);
  expect(errors).toEqual([]);
});

test('in the 5,000-role list, ↓ walks past the rendered rows, and a long move list comes a page at a time', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await page.goto('/?view=list');
  await page.getByRole('button', { name: 'Data', exact: true }).click();
  const { bigJson } = await import('./scale-walk');
  await page
    .getByLabel('Import data')
    .setInputFiles({ name: 'big.json', mimeType: 'application/json', buffer: bigJson() });
  await expect(page.getByRole('status').filter({ hasText: 'Imported 5,000 roles' })).toBeVisible({ timeout: 120_000 });
  await page.getByRole('button', { name: 'List', exact: true }).click();
  await page.getByRole('button', { name: /^Role 0000 / }).focus();
  for (let i = 0; i < 80; i++) await page.keyboard.press('ArrowDown');
  await expect(page.locator(':focus')).toHaveText(/^Role 0080 /);

  // Role 2500 has many moves in: the panel lists 25, then more on request.
  await page.getByRole('button', { name: /^Role 0080 / }).click();
  const panel = page.getByRole('region', { name: /^Role 0080 / });
  const more = panel.getByRole('button', { name: /^Show \d+ more/ });
  if (await more.count()) {
    const before = await panel.getByRole('listitem').count();
    await more.first().click();
    expect(await panel.getByRole('listitem').count()).toBeGreaterThan(before);
  }
});
