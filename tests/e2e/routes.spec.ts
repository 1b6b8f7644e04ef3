import { expect, test, type Page } from '@playwright/test';
import { axeViolations, waitForGraph } from './helpers';

async function chooseRole(page: Page, field: 'From' | 'To', text: string, expected: string) {
  const box = page.getByRole('combobox', { name: field, exact: true });
  await box.fill(text);
  await page
    .getByRole('listbox', { name: `${field} results` })
    .getByRole('option')
    .filter({ hasText: expected })
    .first()
    .click();
}

test('plan a route, pick one, see it highlighted and its steps; credentials change the routes; the URL reproduces them', async ({
  page,
}) => {
  await page.goto('/');
  await waitForGraph(page);
  await page.getByRole('button', { name: 'Routes', exact: true }).click();
  await chooseRole(page, 'From', 'medical records tech', 'Medical Records Technician');
  await chooseRole(page, 'To', 'health information manager', 'HIM Manager');
  const routes = page.getByRole('list', { name: 'Routes' });
  await expect(routes.getByRole('article').first()).toBeVisible();
  const before = await routes.getByRole('heading').allTextContents();
  expect(before.length).toBeGreaterThan(1);
  await expect(routes.getByRole('article').first()).toContainText('earned on this route: RHIA');

  await routes.getByRole('button', { name: 'Show on the map' }).nth(0).click();
  await expect(routes.getByRole('button', { name: 'Shown on the map' })).toHaveCount(1);
  const highlighted = await page.evaluate(() => {
    const sigma = (
      window as unknown as {
        __careerSigma: { getNodeDisplayData: (n: string) => { highlighted?: boolean } | undefined };
      }
    ).__careerSigma;
    return ['hit', 'him_manager'].map((n) => sigma.getNodeDisplayData(n)?.highlighted ?? false);
  });
  expect(highlighted).toEqual([true, true]);
  expect(await axeViolations(page)).toEqual([]);

  // Holding RHIA removes it from every route's cost (the constraints wait behind their summary).
  await page.getByText('What you already have, and how far you will go').click();
  await page.getByRole('checkbox', { name: 'RHIA', exact: true }).check();
  await expect(routes.getByRole('article').first()).toContainText('met: RHIA');
  await expect(routes).not.toContainText('earned on this route: RHIA');
  const url = page.url();
  expect(url).toContain('held=rhia');
  const after = await routes.getByRole('heading').allTextContents();

  await page.goto(url);
  await expect(page.getByRole('list', { name: 'Routes' }).getByRole('heading')).toHaveText(after);
  await page.screenshot({ path: 'screenshots/routes.png' });
});

test('No job yet → medical coder: the route card shows the study, the exam and the total on one clock', async ({
  page,
}) => {
  await page.goto('/');
  await waitForGraph(page);
  await page.getByRole('button', { name: 'Routes', exact: true }).click();
  const from = page.getByRole('combobox', { name: 'From', exact: true });
  await from.focus();
  const noJob = page
    .getByRole('listbox', { name: 'From results' })
    .getByRole('option')
    .filter({ hasText: /^No job yet/ });
  await expect(noJob).toHaveCount(1);
  await noJob.click();
  await expect(from).toHaveValue(/^No job yet/);
  await chooseRole(page, 'To', 'medical coder', 'Medical Coder');
  await expect(page).toHaveURL(/from=_no_job/);
  const first = page.getByRole('list', { name: 'Routes' }).getByRole('listitem').first();
  const summary = first.locator('.totals');
  await expect(summary).toHaveText(/^≈?\d+(\.\d)? years: /);
  await expect(summary).toContainText('studying full-time before a first job');
  await expect(summary).toContainText(/Medical coding certificate/);
  await expect(summary).toContainText(/(CCA|CPC-A) exam/);
  await expect(first).toContainText('No job yet → Medical Coder');
  await expect(first).toContainText(/exam: (CCA|CPC-A)/);
  expect(await axeViolations(page)).toEqual([]);
  await first.screenshot({ path: 'screenshots/route-no-job.png' });
});

