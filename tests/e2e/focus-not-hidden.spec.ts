/**
 * Issue 27: on phones, tablets and at 200 % zoom the role sheet covers the lower half of the
 * page. Tab and Shift+Tab must never put focus on something hidden behind it (WCAG 2.4.11): after
 * every press, the focused element is either inside the sheet (and clear of its sticky grip) or
 * its box does not meet the sheet's. And the reading order is the order things are drawn in: the
 * Filters summary comes after the map where it is drawn below it, before it where drawn beside it.
 */
import { expect, test, type Page } from '@playwright/test';
import { waitForGraph } from './helpers';
import { t } from './i18n';

/** Screens as [width, height] in device pixels; at 200 % zoom the page gets half as many CSS pixels. */
const SCREENS = [
  [375, 812],
  [768, 1024],
  [1280, 800],
] as const;
const ZOOMS = [1, 2] as const;
/** Views where a role's sheet can be open, as a user reaches them (a shared link). */
const STATES = [
  ['map, a role open', '/?role=coder'],
  ['list, a role open', '/?view=list&role=coder'],
  ['map, filters set, a role open (Spanish)', '/?lang=es&levels=entry,mid&role=him_manager'],
] as const;

interface Seen {
  what: string;
  /** The same number each time the same element has focus. */
  id: number;
  /** Where nothing hides it: no sheet, or inside the sheet clear of its grip, or not meeting the sheet. */
  clear: boolean;
  /** Focus left the page's elements (past the last stop of a wide page, it goes to the browser). */
  body: boolean;
  /** The sheet is drawn over the page (phone layout), not in a column of its own. */
  covering: boolean;
}

/** After a Tab: what has focus, and whether the sheet hides any of it. */
function lookAtFocus(page: Page): Promise<Seen> {
  return page.evaluate(() => {
    const sheet = document.querySelector<HTMLElement>('section.sheet');
    const covering = !!sheet && getComputedStyle(sheet).position === 'fixed';
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { what: 'BODY', id: 0, clear: true, body: true, covering };
    const w = window as unknown as { walkIds?: WeakMap<Element, number> };
    w.walkIds ??= new WeakMap();
    if (!w.walkIds.has(el)) w.walkIds.set(el, Math.random());
    const id = w.walkIds.get(el)!;
    const what = `${el.tagName} ${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}`;
    const box = el.getBoundingClientRect();
    if (!sheet) return { what, id, clear: true, body: false, covering };
    const s = sheet.getBoundingClientRect();
    if (sheet.contains(el)) {
      // The grip sticks to the sheet's top while its content scrolls under it: what fits in the
      // sheet below the grip must be wholly there; something taller must at least show part of itself.
      const grip = sheet.querySelector<HTMLElement>('.grip');
      const top = grip && grip !== el && grip.offsetHeight > 0 ? grip.getBoundingClientRect().bottom : s.top;
      // Focus scrolls an element below the sheet's scroll padding (kept for the grip): one taller than
      // the room under that padding cannot be shown whole, so it need only be partly in view.
      const padding = parseFloat(getComputedStyle(sheet).scrollPaddingTop) || 0;
      const fits = box.height <= s.bottom - Math.max(top, s.top + padding);
      const clear = fits ? box.top >= top - 1 && box.bottom <= s.bottom + 1 : box.bottom > top && box.top < s.bottom;
      return { what, id, clear, body: false, covering };
    }
    const meets = box.left < s.right && box.right > s.left && box.top < s.bottom && box.bottom > s.top;
    return { what, id, clear: !meets, body: false, covering };
  });
}

/**
 * Presses `key` until a focused element comes round a second time (or `limit` presses), checking
 * after each that the sheet hides nothing of what has focus.
 */
async function walk(page: Page, key: 'Tab' | 'Shift+Tab', limit: number) {
  const path: string[] = [];
  const ids = new Set<number>();
  for (let n = 0; n < limit; n++) {
    await page.keyboard.press(key);
    const seen = await lookAtFocus(page);
    const again = ids.has(seen.id);
    ids.add(seen.id);
    path.push(seen.what);
    // While the sheet covers the page, Tab stays in it; on a wide page it may go on to the browser.
    if (seen.covering) expect(seen.body, `${key}: focus fell to <body>: ${path.join(' | ')}`).toBe(false);
    expect(seen.clear, `${key}: hidden by the sheet after ${n + 1} presses: ${path.join(' | ')}`).toBe(true);
    if (again || seen.body) return;
  }
}

