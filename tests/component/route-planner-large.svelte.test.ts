/**
 * On a large dataset the route planner searches away from the page's task (a worker in the
 * browser; here, with no Worker, the page after a pause): it says it is searching, then shows
 * the answer for the From and To chosen last — never one for a To the user already left.
 */
import { flushSync } from 'svelte';
import { describe, expect, it, vi } from 'vitest';
import { createModel } from '../../src/graph/model';
import { kBestRoutes, reachableWithin } from '../../src/graph/routes';
import { AppState } from '../../src/state/app-state.svelte';
import { ROUTE_COUNT, RoutePlanner } from '../../src/state/route-planner.svelte';
import { bigDataset } from '../fixtures/big-dataset';

const model = createModel(bigDataset(1200, 6000));

describe('RoutePlanner on a large dataset', () => {
  it(
    'is pending until the answer for the current query arrives, and drops superseded answers',
    { timeout: 60_000 },
    async () => {
      const targets = reachableWithin(model.graph, 'role_0000', 30)
        .map((r) => r.role)
        .slice(-3);
      expect(targets).toHaveLength(3);
      const app = new AppState(model, `?view=routes&from=role_0000&to=${targets[0]}`);
      const planner = new RoutePlanner(app);
      const seen: string[] = [];
      const stop = $effect.root(() => {
        $effect(() => {
          for (const r of planner.routes) seen.push(r.roles.at(-1)!);
        });
      });
      flushSync();
      expect(planner.pending).toBe(true);
      expect(planner.routes).toEqual([]);
      await vi.waitFor(() => expect(planner.pending).toBe(false), { timeout: 20_000 });
      expect(planner.routes.length).toBeGreaterThan(0);
      expect(planner.routes[0]!.roles.at(-1)).toBe(targets[0]);

      // The user picks a second To, then a third before the second was answered.
      app.update({ to: targets[1]! });
      flushSync();
      expect(planner.pending).toBe(true);
      app.update({ to: targets[2]! });
      flushSync();
      await vi.waitFor(() => expect(planner.pending).toBe(false), { timeout: 20_000 });
      flushSync();
      const expected = kBestRoutes(model.graph, 'role_0000', targets[2]!, { ...planner.options, k: ROUTE_COUNT });
      expect(planner.routes.map((r) => r.roles)).toEqual(expected.map((r) => r.roles));
      expect(seen).not.toContain(targets[1]);
      // Changing only which route is shown asks for no new search.
      app.update({ routeIndex: 1 });
      flushSync();
      expect(planner.pending).toBe(false);
      expect(planner.selected).toBe(planner.routes[1]);
      stop();
    },
  );
});
