/**
 * Issue 17: every view in Spanish (?lang=es) reads without English interface words. Only the
 * interface's own chrome is read — headings, buttons, labels, legends, table heads, hints and
 * accessible names — not the data (role titles fall back to English, marked lang="en", where a
 * dataset has no Spanish), source quotes (kept in English and marked lang="en") or credential
 * abbreviations. Also: the language switch, <html lang>, and that the choice is in the address.
 */
import { expect, test, type Page } from '@playwright/test';
import { waitForGraph } from './helpers';
import { roleTitle, t } from './i18n';

/** English interface words that have a Spanish message; none may be left on a Spanish page. */
const ENGLISH =
  /\b(Map|List|Routes?|Plans|Data|Search|Filters?|Show|Salary|Compare|Make a plan|Print|Save|Delete|Rename|Open|Close|Years?|Level|Track|Credentials?|Education|Pay|Next moves|Download|Import|Restore|Loading|Statistic|Dollars|Source|Status|Note|Goals?|Legend|Zoom|Fit all|Reset|Skip|Role|Moves?|Study|Exam|Job|Starting point|Limits|Remove|Add|Cancel|Undo|Figure|Occupation|Scope|Outlook|Also called|Typical|Advancement|Lateral|Choose|None|Any|Trade-offs|Within|From|To|years|yrs|estimated|estimate|shared)\b/;

/**
 * The chrome's words: the text of headings, buttons, labels, legends, table heads, hints and empty
 * states, and every accessible name and placeholder — minus what is data (anything marked
 * lang="en": a role or credential without Spanish, a source's quoted words; citations; role names).
 */
async function chrome(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const TEXT =
      'h1, h2, h3, h4, button, label, legend, summary, thead th, caption, nav a, .hint, .empty, .kind, .badge';
    const DATA =
      '[lang="en"], option, select, textarea, input, .titles, .via, mark, .small, .source, .cite, .prov, .tags, ul, ol, table, p, details';
    const skip = (el: Element) => !!el.closest('[lang="en"], [hidden], .plan-handout, .tip, [aria-hidden="true"]');
    const out = new Set<string>();
    for (const el of document.querySelectorAll(TEXT)) {
      if (skip(el) || el.matches('th[scope="row"], button.role, .reach button, .suggestion, .plans strong')) continue;
      const clone = el.cloneNode(true) as Element;
      clone.querySelectorAll(DATA).forEach((n) => n.remove());
      const text = (clone.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (text) out.add(text);
    }
    for (const el of document.querySelectorAll('[aria-label], [placeholder]')) {
      if (skip(el)) continue;
      for (const attr of ['aria-label', 'placeholder']) {
        const value = el.getAttribute(attr);
        if (value) out.add(value);
      }
    }
    return [...out];
  });
}

function englishIn(texts: string[]): string[] {
  // Abbreviations, programs' and sources' names are proper nouns in both languages; occupation
  // names in pay figures are the source's (BLS) words.
  const proper =
    /\b(RHIT|RHIA|CCS|CCA|CPC(-A)?|CTR|ODS(-C)?|CDIP|CHPS|CAHIIM|HIM|IPEDS|BLS|CPI-U|OOH|OEWS|SOC|JSON|CSV|GEXF|PNG|WebGL|Zippia|Enter|US)\b|\(Oncology Data Specialist\)|·[^·;]*\(\d{2}-\d{4}\)|·[^·;]*\(sin código SOC\)/g;
  // A credential's official English name glossed in parentheses beside its Spanish name is the body's own.
  const gloss = /\((Certified|Registered)[^)]*\)/g;
  return texts.filter((text) => ENGLISH.test(text.replace(proper, '').replace(gloss, '')));
}

