import { expect, type Page } from '@playwright/test';

/** What has keyboard focus, as a user would identify it. */
export interface Focused {
  tag: string;
  /** Accessible name where the element names itself (aria-label, its label), else ''. */
  name: string;
  text: string;
  /** Inside the first item of the list "Routes". */
  inFirstRoute: boolean;
}
export type Counts = Record<string, number>;

export function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { tag: 'BODY', name: '', text: '', inFirstRoute: false };
    const labelled = el.getAttribute('aria-labelledby');
    const name =
      el.getAttribute('aria-label') ?? (labelled ? (document.getElementById(labelled)?.textContent ?? '') : '');
    const label = (el as HTMLInputElement).labels?.[0]?.textContent ?? '';
    // By id, not by name: the list's name is in the page's language.
    const first = document.querySelector('#route-results > li');
    return {
      tag: el.tagName,
      name: (name || label).trim(),
      text: (el.textContent ?? '').trim(),
      inFirstRoute: !!first?.contains(el),
    };
  });
}

/** The page's polite announcer (state/announcer), without the no-break space used to repeat it. */
export async function liveText(page: Page): Promise<string> {
  return ((await page.locator('header [role="status"]').textContent()) ?? '').replace(/\u00a0$/, '');
}

/**
 * Presses Tab (or Shift+Tab) until `reached` holds, at most `limit` times; fails when it takes
 * more, or when focus falls to <body> on the way. Returns the number of presses.
 */
export async function tabTo(
  page: Page,
  reached: (f: Focused) => boolean,
  limit: number,
  back = false,
): Promise<number> {
  const seen: string[] = [];
  for (let n = 1; n <= limit; n++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const f = await focused(page);
    seen.push(`${f.tag} ${f.name || f.text.slice(0, 40)}`);
    expect(f.tag, `focus fell to <body> after ${n} Tab(s): ${seen.join(' | ')}`).not.toBe('BODY');
    if (reached(f)) return n;
  }
  throw new Error(`not reached within ${limit} Tab(s): ${seen.join(' | ')}`);
}
