/**
 * Issue 15: the whole counselor flow with the keyboard alone — search → role → route → plan →
 * print — counting the Tab presses each step needs. Fails when focus is ever left on <body>
 * after an action, or a step takes more Tabs than its limit. Then focus after every action that
 * removes what had focus (role panel, plans), what the live region says, and the aria snapshots
 * a screen reader would walk through.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { waitForGraph } from './helpers';
import { focused, liveText, tabTo, type Counts } from './keyboard';

test('keyboard only: search → role → route → plan → print, within the Tab limits and never on <body>', async ({ page }) => {
  test.setTimeout(60_000);
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/');
  await waitForGraph(page);
  // Printing opens a dialog a headless browser cannot close; count the call instead.
  await page.evaluate(() => {
    window.print = () => void ((window as unknown as { printed: number }).printed = 1);
  });
  const counts: Counts = {};

  // Search: the first Tab reaches "Skip to search", which puts focus in the box.
  counts['page → Skip to search'] = await tabTo(page, (f) => f.text === 'Skip to search', 1);
  await page.keyboard.press('Enter');
  expect((await focused(page)).name).toBe('Search job titles');
  await page.keyboard.type('medical coder');
  await expect.poll(() => liveText(page)).toMatch(/^\d+ results?; ↓ to choose\./);

  // Role: Enter opens the first result; focus goes to the panel's title.
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await focused(page)).text).toBe('Medical Coder');
  // Esc closes the panel: focus returns to the role on the map, which says where it is.
  await page.keyboard.press('Escape');
  await expect.poll(async () => (await focused(page)).name).toBe('Career graph');
  await expect(page.getByText('Medical Coder: press Enter to open')).toBeAttached();

  // Route: back to the Routes button, then From and To, then the first route.
  counts['map → Routes button (Shift+Tab)'] = await tabTo(page, (f) => f.text === 'Routes' && f.tag === 'BUTTON', 5, true);
  await page.keyboard.press('Enter');
  expect((await focused(page)).text).toBe('Routes');
  // The planner's code loads when its view first opens; Tab once it is there.
  await expect(page.getByRole('combobox', { name: 'From', exact: true })).toBeAttached();
  counts['Routes → From'] = await tabTo(page, (f) => f.name === 'From', 5);
  await page.keyboard.type('medical coder');
  await page.keyboard.press('Enter');
  counts['From → To'] = await tabTo(page, (f) => f.name === 'To', 1);
  await page.keyboard.type('HIM director');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('list', { name: 'Routes' }).getByRole('listitem').first()).toBeVisible();
  await expect.poll(() => liveText(page)).toMatch(/^\d+ routes? from Medical Coder to .*Director.*; (the fastest|it) takes (about )?[\d.]+ years\.$/);
  counts['To → first route'] = await tabTo(page, (f) => f.inFirstRoute, 5);
  counts['first route → Make a plan'] = await tabTo(page, (f) => f.text === 'Make a plan from this route' && f.inFirstRoute, 8);

  // Plan: the new plan's title has focus and is on screen (the page no longer stays scrolled).
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await focused(page)).text).toMatch(/^Plan: /);
  await expect(page.getByRole('heading', { level: 2, name: /^Plan: / })).toBeInViewport();

  // Print: a few Tabs from the title.
  counts['plan title → Print'] = await tabTo(page, (f) => f.text === 'Print', 6);
  await page.keyboard.press('Enter');
  expect(await page.evaluate(() => (window as unknown as { printed?: number }).printed)).toBe(1);
  expect((await focused(page)).text).toBe('Print');

  test.info().annotations.push({ type: 'Tab presses', description: JSON.stringify(counts) });
  console.log('TABS', JSON.stringify(counts));
});

test('closing the role panel with × returns focus to the role in the list', async ({ page }) => {
  await page.goto('/?view=list');
  const row = page.getByRole('table', { name: 'Roles' }).getByRole('button', { name: 'Medical Coder', exact: true });
  await row.focus();
  await page.keyboard.press('Enter');
  // The panel's code loads when it first opens; then its title takes focus.
  await expect.poll(async () => { const f = await focused(page); return `${f.tag} ${f.text}`; }).toBe('H2 Medical Coder');
  await tabTo(page, (f) => f.name === 'Close role panel', 2);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: 'Role details' })).toHaveCount(0);
  await expect.poll(async () => (await focused(page)).text).toBe('Medical Coder');
  expect((await focused(page)).tag).toBe('BUTTON');
});

async function makePlan(page: Page, label: string) {
  await page.goto('/?view=routes&from=hit&to=him_manager');
  await page.getByRole('list', { name: 'Routes' }).getByRole('button', { name: 'Make a plan from this route' }).first().click();
  const editor = page.getByRole('region', { name: /^Plan: / });
  await editor.getByRole('textbox', { name: 'Plan label' }).fill(label);
  await editor.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(editor.getByRole('status')).toHaveText('Plan saved.');
}

test('plans: Rename, Close plan, Delete and Undo each leave focus somewhere sensible', async ({ page }) => {
  test.setTimeout(60_000);
  await makePlan(page, 'First');
  await makePlan(page, 'Second');
  const list = page.getByRole('list', { name: 'Saved plans' });
  await expect(list.getByRole('listitem')).toHaveCount(2);
  const [a] = (await list.getByRole('listitem').locator('strong').allTextContents()) as [string];

  // Close plan: focus goes to that plan's Open button in My plans.
  await page.getByRole('button', { name: 'Close plan' }).click();
  expect((await focused(page)).name).toBe('Open Second');

  // Rename: into the field, text selected; Enter saves and returns to the Rename button.
  await page.getByRole('button', { name: `Rename ${a}` }).click();
  expect((await focused(page)).name).toBe('New label');
  await page.keyboard.type('Renamed');
  await page.keyboard.press('Enter');
  await expect(list).toContainText('Renamed');
  await expect.poll(async () => (await focused(page)).name).toBe('Rename Renamed');

  // Delete: focus moves to the next plan; Undo brings the plan back and focuses it.
  const firstName = (await list.getByRole('listitem').first().locator('strong').textContent()) ?? '';
  await page.getByRole('button', { name: `Delete ${firstName}` }).click();
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await expect.poll(async () => (await focused(page)).name).toMatch(/^Open /);
  await page.getByRole('button', { name: 'Undo' }).focus();
  await page.keyboard.press('Enter');
  await expect(list.getByRole('listitem')).toHaveCount(2);
  await expect.poll(async () => (await focused(page)).name).toBe(`Open ${firstName}`);
  await expect.poll(() => liveText(page)).toBe(`Restored “${firstName}”.`);

  // Deleting the only plan left leaves Undo as the next step.
  for (const name of await list.getByRole('listitem').locator('strong').allTextContents()) {
    await page.getByRole('button', { name: `Delete ${name}` }).click();
  }
  await expect(list).toHaveCount(0);
  await expect.poll(async () => (await focused(page)).text).toBe('Undo');
});

test('aria snapshots: the route results and the salary chart read sensibly', async ({ page }) => {
  await page.goto('/?view=routes&from=coder&to=him_director&cmp=0,1');
  const routes = page.getByRole('list', { name: 'Routes' });
  await expect(routes.getByRole('listitem').first()).toBeVisible();
  // (In these YAML templates "." stands for ": ", which YAML would read as a key.)
  await expect(routes).toMatchAriaSnapshot(`
    - list "Routes":
      - listitem:
        - article /Route 1. Medical Coder → .*Director/:
          - heading /Route 1. Medical Coder → / [level=3]
          - paragraph:
            - strong: /^≈?[\\d.]+ years. [\\d.]+ in jobs/
          - paragraph: /^Pay. \\$[\\d,]+ → \\$[\\d,]+/
          - button /Shown? on the map/
          - checkbox "Compare salary"
          - button "Make a plan from this route"
      - listitem:
        - article /Route 2. /
  `);
  const chart = page.getByRole('group', { name: /^Salary along 2 routes/ });
  await expect(chart).toMatchAriaSnapshot(`
    - group /Salary along 2 routes; the table below gives the same figures/:
      - button /^Route 1. Medical Coder at 0\\.0 years, \\$[\\d,]+; \\$[\\d,]+ (median|mean) · .+ · .+/
      - button /^Route 2. Medical Coder at 0\\.0 years, /
  `);
  const table = page.getByRole('table', { name: 'Salary along routes (table)' });
  mkdirSync('screenshots', { recursive: true });
  const text = [await routes.ariaSnapshot(), await chart.ariaSnapshot(), await table.ariaSnapshot()].join('\n');
  writeFileSync('screenshots/aria-route-results.yml', text);
  // Marks are words of their own, never glued to a number ("$50,250shared", "1.7estimated").
  expect(text).not.toMatch(/\d[a-z]/);
  // A chart point's action: its row in the table, with focus.
  await chart.getByRole('button').first().focus();
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await focused(page)).tag).toBe('TR');
  expect((await focused(page)).text).toContain('Medical Coder');
});
