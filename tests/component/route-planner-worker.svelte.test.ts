/**
 * Where a browser can start a worker, the route planner searches the built-in map there too (a
 * first question took up to 1.6 s of the page's thread): the worker gets the dataset while the
 * Routes view sits idle, the planner says it is searching until the worker's answer for the
 * current From and To arrives, and a shared link that opens on a route shows that route. A
 * worker that cannot start leaves the search to the page, with the same answer.
 */
import { flushSync } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { builtinDataset } from '../../src/data/builtin';
import { createModel } from '../../src/graph/model';
import { answerQuery, plannerReceiver, type PlannerRequest } from '../../src/graph/planner-query';
import { AppState } from '../../src/state/app-state.svelte';
import { ROUTE_COUNT, RoutePlanner } from '../../src/state/route-planner.svelte';

const model = createModel(builtinDataset);

/** A stand-in for the planner worker: the same receiver, each reply in a later task, as across threads. */
function stubWorker(): PlannerRequest[] {
  const log: PlannerRequest[] = [];
  vi.stubGlobal(
    'Worker',
    class {
      onmessage: ((e: { data: unknown }) => void) | null = null;
      #receive = plannerReceiver();
      postMessage(request: PlannerRequest) {
        const copy = structuredClone(request);
        log.push(copy);
        setTimeout(() => {
          const reply = this.#receive(copy);
          if (reply) this.onmessage?.({ data: reply });
        }, 0);
      }
      terminate() {}
    },
  );
  return log;
}

const kinds = (log: PlannerRequest[]) => log.map((r) => Object.keys(r)[0]);
/** The routes the page itself would find, by their jobs. */
const expected = (planner: RoutePlanner, from: string, to: string) => {
  const { salaryOf: _, ...options } = planner.options;
  const query = { kind: 'routes' as const, from, to, k: ROUTE_COUNT, options, locale: 'en' as const };
  return answerQuery(model, query).routes.map((r) => r.roles);
};

describe('RoutePlanner on the built-in map, with a worker', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('sends the dataset once the Routes view is idle, then is pending until the worker answers', async () => {
    const log = stubWorker();
    const app = new AppState(model, '?view=routes');
    const planner = new RoutePlanner(app);
    flushSync();
    // Before any question: the dataset and a warm-up, so the first route waits for neither.
    await vi.waitFor(() => expect(kinds(log)).toEqual(['shell', 'warm']));

    app.update({ from: 'hit', to: 'him_manager' });
    flushSync();
    expect(planner.pending).toBe(true);
    expect(planner.routes).toEqual([]);
    await vi.waitFor(() => expect(planner.pending).toBe(false));
    expect(planner.routes.map((r) => r.roles)).toEqual(expected(planner, 'hit', 'him_manager'));
    expect(planner.routes.length).toBeGreaterThan(0);
    expect(kinds(log)).toEqual(['shell', 'warm', 'query']);
    planner.destroy();
  });

  it('a shared link that opens on a route shows that route, from the worker', async () => {
    const log = stubWorker();
    const app = new AppState(model, '?view=routes&from=coder&to=coding_manager');
    const planner = new RoutePlanner(app);
    flushSync();
    expect(planner.pending).toBe(true);
    await vi.waitFor(() => expect(planner.pending).toBe(false));
    expect(planner.routes.map((r) => r.roles)).toEqual(expected(planner, 'coder', 'coding_manager'));
    expect(planner.routes.length).toBeGreaterThan(0);
    // The question came first: the dataset went with it, and no warm-up was needed.
    await new Promise((r) => setTimeout(r, 20));
    expect(kinds(log)).toEqual(['shell', 'query']);
    planner.destroy();
  });

  it('searches in the page when the worker cannot start, with the same routes', async () => {
    vi.stubGlobal(
      'Worker',
      class {
        constructor() {
          throw new Error('worker-src blocked');
        }
      },
    );
    const app = new AppState(model, '?view=routes&from=hit&to=him_manager');
    const planner = new RoutePlanner(app);
    flushSync();
    await vi.waitFor(() => expect(planner.pending).toBe(false));
    expect(planner.routes.map((r) => r.roles)).toEqual(expected(planner, 'hit', 'him_manager'));
    planner.destroy();
  });
});
