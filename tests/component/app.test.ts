import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { tick } from 'svelte';
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import App from '../../src/App.svelte';
import data from '../../src/data/careers.json';
import { builtinDataset } from '../../src/data/builtin';
import builtinLayout from 'virtual:builtin-layout';

const builtin = { dataset: builtinDataset, layout: builtinLayout };

const inScope = data.roles.filter((r) => !('outOfScope' in r && r.outOfScope));

// The list, the role panel and the route planner load when first shown. Compiling them here the
// first time can take seconds on a busy machine; load them once up front, so the tests below
// wait only for the app to show them (a microtask), not for the compiler.
beforeAll(async () => {
  await Promise.all([
    import('../../src/views/RoleList.svelte'),
    import('../../src/views/RolePanel.svelte'),
    import('../../src/views/RoutePlannerView.svelte'),
    import('../../src/state/route-planner.svelte'),
  ]);
}, 60_000);

describe('App (first screen)', { timeout: 30_000 }, () => {
  beforeEach(() => history.replaceState(null, '', '/'));

  it('falls back to a message where WebGL is missing, and keeps every role reachable in the list', async () => {
    render(App, { builtin });
    // The map is mounted in the task after the header.
    expect(await screen.findByText(/Graph unavailable: WebGL is not available/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'List' }));
    const table = await screen.findByRole('table', { name: 'Roles' }); // the list's code loads when it is first shown
    expect(within(table).getAllByRole('button', { pressed: false })).toHaveLength(inScope.length);
  });

  it('filters change the visible set and the count', async () => {
    history.replaceState(null, '', '/?view=list');
    render(App, { builtin });
    // The side panel's contents are mounted in the task after the page's.
    await userEvent.click(await screen.findByText('Filters', { selector: 'summary' }));
    await userEvent.click(await screen.findByRole('checkbox', { name: /Cancer registry/ })); // loaded when the filters first open
    const coding = inScope.filter((r) => r.track === 'registry');
    expect(within(screen.getByRole('form', { name: 'Filters' })).getByRole('status')).toHaveTextContent(
      `Showing ${coding.length} of ${inScope.length} roles`,
    );
    const table = await screen.findByRole('table', { name: 'Roles' }); // the list's code loads when it is first shown
    expect(within(table).getAllByRole('row')).toHaveLength(coding.length + 1);
    expect(location.search).toContain('tracks=registry');
  });

  it('selecting a role opens its panel and puts it in the URL', async () => {
    history.replaceState(null, '', '/?view=list');
    render(App, { builtin });
    await userEvent.click(await screen.findByRole('button', { name: 'Medical Coder' }));
    // The panel's code loads when it is first opened (Lazy): give a loaded machine time to compile it.
    expect(await screen.findByRole('region', { name: 'Medical Coder' }, { timeout: 5000 })).toBeInTheDocument();
    expect(location.search).toContain('role=coder');
  });

  it('explains an unknown role in a link instead of showing a blank page', () => {
    history.replaceState(null, '', '/?role=no_such_role');
    render(App, { builtin });
    expect(screen.getByRole('alert')).toHaveTextContent('no_such_role');
  });

  it('the list moves focus between roles with the arrow keys', async () => {
    history.replaceState(null, '', '/?view=list');
    render(App, { builtin });
    const buttons = within(await screen.findByRole('table', { name: 'Roles' })).getAllByRole('button', {
      pressed: false,
    });
    buttons[0]!.focus();
    await userEvent.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(buttons[1]);
    await userEvent.keyboard('{ArrowUp}');
    expect(document.activeElement).toBe(buttons[0]);
  });
});

describe('Route planner fields follow the URL', { timeout: 30_000 }, () => {
  beforeEach(() => history.replaceState(null, '', '/'));

  it('after back and forward, From and To name the roles the routes start and end at', async () => {
    history.replaceState(null, '', '/?view=routes&from=coder&to=him_manager');
    render(App, { builtin });
    const from = await screen.findByRole('combobox', { name: 'From' }, { timeout: 10_000 }); // the planner's code loads on demand
    expect(from).toHaveValue('Medical Coder');
    // A half-typed draft does not survive a change of the URL under it.
    await userEvent.clear(from);
    await userEvent.type(from, 'regist');
    history.pushState(null, '', '/?view=routes&from=registrar&to=him_manager');
    window.dispatchEvent(new PopStateEvent('popstate'));
    await tick();
    expect(from).toHaveValue('Cancer / Tumor Registrar');
    history.pushState(null, '', '/?view=routes&from=_no_job&to=coder');
    window.dispatchEvent(new PopStateEvent('popstate'));
    await tick();
    expect((from as HTMLInputElement).value).toMatch(/^No job yet/);
    expect(screen.getByRole('combobox', { name: 'To' })).toHaveValue('Medical Coder');
  });
});
