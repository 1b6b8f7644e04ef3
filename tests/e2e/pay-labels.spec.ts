import { expect, test } from '@playwright/test';
import { axeViolations } from './helpers';

// Issue 12, item 2: every pay figure a counselor reads names its source, year and occupation,
// and a wider occupation's figure is never presented as a narrower role's own pay.

test('route card and salary comparison name source, year and occupation of every figure', async ({ page }) => {
  await page.goto('/?view=routes&from=hit&to=coding_manager&cmp=0,1');
  const card = page.getByRole('list', { name: 'Routes' }).getByRole('article').first();
  const pay = card.locator('.pay');
  await expect(pay).toContainText(/Start: \$[\d,]+ median · .+ (May )?\d{4} · .+/);
  await expect(pay).toContainText(
    /End: All medical and health services managers: \$[\d,]+ median · BLS OOH May \d{4} · Medical and Health Services Managers \(11-9111\) — not Coding Supervisor \/ Manager’s own pay/,
  );
  await pay
    .getByText(/with \d+ other roles/)
    .first()
    .click();
  await expect(pay).toContainText('Medical Coder');
  await card.screenshot({ path: 'screenshots/route-card-pay.png' });

  const table = page.getByRole('table', { name: 'Salary along routes (table)' });
  const rows = table.locator('tbody tr');
  const count = await rows.count();
  expect(count).toBeGreaterThan(3);
  for (let i = 0; i < count; i++) {
    const text = (await rows.nth(i).textContent()) ?? '';
    // Each row either shows a figure with source, year and occupation, or says why there is none.
    expect(text).toMatch(/· (BLS|.*secondary).* \d{4} · .+|No dated national figure/);
  }
  await page.locator('section.compare').screenshot({ path: 'screenshots/salary-comparison-sources.png' });
  expect(await axeViolations(page)).toEqual([]);
});

test('role panel: headline figure with its rule, and the Zippia paths through the role', async ({ page }) => {
  await page.goto('/?role=coder');
  const panel = page.getByRole('region', { name: 'Medical Coder', exact: true });
  await expect(panel).toContainText(/Headline figure: \$[\d,]+ median · .+ (May )?\d{4}/);
  await expect(panel).toContainText(/Path 13: 8 years in total as printed; fitted steps add up to ≈[\d.]+ years/);
  await expect(panel).toContainText(/Medical Coder: ≈[\d.]+ yrs \(estimate, [\d.]+–[\d.]+\)/);
  expect(await axeViolations(page)).toEqual([]);
});
