/**
 * The route planner's searches as plain queries (what crosses to the worker) and the client
 * that runs them: the same answers as the route functions, each dataset sent to the worker
 * once, answers to superseded queries dropped, and the page doing the work when no worker runs.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { builtinDataset } from '../../src/data/builtin';
import { createModel, roleTitle } from '../../src/graph/model';
import {
  answerQuery,
  plannerReceiver,
  salaryOfModel,
  type PlannerAnswer,
  type PlannerQuery,
  type PlannerReply,
  type PlannerRequest,
  type QueryOptions,
} from '../../src/graph/planner-query';
import { explainNoRoute, kBestRoutes, paretoRoutes, reachableWithin } from '../../src/graph/routes';
import { PlannerSearch } from '../../src/state/planner-search';
import { bigDataset } from '../fixtures/big-dataset';

const model = createModel(builtinDataset);
const options: QueryOptions = {
  heldCredentials: [],
  education: 'high_school',
  heldPrograms: [],
  study: 'part_time',
  includeImplausible: false,
  educationCeiling: 'doctorate',
  avoid: [],
  objective: 'years',
};
const routesQuery = (to: string, more: Partial<QueryOptions> = {}): Extract<PlannerQuery, { kind: 'routes' }> => ({
  kind: 'routes',
  from: 'hit',
  to,
  k: 5,
  options: { ...options, ...more },
  locale: 'en',
});

describe('answerQuery', () => {
  it('gives the k best routes and the trade-offs the route functions give', () => {
    const a = answerQuery(model, routesQuery('him_manager'));
    const salaryOf = salaryOfModel(model);
    expect(a.routes).toEqual(kBestRoutes(model.graph, 'hit', 'him_manager', { ...options, salaryOf, k: 5 }));
    expect(a.tradeOffs).toEqual(paretoRoutes(model.graph, 'hit', 'him_manager', { ...options, salaryOf }));
    expect(a.routes.length).toBeGreaterThan(0);
    expect(a.noRoute).toBeNull();
  });

  it('says why when nothing fits, in the language asked for', () => {
    const q = routesQuery('him_manager', { educationCeiling: 'associate' });
    const es = answerQuery(model, { ...q, locale: 'es' });
    expect(es.routes).toEqual([]);
    expect(es.noRoute).toEqual(
      explainNoRoute(model.graph, 'hit', 'him_manager', q.options, {
        locale: 'es',
        title: (id) => roleTitle(model, id, 'es'),
      }),
    );
    expect(es.noRoute!.message).not.toEqual(answerQuery(model, q).noRoute!.message);
  });

  it('with routes that skip usual requirements allowed, still lists the best usual route beside them', () => {
    // From the clerk every usual route has a skippable step, so the skipping routes alone filled the list.
    const from = 'hi_clerk';
    for (const to of ['coder', 'coding_manager', 'him_supervisor']) {
      const usual = answerQuery(model, { ...routesQuery(to), from }).routes;
      const both = answerQuery(model, { ...routesQuery(to, { relaxTypical: true }), from }).routes;
      expect(both.length, to).toBe(5);
      expect(
        both.map((r) => r.roles.join('→')),
        to,
      ).toContain(usual[0]!.roles.join('→'));
      const years = both.map((r) => r.totalYears.typical);
      expect(years, to).toEqual([...years].sort((a, b) => a - b));
      // A skipping route through the same jobs as a usual one is there only if it saves time or a step.
      for (const r of both.filter((x) => x.relaxed)) {
        const same = usual.find((u) => u.roles.join('→') === r.roles.join('→'));
        if (same) expect(r.steps < same.steps || r.totalYears.typical < same.totalYears.typical, to).toBe(true);
      }
    }
  });

  it('lists what is reachable from a start', () => {
    const a = answerQuery(model, { kind: 'reachable', from: 'hit', years: 5, options });
    expect(a.reachable).toEqual(reachableWithin(model.graph, 'hit', 5, { ...options, salaryOf: salaryOfModel(model) }));
    expect(a.reachable.length).toBeGreaterThan(0);
  });
});

describe('plannerReceiver', () => {
  it('answers a warm-up for nobody, and the next query from the same dataset', () => {
    const receive = plannerReceiver();
    expect(receive({ shell: builtinDataset })).toBeNull();
    expect(receive({ warm: { kind: 'reachable', from: 'hit', years: 5, options } })).toBeNull();
    expect(receive({ query: routesQuery('him_manager') })).toEqual({
      answer: answerQuery(model, routesQuery('him_manager')),
    });
  });

  it('a dataset that cannot be searched says so to the first query, not to the warm-up', () => {
    const receive = plannerReceiver();
    expect(receive({ warm: routesQuery('coder') })).toBeNull();
    expect(receive({ query: routesQuery('coder') })).toEqual({ error: 'Error: no dataset sent' });
  });
});

/** A worker running the planner worker's receiver, each reply after `release()` when held. */
function fakeWorker() {
  const log: PlannerRequest[] = [];
  const held: (() => void)[] = [];
  let hold = false;
  const receive = plannerReceiver();
  const worker = {
    onmessage: null as ((e: { data: PlannerReply }) => void) | null,
    onerror: null,
    onmessageerror: null,
    postMessage(request: PlannerRequest) {
      const copy = structuredClone(request);
      log.push(copy);
      const answer = () => {
        const reply = receive(copy);
        if (reply) worker.onmessage?.({ data: reply });
      };
      if (hold && 'query' in copy) held.push(answer);
      else answer();
    },
    terminate() {},
  };
  return {
    create: () => worker as unknown as Worker,
    log,
    queries: () => log.flatMap((r) => ('query' in r ? [(r.query as { to: string }).to] : [])),
    hold: () => (hold = true),
    release: () => held.splice(0).forEach((f) => f()),
  };
}

