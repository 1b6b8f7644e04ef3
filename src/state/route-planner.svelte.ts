/**
 * Route planner state, derived from the URL (from, to, objective, constraints): the k best
 * routes, the years-vs-credentials trade-offs, and a plain-words reason when nothing fits.
 * Toggling a held credential or the ceiling changes the URL, and everything here follows.
 */
import { NO_JOB, kBestRoutes, paretoRoutes, explainNoRoute, reachableWithin, type Route, type NoRouteExplanation, type ReachableRole } from '../graph/routes';
import { heldPrograms } from '../graph/education-background';
import { roleTitle } from '../graph/model';
import { constantDollarSalaryOf } from '../graph/salary/role-salary';
import type { AppState } from './app-state.svelte';

export const ROUTE_COUNT = 5;
/** With a start and no destination, show what is reachable within this many years (or the max-years constraint). */
export const REACH_YEARS = 5;

export class RoutePlanner {
  #app: AppState;

  constructor(app: AppState) {
    this.#app = app;
  }

  /** From and to, when both name roles on the map. */
  ends: { from: string; to: string } | null = $derived.by(() => {
    const { from, to } = this.#app.url;
    const g = this.#app.model.graph;
    return from && to && this.startsOnMap(from) && g.hasNode(to) ? { from, to } : null;
  });

  /** A role on the map, or "No job yet" when the data says how to get a first job. */
  startsOnMap(from: string): boolean {
    return from === NO_JOB ? !!this.#app.model.graph.getAttribute('entries')?.length : this.#app.model.graph.hasNode(from);
  }

  /** Per dataset, not per URL change: its cache of constant-dollar salaries stays warm. */
  salaryOf = $derived.by(() => constantDollarSalaryOf(this.#app.model));

  options = $derived.by(() => {
    const u = this.#app.url;
    const credentials = this.#app.model.credentials;
    return {
      heldCredentials: u.held.filter((c) => credentials.has(c)),
      education: u.education ?? 'high_school',
      heldPrograms: heldPrograms(u.education, u.educationHim),
      study: u.study,
      includeImplausible: u.implausible,
      educationCeiling: u.ceiling ?? 'doctorate',
      ...(u.maxYears !== null ? { maxYears: u.maxYears } : {}),
      avoid: [] as string[],
      objective: u.objective,
      salaryOf: this.salaryOf,
    };
  });

  routes: Route[] = $derived.by(() => (this.ends ? kBestRoutes(this.#app.model.graph, this.ends.from, this.ends.to, { ...this.options, k: ROUTE_COUNT }) : []));
  tradeOffs: Route[] = $derived.by(() => (this.ends ? paretoRoutes(this.#app.model.graph, this.ends.from, this.ends.to, this.options) : []));
  noRoute: NoRouteExplanation | null = $derived.by(() =>
    this.ends && this.routes.length === 0 ? explainNoRoute(this.#app.model.graph, this.ends.from, this.ends.to, this.options, { title: (id) => roleTitle(this.#app.model, id) }) : null,
  );
  /** With only a start: every role reachable in the time allowed, each with its fastest route. */
  reachable: ReachableRole[] = $derived.by(() => {
    const { from, to, maxYears } = this.#app.url;
    if (!from || to || !this.startsOnMap(from)) return [];
    return reachableWithin(this.#app.model.graph, from, maxYears ?? REACH_YEARS, this.options);
  });
  selected: Route | null = $derived.by(() => this.routes[this.#app.url.routeIndex] ?? this.routes[0] ?? null);

  /** The selected route as sets for the map's reducers (read-only: a new pair per route). */
  highlight = $derived.by(() =>
    // eslint-disable-next-line svelte/prefer-svelte-reactivity -- never mutated; reducers only call has().
    this.#app.url.view === 'routes' && this.selected ? { nodes: new Set(this.selected.roles), edges: new Set(this.selected.moves.map((m) => m.edge)) } : null,
  );
}
