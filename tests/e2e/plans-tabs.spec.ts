/**
 * A plan is never lost or overwritten without a word (issue 28): two tabs saving one plan, a plan
 * file whose id is already saved, a browser whose `indexedDB` getter throws, and "Reload to update"
 * with unsaved edits. Two pages of one context share IndexedDB and BroadcastChannel, as two tabs do.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { planToJson } from '../../src/plans/export';
import { miniPlan } from '../fixtures/plan-arbitraries';
import { collectConsoleErrors } from './helpers';

const EDITOR = /^Plan: /;
/** The built worker the preview server reads from disk on every request (playwright.config.ts). */
const SW_FILE = join(process.env.PW_DIST ?? 'dist', 'sw.js');
/** A plan on the built-in data (miniPlan's roles are not in it; plans keep role ids, so any are fine). */
const PLAN = miniPlan({ id: 'p-tabs', label: 'TB', notes: 'Start notes' });

/** Text on the plans page (the page's announcer repeats some of it, out of sight). */
const said = (page: Page, text: string) => page.getByRole('main', { name: 'Plans' }).getByText(text);

async function importFile(page: Page, plan = PLAN, name = 'plan.json') {
  await page
    .getByLabel('Import a plan (JSON file)')
    .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(planToJson(plan)) });
}

async function openPlan(page: Page, label: string) {
  await page
    .getByRole('list', { name: 'Saved plans' })
    .getByRole('button', { name: `Open ${label}`, exact: true })
    .click();
  return page.getByRole('region', { name: EDITOR });
}

async function twoTabs(context: BrowserContext) {
  const a = await context.newPage();
  await a.goto('/?view=plans');
  await importFile(a);
  await expect(said(a, 'Imported “TB”.')).toBeVisible();
  const b = await context.newPage();
  await b.goto('/?view=plans');
  return { a, b };
}

test('two tabs save one plan: the second saver is asked, and "keep both" keeps both edits', async ({ context }) => {
  const { a, b } = await twoTabs(context);
  const errors = [...collectConsoleErrors(a), ...collectConsoleErrors(b)];
  const inA = await openPlan(a, 'TB');
  const inB = await openPlan(b, 'TB');
  await inA.getByRole('textbox', { name: 'Plan notes' }).fill('A: call the registrar');
  await inB.getByRole('textbox', { name: 'Plan notes' }).fill('B: RHIT exam in May');
  await inA.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(inA.getByRole('status')).toHaveText('Plan saved.');

  // Tab B heard the save: it says so before B saves, and asks when B does.
  await expect(said(b, 'This plan was saved in another tab since you opened it')).toBeVisible();
  await inB.getByRole('button', { name: 'Save', exact: true }).click();
  const ask = b.getByRole('alertdialog', { name: 'Not saved yet: which version should be kept?' });
  await expect(ask).toContainText('“TB” was saved again in another tab or window after you opened it.');
  await expect(inB.getByRole('status')).toHaveText('Not saved yet: choose which version to keep.');
  await expect(ask.getByRole('button', { name: 'Keep mine (replace the other version)' })).toBeFocused();
  mkdirSync('screenshots', { recursive: true });
  await b.screenshot({ path: 'screenshots/plans-save-conflict.png' });

  await ask.getByRole('button', { name: 'Keep both (save mine as a copy)' }).click();
  await expect(said(b, 'Your version was saved as “TB (copy)”; the other version is unchanged.')).toBeVisible();
  // Both edits survive, and tab A's list shows the copy without a reload.
  for (const page of [a, b]) {
    const list = page.getByRole('list', { name: 'Saved plans' });
    await expect(list.getByRole('listitem')).toHaveCount(2);
    await expect(list.getByText('TB (copy)', { exact: true })).toBeVisible();
  }
  await b.reload();
  await expect(await openPlan(b, 'TB').then((e) => e.getByRole('textbox', { name: 'Plan notes' }))).toHaveValue(
    'A: call the registrar',
  );
  await expect(await openPlan(b, 'TB (copy)').then((e) => e.getByRole('textbox', { name: 'Plan notes' }))).toHaveValue(
    'B: RHIT exam in May',
  );
  expect(errors).toEqual([]);
});

