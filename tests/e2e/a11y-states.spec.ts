/**
 * Issue 15: axe (WCAG 2.0–2.2 A/AA, target size included, plus best practice) finds nothing in
 * any state of the app, on a wide screen and on a phone. Each state is reached as a user
 * reaches it; a screenshot of each is kept for a person to look at.
 */
import { mkdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { waitForGraph } from './helpers';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

type State = [name: string, reach: (page: Page) => Promise<void>];

const STATES: State[] = [
  ['map', async (page) => { await page.goto('/'); await waitForGraph(page); }],
  // The app shows once its data has arrived (a moment after the page's load event): Tab after that.
  ['skip links', async (page) => { await page.goto('/'); await waitForGraph(page); await page.keyboard.press('Tab'); await expect(page.getByRole('link', { name: 'Skip to search' })).toBeFocused(); }],
  ['search results', async (page) => { await page.goto('/'); await page.getByRole('combobox', { name: 'Search job titles' }).fill('coder'); await expect(page.getByRole('listbox', { name: 'Search job titles results' })).toBeVisible(); }],
  ['filters open', async (page) => { await page.goto('/'); await page.getByText(/^Filters \(\d+ of/).click(); await expect(page.getByRole('form', { name: 'Filters' })).toBeVisible(); }],
  ['role panel', async (page) => { await page.goto('/?role=coder'); await expect(page.getByRole('region', { name: 'Role details' })).toBeVisible(); }],
  ['list', async (page) => { await page.goto('/?view=list'); await expect(page.getByRole('table', { name: 'Roles' })).toBeVisible(); }],
  ['routes, empty', async (page) => { await page.goto('/?view=routes'); await expect(page.getByRole('combobox', { name: 'From', exact: true })).toBeVisible(); }],
  ['routes, results and salary comparison', async (page) => {
    await page.goto('/?view=routes&from=coder&to=him_director&cmp=0,1');
    await page.getByText('What you already have, and how far you will go').click();
    await expect(page.getByRole('group', { name: /Salary along 2 routes/ })).toBeVisible();
  }],
  ['routes, no route', async (page) => { await page.goto('/?view=routes&from=hit&to=him_manager&ceiling=associate'); await expect(page.getByText('No route fits.')).toBeVisible(); }],
  ['routes, reachable', async (page) => { await page.goto('/?view=routes&from=coder&max=3'); await expect(page.getByRole('region', { name: /Within 3 years/ })).toBeVisible(); }],
  ['plans, new plan', async (page) => {
    await page.goto('/?view=routes&from=hit&to=him_manager');
    await page.getByRole('button', { name: 'Make a plan from this route' }).first().click();
    await expect(page.getByRole('heading', { level: 2, name: /^Plan: / })).toBeFocused();
  }],
  ['plans, deleted with Undo', async (page) => {
    await page.goto('/?view=routes&from=hit&to=him_manager');
    await page.getByRole('button', { name: 'Make a plan from this route' }).first().click();
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('button', { name: /^Delete / }).first().click();
    await expect(page.getByRole('button', { name: 'Undo' })).toBeVisible();
  }],
  ['data', async (page) => { await page.goto('/?view=data'); await expect(page.getByRole('region', { name: 'Data', exact: true })).toBeVisible(); }],
];

for (const [width, height] of [[1440, 900], [375, 812]] as const) {
  test.describe(`axe at ${width} px`, () => {
    test.use({ viewport: { width, height } });
    for (const [name, reach] of STATES) {
      test(`0 violations: ${name}`, async ({ page }) => {
        await reach(page);
        expect(await violations(page)).toEqual([]);
        mkdirSync('screenshots/a11y', { recursive: true });
        await page.screenshot({ path: `screenshots/a11y/${name.toLowerCase().replace(/[^a-z]+/g, '-')}-${width}.png` });
      });
    }
  });
}
