/**
 * The searches under the route algorithms, over a RouteIndex.
 *
 * `yearsSearch` is A* on roles (years are additive, so a role's best years do not depend on
 * how it was reached). `labelSearch` is for costs that do depend on the way in: a credential
 * or education step is paid once per route, so the cost of a move depends on what the route
 * has already earned. It searches over labels (role, earned credentials, education step paid?)
 * — the state that fully decides every later move's cost — so it is exact, not a heuristic.
 * A label is dropped when an earlier label at the same role has earned a subset, paid no more
 * education and taken no more years: every continuation costs it no less. That rule also drops
 * any label whose way in revisits a role (the label before the loop dominates it), so every
 * surviving label is a simple path.
 */
import { EPS } from './constraints';
import { Heap, NodeHeap } from './heap';
import type { RouteIndex } from './route-index';

export interface Banned {
  /** 1 for roles the path may not enter. */
  nodes: Uint8Array;
  /** Move positions the path may not take. */
  edges: ReadonlySet<number>;
}

/** Where a search starts: the state reached by a fixed prefix (Yen's root path). */
export interface RootState {
  years: number;
  mask: bigint;
  paid: boolean;
  hops: number;
}

export const EMPTY_ROOT: RootState = { years: 0, mask: 0n, paid: false, hops: 0 };

/** Fewest-years path (as move positions) from start to target, or null. `h` is yearsToTarget. */
export function yearsSearch(index: RouteIndex, start: number, target: number, h: Float64Array, rootYears: number, banned: Banned, limit: number): number[] | null {
  const n = index.ids.length;
  const g = new Float64Array(n).fill(Infinity);
  const prev = new Int32Array(n).fill(-1);
  const done = new Uint8Array(n);
  const heap = new NodeHeap();
  g[start] = rootYears;
  heap.push(rootYears + h[start]!, start);
  while (heap.size > 0) {
    const u = heap.pop();
    if (done[u]) continue;
    if (u === target) return unwindNodes(index, prev, start, target);
    done[u] = 1;
    for (let e = index.outStart[u]!; e < index.outStart[u + 1]!; e++) {
      const v = index.target[e]!;
      if (banned.nodes[v] || done[v] || banned.edges.has(e)) continue;
      const d = g[u]! + index.years[e]!;
      if (d + h[v]! > limit + EPS || d >= g[v]!) continue;
      g[v] = d;
      prev[v] = e;
      heap.push(d + h[v]!, v);
    }
  }
  return null;
}

/** Fewest-years paths from `source` to every role within `limit` years (plain Dijkstra). */
export function yearsFrom(index: RouteIndex, source: number, limit: number): { dist: Float64Array; prev: Int32Array } {
  const n = index.ids.length;
  const dist = new Float64Array(n).fill(Infinity);
  const prev = new Int32Array(n).fill(-1);
  const done = new Uint8Array(n);
  const heap = new NodeHeap();
  dist[source] = 0;
  heap.push(0, source);
  while (heap.size > 0) {
    const u = heap.pop();
    if (done[u]) continue;
    done[u] = 1;
    for (let e = index.outStart[u]!; e < index.outStart[u + 1]!; e++) {
      const v = index.target[e]!;
      const d = dist[u]! + index.years[e]!;
      if (d > limit + EPS || d >= dist[v]!) continue;
      dist[v] = d;
      prev[v] = e;
      heap.push(d, v);
    }
  }
  return { dist, prev };
}

/** The move positions leading to `to` along `prev`, back to `start`. */
export function unwindNodes(index: RouteIndex, prev: Int32Array, start: number, to: number): number[] {
  const edges: number[] = [];
  for (let v = to; v !== start; ) {
    const e = prev[v]!;
    edges.push(e);
    v = sourceOf(index, e);
  }
  return edges.reverse();
}

/** The role a move position leaves from (binary search over outStart). */
export function sourceOf(index: RouteIndex, e: number): number {
  let lo = 0;
  let hi = index.ids.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (index.outStart[mid]! <= e) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export interface Label {
  node: number;
  years: number;
  mask: bigint;
  paid: boolean;
  steps: number;
  hops: number;
  /** years + heuristic: the A* key. */
  f: number;
  edge: number;
  parent: Label | null;
}

export type LabelOrder = 'steps' | 'years';

const BY_STEPS = (a: Label, b: Label) =>
  a.steps !== b.steps ? a.steps < b.steps : a.f !== b.f ? a.f < b.f : a.hops !== b.hops ? a.hops < b.hops : a.node < b.node;
const BY_YEARS = (a: Label, b: Label) =>
  a.f !== b.f ? a.f < b.f : a.steps !== b.steps ? a.steps < b.steps : a.hops !== b.hops ? a.hops < b.hops : a.node < b.node;

function popcount(bits: bigint): number {
  let count = 0;
  for (let b = bits; b > 0n; b &= b - 1n) count++;
  return count;
}

function dominated(settled: Label[] | undefined, l: Label): boolean {
  if (!settled) return false;
  for (const s of settled) {
    if (s.years <= l.years + EPS && (!s.paid || l.paid) && (s.mask & ~l.mask) === 0n) return true;
  }
  return false;
}

/**
 * Label-setting A* from `start` (in state `root`) towards `target`. Labels are expanded in
 * `order` ('steps': fewest steps, then years; 'years': fewest years, then steps). `onTarget` receives each
 * label settled at the target and returns true to stop. `prune` may drop labels early.
 */
export function labelSearch(
  index: RouteIndex,
  start: number,
  target: number,
  h: Float64Array,
  root: RootState,
  banned: Banned,
  limit: number,
  order: LabelOrder,
  onTarget: (label: Label) => boolean,
  prune: (label: Label) => boolean = () => false,
): void {
  const settled = new Map<number, Label[]>();
  const heap = new Heap<Label>(order === 'steps' ? BY_STEPS : BY_YEARS);
  const steps = popcount(root.mask) + (root.paid ? 1 : 0);
  heap.push({ node: start, years: root.years, mask: root.mask, paid: root.paid, steps, hops: root.hops, f: root.years + h[start]!, edge: -1, parent: null });
  while (heap.size > 0) {
    const l = heap.pop()!;
    if (prune(l) || dominated(settled.get(l.node), l)) continue;
    const list = settled.get(l.node);
    if (list) list.push(l);
    else settled.set(l.node, [l]);
    if (l.node === target) {
      if (onTarget(l)) return;
      continue;
    }
    for (let e = index.outStart[l.node]!; e < index.outStart[l.node + 1]!; e++) {
      const v = index.target[e]!;
      if (banned.nodes[v] || banned.edges.has(e)) continue;
      const years = l.years + index.years[e]!;
      const f = years + h[v]!;
      if (f > limit + EPS) continue;
      const added = index.credMask[e]! & ~l.mask;
      const paid = l.paid || index.eduNeed[e] === 1;
      const next: Label = { node: v, years, mask: l.mask | added, paid, steps: l.steps + popcount(added) + (paid && !l.paid ? 1 : 0), hops: l.hops + 1, f, edge: e, parent: l };
      if (!dominated(settled.get(v), next) && !prune(next)) heap.push(next);
    }
  }
}

/** The move positions of a label's path, from the search's start. */
export function unwindLabel(label: Label): number[] {
  const edges: number[] = [];
  for (let l: Label | null = label; l && l.edge >= 0; l = l.parent) edges.push(l.edge);
  return edges.reverse();
}
