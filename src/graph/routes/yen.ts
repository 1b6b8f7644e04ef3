/**
 * kBestRoutes: the k best simple routes from one role (or NO_JOB) to another, by Yen's
 * algorithm with Lawler's refinement (a path only spurs from where it left its parent).
 *
 * Each spur search is the exact label search (search.ts) started from the root path's own
 * label, so it knows what the root earned: the k best are exact (checked against brute force
 * in tests/unit/routes.property.test.ts). The fewest job years to the destination is an
 * admissible, consistent A* heuristic (study and required experience only add time), which
 * also prunes routes that cannot fit in maxYears.
 */
import type { CareerGraph } from '../types';
import { EPS, DEFAULT_CONSTRAINTS, assertGraph, assertRole, assertStart, resolveConstraints } from './constraints';
import { Heap } from './heap';
import { buildRouteIndex, type RouteIndex } from './route-index';
import { compareRoutes, computeRoute } from './route-cost';
import { goalOf, keyed } from './goal';
import { bestLabel, chainOf, labelsAlong, noBans, startLabel, type Label, type LabelOrder } from './search';
import { OBJECTIVES, type Route, type RouteOptions } from './types';

const MODULE = 'graph/routes/yen';

export interface KBestRoutesOptions extends RouteOptions {
  /** How many routes, at most. */
  k: number;
}

export const K_BEST_DEFAULTS: KBestRoutesOptions = { ...DEFAULT_CONSTRAINTS, objective: 'years', k: 5 };

/** Checks the options shared by the route functions, naming the bad value. */
export function checkRouteOptions(module: string, o: RouteOptions): void {
  if (!(OBJECTIVES as readonly string[]).includes(o.objective))
    throw new Error(`${module}: unknown objective '${String(o.objective)}'`);
  if (o.salaryOf !== undefined && typeof o.salaryOf !== 'function')
    throw new Error(`${module}: salaryOf must be a function`);
  if ((o.objective === 'salary_gain' || o.objective === 'salary_end') && !o.salaryOf) {
    throw new Error(`${module}: objective '${o.objective}' needs a salaryOf option`);
  }
}

/** Options over a module's defaults (undefined values do not override). */
export function withDefaults<T extends object>(defaults: T, options: Partial<T>): T {
  return { ...defaults, ...Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)) };
}

export function kBestRoutes(
  graph: CareerGraph,
  from: string,
  to: string,
  options: Partial<KBestRoutesOptions> = {},
): Route[] {
  assertGraph(MODULE, graph);
  assertStart(MODULE, graph, from);
  assertRole(MODULE, graph, to);
  const opts = withDefaults(K_BEST_DEFAULTS, options);
  if (!Number.isInteger(opts.k) || opts.k < 1)
    throw new Error(`${MODULE}: k must be an integer ≥ 1, got ${String(opts.k)}`);
  checkRouteOptions(MODULE, opts);
  const constraints = resolveConstraints(MODULE, graph, opts);
  if (from === to) return [];
  const index = buildRouteIndex(graph, constraints);
  const found = yen(
    index,
    index.indexOf.get(from)!,
    index.indexOf.get(to)!,
    opts.k,
    opts.objective === 'credentials' ? 'steps' : 'years',
  );
  return found
    .map((p) => computeRoute(index, p.label, opts.objective, opts.salaryOf))
    .sort(compareRoutes(opts.objective));
}

interface Found {
  label: Label;
  /** Labels from the start, one per role. */
  chain: Label[];
  edges: number[];
  /** Index of the first move where this path left its parent (Lawler). */
  deviation: number;
  key: string;
}

function found(label: Label, deviation: number): Found {
  const chain = chainOf(label);
  const edges = chain.slice(1).map((l) => l.edge);
  return { label, chain, edges, deviation, key: edges.join(',') };
}

/** The k best simple paths, best first, by 'steps' (then years) or 'years' (then steps). */
export function yen(index: RouteIndex, s: number, t: number, k: number, order: LabelOrder): Found[] {
  const goal = goalOf(index, t);
  if (!(goal.years[s]! < Infinity && goal.years[s]! <= index.constraints.yearLimit + EPS)) return [];
  const n = index.ids.length;
  const start = startLabel(index, s, goal);
  const first = bestLabel(index, [start], goal, noBans(index), order);
  if (!first) return [];
  const better = (a: Found, b: Found) => {
    const y = Math.abs(a.label.years - b.label.years) <= EPS ? 0 : a.label.years - b.label.years;
    const primary = order === 'steps' ? a.label.steps - b.label.steps || y : y || a.label.steps - b.label.steps;
    return primary !== 0
      ? primary < 0
      : a.edges.length !== b.edges.length
        ? a.edges.length < b.edges.length
        : a.key < b.key;
  };
  const accepted: Found[] = [found(first, 0)];
  const seen = new Set([accepted[0]!.key]);
  const candidates = new Heap<Found>(better);
  while (accepted.length < k) {
    const prev = accepted[accepted.length - 1]!;
    const bannedNodes = new Uint8Array(n);
    for (let i = 0; i < prev.deviation; i++) bannedNodes[prev.chain[i]!.node] = 1;
    for (let i = prev.deviation; i < prev.edges.length; i++) {
      const spurNode = prev.chain[i]!.node;
      bannedNodes[spurNode] = 1;
      const bannedEdges = new Set<number>();
      for (const p of accepted) {
        if (p.edges.length > i && sharesPrefix(p.edges, prev.edges, i)) bannedEdges.add(p.edges[i]!);
      }
      // A spur that cannot reach the destination at all would search every state it can reach: skip it.
      if (!reachesTarget(index, spurNode, t, bannedNodes, bannedEdges)) continue;
      // Every way to have walked the root path, not just prev's: the best spur may want another.
      const roots = labelsAlong(index, start, prev.edges.slice(0, i)).map((l) => keyed(index, goal, { ...l }));
      const spur = bestLabel(index, roots, goal, { nodes: bannedNodes, edges: bannedEdges }, order);
      if (!spur) continue;
      const path = found(spur, i);
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

/** Whether `to` can be reached from `from` without banned roles or moves (a plain graph search, no requirements). */
function reachesTarget(
  index: RouteIndex,
  from: number,
  to: number,
  nodes: Uint8Array,
  edges: ReadonlySet<number>,
): boolean {
  const seen = new Uint8Array(index.ids.length);
  const stack = [from];
  seen[from] = 1;
  while (stack.length) {
    const u = stack.pop()!;
    for (let e = index.outStart[u]!; e < index.outStart[u + 1]!; e++) {
      const v = index.target[e]!;
      if (v === to && !edges.has(e)) return true;
      if (seen[v] || nodes[v] || edges.has(e)) continue;
      seen[v] = 1;
      stack.push(v);
    }
  }
  return false;
}

function sharesPrefix(a: number[], b: number[], length: number): boolean {
  for (let i = 0; i < length; i++) if (a[i] !== b[i]) return false;
  return true;
}
