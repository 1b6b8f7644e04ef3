/**
 * Skip links, first on the page: to the search box, to the current view's results and to the
 * map. Each moves the keyboard focus itself, so the next Tab goes on from where the link led.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import SkipLinks from '../../src/views/SkipLinks.svelte';
import type { View } from '../../src/state/url-state';
import { useLocale } from '../../src/state/locale-state.svelte';

/** The parts of the page the links lead to, as the app renders them. */
function page(view: View, parts: string) {
  document.body.innerHTML = '';
  const rest = document.createElement('div');
  rest.innerHTML = `<main id="main">${parts}</main>`;
  const { container } = render(SkipLinks, { view });
  document.body.append(rest);
  return within(container).getByRole('navigation', { name: /Skip links|Enlaces de salto/ });
}
const SEARCH = '<div class="search"><input role="combobox" aria-label="Search job titles" /></div>';
const MAP = '<div class="graph" role="region" aria-label="Career map" tabindex="0"></div>';
const names = (nav: HTMLElement) =>
  within(nav)
    .getAllByRole('link')
    .map((a) => a.textContent);

describe('SkipLinks', () => {
  afterEach(() => useLocale('en'));

  it('offers search, results and map on the route planner; search and map on the map, which has no results', () => {
    expect(names(page('routes', SEARCH + MAP))).toEqual(['Skip to search', 'Skip to results', 'Skip to the map']);
    expect(names(page('map', SEARCH + MAP))).toEqual(['Skip to search', 'Skip to the map']);
    // The plans page has no map.
    expect(names(page('plans', SEARCH))).toEqual(['Skip to search', 'Skip to results']);
  });

  it('moves the focus from the keyboard: Tab to the first link, Enter, and the search box has it', async () => {
    page('map', SEARCH + MAP);
    await userEvent.tab();
    expect(screen.getByRole('link', { name: 'Skip to search' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    expect(screen.getByRole('combobox', { name: 'Search job titles' })).toHaveFocus();
    await userEvent.click(screen.getByRole('link', { name: 'Skip to the map' }));
    expect(screen.getByRole('region', { name: 'Career map' })).toHaveFocus();
  });

  it('leads to the route list when there is one, else to the planner’s heading, made focusable', async () => {
    page('routes', `${SEARCH}<h2 id="planner-title">Plan a route</h2>`);
    await userEvent.click(screen.getByRole('link', { name: 'Skip to results' }));
    const heading = screen.getByRole('heading', { name: 'Plan a route' });
    expect(heading).toHaveFocus();
    expect(heading).toHaveAttribute('tabindex', '-1');
    page(
      'routes',
      `${SEARCH}<h2 id="planner-title">Plan a route</h2><ul id="route-results" tabindex="-1" aria-label="Routes"></ul>`,
    );
    await userEvent.click(screen.getByRole('link', { name: 'Skip to results' }));
    expect(screen.getByRole('list', { name: 'Routes' })).toHaveFocus();
  });

  it('falls back to the link’s own target when the part is not on the page', async () => {
    page('list', MAP);
    const link = screen.getByRole('link', { name: 'Skip to results' });
    // Not prevented: the browser follows href="#main" as it would without the script.
    expect(await fireEvent.click(link)).toBe(true);
    expect(link).toHaveAttribute('href', '#main');
    expect(await fireEvent.click(screen.getByRole('link', { name: 'Skip to the map' }))).toBe(false);
  });

  it('reads in Spanish', () => {
    useLocale('es');
    expect(names(page('data', SEARCH + MAP))).toEqual(['Ir a la búsqueda', 'Ir a los resultados', 'Ir al mapa']);
  });
});
