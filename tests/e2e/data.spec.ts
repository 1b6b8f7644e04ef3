/**
 * Bring your own data, export and offline, against the built app. Assumes the DataPanel is
 * mounted in a region named "Your data" that a header button "Data" opens, and that the
 * map's Sigma renderer is on window.__careerSigma (GraphCanvas does this).
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { axeViolations, collectConsoleErrors, waitForGraph } from './helpers';

const example = (name: string) => fileURLToPath(new URL(`../../public/examples/${name}`, import.meta.url));
const csv = (name: string, text: string) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') });
const ROLES_HEADER = 'id,title,track,level,typical_education';

type SigmaHook = {
  getGraph: () => { order: number; mapNodes: <T>(fn: (key: string, attrs: { label: string }) => T) => T[] };
};

async function nodeCount(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { __careerSigma: SigmaHook }).__careerSigma.getGraph().order);
}

async function nodeLabels(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    (window as unknown as { __careerSigma: SigmaHook }).__careerSigma
      .getGraph()
      .mapNodes((_k, a) => a.label)
      .sort(),
  );
}

async function openDataPanel(page: Page) {
  await page.goto('/');
  await waitForGraph(page);
  await page.getByRole('button', { name: 'Data', exact: true }).click();
  const panel = page.getByRole('region', { name: 'Your data' });
  await expect(panel).toBeVisible();
  return panel;
}

test('importing the example CSV pair replaces the map, and the search finds a new title', async ({ page }) => {
  const errors = collectConsoleErrors(page);
  const panel = await openDataPanel(page);
  const before = await nodeCount(page);
  await panel.getByLabel('Import data').setInputFiles([example('roles.csv'), example('transitions.csv')]);
  await expect(panel.getByRole('status').filter({ hasText: 'Imported 4 roles and 4 moves' })).toBeVisible();
  await expect.poll(() => nodeCount(page)).toBe(4);
  expect(before).not.toBe(4);
  expect(await nodeLabels(page)).toContain('Interoperability Analyst');
  await expect(panel.getByRole('button', { name: 'Restore the built-in data' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  // The search box may be integrated later than this panel; the assertion stays.
  const search = page.getByRole('combobox', { name: 'Search job titles' });
  await search.fill('Interoperability');
  await expect(page.getByRole('option', { name: /Interoperability Analyst/ }).first()).toBeVisible();

  await panel.getByRole('button', { name: 'Restore the built-in data' }).click();
  await expect.poll(() => nodeCount(page)).toBe(before);
  expect(errors).toEqual([]);
});

test('a broken file lists located problems and changes nothing', async ({ page }) => {
  const panel = await openDataPanel(page);
  const labels = await nodeLabels(page);
  const roles = `${ROLES_HEADER}\na,Role A,records,entry,none\nb,Role B,coding,boss,none\n`;
  const moves = 'from,to,years\na,b,1\nb,nobody,2\n';
  await panel.getByLabel('Import data').setInputFiles([csv('roles.csv', roles), csv('transitions.csv', moves)]);
  const alert = panel.getByRole('alert');
  await expect(alert).toContainText('Nothing was changed');
  // Every problem of both files in one pass, each with file, row and column.
  await expect(alert.getByRole('listitem')).toHaveText([
    "roles.csv row 3, column level: 'boss' is not one of entry, mid, senior, leadership",
    "transitions.csv row 3, column to: unknown role id 'nobody'; it is not in roles.csv",
  ]);
  expect(await axeViolations(page)).toEqual([]);

  await panel
    .getByLabel('Import data')
    .setInputFiles([
      { name: 'careers.json', mimeType: 'application/json', buffer: Buffer.from('{"version": 1,\n  "name": oops}') },
    ]);
  await expect(alert.getByRole('listitem')).toHaveText([
    "careers.json line 2, column 11: not valid JSON: unexpected 'o'",
  ]);

  expect(await nodeLabels(page)).toEqual(labels);
  await expect(panel.getByRole('button', { name: 'Restore the built-in data' })).toHaveCount(0);
});

test('markup in imported titles is shown as text and never runs', async ({ page }) => {
  const errors = collectConsoleErrors(page);
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });
  const panel = await openDataPanel(page);
  const img = '<img src=x onerror=alert(1)>';
  const script = '<script>alert(1)</script>';
  const roles = `${ROLES_HEADER}\nimg,${img},records,entry,none\nscr,${script},coding,mid,none\n`;
  await panel
    .getByLabel('Import data')
    .setInputFiles([csv('roles.csv', roles), csv('transitions.csv', 'from,to,years\nimg,scr,1\n')]);
  await expect(panel.getByRole('status').filter({ hasText: 'Imported 2 roles and 1 move' })).toBeVisible();
  await expect.poll(() => nodeLabels(page)).toEqual([script, img].sort());

  const list = page.getByRole('button', { name: 'List', exact: true });
  if (await list.count()) await list.click();
  await expect(
    page.getByRole('table', { name: 'Roles' }).getByRole('button', { name: img, exact: true }),
  ).toBeVisible();
  await expect(page.getByText(script, { exact: true }).first()).toBeVisible();
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  await page.waitForTimeout(500);
  expect(dialogs).toBe(0);
  expect(errors).toEqual([]);
});

test('PNG, GEXF and JSON downloads are valid files', async ({ page }) => {
  const panel = await openDataPanel(page);
  const order = await nodeCount(page);
  const download = async (button: string) => {
    const pending = page.waitForEvent('download');
    await panel.getByRole('button', { name: button }).click();
    const d = await pending;
    return { name: d.suggestedFilename(), bytes: await readFile(await d.path()) };
  };

  const png = await download('Download PNG');
  expect(png.name).toMatch(/\.png$/);
  expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(png.bytes.length).toBeGreaterThan(2_000);

  const readGexf = (text: string) =>
    page.evaluate((xml) => {
      const doc = new DOMParser().parseFromString(xml, 'application/xml');
      return {
        error: doc.getElementsByTagName('parsererror').length > 0,
        root: doc.documentElement.nodeName,
        version: doc.documentElement.getAttribute('version'),
        nodes: doc.getElementsByTagName('node').length,
        colours: doc.querySelectorAll('color[r][g][b]').length,
      };
    }, text);
  // GEXF 1.2 unless 1.3 is chosen; colours as r/g/b either way.
  const gexf = await download('Download GEXF');
  expect(gexf.name).toMatch(/\.gexf$/);
  expect(await readGexf(gexf.bytes.toString('utf8'))).toMatchObject({
    error: false,
    root: 'gexf',
    version: '1.2',
    nodes: order,
  });
  await panel.getByRole('combobox', { name: 'GEXF version' }).selectOption('1.3');
  const gexf13 = await readGexf((await download('Download GEXF')).bytes.toString('utf8'));
  expect(gexf13).toMatchObject({ error: false, root: 'gexf', version: '1.3', nodes: order });
  expect(gexf13.colours).toBeGreaterThanOrEqual(order);

  const json = await download('Download JSON');
  const data = JSON.parse(json.bytes.toString('utf8')) as { version: number; roles: unknown[] };
  expect(data.version).toBe(1);
  expect(data.roles.length).toBeGreaterThanOrEqual(order);
});

test('the strict Content-Security-Policy is never violated while importing and exporting', async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { __cspViolations: string[] };
    w.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.__cspViolations.push(`${e.effectiveDirective} ${e.blockedURI}`),
    );
  });
  const errors = collectConsoleErrors(page);
  const panel = await openDataPanel(page);
  await panel.getByLabel('Import data').setInputFiles([example('roles.csv'), example('transitions.csv')]);
  await expect(panel.getByRole('status').filter({ hasText: 'Imported 4 roles' })).toBeVisible();
  for (const button of ['Download PNG', 'Download GEXF']) {
    const pending = page.waitForEvent('download');
    await panel.getByRole('button', { name: button }).click();
    await pending;
  }
  expect(await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations)).toEqual([]);
  expect(errors).toEqual([]);
});

test('after one visit the app works offline, every view included', async ({ page, context }) => {
  await page.goto('/');
  await waitForGraph(page);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await waitForGraph(page);
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  const order = await nodeCount(page);

  await context.setOffline(true);
  await page.reload();
  await waitForGraph(page);
  expect(await nodeCount(page)).toBe(order);
  expect(order).toBeGreaterThan(0);
  // Views load their code when first opened: offline it must come from the service worker's precache.
  const views = page.getByRole('navigation', { name: 'Views' });
  await views.getByRole('button', { name: 'List' }).click();
  await page.getByRole('table', { name: 'Roles' }).getByRole('button', { name: 'Medical Coder' }).first().click();
  await expect(page.getByRole('table', { name: /Salary figures for Medical Coder/ })).toBeVisible();
  await views.getByRole('button', { name: 'Routes' }).click();
  await expect(page.getByRole('combobox', { name: 'From' })).toBeVisible();
  await views.getByRole('button', { name: 'Plans' }).click();
  await expect(page.getByRole('heading', { name: 'My plans' })).toBeVisible();
  await views.getByRole('button', { name: 'Data' }).click();
  await expect(page.getByRole('heading', { name: 'Your data' })).toBeVisible();
  // So does the search's code (loaded after the map's first draw).
  await page.getByRole('combobox', { name: 'Search job titles' }).fill('coder');
  await expect(page.getByRole('option', { name: /Medical Coder/ }).first()).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await context.setOffline(false);
});
