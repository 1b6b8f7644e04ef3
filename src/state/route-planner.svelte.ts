/**
 * Route planner state, derived from the URL (from, to, objective, constraints): the k best
 * routes, the years-vs-credentials trade-offs, and a plain-words reason when nothing fits.
 * Toggling a held credential or the ceiling changes the URL, and everything here follows.
 * Searches run in a worker (planner-search.ts), started and sent the dataset when the page is
 * idle after the Routes view opens; until the answer for the current URL arrives, `pending` is
 * true and the lists are empty (never a stale answer).
 */
import { untrack } from 'svelte';
import { NO_JOB, type Route, type NoRouteExplanation, type ReachableRole } from '../graph/routes';
import { heldPrograms } from '../graph/education-background';
import type { CareerModel } from '../graph/model';
import { localeOr } from '../i18n/numbers';
import { workersExist } from '../lib/worker-link';
import { isLargeMap } from '../map/scale-settings';
import { answerQuery, salaryOfModel, type PlannerAnswer, type PlannerQuery } from '../graph/planner-query';
import { PlannerSearch } from './planner-search';
import { whenIdle, type AppState } from './app-state.svelte';

export const ROUTE_COUNT = 5;
/** With a start and no destination, show what is reachable within this many years (or the max-years constraint). */
export const REACH_YEARS = 5;

export class RoutePlanner {
  #app: AppState;

  #search: PlannerSearch | null = null;
  #stop: () => void;

  constructor(app: AppState) {
    this.#app = app;
    // The planner lives as long as the page (App creates it once, outside any component).
    this.#stop = $effect.root(() => {
      $effect(() => {
        const key = this.#queryKey;
        const model = this.#app.model;
        if (!key || !this.#inWorker) return;
        void this.#searcher.ask(model, JSON.parse(key) as PlannerQuery).then((answer) => {
          if (answer) this.#received = { key, model, answer };
        });
      });
      // Each dataset is sent ahead of the first question, once the page is idle in the Routes view.
      $effect(() => {
        const model = this.#app.model;
        if (!this.#routesShown || !this.#inWorker) return;
        const warm = untrack(() => this.#warmQuery(model));
        if (warm) whenIdle(() => this.#searcher.prepare(model, warm));
      });
    });
  }

  get #searcher(): PlannerSearch {
    return (this.#search ??= new PlannerSearch());
  }

  /** What the worker answers before anyone asks: what is near the map's first role, with the current settings. */
  #warmQuery(model: CareerModel): PlannerQuery | null {
    const first = model.graph.nodes()[0];
    const { salaryOf: _, ...options } = this.options;
    return first === undefined ? null : { kind: 'reachable', from: first, years: REACH_YEARS, options };
  }

  destroy(): void {
    this.#stop();
    this.#search?.terminate();
  }

  /** From and to, when both name roles on the map. */
  ends: { from: string; to: string } | null = $derived.by(() => {
    const { from, to } = this.#app.url;
    const g = this.#app.model.graph;
    return from && to && this.startsOnMap(from) && g.hasNode(to) ? { from, to } : null;
  });

  /** A role on the map, or "No job yet" when the data says how to get a first job. */
  startsOnMap(from: string): boolean {
    return from === NO_JOB
      ? !!this.#app.model.graph.getAttribute('entries')?.length
      : this.#app.model.graph.hasNode(from);
  }

  /** Per dataset, not per URL change: its cache of constant-dollar salaries stays warm. */
  salaryOf = $derived.by(() => salaryOfModel(this.#app.model));

  options = $derived.by(() => {
    const u = this.#app.url;
    const credentials = this.#app.model.credentials;
    return {
      heldCredentials: u.held.filter((c) => credentials.has(c)),
      education: u.education ?? 'high_school',
      heldPrograms: heldPrograms(u.education, u.educationHim),
      study: u.study,
      includeImplausible: u.implausible,
      relaxTypical: u.relax,
      educationCeiling: u.ceiling ?? 'doctorate',
      ...(u.maxYears !== null ? { maxYears: u.maxYears } : {}),
      avoid: [] as string[],
      objective: u.objective,
      salaryOf: this.salaryOf,
    };
  });

  /** What to search for, as a string: it changes only when the search would (not on routeIndex or view). */
  #queryKey: string = $derived.by(() => {
    const { from, to, maxYears } = this.#app.url;
    const { salaryOf: _, ...options } = this.options;
    const query: PlannerQuery | null = this.ends
      ? { kind: 'routes', ...this.ends, k: ROUTE_COUNT, options, locale: localeOr() }
      : from && !to && this.startsOnMap(from)
        ? { kind: 'reachable', from, years: maxYears ?? REACH_YEARS, options }
        : null;
    return query ? JSON.stringify(query) : '';
  });
  /**
   * Every dataset is searched in a worker: on the page's thread a first question takes 0.2–1.6 s
   * even on the built-in map (docs/benchmarks.md). Where no worker exists at all (jsdom), the
   * built-in map is answered here at once and a large one in slices (planner-search.ts).
   */
  #inWorker = $derived.by(() => workersExist() || isLargeMap(this.#app.model.graph.order, this.#app.model.graph.size));
  #routesShown = $derived.by(() => this.#app.url.view === 'routes');
  #received = $state.raw<{ key: string; model: CareerModel; answer: PlannerAnswer } | null>(null);
  #answer: PlannerAnswer | null = $derived.by(() => {
    const key = this.#queryKey;
    const model = this.#app.model;
    if (!key) return null;
    if (!this.#inWorker) return untrack(() => answerQuery(model, JSON.parse(key) as PlannerQuery));
    const r = this.#received;
    return r && r.key === key && r.model === model ? r.answer : null;
  });
  /** True while a worker search for the current From, To and constraints runs. */
  pending = $derived(this.#queryKey !== '' && this.#answer === null);

  routes: Route[] = $derived(this.#answer?.routes ?? []);
  tradeOffs: Route[] = $derived(this.#answer?.tradeOffs ?? []);
  noRoute: NoRouteExplanation | null = $derived(this.#answer?.noRoute ?? null);
  /** With no route: the fastest one that skips a usual requirement, when the switch is off and one fits. */
  relaxedAlternative: Route | null = $derived(this.#answer?.relaxed ?? null);
  /** With only a start: every role reachable in the time allowed, each with its fastest route. */
  reachable: ReachableRole[] = $derived(this.#answer?.reachable ?? []);
  selected: Route | null = $derived.by(() => this.routes[this.#app.url.routeIndex] ?? this.routes[0] ?? null);

  /** The selected route as sets for the map's reducers (read-only: a new pair per route). */
  highlight = $derived.by(() => {
    if (this.#app.url.view !== 'routes' || !this.selected) return null;
    // Never mutated (reducers only call has()), so plain Sets, not SvelteSets.
    // eslint-disable-next-line svelte/prefer-svelte-reactivity
    const nodes = new Set(this.selected.roles);
    // eslint-disable-next-line svelte/prefer-svelte-reactivity
    const edges = new Set(this.selected.moves.map((m) => m.edge));
    return { nodes, edges };
  });
}
