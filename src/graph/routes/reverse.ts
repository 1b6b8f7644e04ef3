/**
 * The index's moves reversed, and distances toward a set of roles over them: the bounds of a
 * search toward one role (goal.ts) and the distance to the roles a reachability search has not
 * reached yet (reachability.ts) are both shortest paths backward from where they lead.
 */
import { NodeHeap } from './heap';
import type { RouteIndex } from './route-index';

export interface Reverse {
  n: number;
  /** Moves into role i sit at positions inStart[i] … inStart[i + 1] − 1 of inEdge and source. */
  inStart: Int32Array;
  /** The move's position in the index. */
  inEdge: Int32Array;
  /** The role it leaves. */
  source: Int32Array;
}

const REVERSED = new WeakMap<RouteIndex, Reverse>();

/** The reversed moves, built once per index by counting sort over the forward arrays. */
export function reverseOf(index: RouteIndex): Reverse {
  const cached = REVERSED.get(index);
  if (cached) return cached;
  const n = index.ids.length;
  const inStart = new Int32Array(n + 1);
  for (let e = 0; e < index.target.length; e++) inStart[index.target[e]! + 1]!++;
  for (let i = 0; i < n; i++) inStart[i + 1]! += inStart[i]!;
  const fill = inStart.slice(0, n);
  const inEdge = new Int32Array(index.target.length);
  const source = new Int32Array(index.target.length);
  for (let u = 0; u < n; u++) {
    for (let e = index.outStart[u]!; e < index.outStart[u + 1]!; e++) {
      const pos = fill[index.target[e]!]!++;
      inEdge[pos] = e;
      source[pos] = u;
    }
  }
  const reverse = { n, inStart, inEdge, source };
  REVERSED.set(index, reverse);
  return reverse;
}

/**
 * Distance from each role to the nearest of `to` over the moves, a path's length being the sum
 * of its moves' weights. Infinity where none of them can be reached.
 */
export function distancesTo(
  { n, inStart, inEdge, source }: Reverse,
  to: readonly number[],
  weight: (e: number) => number,
): Float64Array {
  const dist = new Float64Array(n).fill(Infinity);
  const done = new Uint8Array(n);
  const heap = new NodeHeap();
  for (const t of to) {
    dist[t] = 0;
    heap.push(0, t);
  }
  while (heap.size > 0) {
    const v = heap.pop();
    if (done[v]) continue;
    done[v] = 1;
    for (let p = inStart[v]!; p < inStart[v + 1]!; p++) {
      const u = source[p]!;
      const d = dist[v]! + weight(inEdge[p]!);
      if (d < dist[u]!) {
        dist[u] = d;
        heap.push(d, u);
      }
    }
  }
  return dist;
}
