import { expect, test } from '@playwright/test';
import { axeViolations, collectConsoleErrors, inkedPixels, waitForGraph } from './helpers';

test('select a role from the list, follow a next move, and go back', async ({ page }) => {
  const errors = collectConsoleErrors(page);
  await page.goto('/?view=list');
  await page.getByRole('table', { name: 'Roles' }).getByRole('button', { name: 'Medical Coder', exact: true }).click();
  const panel = page.getByRole('region', { name: 'Medical Coder', exact: true });
  await expect(panel).toBeVisible();
  await expect(page).toHaveURL(/role=coder/);
  expect(await axeViolations(page)).toEqual([]);

  await panel.getByRole('link', { name: 'Facility / Inpatient Coding Specialist' }).click();
  await expect(page.getByRole('region', { name: 'Facility / Inpatient Coding Specialist', exact: true })).toBeVisible();
  await expect(page).toHaveURL(/role=coder_facility/);

  await page.goBack();
  await expect(page.getByRole('region', { name: 'Medical Coder', exact: true })).toBeVisible();
  await expect(page).toHaveURL(/role=coder(&|$)/);
  expect(errors).toEqual([]);
});

test('a deep link opens the right role on the map, highlighted', async ({ page }) => {
  await page.goto('/?role=registrar');
  await waitForGraph(page);
  await expect(page.getByRole('region', { name: 'Cancer / Tumor Registrar', exact: true })).toBeVisible();
  const graph = page.getByRole('region', { name: 'Career graph', exact: true });
  expect(await inkedPixels(page, graph)).toBeGreaterThan(1_500);
  await page.screenshot({ path: 'screenshots/selected-role.png' });
  expect(await axeViolations(page)).toEqual([]);
});

test('clicking a node on the canvas opens its panel', async ({ page }) => {
  await page.goto('/');
  await waitForGraph(page);
  const point = await page.evaluate(() => {
    const sigma = (
      window as unknown as {
        __careerSigma: {
          graphToViewport: (p: { x: number; y: number }) => { x: number; y: number };
          getGraph: () => { getNodeAttributes: (n: string) => { x: number; y: number } };
          getContainer: () => HTMLElement;
        };
      }
    ).__careerSigma;
    const pos = sigma.graphToViewport(sigma.getGraph().getNodeAttributes('him_manager'));
    const rect = sigma.getContainer().getBoundingClientRect();
    return { x: rect.left + pos.x, y: rect.top + pos.y };
  });
  await page.mouse.click(point.x, point.y);
  await expect(
    page.getByRole('region', { name: 'HIM Manager / Health Information Manager', exact: true }),
  ).toBeVisible();
});

test('an unknown role in a link gives a clear message', async ({ page }) => {
  await page.goto('/?role=astronaut');
  await expect(page.getByRole('alert')).toContainText('astronaut');
});

test('filters fade roles and say how many remain', async ({ page }) => {
  await page.goto('/');
  await waitForGraph(page);
  // The filters wait behind their summary (which counts the roles shown) until opened.
  await page.getByText(/^Filters \(\d+ of \d+ roles shown\)/).click();
  await page.getByRole('checkbox', { name: /Medical coding/ }).check();
  await expect(page.getByRole('status').filter({ hasText: 'Showing' })).toContainText(/Showing \d+ of \d+ roles/);
  await expect(page).toHaveURL(/tracks=coding/);
  expect(await axeViolations(page)).toEqual([]);
});

test.describe('on a 375 px phone', () => {
  test.use({ viewport: { width: 375, height: 740 } });
  test('the role panel is a usable sheet', async ({ page }) => {
    await page.goto('/?view=list');
    await page
      .getByRole('table', { name: 'Roles' })
      .getByRole('button', { name: 'Medical Coder', exact: true })
      .click();
    const panel = page.getByRole('region', { name: 'Medical Coder', exact: true });
    await expect(panel).toBeInViewport();
    const box = await panel.boundingBox();
    expect(box!.width).toBeLessThanOrEqual(375);
    await page.screenshot({ path: 'screenshots/phone-panel.png' });
    await panel.getByRole('button', { name: 'Close role panel' }).click();
    await expect(panel).toBeHidden();
    expect(await axeViolations(page)).toEqual([]);
  });
});

test('the map works from the keyboard: arrows walk the roles, Enter opens one', async ({ page }) => {
  await page.goto('/');
  await waitForGraph(page);
  // Reading order is the map's: column by column (entry first), top to bottom (sigma's y points up).
  const [first, second] = await page.evaluate(() => {
    type G = { mapNodes<T>(fn: (n: string, a: { x: number; y: number; label: string }) => T): T[] };
    const graph = (window as unknown as { __careerSigma: { getGraph(): G } }).__careerSigma.getGraph();
    return graph
      .mapNodes((id, a) => ({ id, ...a }))
      .sort((a, b) => a.x - b.x || b.y - a.y)
      .slice(0, 2);
  });
  const graph = page.getByRole('region', { name: 'Career graph' });
  await graph.focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByText(/: press Enter to open$/)).toHaveText(`${first!.label}: press Enter to open`);
  await page.keyboard.press('ArrowRight');
  await expect(page.getByText(/: press Enter to open$/)).toHaveText(`${second!.label}: press Enter to open`);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: second!.label, exact: true })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`role=${second!.id}`));
  expect(await axeViolations(page)).toEqual([]);
});
