import { expect, test } from '@playwright/test';
import { liveText } from './keyboard';
import { axeViolations, waitForGraph } from './helpers';

test('a misspelled title + Enter opens the role and focuses the map on it', async ({ page }) => {
  await page.goto('/');
  await waitForGraph(page);
  const box = page.getByRole('combobox', { name: 'Search job titles' });
  await box.fill('tumour registar');
  const options = page.getByRole('listbox', { name: 'Search job titles results' }).getByRole('option');
  await expect(options.first()).toContainText('Cancer / Tumor Registrar');
  expect(await axeViolations(page)).toEqual([]);
  await box.press('Enter');
  await expect(page.getByRole('region', { name: 'Cancer / Tumor Registrar', exact: true })).toBeVisible();
  await expect(page).toHaveURL(/role=registrar/);
  // The camera moved towards the role: it is drawn near the middle of the canvas now.
  const offset = await page.evaluate(() => {
    const sigma = (
      window as unknown as {
        __careerSigma: {
          graphToViewport: (p: { x: number; y: number }) => { x: number; y: number };
          getGraph: () => { getNodeAttributes: (n: string) => { x: number; y: number } };
          getDimensions: () => { width: number; height: number };
        };
      }
    ).__careerSigma;
    const p = sigma.graphToViewport(sigma.getGraph().getNodeAttributes('registrar'));
    const d = sigma.getDimensions();
    return Math.hypot(p.x - d.width / 2, p.y - d.height / 2) / Math.hypot(d.width, d.height);
  });
  await expect.poll(async () => offset).toBeLessThan(0.25);
});

test('?q= keeps a search in the address, and arrow keys pick a result', async ({ page }) => {
  await page.goto('/?q=RHIT');
  const box = page.getByRole('combobox', { name: 'Search job titles' });
  await expect(box).toHaveValue('RHIT');
  await box.focus();
  const options = page.getByRole('listbox', { name: 'Search job titles results' }).getByRole('option');
  await expect(options.first()).toContainText('RHIT');
  await box.press('ArrowDown');
  await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
  await box.press('Escape');
  await expect(options).toHaveCount(0);
});

test('a credential result filters the map to the roles that ask for it', async ({ page }) => {
  await page.goto('/');
  const box = page.getByRole('combobox', { name: 'Search job titles' });
  // The credential's old name (CTR, renamed ODS in 2024) still finds it.
  await box.fill('CTR');
  const credential = page
    .getByRole('listbox', { name: 'Search job titles results' })
    .getByRole('option')
    .filter({ hasText: 'Oncology Data Specialist' })
    .first();
  await credential.click();
  await expect(page).toHaveURL(/cred=ods/);
  await expect(page.getByRole('status').filter({ hasText: 'Showing' })).toContainText(/Showing [1-9]\d? of/);
});

test('no match says so and offers a way on', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('combobox', { name: 'Search job titles' }).fill('zzzzqqq');
  // Shown under the box; spoken once by the page's announcer when the typing settles (issue 27).
  const status = page.locator('.search .nomatch');
  await expect(status).toContainText('No job title matches “zzzzqqq”');
  await expect(status).toContainText(/acronym|Did you mean/);
  await expect.poll(() => liveText(page)).toBe('No titles match “zzzzqqq”.');
  expect(await axeViolations(page)).toEqual([]);
});
