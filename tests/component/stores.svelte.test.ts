/**
 * The reactive stores on their own (no component): AppState holds the URL as the source of
 * truth, RoutePlanner derives routes from it, PlanSession holds the open plan.
 */
import { flushSync } from 'svelte';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { builtinDataset } from '../../src/data/builtin';
import { createModel } from '../../src/graph/model';
import { NO_JOB } from '../../src/graph/routes';
import { AppState } from '../../src/state/app-state.svelte';
import { PlanSession } from '../../src/state/plan-session.svelte';
import { RoutePlanner } from '../../src/state/route-planner.svelte';

const model = createModel(builtinDataset);

describe('AppState', () => {
  beforeEach(() => history.replaceState(null, '', '/'));

  it('reads its state from the URL, records changes in history, and follows back/forward', () => {
    const app = new AppState(model, '?view=list&role=coder');
    expect([app.url.view, app.selectedRole?.id]).toEqual(['list', 'coder']);
    app.update({ role: 'registrar' });
    expect(location.search).toBe('?view=list&role=registrar');
    app.update({ view: 'map' }, 'replace');
    expect(history.length).toBeGreaterThan(0);
    app.syncFromLocation('?role=hit');
    expect([app.url.view, app.selectedRole?.id]).toEqual(['map', 'hit']);
  });

  it('reads a link made before the CTR was renamed ODS as the ODS', () => {
    const app = new AppState(model, '?cred=ctr&held=ctr,rhit');
    expect([app.url.credential, app.url.held]).toEqual(['ods', ['ods', 'rhit']]);
    app.syncFromLocation('?cred=ctr');
    expect(app.url.credential).toBe('ods');
  });

  it('flags a role id the data does not have, and filters the visible roles', () => {
    const app = new AppState(model, '?role=ghost&tracks=registry');
    expect(app.unknownRoleId).toBe('ghost');
    expect([...app.visible!].sort()).toEqual(['registrar', 'registry_manager']);
    expect(app.visibleCount).toBe(2);
  });

  it('a new dataset clears ids that mean nothing in it', () => {
    const app = new AppState(model, '?role=coder&from=hit&to=him_manager&held=rhit');
    app.replaceModel(model, false);
    expect([app.url.role, app.url.from, app.url.to, app.url.held, app.isBuiltin]).toEqual([
      null,
      null,
      null,
      [],
      false,
    ]);
  });

  it('loads the search once per dataset; a new dataset’s search is ready before the first keystroke', async () => {
    const app = new AppState(model);
    expect(app.titleSearch).toBeNull(); // not part of the first screen
    app.prepareSearch();
    await vi.waitFor(() => expect(app.titleSearch).not.toBeNull());
    const first = app.titleSearch;
    app.prepareSearch();
    expect(app.titleSearch).toBe(first);
    const imported = createModel({
      ...builtinDataset,
      roles: builtinDataset.roles.map((r) => (r.id === 'coder' ? { ...r, title: 'Clinical Coding Wizard' } : r)),
    });
    app.replaceModel(imported, false);
    expect(app.titleSearch).toBeNull(); // the old dataset's answers are gone at once
    await vi.waitFor(() => expect(app.titleSearch?.search('coding wizard')[0]?.roleId).toBe('coder')); // built when idle
  });
});

describe('RoutePlanner', () => {
  it('derives routes, trade-offs and the map highlight from the URL; no route gives a reason', () => {
    const app = new AppState(model, '?view=routes&from=hit&to=him_manager');
    const planner = new RoutePlanner(app);
    expect(planner.routes.length).toBe(5);
    expect(planner.selected).toBe(planner.routes[0]);
    expect(planner.highlight?.nodes.has('him_manager')).toBe(true);
    app.update({ ceiling: 'associate' }, 'replace');
    flushSync();
    expect(planner.routes).toEqual([]);
    expect(planner.noRoute?.reasons).toEqual(['education']);
  });

  it('takes "No job yet" as a start, and the study setting changes the clock', () => {
    const app = new AppState(model, `?view=routes&from=${NO_JOB}&to=him_manager`);
    const planner = new RoutePlanner(app);
    const partTime = planner.routes[0]!.totalYears.typical;
    app.update({ study: 'full_time' }, 'replace');
    flushSync();
    expect(planner.routes[0]!.roles[0]).toBe(NO_JOB);
    expect(planner.routes[0]!.totalYears.typical).not.toBe(partTime);
  });

  it('with only a start, lists what is reachable within the years allowed', () => {
    const app = new AppState(model, '?view=routes&from=coder&max=3');
    const planner = new RoutePlanner(app);
    expect(planner.reachable.length).toBeGreaterThan(0);
    for (const r of planner.reachable) expect(r.route.totalYears.typical).toBeLessThanOrEqual(3);
  });
});

describe('PlanSession', () => {
  it('makes a plan from a route with the planner’s settings, and a student route starts from school', async () => {
    const app = new AppState(model, `?view=routes&from=${NO_JOB}&to=coder&has=high_school&study=full_time`);
    const planner = new RoutePlanner(app);
    const session = new PlanSession();
    const plan = await session.fromRoute(planner.routes[0]!, app.url);
    expect(session.open).toBe(plan);
    expect(session.readonly).toBe(false);
    expect(plan.start).toEqual({ kind: 'education', level: 'high_school' });
    expect(plan.routes[0]!.roles).toEqual(['coder']);
    expect(plan.constraints.study).toBe('full_time');
  });
});
