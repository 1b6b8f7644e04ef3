/**
 * A compact, constraint-filtered copy of the graph's moves for the searches: roles become
 * integers and out-moves sit in flat arrays (CSR), so the inner loops touch no strings or
 * attribute objects. Moves that break a constraint (education above the ceiling, entering an
 * avoided role) are left out here, once, so no search can take them.
 */
import type { CareerGraph } from '../types';
import { educationRank, type ResolvedConstraints } from './constraints';
import { NodeHeap } from './heap';

export interface RouteIndex {
  graph: CareerGraph;
  constraints: ResolvedConstraints;
  ids: string[];
  indexOf: Map<string, number>;
  /** Moves out of role i sit at positions outStart[i] … outStart[i + 1] − 1. */
  outStart: Int32Array;
  target: Int32Array;
  edgeKey: string[];
  years: Float64Array;
  /** 1 when the move needs more education than is held (an education step). */
  eduNeed: Uint8Array;
  /** Credentials the move needs that are not held, as a bit set over `credentials`. */
  credMask: bigint[];
  credentials: string[];
}

/** The constraint-free part of the index, built once per graph and reused until the graph changes. */
interface Structure {
  ids: string[];
  indexOf: Map<string, number>;
  outStart: Int32Array;
  target: Int32Array;
  edgeKey: string[];
  years: Float64Array;
  /** Rank of the required education, −1 for none. */
  eduRank: Int8Array;
  credentials: (readonly string[])[];
}

const STRUCTURES = new WeakMap<CareerGraph, Structure>();
const WATCHED = new WeakSet<CareerGraph>();
/** Graphology events after which a cached structure is stale (node attributes are not read). */
const MUTATIONS = ['nodeAdded', 'nodeDropped', 'edgeAdded', 'edgeDropped', 'cleared', 'edgesCleared', 'edgeAttributesUpdated', 'eachEdgeAttributesUpdated'] as const;
const NONE: readonly string[] = [];

/**
 * Reading 20,000 moves out of graphology costs far more than any search, so the structure is
 * cached per graph and dropped on every graphology mutation event. (Attribute objects changed
 * in place, without graphology's setters, are not seen — the app never does that.)
 */
function structureOf(graph: CareerGraph): Structure {
  const cached = STRUCTURES.get(graph);
  if (cached) return cached;
  const n = graph.order;
  const ids = new Array<string>(n);
  const indexOf = new Map<string, number>();
  let next = 0;
  graph.forEachNode((id) => {
    indexOf.set(id, next);
    ids[next++] = id;
  });
  // One pass over graphology's global edge iteration (much cheaper than per-role out-edge
  // iteration), then a counting sort by source gives the CSR layout.
  const size = graph.size;
  const src = new Int32Array(size);
  const dst = new Int32Array(size);
  const yrs = new Float64Array(size);
  const edu = new Int8Array(size);
  const keys = new Array<string>(size);
  const creds = new Array<readonly string[]>(size);
  const outStart = new Int32Array(n + 1);
  let m = 0;
  graph.forEachEdge((edge, attr, source, to) => {
    const u = indexOf.get(source)!;
    src[m] = u;
    dst[m] = indexOf.get(to)!;
    yrs[m] = attr.years.typical;
    edu[m] = attr.requiresEducation === undefined ? -1 : educationRank(attr.requiresEducation);
    keys[m] = edge;
    creds[m++] = attr.requiresCredentials.length ? [...attr.requiresCredentials] : NONE;
    outStart[u + 1]!++;
  });
  for (let i = 0; i < n; i++) outStart[i + 1]! += outStart[i]!;
  const fill = outStart.slice(0, n);
  const s: Structure = { ids, indexOf, outStart, target: new Int32Array(size), edgeKey: new Array<string>(size), years: new Float64Array(size), eduRank: new Int8Array(size), credentials: new Array<readonly string[]>(size) };
  for (let e = 0; e < size; e++) {
    const pos = fill[src[e]!]!++;
    s.target[pos] = dst[e]!;
    s.edgeKey[pos] = keys[e]!;
    s.years[pos] = yrs[e]!;
    s.eduRank[pos] = edu[e]!;
    s.credentials[pos] = creds[e]!;
  }
  STRUCTURES.set(graph, s);
  if (!WATCHED.has(graph)) {
    WATCHED.add(graph);
    const drop = () => STRUCTURES.delete(graph);
    for (const event of MUTATIONS) graph.on(event, drop);
  }
  return s;
}

/** The moves a person with these constraints may take, with what each would cost them. */
export function buildRouteIndex(graph: CareerGraph, constraints: ResolvedConstraints): RouteIndex {
  const s = structureOf(graph);
  const n = s.ids.length;
  const avoided = new Uint8Array(n);
  for (const id of constraints.avoided) avoided[s.indexOf.get(id)!] = 1;
  const { held, ceilingRank, educationRank: heldRank } = constraints;
  const outStart = new Int32Array(n + 1);
  const size = s.target.length;
  const target = new Int32Array(size);
  const years = new Float64Array(size);
  const eduNeed = new Uint8Array(size);
  const edgeKey: string[] = [];
  const credMask: bigint[] = [];
  const credBit = new Map<string, bigint>();
  let m = 0;
  for (let u = 0; u < n; u++) {
    outStart[u] = m;
    for (let p = s.outStart[u]!; p < s.outStart[u + 1]!; p++) {
      const v = s.target[p]!;
      const rank = s.eduRank[p]!;
      if (avoided[v] || rank > ceilingRank) continue;
      let mask = 0n;
      for (const c of s.credentials[p]!) {
        if (held.has(c)) continue;
        let bit = credBit.get(c);
        if (bit === undefined) credBit.set(c, (bit = 1n << BigInt(credBit.size)));
        mask |= bit;
      }
      target[m] = v;
      years[m] = s.years[p]!;
      eduNeed[m] = rank > heldRank ? 1 : 0;
      edgeKey.push(s.edgeKey[p]!);
      credMask.push(mask);
      m++;
    }
  }
  outStart[n] = m;
  return {
    graph,
    constraints,
    ids: s.ids,
    indexOf: s.indexOf,
    outStart,
    target: target.subarray(0, m),
    edgeKey,
    years: years.subarray(0, m),
    eduNeed: eduNeed.subarray(0, m),
    credMask,
    credentials: [...credBit.keys()],
  };
}

/** Fewest typical years from every role to `to` (Infinity when `to` cannot be reached): the A* heuristic. */
export function yearsToTarget(index: RouteIndex, to: number): Float64Array {
  const n = index.ids.length;
  // Reverse adjacency, built by counting sort over the forward arrays.
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
  const dist = new Float64Array(n).fill(Infinity);
  const done = new Uint8Array(n);
  dist[to] = 0;
  const heap = new NodeHeap();
  heap.push(0, to);
  while (heap.size > 0) {
    const v = heap.pop();
    if (done[v]) continue;
    done[v] = 1;
    for (let p = inStart[v]!; p < inStart[v + 1]!; p++) {
      const u = source[p]!;
      const d = dist[v]! + index.years[inEdge[p]!]!;
      if (d < dist[u]!) {
        dist[u] = d;
        heap.push(d, u);
      }
    }
  }
  return dist;
}
