/**
 * Issue 15: axe (WCAG 2.0–2.2 A/AA, target size included, plus best practice) finds nothing in
 * any state of the app, on a wide screen and on a phone. Each state is reached as a user
 * reaches it; a screenshot of each is kept for a person to look at.
 */
import { mkdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { waitForGraph } from './helpers';
import { LOCALES, re, t, type Locale } from './i18n';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

type State = [name: string, reach: (page: Page, l: Locale) => Promise<void>];

/** The app's address in a language: English as users get it by default, Spanish by ?lang=es. */
const at = (l: Locale, query = '') =>
  l === 'en' ? `/${query ? `?${query}` : ''}` : `/?lang=${l}${query ? `&${query}` : ''}`;

const STATES: State[] = [
  [
    'map',
    async (page, l) => {
      await page.goto(at(l));
      await waitForGraph(page);
    },
  ],
  // The app shows once its data has arrived (a moment after the page's load event): Tab after that.
  [
    'skip links',
    async (page, l) => {
      await page.goto(at(l));
      await waitForGraph(page);
      await page.keyboard.press('Tab');
      await expect(page.getByRole('link', { name: t(l, 'skip_search') })).toBeFocused();
    },
  ],
  [
    'search results',
    async (page, l) => {
      await page.goto(at(l));
      await page.getByRole('combobox', { name: t(l, 'search_label') }).fill('coder');
      await expect(
        page.getByRole('listbox', { name: t(l, 'combo_results', { label: t(l, 'search_label') }) }),
      ).toBeVisible();
    },
  ],
  [
    'filters open',
    async (page, l) => {
      await page.goto(at(l));
      await page.getByText(new RegExp(`^${re(t(l, 'app_filters'))} \\(\\d+`)).click();
      await expect(page.getByRole('form', { name: t(l, 'filters_label') })).toBeVisible();
    },
  ],
  [
    'role panel',
    async (page, l) => {
      await page.goto(at(l, 'role=coder'));
      await expect(page.getByRole('region', { name: t(l, 'app_role_details') })).toBeVisible();
    },
  ],
  [
    'list',
    async (page, l) => {
      await page.goto(at(l, 'view=list'));
      await expect(page.getByRole('table', { name: t(l, 'list_roles') })).toBeVisible();
    },
  ],
  [
    'routes, empty',
    async (page, l) => {
      await page.goto(at(l, 'view=routes'));
      await expect(page.getByRole('combobox', { name: t(l, 'rp_from'), exact: true })).toBeVisible();
    },
  ],
  [
    'routes, results and salary comparison',
    async (page, l) => {
      await page.goto(at(l, 'view=routes&from=coder&to=him_director&cmp=0,1'));
      await page.getByText(t(l, 'rp_constraints')).click();
      await expect(page.getByRole('group', { name: t(l, 'chart_label_other', { n: 2 }) })).toBeVisible();
    },
  ],
  [
    'routes, no route',
    async (page, l) => {
      await page.goto(at(l, 'view=routes&from=hit&to=him_manager&ceiling=associate'));
      await expect(page.getByText(t(l, 'rp_no_route'))).toBeVisible();
    },
  ],
  [
    'routes, reachable',
    async (page, l) => {
      await page.goto(at(l, 'view=routes&from=coder&max=3'));
      await expect(
        page.getByRole('region', {
          name: new RegExp(
            `^${re(
              t(l, 'rp_reach_title', { years: `3 ${t(l, 'unit_years')}`, role: '' })
                .split(' ')
                .slice(0, 3)
                .join(' '),
            )}`,
          ),
        }),
      ).toBeVisible();
    },
  ],
  [
    'plans, new plan',
    async (page, l) => {
      await page.goto(at(l, 'view=routes&from=hit&to=him_manager'));
      await page
        .getByRole('button', { name: t(l, 'rc_make_plan') })
        .first()
        .click();
      await expect(page.getByRole('heading', { level: 2, name: /^Plan: / })).toBeFocused();
    },
  ],
  [
    'plans, deleted with Undo',
    async (page, l) => {
      await page.goto(at(l, 'view=routes&from=hit&to=him_manager'));
      await page
        .getByRole('button', { name: t(l, 'rc_make_plan') })
        .first()
        .click();
      await page.getByRole('button', { name: t(l, 'pe_save'), exact: true }).click();
      await page
        .getByRole('button', { name: new RegExp(`^${re(t(l, 'pl_delete'))} `) })
        .first()
        .click();
      await expect(page.getByRole('button', { name: t(l, 'pl_undo') })).toBeVisible();
    },
  ],
  [
    'data',
    async (page, l) => {
      await page.goto(at(l, 'view=data'));
      await expect(page.getByRole('region', { name: t(l, 'nav_data'), exact: true })).toBeVisible();
    },
  ],
];

// Every state in English at both sizes; in Spanish too (longer words, other names), issue 17.
for (const locale of LOCALES) {
  for (const [width, height] of [
    [1440, 900],
    [375, 812],
  ] as const) {
    test.describe(`axe at ${width} px${locale === 'en' ? '' : ` (${locale})`}`, () => {
      test.use({ viewport: { width, height } });
      for (const [name, reach] of STATES) {
        test(`0 violations: ${name}`, async ({ page }) => {
          await reach(page, locale);
          expect(await violations(page)).toEqual([]);
          mkdirSync('screenshots/a11y', { recursive: true });
          await page.screenshot({
            path: `screenshots/a11y/${name.toLowerCase().replace(/[^a-z]+/g, '-')}-${width}${locale === 'en' ? '' : `-${locale}`}.png`,
          });
        });
      }
    });
  }
}

// High contrast (issue 27): every state again with forced colours, in both languages.
for (const locale of LOCALES)
  test.describe(`axe with forced colours at 1440 px${locale === 'en' ? '' : ` (${locale})`}`, () => {
    test.use({ viewport: { width: 1440, height: 900 }, forcedColors: 'active' });
    for (const [name, reach] of STATES) {
      test(`0 violations: ${name}`, async ({ page }) => {
        await reach(page, locale);
        expect(await violations(page)).toEqual([]);
      });
    }
  });

// Dark scheme and more contrast (issue 27): every state again, colour contrast included, at both sizes.
for (const [width, height] of [
  [1440, 900],
  [375, 812],
] as const)
  test.describe(`axe in the dark scheme at ${width} px`, () => {
    test.use({ viewport: { width, height }, colorScheme: 'dark' });
    for (const [name, reach] of STATES) {
      test(`0 violations: ${name}`, async ({ page }) => {
        await reach(page, 'en');
        expect(await violations(page)).toEqual([]);
      });
    }
  });
for (const colorScheme of ['light', 'dark'] as const)
  test.describe(`axe with more contrast (${colorScheme}) at 1440 px`, () => {
    test.use({ viewport: { width: 1440, height: 900 }, colorScheme, contrast: 'more' });
    for (const [name, reach] of STATES) {
      test(`0 violations: ${name}`, async ({ page }) => {
        await reach(page, 'en');
        expect(await violations(page)).toEqual([]);
      });
    }
  });