test('an education ceiling that closes every route says why', async ({ page }) => {
  await page.goto('/?view=routes&from=hit&to=him_manager&ceiling=associate');
  await expect(page.getByText('No route fits.')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'No route fits' })).toContainText(/bachelor/i);
});

test('salary comparison: two routes, their table rows, and nominal vs constant dollars', async ({ page }) => {
  await page.goto('/?view=routes&from=hit&to=him_manager');
  const routes = page.getByRole('list', { name: 'Routes' });
  await routes.getByRole('checkbox', { name: 'Compare salary' }).nth(0).check();
  await routes.getByRole('checkbox', { name: 'Compare salary' }).nth(1).check();
  const table = page.getByRole('table', { name: 'Salary along routes (table)' });
  await expect(table.getByRole('row').filter({ hasText: 'Route 1' }).first()).toBeVisible();
  await expect(table.getByRole('row').filter({ hasText: 'Route 2' }).first()).toBeVisible();
  const chart = page.getByRole('group', { name: /Salary along 2 routes/ });
  await expect(chart).toBeVisible();

  const constant = await table.locator('tbody tr td:nth-child(4)').allTextContents();
  await page.getByRole('radio', { name: /Nominal/ }).check();
  await expect(page).toHaveURL(/usd=nominal/);
  const nominal = await table.locator('tbody tr td:nth-child(4)').allTextContents();
  expect(nominal).not.toEqual(constant);
  await page.getByRole('group', { name: /Salary along 2 routes/ }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'screenshots/salary-comparison.png', fullPage: false });
  expect(await axeViolations(page)).toEqual([]);
});

test('with only a start, the planner lists what is reachable in the time allowed', async ({ page }) => {
  await page.goto('/?view=routes&from=coder&max=3');
  const reach = page.getByRole('region', { name: /Within 3 years of Medical Coder you could reach/ });
  await expect(reach.getByRole('button', { name: 'Facility / Inpatient Coding Specialist' })).toBeVisible();
  await reach.getByRole('button', { name: 'Facility / Inpatient Coding Specialist' }).click();
  await expect(page).toHaveURL(/to=coder_facility/);
  await expect(page.getByRole('list', { name: 'Routes' }).getByRole('article').first()).toBeVisible();
});

test('From and To find what the main search finds: a job-ad title and a credential, each option naming its role', async ({
  page,
}) => {
  await page.goto('/?view=routes');
  await waitForGraph(page);
  await chooseRole(
    page,
    'From',
    'front desk',
    'Front Desk Receptionist → Patient Access / Patient Service Representative',
  );
  await expect(page).toHaveURL(/from=patient_access/);
  const to = page.getByRole('combobox', { name: 'To', exact: true });
  await to.fill('CCS');
  const options = page.getByRole('listbox', { name: 'To results' }).getByRole('option');
  await expect(options.first()).toContainText('CCS → Facility / Inpatient Coding Specialist');
  await expect(options.first()).toContainText('a role that asks for this credential');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/to=coder_facility/);
  await expect(page.getByRole('list', { name: 'Routes' }).getByRole('article').first()).toBeVisible();
});

test('within N years answers the pay question: each role’s pay with its source, sortable by pay from the keyboard', async ({
  page,
}) => {
  await page.goto('/?view=routes&from=hit&max=5');
  const reach = page.getByRole('region', { name: /Within 5 years of Health Information/ });
  const table = reach.getByRole('table');
  await expect(table.getByRole('row', { name: /Cancer \/ Tumor Registrar/ })).toContainText(/\$\d{2},\d{3}/);
  await table.getByRole('button', { name: /^Pay/ }).focus();
  await page.keyboard.press('Enter');
  await expect(table.getByRole('columnheader', { name: /Pay/ })).toHaveAttribute('aria-sort', 'descending');
  // The EHR analyst and the registrar share the top figure (29-9021's median): equal pay, ordered by title.
  await expect(table.getByRole('rowheader').first()).toHaveText('Cancer / Tumor Registrar');
  await expect(table.getByRole('rowheader').nth(1)).toHaveText('EHR / Clinical Applications Analyst');
  await expect(table.getByRole('row', { name: /Practice Manager/ })).toContainText('not this role alone');
  expect(await axeViolations(page)).toEqual([]);
});