describe('PlannerSearch', () => {
  // Node has no Worker; the fake stands in for the one the client would start.
  beforeEach(() => vi.stubGlobal('Worker', class {}));
  afterEach(() => vi.unstubAllGlobals());

  it('sends each dataset once, long lists in parts, and answers from the worker', { timeout: 60_000 }, async () => {
    const w = fakeWorker();
    const search = new PlannerSearch(w.create);
    const first = await search.ask(model, routesQuery('him_manager'));
    const second = await search.ask(model, routesQuery('coder'));
    expect(first).toEqual(answerQuery(model, routesQuery('him_manager')));
    expect(second).toEqual(answerQuery(model, routesQuery('coder')));
    const kinds = () => w.log.map((r) => Object.keys(r)[0]);
    expect(kinds()).toEqual(['shell', 'query', 'query']);
    // 5,000 roles and 50,000 moves: no message carries more than a part of either list.
    const big = createModel(bigDataset());
    await search.ask(big, { kind: 'reachable', from: 'role_0000', years: 1, options });
    const parts = w.log.flatMap((r) => ('part' in r ? [r.part] : []));
    expect(parts.filter((p) => p.key === 'transitions').reduce((n, p) => n + p.items.length, 0)).toBe(50_000);
    expect(Math.max(...parts.map((p) => p.items.length))).toBeLessThanOrEqual(2000);
    expect(kinds().slice(3, 4)).toEqual(['shell']);
    expect(kinds().at(-1)).toEqual('query');
  });

  it('drops the answer to a query superseded while it ran, and skips the ones that never ran', async () => {
    const w = fakeWorker();
    w.hold();
    const search = new PlannerSearch(w.create);
    const answers: (PlannerAnswer | null)[] = [];
    const asked = ['him_manager', 'coder', 'cdi_specialist'].map((to) =>
      search.ask(model, routesQuery(to)).then((a) => answers.push(a)),
    );
    await new Promise((r) => setTimeout(r, 0));
    // Only the first is in the worker; the second was replaced by the third while waiting.
    expect(w.queries()).toEqual(['him_manager']);
    w.release();
    await asked[0];
    expect(w.queries()).toEqual(['him_manager', 'cdi_specialist']);
    w.release();
    await Promise.all(asked);
    expect(answers.slice(0, 2)).toEqual([null, null]);
    expect(answers[2]).toEqual(answerQuery(model, routesQuery('cdi_specialist')));
  });

  it('prepares the worker before the first question: the dataset and a warm-up, then only queries', async () => {
    const w = fakeWorker();
    const search = new PlannerSearch(w.create);
    const warm: PlannerQuery = { kind: 'reachable', from: 'hi_clerk', years: 5, options };
    search.prepare(model, warm);
    await vi.waitFor(() => expect(w.log.map((r) => Object.keys(r)[0])).toEqual(['shell', 'warm']));
    // Prepared once per dataset; a question then sends only itself, and is answered from the worker.
    search.prepare(model, warm);
    expect(await search.ask(model, routesQuery('him_manager'))).toEqual(answerQuery(model, routesQuery('him_manager')));
    expect(w.log.map((r) => Object.keys(r)[0])).toEqual(['shell', 'warm', 'query']);
  });

  it('a question asked while the worker is being prepared waits for it, and gets its own answer', async () => {
    const w = fakeWorker();
    const search = new PlannerSearch(w.create);
    search.prepare(model, { kind: 'reachable', from: 'hi_clerk', years: 5, options });
    const answer = await search.ask(model, routesQuery('coder'));
    expect(answer).toEqual(answerQuery(model, routesQuery('coder')));
    expect(w.log.map((r) => Object.keys(r)[0])).toEqual(['shell', 'warm', 'query']);
  });

  it('searches in the page when no worker can start', async () => {
    const search = new PlannerSearch(() => {
      throw new Error('worker-src blocked');
    });
    expect(await search.ask(model, routesQuery('him_manager'))).toEqual(answerQuery(model, routesQuery('him_manager')));
  });
});
