/**
 * Counselor plans end to end, on the built app. Assumes the integration agreed with the lead:
 * a header button "Plans" opens the "My plans" view; the route planner has comboboxes "From"
 * and "To" and a list "Routes" whose cards each have "Make a plan from this route", which opens
 * PlanEditor for a new plan; PlanEditor's Save / Save a copy go to the plan store; a
 * `#plan=` link opens the plan read-only, and a bad one shows its message.
 */
import { mkdirSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import data from '../../src/data/careers.json' with { type: 'json' };
import { axeViolations, collectConsoleErrors } from './helpers';

const FROM = 'hit';
const TO = 'him_manager';
const title = (id: string) => data.roles.find((r) => r.id === id)?.title ?? id;
const EDITOR = /^(Shared plan \(read-only\)|Plan): /;

/** Opens the route planner on FROM → TO: by URL state, else through the comboboxes. */
async function openPlanner(page: Page) {
  await page.goto(`/?view=routes&from=${FROM}&to=${TO}`);
  const routes = page.getByRole('list', { name: 'Routes' });
  if (!(await routes.isVisible().catch(() => false))) {
    for (const [name, id] of [
      ['From', FROM],
      ['To', TO],
    ] as const) {
      const box = page.getByRole('combobox', { name, exact: true });
      if ((await box.evaluate((el) => el.tagName)) === 'SELECT') await box.selectOption(id);
      else {
        await box.fill(title(id));
        await page
          .getByRole('option', { name: title(id), exact: true })
          .first()
          .click();
      }
    }
  }
  await expect(routes).toBeVisible();
  return routes;
}

/** Makes a plan from the first route, labels it, notes the RHIA step and saves it. */
async function createPlan(page: Page, label = 'E2E') {
  const routes = await openPlanner(page);
  await routes.getByRole('button', { name: 'Make a plan from this route' }).first().click();
  const editor = page.getByRole('region', { name: EDITOR });
  await editor.getByRole('textbox', { name: 'Plan label' }).fill(label);
  await editor.getByRole('textbox', { name: 'Note: Sit the RHIA exam' }).fill('Register in spring');
  await editor.getByRole('combobox', { name: 'Status: Sit the RHIA exam' }).selectOption('in_progress');
  await editor.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(editor.getByRole('status')).toHaveText('Plan saved.');
  return editor;
}

async function openMyPlans(page: Page) {
  await page.getByRole('button', { name: 'Plans', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'My plans' })).toBeVisible();
  return page.getByRole('list', { name: 'Saved plans' });
}

