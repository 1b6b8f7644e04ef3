/**
 * Faults from outside (issue 18): a browser whose IndexedDB hangs, fails or is full; a CSV with
 * a problem on each of 100,000 rows; a 1 MB plan link. Each must keep the user's work, say what
 * happened, and leave the app usable.
 */
import { expect, test, type Page } from '@playwright/test';
import { MESSAGES } from '../../src/plans/storage';
import lz from 'lz-string';
import { planToJson } from '../../src/plans/export';
import { miniPlan } from '../fixtures/plan-arbitraries';
import { collectConsoleErrors } from './helpers';

// share-link.ts imports lz-string's named exports, which Node's ESM loader cannot take from a
// CommonJS package, so its sentences and checksum are restated here.
const TOO_LONG = 'This plan link is too long to be one made by this app, so it was not opened.';
const FOREIGN = 'This link holds data, but not a plan made by this app, so nothing was opened.';
function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(16).padStart(8, '0');
}

/** Script run in the page before the app: breaks IndexedDB the way the probe found browsers do. */
const BREAK_IDB = {
  hang: () => {
    // A request whose events never fire: open() neither succeeds nor fails.
    IDBFactory.prototype.open = function open() {
      return {} as IDBOpenDBRequest;
    };
  },
  fail: () => {
    IDBFactory.prototype.open = function open() {
      const request = {} as { error?: DOMException; onerror?: (e: unknown) => void };
      setTimeout(() => {
        request.error = new DOMException(
          'The operation failed for reasons unrelated to the database itself.',
          'UnknownError',
        );
        request.onerror?.({ target: request });
      }, 0);
      return request as unknown as IDBOpenDBRequest;
    };
  },
  quota: () => {
    IDBObjectStore.prototype.put = function put() {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  },
};

async function importPlan(page: Page, label: string) {
  await page.getByLabel('Import a plan (JSON file)').setInputFiles({
    name: `${label}.json`,
    mimeType: 'application/json',
    buffer: Buffer.from(planToJson(miniPlan({ id: `p-${label}`, label }))),
  });
}

for (const [fault, message] of [
  ['hang', MESSAGES.noAnswer],
  ['fail', MESSAGES.unavailable],
  ['quota', MESSAGES.quota],
] as const) {
  test(`IndexedDB ${fault}: a plan saved at once is kept in memory, and the page says so`, async ({ page }) => {
    const errors = collectConsoleErrors(page);
    await page.addInitScript(BREAK_IDB[fault]);
    await page.goto('/?view=plans');
    // Saved immediately, while a hanging storage has not yet been given up on.
    await importPlan(page, 'FAULT');
    const list = page.getByRole('list', { name: 'Saved plans' });
    await expect(list.getByText('FAULT', { exact: true })).toBeVisible({ timeout: 15_000 });
    await expect(page.getByRole('note').filter({ hasText: message })).toBeVisible();
    // Later saves keep working too.
    await importPlan(page, 'LATER');
    await expect(list.getByText('LATER', { exact: true })).toBeVisible();
    await expect(list.getByRole('listitem')).toHaveCount(2);
    expect(errors).toEqual([]);
  });
}

test('a CSV with a problem on each of 100,000 rows lists the first ones, located, and how many more', async ({
  page,
}) => {
  await page.goto('/?view=data');
  const panel = page.getByRole('region', { name: 'Your data' });
  const roles = 'id,title,track,level,typical_education\nclerk,Clerk,records,entry,high school\n';
  const moves = `from,to,years\n${Array.from({ length: 100_000 }, (_, i) => `clerk,ghost-${i},1`).join('\n')}\n`;
  await panel.getByLabel('Import data').setInputFiles([
    { name: 'roles.csv', mimeType: 'text/csv', buffer: Buffer.from(roles) },
    { name: 'transitions.csv', mimeType: 'text/csv', buffer: Buffer.from(moves) },
  ]);
  await expect(
    panel.getByText("transitions.csv row 2, column to: unknown role id 'ghost-0'; it is not in roles.csv"),
  ).toBeVisible({ timeout: 30_000 });
  await expect(panel.getByText(/… and 99,\d{3} more problems/)).toBeVisible();
  await expect(panel.getByText(/Maximum call stack/)).toHaveCount(0);
});

test('a 1 MB plan link is refused, then taken out of the address so later views stay quick', async ({ page }) => {
  await page.goto(`/#plan=${'A'.repeat(1_000_000)}`);
  await expect(page.getByText(TOO_LONG)).toBeVisible();
  expect(new URL(page.url()).hash).toBe('');
  await page.getByRole('button', { name: 'List', exact: true }).click();
  await expect(page.getByRole('table', { name: 'Roles' })).toBeVisible();
  expect(page.url()).not.toContain('plan=');
});

test('a checksum-valid link to some other JSON says it is not a plan made by this app', async ({ page }) => {
  const json = '{"hello":"world"}';
  await page.goto(`/#plan=${lz.compressToEncodedURIComponent(fnv1a(json) + json)}`);
  await expect(page.getByText(FOREIGN)).toBeVisible();
});

test('a 2,000-character word in imported data wraps inside the role panel and the list', async ({ page }) => {
  await page.goto('/?view=data');
  const word = 'W'.repeat(2000);
  const roles = `id,title,track,level,typical_education,description\na,Role ${'W'.repeat(110)},records,entry,none,${word}\nb,Role B,coding,mid,none,short\n`;
  await page.getByLabel('Import data').setInputFiles([
    { name: 'roles.csv', mimeType: 'text/csv', buffer: Buffer.from(roles) },
    { name: 'transitions.csv', mimeType: 'text/csv', buffer: Buffer.from('from,to,years\na,b,1\n') },
  ]);
  await expect(page.getByRole('status').filter({ hasText: 'Imported 2 roles' })).toBeVisible({ timeout: 30_000 });
  await page.getByRole('button', { name: 'List', exact: true }).click();
  await page.getByRole('button', { name: /^Role WWW/ }).click();
  const panel = page.getByRole('region', { name: 'Role details' });
  await expect(panel.getByText(word)).toBeVisible();
  const widths = await page.evaluate(() => {
    const p = document.querySelector('[aria-label="Role details"]')!;
    return {
      page: document.documentElement.scrollWidth,
      view: window.innerWidth,
      panel: p.scrollWidth,
      panelBox: p.clientWidth,
    };
  });
  expect(widths.page).toBeLessThanOrEqual(widths.view);
  expect(widths.panel).toBeLessThanOrEqual(widths.panelBox);
});

test('records under look-alike keys (5 and "5"), a BigInt and a cycle are all set aside, downloadable and discardable', async ({
  page,
}) => {
  const errors = collectConsoleErrors(page);
  await page.goto('/?view=map');
  // Seed the app's own store the way another tab, an old version or a hand edit could leave it.
  await page.evaluate(
    async (plan) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('career-path-explorer');
        open.onupgradeneeded = () => open.result.createObjectStore('plans');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const cyclic: Record<string, unknown> = { n: 10n };
      cyclic.self = cyclic;
      const tx = db.transaction('plans', 'readwrite');
      const store = tx.objectStore('plans');
      store.put(JSON.parse(plan), 'p-GOOD');
      store.put({ version: 1, id: 'x' }, 5);
      store.put({ version: 1, id: 'y' }, '5');
      store.put(cyclic, [1, 'two']);
      await new Promise((resolve) => (tx.oncomplete = resolve));
      db.close();
    },
    planToJson(miniPlan({ id: 'p-GOOD', label: 'GOOD' })),
  );
  await page.goto('/?view=plans');
  await expect(page.getByRole('list', { name: 'Saved plans' }).getByText('GOOD', { exact: true })).toBeVisible();
  const notice = page.getByRole('note', { name: 'Records set aside' });
  await expect(notice.getByRole('listitem')).toHaveCount(3);
  await expect(notice).toContainText('A saved record (5) was set aside');
  await expect(notice).toContainText('A saved record (“5”)');

  const cycle = notice.getByRole('listitem').filter({ hasText: '[1,"two"]' });
  const download = page.waitForEvent('download');
  await cycle.getByRole('button', { name: 'Download record' }).click();
  const stream = await (await download).createReadStream();
  let text = '';
  for await (const chunk of stream) text += String(chunk);
  expect(JSON.parse(text), text).toMatchObject({
    key: '[1,"two"]',
    record: { n: { $bigint: '10' }, self: { $circular: expect.any(String) } },
  });

  for (let left = 3; left > 0; left--) {
    await notice.getByRole('button', { name: 'Discard record' }).first().click();
    await expect(notice.getByRole('listitem')).toHaveCount(left - 1);
  }
  await page.reload();
  await expect(page.getByRole('note', { name: 'Records set aside' })).toHaveCount(0);
  await expect(page.getByRole('list', { name: 'Saved plans' }).getByText('GOOD', { exact: true })).toBeVisible();
  expect(errors).toEqual([]);
});
