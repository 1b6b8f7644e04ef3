/**
 * The route planner's controls: changing any constraint shows the first route again and clears the
 * salary comparison, whose indexes pointed into the old list (study, ceiling, years and implausible
 * moves used to keep an old comparison on screen for a new list of routes).
 */
import { fireEvent, render, screen } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import { builtinDataset } from '../../src/data/builtin';
import { createModel } from '../../src/graph/model';
import { AppState } from '../../src/state/app-state.svelte';
import { RoutePlanner } from '../../src/state/route-planner.svelte';
import RoutePlannerView from '../../src/views/RoutePlannerView.svelte';
import { serializeUrlState } from '../../src/state/url-state';
import { useLocale } from '../../src/state/locale-state.svelte';

const model = createModel(builtinDataset);

function setUp() {
  const app = new AppState(model, '?view=routes&from=hi_clerk&to=him_manager&r=1&cmp=0,1');
  const planner = new RoutePlanner(app);
  render(RoutePlannerView, { app, planner });
  flushSync();
  expect(app.url.compare).toEqual([0, 1]);
  return app;
}

describe('RoutePlannerView constraints', { timeout: 30_000 }, () => {
  it.each([
    ['Study', (el: HTMLElement) => fireEvent.change(el, { target: { value: 'full_time' } })],
    [
      'Highest education you will pursue',
      (el: HTMLElement) => fireEvent.change(el, { target: { value: 'associate' } }),
    ],
    ['Education you have', (el: HTMLElement) => fireEvent.change(el, { target: { value: 'bachelor' } })],
  ])('changing “%s” shows the first route and clears the comparison', async (label, act) => {
    const app = setUp();
    await act(screen.getByLabelText(new RegExp(label)));
    flushSync();
    expect(app.url.routeIndex).toBe(0);
    expect(app.url.compare).toEqual([]);
  });

  it('the implausible-moves switch and the year limit clear the comparison too', async () => {
    const app = setUp();
    await fireEvent.click(screen.getByRole('checkbox', { name: /implausible/i }));
    flushSync();
    expect(app.url.compare).toEqual([]);
    app.update({ compare: [0, 1], routeIndex: 1 });
    flushSync();
    await fireEvent.change(screen.getByRole('spinbutton'), { target: { value: '9' } });
    flushSync();
    expect(app.url).toMatchObject({ maxYears: 9, routeIndex: 0, compare: [] });
  });

  it('the switch for routes that skip usual requirements is in the URL, and such routes are marked', async () => {
    const app = new AppState(model, '?view=routes&from=coder&to=coding_manager&held=cca&ceiling=associate');
    const planner = new RoutePlanner(app);
    render(RoutePlannerView, { app, planner });
    flushSync();
    const routes = () => screen.getByRole('list', { name: 'Routes' });
    expect(routes()).not.toHaveTextContent('Skips the usual');
    await fireEvent.click(screen.getByRole('checkbox', { name: /skip a usual requirement/ }));
    flushSync();
    expect(app.url.relax).toBe(true);
    expect(serializeUrlState(app.url)).toContain('relax=1');
    expect(routes()).toHaveTextContent(/Skips the usual .*RHIT/);
  });

  it('with a one-year limit, says why no route fits with “1 year”, in both languages', () => {
    const query = '?view=routes&from=hi_clerk&to=him_manager&max=1';
    const app = new AppState(model, query);
    const { unmount } = render(RoutePlannerView, { app, planner: new RoutePlanner(app) });
    flushSync();
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent(/Every route takes more than 1 year \(fastest: [\d.]+ years\)\./);
    expect(status).not.toHaveTextContent(/\b1 years\b/);
    unmount();
    const es = new AppState(model, `${query}&lang=es`);
    useLocale('es');
    render(RoutePlannerView, { app: es, planner: new RoutePlanner(es) });
    flushSync();
    expect(screen.getByRole('status')).toHaveTextContent(
      /Todas las rutas duran más de 1 año \(la más rápida: [\d.]+ años\)\./,
    );
    useLocale('en');
  });

  it('with no route, offers routes that skip a usual requirement when one reaches the goal', async () => {
    const app = new AppState(model, '?view=routes&from=coder&to=coding_manager&held=cca&ceiling=high_school');
    const planner = new RoutePlanner(app);
    render(RoutePlannerView, { app, planner });
    flushSync();
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent(/No route/);
    expect(status).toHaveTextContent(
      /A route that skips a usual requirement reaches it in ≈[\d.]+ years\. Skips the usual/,
    );
    await fireEvent.click(screen.getByRole('button', { name: 'Show routes that skip a usual requirement' }));
    flushSync();
    expect(app.url.relax).toBe(true);
    expect(screen.getByRole('list', { name: 'Routes' })).toHaveTextContent('Fewer requirements than usual');
  });
});
