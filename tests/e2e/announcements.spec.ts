/**
 * Issue 27: the live regions do not flood. Typing a query is one announcement once the typing
 * settles (it was 7 in half a second), and coming back into a box that already holds a query
 * announces nothing. Every live region of the page is listened to, not only the announcer.
 */
import { expect, test, type Page } from '@playwright/test';
import { waitForGraph } from './helpers';
import { LOCALES, t } from './i18n';

/** Records each new text of every live region (status, alert, aria-live) from the page's start. */
async function listen(page: Page) {
  await page.addInitScript(() => {
    const heard: string[] = [];
    (window as unknown as { heard: string[] }).heard = heard;
    const live = '[role="status"], [role="alert"], [aria-live]:not([aria-live="off"])';
    new MutationObserver((records) => {
      const regions = new Set<Element>();
      for (const r of records) {
        const node = r.target instanceof Element ? r.target : r.target.parentElement;
        const region = node?.closest(live);
        if (region) regions.add(region);
        for (const added of r.addedNodes) if (added instanceof Element && added.matches(live)) regions.add(added);
      }
      for (const region of regions) {
        const text = (region.textContent ?? '').replace(/\u00a0/g, ' ').trim();
        if (text) heard.push(text);
      }
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
}
const heard = (page: Page) => page.evaluate(() => (window as unknown as { heard: string[] }).heard.slice());

for (const l of LOCALES)
  test(`a typed query is one announcement; coming back into the box is none${l === 'en' ? '' : ` (${l})`}`, async ({
    page,
  }) => {
    await listen(page);
    await page.goto(l === 'en' ? '/' : `/?lang=${l}`);
    await waitForGraph(page);
    const box = page.getByRole('combobox', { name: t(l, 'search_label') });
    await box.focus();
    const before = (await heard(page)).length;
    await box.pressSequentially('HIM director', { delay: 80 });
    const count = new RegExp(`^\\d+ ${t(l, 'ann_search_other').split(' ')[1]}`);
    await expect.poll(async () => (await heard(page)).slice(before).filter((s) => count.test(s))).toHaveLength(1);
    // A while longer than the announcer waits for typing to settle: still that one sentence.
    await page.waitForTimeout(1500);
    // If the search code was still loading on a busy machine, saying so is allowed (it lasted).
    const said = (await heard(page)).slice(before).filter((s) => s !== t(l, 'combo_loading'));
    expect(said).toHaveLength(1);
    expect(said[0]).toMatch(count);

    // Out of the box and back in: the query is the same, so nothing is said again.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Shift+Tab');
    await expect(box).toBeFocused();
    await page.waitForTimeout(1500);
    expect((await heard(page)).slice(before)).toEqual(said);
  });