test.describe('the app in Spanish', () => {
  test.setTimeout(60_000);

  test('every view reads in Spanish: map, role panel, list, routes with a route card and the salary chart, plans, data', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    const seen: Record<string, string[]> = {};

    await page.goto('/?lang=es');
    await waitForGraph(page);
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('es', 'app_title'));
    seen['map'] = englishIn(await chrome(page));

    await page.goto('/?lang=es&role=coder');
    await expect(page.getByRole('heading', { level: 2, name: roleTitle('es', 'coder') })).toBeVisible();
    await expect(page.getByRole('heading', { name: t('es', 'panel_next_moves') })).toBeVisible();
    seen['role panel'] = englishIn(await chrome(page));

    await page.goto('/?lang=es&view=list');
    await expect(page.getByRole('table', { name: t('es', 'list_roles') })).toBeVisible();
    seen['list'] = englishIn(await chrome(page));

    await page.goto('/?lang=es&view=routes&from=coder&to=him_director&cmp=0,1');
    const routes = page.getByRole('list', { name: t('es', 'rp_routes') });
    await expect(routes.getByRole('listitem').first()).toContainText(
      t('es', 'rc_title', { n: 1, roles: roleTitle('es', 'coder') }).replace(/ $/, ''),
    );
    await expect(page.getByRole('heading', { name: t('es', 'cmp_title') })).toBeVisible();
    seen['routes'] = englishIn(await chrome(page));

    await page.goto('/?lang=es&view=routes&from=hit&to=him_manager&ceiling=associate');
    await expect(page.getByText(t('es', 'rp_no_route'))).toBeVisible();
    seen['no route'] = englishIn(await chrome(page));

    await page.goto('/?lang=es&view=routes&from=hit&to=him_manager');
    await routes
      .getByRole('button', { name: t('es', 'rc_make_plan') })
      .first()
      .click();
    const editor = page.getByRole('region', { name: /^Plan: / });
    await editor.getByRole('textbox', { name: t('es', 'ps_label') }).fill('AB');
    await editor.getByRole('button', { name: t('es', 'pe_save'), exact: true }).click();
    await expect(editor.getByRole('status')).toHaveText(t('es', 'pe_saved'));
    await expect(page.getByRole('heading', { name: t('es', 'pl_title') })).toBeVisible();
    seen['plans'] = englishIn(await chrome(page));

    await page.goto('/?lang=es&view=data');
    await expect(page.getByRole('heading', { name: t('es', 'dp_title') })).toBeVisible();
    seen['data'] = englishIn(await chrome(page));

    expect(seen).toEqual({ map: [], 'role panel': [], list: [], routes: [], 'no route': [], plans: [], data: [] });
  });

  test('the printed handout is in the plan’s language, even when the screen is in English', async ({ page }) => {
    await page.goto('/?lang=es&view=routes&from=hit&to=him_manager');
    await page
      .getByRole('list', { name: t('es', 'rp_routes') })
      .getByRole('button', { name: t('es', 'rc_make_plan') })
      .first()
      .click();
    const editor = page.getByRole('region', { name: /^Plan: / });
    await editor.getByRole('button', { name: t('es', 'pe_save'), exact: true }).click();
    await expect(editor.getByRole('status')).toHaveText(t('es', 'pe_saved'));
    // Switch the screen to English: the plan keeps its language for the handout.
    await page.getByRole('combobox', { name: t('es', 'lang_switch_label'), exact: true }).selectOption('en');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page).toHaveURL(/[?&]lang=en/);
    await page.emulateMedia({ media: 'print' });
    const handout = page.locator('.plan-handout');
    await expect(handout).toBeVisible();
    await expect(handout).toHaveAttribute('lang', 'es');
    await expect(handout.getByRole('heading', { level: 1 })).toHaveText(new RegExp(`^${t('es', 'ho_title')}`));
    await expect(handout).toContainText(t('es', 'ho_credentials'));
    await expect(handout).not.toContainText('Expected salary');
    await expect(handout).not.toContainText('Route to');
  });

  test('the language switch: keyboard, address (back/forward), <html lang>, and a 375 px phone', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto('/?view=list');
    await expect(page.getByRole('table', { name: t('en', 'list_roles') })).toBeVisible();
    const select = page.getByRole('combobox', { name: t('en', 'lang_switch_label'), exact: true });
    await expect(select).toBeInViewport();
    await select.focus();
    await page.keyboard.press('ArrowDown');
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await expect(page).toHaveURL(/[?&]lang=es/);
    await expect(page.getByRole('table', { name: t('es', 'list_roles') })).toBeVisible();
    await expect(page.getByRole('button', { name: t('es', 'nav_routes'), exact: true })).toBeVisible();
    // Nothing sticks out of the phone's screen in Spanish (longer words).
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await page.goBack();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('table', { name: t('en', 'list_roles') })).toBeVisible();
  });
});
