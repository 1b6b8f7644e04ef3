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
import { LOCALES, re, roleTitle, t, type Locale } from './i18n';

/** What the live region says after a route search, in each language. */
const ROUTES_SAID: Record<Locale, RegExp> = {
  en: /^\d+ routes? from Medical Coder to .*Director.*; (the fastest|it) takes (about )?[\d.]+ years\.$/,
  es: /^\d+ rutas? de Codificador\/a médico\/a a .*Director.*; (la más rápida dura|dura) (unos )?[\d.]+ años\.$/,
};

// The same journey in English and in Spanish (issue 17): the same Tab limits, the words of each language.
for (const l of LOCALES)
  test(`keyboard only${l === 'en' ? '' : ` (${l})`}: search → role → route → plan → print, within the Tab limits and never on <body>`, async ({
    page,
  }) => {
    test.setTimeout(60_000);
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(l === 'en' ? '/' : `/?lang=${l}`);
    await waitForGraph(page);
    // Printing opens a dialog a headless browser cannot close; count the call instead.
    await page.evaluate(() => {
      window.print = () => void ((window as unknown as { printed: number }).printed = 1);
    });
    const counts: Counts = {};

    // Search: the first Tab reaches "Skip to search", which puts focus in the box.
    counts['page → Skip to search'] = await tabTo(page, (f) => f.text === t(l, 'skip_search'), 1);
    await page.keyboard.press('Enter');
    expect((await focused(page)).name).toBe(t(l, 'search_label'));
    await page.keyboard.type('medical coder');
    await expect
      .poll(() => liveText(page))
      .toMatch(new RegExp(`^\\d+ \\S+; ${re(t(l, 'ann_search_other').split('; ')[1]!)}$`));

    // Role: Enter opens the first result; focus goes to the panel's title.
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await focused(page)).text).toBe(roleTitle(l, 'coder'));
    // Esc closes the panel: focus returns to the role on the map, which says where it is.
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await focused(page)).name).toBe(t(l, 'graph_label'));
    // The map's own labels are the data's titles (English where the map has no translation).
    await expect(
      page.getByText(
        new RegExp(`^(${re(roleTitle(l, 'coder'))}|Medical Coder)${re(t(l, 'graph_press_enter', { role: '' }))}$`),
      ),
    ).toBeAttached();

    // Route: back to the Routes button, then From and To, then the first route.
    counts['map → Routes button (Shift+Tab)'] = await tabTo(
      page,
      (f) => f.text === t(l, 'nav_routes') && f.tag === 'BUTTON',
      5,
      true,
    );
    await page.keyboard.press('Enter');
    expect((await focused(page)).text).toBe(t(l, 'nav_routes'));
    // The planner's code loads when its view first opens; Tab once it is there.
    await expect(page.getByRole('combobox', { name: t(l, 'rp_from'), exact: true })).toBeAttached();
    counts['Routes → From'] = await tabTo(page, (f) => f.name === t(l, 'rp_from'), 5);
    await page.keyboard.type('medical coder');
    await page.keyboard.press('Enter');
    counts['From → To'] = await tabTo(page, (f) => f.name === t(l, 'rp_to'), 1);
    await page.keyboard.type('HIM director');
    await page.keyboard.press('Enter');
    await expect(
      page
        .getByRole('list', { name: t(l, 'rp_routes') })
        .getByRole('listitem')
        .first(),
    ).toBeVisible();
    await expect.poll(() => liveText(page)).toMatch(ROUTES_SAID[l]);
    counts['To → first route'] = await tabTo(page, (f) => f.inFirstRoute, 5);
    counts['first route → Make a plan'] = await tabTo(
      page,
      (f) => f.text === t(l, 'rc_make_plan') && f.inFirstRoute,
      8,
    );

    // Plan: the new plan's title has focus and is on screen (the page no longer stays scrolled).
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await focused(page)).text).toMatch(/^Plan: /);
    await expect(page.getByRole('heading', { level: 2, name: /^Plan: / })).toBeInViewport();

    // Print: a few Tabs from the title.
    counts['plan title → Print'] = await tabTo(page, (f) => f.text === t(l, 'pe_print'), 6);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => (window as unknown as { printed?: number }).printed)).toBe(1);
    expect((await focused(page)).text).toBe(t(l, 'pe_print'));

    test.info().annotations.push({ type: 'Tab presses', description: JSON.stringify(counts) });
    console.log('TABS', l, JSON.stringify(counts));
  });

test('closing the role panel with × returns focus to the role in the list', async ({ page }) => {
  await page.goto('/?view=list');
  const row = page.getByRole('table', { name: 'Roles' }).getByRole('button', { name: 'Medical Coder', exact: true });
  await row.focus();
  await page.keyboard.press('Enter');
  // The panel's code loads when it first opens; then its title takes focus.
  await expect
    .poll(async () => {
      const f = await focused(page);
      return `${f.tag} ${f.text}`;
    })
    .toBe('H2 Medical Coder');
  await tabTo(page, (f) => f.name === 'Close role panel', 2);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: 'Role details' })).toHaveCount(0);
  await expect.poll(async () => (await focused(page)).text).toBe('Medical Coder');
  expect((await focused(page)).tag).toBe('BUTTON');
});

async function makePlan(page: Page, label: string) {
  await page.goto('/?view=routes&from=hit&to=him_manager');
  await page
    .getByRole('list', { name: 'Routes' })
    .getByRole('button', { name: 'Make a plan from this route' })
    .first()
    .click();
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