for (const [width, height] of SCREENS)
  for (const zoom of ZOOMS)
    test.describe(`${width} × ${height} px at ${zoom * 100} %`, () => {
      test.use({
        viewport: { width: Math.round(width / zoom), height: Math.round(height / zoom) },
        deviceScaleFactor: zoom,
      });
      for (const [state, url] of STATES)
        test(`${state}: Tab and Shift+Tab never reach anything under the sheet`, async ({ page }) => {
          await page.goto(url);
          // The role's title takes focus when its sheet opens.
          await expect(page.locator('section.sheet h2')).toBeFocused({ timeout: 15_000 });
          // Round the sheet both ways (until a stop comes round again), then in from the search box.
          for (const back of [false, true]) await walk(page, back ? 'Shift+Tab' : 'Tab', 150);
          await page.locator('header input[role="combobox"]').focus();
          await walk(page, 'Tab', 8);
        });

      test('the Filters summary is read where it is drawn: after the map below it, before it beside it', async ({
        page,
      }) => {
        await page.goto('/');
        await waitForGraph(page);
        const order = await page.evaluate(() => {
          const map = document.querySelector('section.map')!;
          const summary = document.querySelector('.filter-box > summary')!;
          const m = map.getBoundingClientRect();
          const s = summary.getBoundingClientRect();
          return {
            summaryAfterInDom: (map.compareDocumentPosition(summary) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0,
            drawnBelow: s.top >= m.bottom - 1,
            drawnLeft: s.right <= m.left + 1,
          };
        });
        expect(order.drawnBelow || order.drawnLeft, 'the summary is drawn below or beside the map').toBe(true);
        expect(order.summaryAfterInDom).toBe(order.drawnBelow);
      });
    });

/** Tab (or Shift+Tab) through a plan: nothing focused is under its sticky actions. */
async function walkPlan(page: Page, key: 'Tab' | 'Shift+Tab') {
  const path: string[] = [];
  for (let n = 0; n < 80; n++) {
    await page.keyboard.press(key);
    const seen = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      // Past the page's last stop focus goes to the browser: the walk is over.
      if (el === document.body) return { what: 'BODY', clear: true, out: true };
      const bar = document.querySelector('.plan-editor .bar')!;
      const what = `${el.tagName} ${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 30)}`;
      if (bar.contains(el) || getComputedStyle(bar).position !== 'sticky') return { what, clear: true, out: false };
      const b = bar.getBoundingClientRect();
      const box = el.getBoundingClientRect();
      return { what, clear: box.top >= b.bottom - 1 || box.bottom <= b.top + 1, out: false };
    });
    path.push(seen.what);
    expect(seen.clear, `under the plan's actions: ${path.join(' | ')}`).toBe(true);
    if (seen.out) break;
  }
}

// A plan is long: its actions stay in view while it scrolls (where there is room), Tab never puts
// focus under them, and Ctrl+S saves from anywhere in it.
for (const zoom of ZOOMS)
  test(`a plan at 1280 × 800 px at ${zoom * 100} %: Save and Print reachable from its end, focus never under them`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280 / zoom, height: 800 / zoom });
    await page.goto('/?view=routes&from=hit&to=him_manager');
    await page
      .getByRole('button', { name: t('en', 'rc_make_plan') })
      .first()
      .click();
    await expect(page.getByRole('heading', { level: 2, name: /^Plan: / })).toBeFocused();
    await walkPlan(page, 'Tab');
    // At the plan's end (its notes), as a mouse or keyboard user would be after filling it in.
    await page.getByRole('textbox', { name: t('en', 'pe_notes') }).focus();
    await page.keyboard.type('Ask HR about tuition help.');
    if (zoom === 1) {
      await expect(page.getByRole('button', { name: t('en', 'pe_save'), exact: true })).toBeInViewport();
      await expect(page.getByRole('button', { name: t('en', 'pe_print') })).toBeInViewport();
    }
    // Back up through the plan: what Tab scrolls to the top stays clear of the actions too.
    await walkPlan(page, 'Shift+Tab');
    await page.keyboard.press('Control+s');
    await expect(page.locator('.plan-editor').getByRole('status')).toHaveText(t('en', 'pe_saved'));
  });
