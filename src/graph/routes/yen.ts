/**
 * kBestRoutes: the k best simple routes from one role to another, by Yen's algorithm with
 * Lawler's refinement (a path only spurs from where it left its parent).
 *
 * Each spur search finds the best completion given the root path's state: for 'years' an A*
 * on roles (years add up); for 'credentials' a label search over (role, credentials earned,
 * education paid) — the cost of a move depends on what the route earned before it, and the
 * labels carry exactly that, so the k best are exact (checked against brute force in
 * tests/unit/routes.property.test.ts). Both searches use the fewest years to the destination as
 * an admissible, consistent A* heuristic, which also prunes routes that cannot fit in maxYears.
 */
import type { CareerGraph } from '../types';
import { EPS, DEFAULT_CONSTRAINTS, assertGraph, assertRole, resolveConstraints } from './constraints';
import { Heap } from './heap';
import { buildRouteIndex, yearsToTarget, type RouteIndex } from './route-index';
import { compareRoutes, computeRoute } from './route-cost';
import { EMPTY_ROOT, labelSearch, unwindLabel, yearsSearch, type Banned, type Label, type RootState } from './search';
import { OBJECTIVES, type Route, type RouteOptions } from './types';

const MODULE = 'graph/routes/k-best-routes';

export interface KBestRoutesOptions extends RouteOptions {
  /** How many routes, at most. */
  k: number;
}

export const DEFAULTS: KBestRoutesOptions = { ...DEFAULT_CONSTRAINTS, objective: 'years', k: 5 };

/** Checks the options shared by the route functions, naming the bad value. */
export function checkRouteOptions(module: string, o: RouteOptions): void {
  if (!(OBJECTIVES as readonly string[]).includes(o.objective)) throw new Error(`${module}: unknown objective '${String(o.objective)}'`);
  if (o.salaryOf !== undefined && typeof o.salaryOf !== 'function') throw new Error(`${module}: salaryOf must be a function`);
  if ((o.objective === 'salary_gain' || o.objective === 'salary_end') && !o.salaryOf) {
    throw new Error(`${module}: objective '${o.objective}' needs a salaryOf option`);
  }
}

export function kBestRoutes(graph: CareerGraph, from: string, to: string, options: Partial<KBestRoutesOptions> = {}): Route[] {
  assertGraph(MODULE, graph);
  assertRole(MODULE, graph, from);
  assertRole(MODULE, graph, to);
  const opts: KBestRoutesOptions = { ...DEFAULTS, ...Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)) };
  if (!Number.isInteger(opts.k) || opts.k < 1) throw new Error(`${MODULE}: k must be an integer ≥ 1, got ${String(opts.k)}`);
  checkRouteOptions(MODULE, opts);
  const constraints = resolveConstraints(MODULE, graph, opts);
  if (from === to) return [];
  const index = buildRouteIndex(graph, constraints);
  const paths = yen(index, index.indexOf.get(from)!, index.indexOf.get(to)!, opts.k, opts.objective === 'credentials' ? 'steps' : 'years');
  return paths
    .map((p) => computeRoute(graph, p.edges.map((e) => index.edgeKey[e]!), constraints, opts.objective, opts.salaryOf))
    .sort(compareRoutes(opts.objective));
}

interface Found extends RootState {
  edges: number[];
  nodes: number[];
  steps: number;
  /** Index of the first move where this path left its parent (Lawler). */
  deviation: number;
  key: string;
}

function describe(index: RouteIndex, start: number, edges: number[], deviation: number): Found {
  let years = 0;
  let mask = 0n;
  let paid = false;
  let steps = 0;
  const nodes = [start];
  for (const e of edges) {
    years += index.years[e]!;
    for (let added = index.credMask[e]! & ~mask; added > 0n; added &= added - 1n) steps++;
    mask |= index.credMask[e]!;
    if (!paid && index.eduNeed[e] === 1) {
      paid = true;
      steps++;
    }
    nodes.push(index.target[e]!);
  }
  return { edges, nodes, years, mask, paid, steps, hops: edges.length, deviation, key: edges.join(',') };
}

/** The k best simple paths (as move positions), best first, by 'steps' (then years) or 'years'. */
export function yen(index: RouteIndex, s: number, t: number, k: number, mode: 'steps' | 'years'): Found[] {
  const limit = index.constraints.yearLimit;
  const h = yearsToTarget(index, t);
  if (!(h[s]! <= limit + EPS)) return [];
  const search = (spur: number, root: RootState, banned: Banned): number[] | null => {
    if (mode === 'years') return yearsSearch(index, spur, t, h, root.years, banned, limit);
    let found: Label | null = null;
    labelSearch(index, spur, t, h, root, banned, limit, 'steps', (l) => ((found = l), true));
    return found ? unwindLabel(found) : null;
  };
  const n = index.ids.length;
  const first = search(s, EMPTY_ROOT, { nodes: new Uint8Array(n), edges: new Set() });
  if (!first) return [];
  const better = (a: Found, b: Found) => {
    const y = Math.abs(a.years - b.years) <= EPS ? 0 : a.years - b.years;
    const primary = mode === 'steps' ? a.steps - b.steps || y : y || a.steps - b.steps;
    return primary !== 0 ? primary < 0 : a.hops !== b.hops ? a.hops < b.hops : a.key < b.key;
  };
  const accepted: Found[] = [describe(index, s, first, 0)];
  const seen = new Set([accepted[0]!.key]);
  const candidates = new Heap<Found>(better);
  while (accepted.length < k) {
    const prev = accepted[accepted.length - 1]!;
    const bannedNodes = new Uint8Array(n);
    for (let i = 0; i < prev.deviation; i++) bannedNodes[prev.nodes[i]!] = 1;
    for (let i = prev.deviation; i < prev.edges.length; i++) {
      const spur = prev.nodes[i]!;
      bannedNodes[spur] = 1;
      const bannedEdges = new Set<number>();
      for (const p of accepted) {
        if (p.edges.length > i && sharesPrefix(p.edges, prev.edges, i)) bannedEdges.add(p.edges[i]!);
      }
      const rootEdges = prev.edges.slice(0, i);
      const root = describe(index, s, rootEdges, 0);
      const spurEdges = search(spur, root, { nodes: bannedNodes, edges: bannedEdges });
      if (!spurEdges) continue;
      const path = describe(index, s, rootEdges.concat(spurEdges), i);
      if (seen.has(path.key)) continue;
      seen.add(path.key);
      candidates.push(path);
    }
    const next = candidates.pop();
    if (!next) break;
    accepted.push(next);
  }
  return accepted;
}

function sharesPrefix(a: number[], b: number[], length: number): boolean {
  for (let i = 0; i < length; i++) if (a[i] !== b[i]) return false;
  return true;
}
