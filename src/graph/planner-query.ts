/**
 * What the route planner asks of a model, as plain data that can cross to a Web Worker, and
 * the one function that answers it (in the worker wherever one runs, in the page otherwise).
 */
import { addPart, type DatasetPart } from '../data/dataset-parts';
import type { Dataset } from '../data/schema';
import type { Locale } from '../i18n/locale';
import { createModel, roleTitle, type CareerModel } from './model';
import {
  EPS,
  compareRoutes,
  explainNoRoute,
  kBestRoutes,
  paretoRoutes,
  reachableWithin,
  type NoRouteExplanation,
  type Objective,
  type ReachableRole,
  type Route,
  type RouteOptions,
} from './routes';
import { constantDollarSalaryOf } from './salary/role-salary';
import { runAll } from '../lib/slices';

/** Route options without the salary function (each side derives it from its own model). */
export type QueryOptions = Omit<RouteOptions, 'salaryOf'>;

export type PlannerQuery =
  | { kind: 'routes'; from: string; to: string; k: number; options: QueryOptions; locale: Locale }
  | { kind: 'reachable'; from: string; years: number; options: QueryOptions };

export interface PlannerAnswer {
  /** The k best routes, the years-vs-steps front, and why nothing fits when no route does. */
  routes: Route[];
  tradeOffs: Route[];
  noRoute: NoRouteExplanation | null;
  /** With only a start: every role reachable in the time allowed. */
  reachable: ReachableRole[];
  /**
   * When no route fits and the user has not allowed routes that skip a usual requirement: the
   * fastest such route, if one fits, so the planner can offer the switch (null otherwise).
   */
  relaxed: Route | null;
}

const SALARY_OF = new WeakMap<CareerModel, (roleId: string) => number | undefined>();

/** Per dataset, not per query: its cache of constant-dollar salaries stays warm. */
export function salaryOfModel(model: CareerModel): (roleId: string) => number | undefined {
  let salaryOf = SALARY_OF.get(model);
  if (!salaryOf) SALARY_OF.set(model, (salaryOf = constantDollarSalaryOf(model)));
  return salaryOf;
}

export function answerQuery(model: CareerModel, query: PlannerQuery): PlannerAnswer {
  return runAll(answerSteps(model, query));
}

/**
 * The switch shows routes that skip a usual requirement *as well*: they are faster, so alone they
 * would push every usual route off the list. The best usual route always stays (last if it must);
 * the rest are the best of both, in the objective's order. A skipping route through the same jobs
 * as a usual one is listed only when skipping saves time or a step (a degree, a credential).
 */
export function usualAndRelaxed(usual: Route[], relaxed: Route[], k: number, objective: Objective): Route[] {
  const order = compareRoutes(objective);
  const sameJobs = new Map(usual.map((r) => [r.roles.join('\n'), r]));
  const saves = (r: Route) => {
    const same = sameJobs.get(r.roles.join('\n'));
    return r.relaxed && (!same || r.steps < same.steps || r.totalYears.typical < same.totalYears.typical - EPS);
  };
  const all = [...usual, ...relaxed.filter(saves)].sort(order).slice(0, k);
  const best = usual[0];
  if (!best || all.includes(best)) return all;
  return [...all.slice(0, k - 1), best].sort(order);
}

/** answerQuery with a pause (yield) between its searches: the page's fallback runs them in separate tasks. */
export function* answerSteps(model: CareerModel, query: PlannerQuery): Generator<void, PlannerAnswer, void> {
  const options = { ...query.options, salaryOf: salaryOfModel(model) };
  const g = model.graph;
  if (query.kind === 'reachable')
    return {
      routes: [],
      tradeOffs: [],
      noRoute: null,
      reachable: reachableWithin(g, query.from, query.years, options),
      relaxed: null,
    };
  const routes = options.relaxTypical
    ? usualAndRelaxed(
        kBestRoutes(g, query.from, query.to, { ...options, relaxTypical: false, k: query.k }),
        kBestRoutes(g, query.from, query.to, { ...options, k: query.k }),
        query.k,
        options.objective,
      )
    : kBestRoutes(g, query.from, query.to, { ...options, k: query.k });
  yield;
  const tradeOffs = paretoRoutes(g, query.from, query.to, options);
  if (routes.length) return { routes, tradeOffs, noRoute: null, reachable: [], relaxed: null };
  yield;
  const { locale } = query;
  const noRoute = explainNoRoute(g, query.from, query.to, options, {
    locale,
    title: (id) => roleTitle(model, id, locale),
  });
  yield;
  const relaxed = options.relaxTypical
    ? null
    : (kBestRoutes(g, query.from, query.to, { ...options, relaxTypical: true, k: 1 })[0] ?? null);
  return { routes, tradeOffs, noRoute, reachable: [], relaxed };
}

/**
 * What crosses to the planner's worker:
 *   { shell } then { part } …  a new dataset, in parts (../data/dataset-parts.ts)
 *   { warm }                   a query answered for nobody, before anyone asks: the worker builds
 *                              the model and compiles the search code then, not on the first route
 *   { query }                  answered from the last dataset, with { answer } or { error }
 */
export type PlannerRequest =
  { shell: Dataset } | { part: DatasetPart } | { warm: PlannerQuery } | { query: PlannerQuery };
export type PlannerReply = { answer: PlannerAnswer } | { error: string };

/** The worker's side: keeps the last dataset sent and its model; a reply for each query, null otherwise. */
export function plannerReceiver(): (request: PlannerRequest) => PlannerReply | null {
  let model: CareerModel | null = null;
  /** A dataset still arriving in parts. */
  let incoming: Dataset | null = null;
  const answer = (query: PlannerQuery) => {
    if (incoming) model = createModel(incoming);
    incoming = null;
    if (!model) throw new Error('no dataset sent');
    return answerQuery(model, query);
  };
  return (request) => {
    if ('shell' in request) {
      incoming = request.shell;
      model = null;
      return null;
    }
    if ('part' in request) {
      if (incoming) addPart(incoming, request.part);
      return null;
    }
    if ('warm' in request) {
      try {
        answer(request.warm);
      } catch {
        // Nobody waits for a warm-up: a dataset that cannot be searched says so to the first query.
      }
      return null;
    }
    try {
      return { answer: answer(request.query) };
    } catch (error) {
      return { error: String(error).slice(0, 500) };
    }
  };
}