test('a plan deleted in one tab stays deleted: a stale save in the other asks first', async ({ context }) => {
  const { a, b } = await twoTabs(context);
  const inB = await openPlan(b, 'TB');
  await a.getByRole('button', { name: 'Delete TB' }).click();
  await expect(said(b, 'This plan was deleted in another tab since you opened it')).toBeVisible();
  await expect(b.getByRole('list', { name: 'Saved plans' })).toHaveCount(0);
  await inB.getByRole('textbox', { name: 'Plan notes' }).fill('stale edit');
  await inB.getByRole('button', { name: 'Save', exact: true }).click();
  const ask = b.getByRole('alertdialog');
  await expect(ask).toContainText('“TB” was deleted in another tab or window after you opened it.');
  await ask.getByRole('button', { name: 'Discard my changes' }).click();
  await expect(said(b, 'Your changes were dropped; the plan stays deleted.')).toBeVisible();
  await a.reload();
  await expect(said(a, 'No saved plans yet. Make one from a route in the route planner.')).toBeVisible();
});

test('a plan file whose id is already saved is imported beside it, as a copy; both plans stay', async ({ page }) => {
  await page.goto('/?view=plans');
  await importFile(page);
  await expect(said(page, 'Imported “TB”.')).toBeVisible();
  await importFile(page, { ...PLAN, notes: 'Edited in the file' }, 'edited.json');
  await expect(
    said(
      page,
      "A different plan with this file's id is already saved, so the file was imported as a copy, “TB (copy)”. Both are kept.",
    ),
  ).toBeVisible();
  const list = page.getByRole('list', { name: 'Saved plans' });
  await expect(list.getByRole('listitem')).toHaveCount(2);
  await expect(await openPlan(page, 'TB').then((e) => e.getByRole('textbox', { name: 'Plan notes' }))).toHaveValue(
    'Start notes',
  );
  await importFile(page);
  await expect(said(page, '“TB” is already saved, exactly as in this file; nothing was changed.')).toBeVisible();
  await expect(list.getByRole('listitem')).toHaveCount(2);
});

for (const [lang, message] of [
  ['en', "This browser isn't letting the app save data"],
  ['es', 'Este navegador no permite que la aplicación guarde datos'],
] as const) {
  test(`a throwing indexedDB getter (cookies blocked) keeps plans in memory and says so (${lang})`, async ({
    page,
  }) => {
    const errors = collectConsoleErrors(page);
    await page.addInitScript(() => {
      Object.defineProperty(window, 'indexedDB', {
        configurable: true,
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
    await page.goto(`/?view=plans&lang=${lang}`);
    await page
      .getByLabel(lang === 'en' ? 'Import a plan (JSON file)' : 'Importar un plan (archivo JSON)')
      .setInputFiles({ name: 'p.json', mimeType: 'application/json', buffer: Buffer.from(planToJson(PLAN)) });
    await expect(page.getByRole('list').getByText('TB', { exact: true })).toBeVisible();
    await expect(page.getByRole('note').filter({ hasText: message })).toBeVisible();
    expect(errors).toEqual([]);
  });
}

test('"Reload to update" with unsaved edits: the edits come back after the update; another tab is told to reload', async ({
  context,
}) => {
  const page = await context.newPage();
  await page.goto('/?view=plans');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  await importFile(page);
  await expect(said(page, 'Imported “TB”.')).toBeVisible();
  const other = await context.newPage();
  await other.goto('/?view=plans');
  await expect.poll(() => other.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

  const editor = await openPlan(page, 'TB');
  await editor.getByRole('textbox', { name: 'Plan notes' }).fill('Typed, not saved');
  // A new build, as the browser sees it: the served worker script changes by a comment (put back afterwards).
  const original = readFileSync(SW_FILE, 'utf8');
  writeFileSync(SW_FILE, `${original}\n// next build\n`);
  try {
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
    await expect(page.getByRole('button', { name: 'Reload to update' })).toBeVisible();
  } finally {
    writeFileSync(SW_FILE, original);
  }
  const banner = page.getByRole('status').filter({ hasText: 'A new version is available' });
  await banner.getByRole('button', { name: 'Reload to update' }).click();

  await expect(
    said(page, 'Your unsaved changes to “TB” were kept through the update. Save the plan to keep them.'),
  ).toBeVisible();
  const after = page.getByRole('region', { name: EDITOR });
  await expect(after.getByRole('textbox', { name: 'Plan notes' })).toHaveValue('Typed, not saved');
  await after.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(after.getByRole('status')).toHaveText('Plan saved.');

  const told = other
    .getByRole('status')
    .filter({ hasText: 'The app was updated in another tab. Reload this tab to use the new version.' });
  await expect(told).toBeVisible();
  await told.getByRole('button', { name: 'Reload this tab' }).click();
  await expect(other.getByRole('heading', { name: 'My plans' })).toBeVisible();
  await expect(other.getByText('Updating…')).toHaveCount(0);
});