async function shareLink(page: Page): Promise<string> {
  const editor = page.getByRole('region', { name: EDITOR });
  await editor.getByRole('button', { name: 'Copy share link' }).click();
  await expect(editor.getByRole('status')).toContainText('Anyone with the link');
  const manual = editor.getByLabel('Share link');
  // Without clipboard access the editor shows the link to copy by hand.
  const link =
    (await manual.count()) > 0 ? await manual.textContent() : await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(/#plan=[A-Za-z0-9+$-]+$/);
  return link!;
}

test.beforeEach(async ({ context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
});

test('a plan made from a route, with a note, is still there after a reload', async ({ page }) => {
  const errors = collectConsoleErrors(page);
  const editor = await createPlan(page);
  const steps = editor.getByRole('list', { name: `Timeline to ${title(TO)}` });
  await expect(steps.getByRole('heading', { name: /bachelor's/i }).first()).toBeVisible();
  await expect(steps.getByRole('heading', { name: `Reach ${title(TO)} (goal)` })).toBeVisible();
  await page.reload();
  const list = await openMyPlans(page);
  await expect(list.getByText('E2E', { exact: true })).toBeVisible();
  await list.getByRole('button', { name: 'Open E2E' }).click();
  const reopened = page.getByRole('region', { name: EDITOR });
  await expect(reopened.getByRole('textbox', { name: 'Note: Sit the RHIA exam' })).toHaveValue('Register in spring');
  await expect(reopened.getByRole('combobox', { name: 'Status: Sit the RHIA exam' })).toHaveValue('in_progress');
  expect(errors).toEqual([]);
});

test('a share link opens read-only in a fresh browser, and "Save a copy" keeps it', async ({ page, browser }) => {
  await createPlan(page);
  const link = await shareLink(page);
  const other = await browser.newContext();
  try {
    const fresh = await other.newPage();
    await fresh.goto(link);
    const shared = fresh.getByRole('region', { name: /^Shared plan \(read-only\): E2E/ });
    await expect(shared).toBeVisible();
    await expect(shared.getByText('Note: Register in spring')).toBeVisible();
    for (const role of ['textbox', 'combobox', 'checkbox', 'radio', 'spinbutton'] as const)
      await expect(shared.getByRole(role)).toHaveCount(0);
    await shared.getByRole('button', { name: 'Save a copy' }).click();
    await expect(shared.getByRole('status')).toHaveText('A copy of this plan was saved to My plans.');
    const list = await openMyPlans(fresh);
    await expect(list.getByText('E2E', { exact: true })).toBeVisible();
  } finally {
    await other.close();
  }
});

test('printing gives a clean handout with the goal, route, salaries, credentials and the date', async ({ page }) => {
  await createPlan(page);
  await page.emulateMedia({ media: 'print' });
  const handout = page.getByRole('article', { name: 'Printable plan' });
  await expect(handout).toBeVisible();
  await expect(handout.getByRole('heading', { name: 'Career plan — E2E' })).toBeVisible();
  await expect(handout.getByRole('heading', { name: `Route to ${title(TO)}` })).toBeVisible();
  await expect(handout.getByRole('table', { name: `Steps to ${title(TO)}` })).toContainText('Sit the RHIA exam');
  await expect(handout.getByRole('table', { name: 'Expected salary by job' })).toContainText(/\$[\d,]+ a year/);
  await expect(handout.getByRole('table', { name: 'Credentials and awarding bodies' })).toContainText('AHIMA');
  await expect(handout).toContainText(
    'Figures are estimates from the cited sources; check current requirements with the awarding bodies.',
  );
  await expect(handout).toContainText(/Printed on \w+ \d+, \d{4}/);
  // Controls and app chrome are not printed.
  await expect(page.getByRole('button', { name: 'Save', exact: true })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Plans', exact: true })).toBeHidden();
  mkdirSync('screenshots', { recursive: true });
  await page.screenshot({ path: 'screenshots/plan-print.png', fullPage: true });
  const pdf = await page.pdf({ path: 'screenshots/plan.pdf', format: 'Letter', printBackground: true });
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g) ?? [];
  expect(pages.length).toBeGreaterThanOrEqual(1);
  expect(pages.length).toBeLessThanOrEqual(2);
});

test('a corrupted plan link shows a message and leaves saved plans alone', async ({ page }) => {
  await createPlan(page);
  const link = await shareLink(page);
  await page.goto('about:blank');
  await page.goto(link.slice(0, Math.floor(link.length * 0.7)));
  await expect(page.getByText(/This plan link is damaged or incomplete/)).toBeVisible();
  await expect(page.getByRole('region', { name: /^Shared plan/ })).toHaveCount(0);
  const list = await openMyPlans(page);
  await expect(list.getByText('E2E', { exact: true })).toBeVisible();
});

test('a link a chat app mangled still opens the plan, and an encoded ?lang= still sets the language', async ({
  page,
  browser,
}) => {
  await createPlan(page);
  const link = await shareLink(page);
  expect(link).toMatch(/[?&]lang=en#plan=/);
  // The "=" percent-encoded, the language asked for percent-encoded too, and a full stop glued on.
  const mangled = `${link.replace('lang=en#plan=', 'lang%3Des#plan%3D')}.`;
  const other = await browser.newContext();
  try {
    const fresh = await other.newPage();
    await fresh.goto(mangled);
    await expect(fresh.locator('html')).toHaveAttribute('lang', 'es');
    const shared = fresh.getByRole('region', { name: /: E2E/ });
    await expect(shared).toBeVisible();
    await expect(shared.getByText('Nota: Register in spring')).toBeVisible();
  } finally {
    await other.close();
  }
});

test('axe reports no accessibility violations in My plans and the plan editor', async ({ page }) => {
  await createPlan(page);
  expect(await axeViolations(page)).toEqual([]);
  await openMyPlans(page);
  expect(await axeViolations(page)).toEqual([]);
});
