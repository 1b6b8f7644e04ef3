/**
 * Step 2 of the layered layout: order the roles inside each column to cut edge crossings.
 * A move spanning several columns gets a placeholder ("dummy") in each column it passes,
 * so the ordering sees it and keeps a lane free for it. Barycentre sweeps down and up,
 * then adjacent swaps ("transpose"); the best order seen wins. Ties go to the order that
 * keeps a track's roles next to each other, then to ids — never to input order or chance.
 */
import type { LayoutNode, Ranked } from './ranks';

export interface Layered {
  /** Vertices of each rank, top to bottom; dummies are named `edgeId#rank`. */
  layers: string[][];
  up: Map<string, string[]>;
  down: Map<string, string[]>;
  /** Track index per vertex (a dummy borrows the track of its move's source). */
  track: Map<string, number>;
  dummies: Set<string>;
  /** Vertex chain of each forward edge, source first. */
  chains: Map<string, string[]>;
  /** Moves between two roles of the same column, per rank: drawn as short vertical curves. */
  sameRank: [string, string][][];
}

export function buildLayers(nodes: readonly LayoutNode[], ranked: Ranked): Layered {
  const rankCount = ranked.levelOfRank.length;
  const layers: string[][] = Array.from({ length: rankCount }, () => []);
  const up = new Map<string, string[]>();
  const down = new Map<string, string[]>();
  const track = new Map<string, number>();
  const dummies = new Set<string>();
  const chains = new Map<string, string[]>();
  const sameRank: [string, string][][] = Array.from({ length: rankCount }, () => []);
  const add = (id: string, rank: number, t: number) => {
    layers[rank]?.push(id);
    up.set(id, []);
    down.set(id, []);
    track.set(id, t);
  };
  for (const n of nodes) add(n.id, ranked.rank.get(n.id) ?? 0, n.track);
  for (const e of ranked.forward) {
    const r0 = ranked.rank.get(e.from) ?? 0;
    const r1 = ranked.rank.get(e.to) ?? 0;
    if (r1 <= r0) {
      sameRank[r0]?.push([e.from, e.to]);
      continue;
    }
    const chain = [e.from];
    for (let r = r0 + 1; r < r1; r++) {
      const d = `${e.id}#${r}`;
      add(d, r, track.get(e.from) ?? 0);
      dummies.add(d);
      chain.push(d);
    }
    chain.push(e.to);
    for (let i = 0; i + 1 < chain.length; i++) {
      down.get(chain[i] as string)?.push(chain[i + 1] as string);
      up.get(chain[i + 1] as string)?.push(chain[i] as string);
    }
    chains.set(e.id, chain);
  }
  // Start from the swim lanes: by track, then id.
  for (const layer of layers)
    layer.sort((a, b) => (track.get(a) ?? 0) - (track.get(b) ?? 0) || (a < b ? -1 : a > b ? 1 : 0));
  return { layers, up, down, track, dummies, chains, sameRank };
}

type Pos = Map<string, number>;

function positions(layers: string[][]): Pos {
  const pos: Pos = new Map();
  for (const layer of layers) layer.forEach((v, i) => pos.set(v, i));
  return pos;
}

/** Crossings between the edges of u and v (u above v) towards one neighbour side. */
function pairCrossings(nu: readonly string[], nv: readonly string[], pos: Pos): number {
  let c = 0;
  for (const a of nu) for (const b of nv) if ((pos.get(a) ?? 0) > (pos.get(b) ?? 0)) c++;
  return c;
}

export function countCrossings(g: Layered, pos: Pos = positions(g.layers)): number {
  let total = 0;
  for (const layer of g.layers) {
    for (let i = 0; i < layer.length; i++) {
      for (let j = i + 1; j < layer.length; j++) {
        total += pairCrossings(g.down.get(layer[i] as string) ?? [], g.down.get(layer[j] as string) ?? [], pos);
      }
    }
  }
  return total;
}

/** Places where two neighbouring real roles belong to different tracks (lower is tidier). */
function trackBreaks(g: Layered, layer: readonly string[]): number {
  const real = layer.filter((v) => !g.dummies.has(v));
  let breaks = 0;
  for (let i = 0; i + 1 < real.length; i++)
    if (g.track.get(real[i] as string) !== g.track.get(real[i + 1] as string)) breaks++;
  return breaks;
}

/**
 * How far apart the ends of same-column moves are: each vertex between them is a dot or a
 * lane the move must curve around, which usually costs a crossing.
 */
function sameRankSpan(g: Layered, rank: number): number {
  const layer = g.layers[rank] as string[];
  let span = 0;
  for (const [a, b] of g.sameRank[rank] ?? []) span += Math.abs(layer.indexOf(a) - layer.indexOf(b)) - 1;
  return span;
}

function cost(g: Layered): number {
  let c = countCrossings(g) * 1000;
  g.layers.forEach((l, r) => (c += sameRankSpan(g, r) * 1000 + trackBreaks(g, l)));
  return c;
}

function sweep(g: Layered, downwards: boolean) {
  const n = g.layers.length;
  for (let k = 1; k < n; k++) {
    const r = downwards ? k : n - 1 - k;
    const layer = g.layers[r] as string[];
    const pos = positions(g.layers);
    const side = downwards ? g.up : g.down;
    const key = new Map<string, number>();
    layer.forEach((v, i) => {
      const nb = side.get(v) ?? [];
      key.set(v, nb.length ? nb.reduce((s, u) => s + (pos.get(u) ?? 0), 0) / nb.length : i);
    });
    const index = new Map(layer.map((v, i) => [v, i]));
    layer.sort((a, b) => (key.get(a) ?? 0) - (key.get(b) ?? 0) || (index.get(a) ?? 0) - (index.get(b) ?? 0));
  }
}

function transpose(g: Layered) {
  for (let round = 0; round < 8; round++) {
    let improved = false;
    for (const [rank, layer] of g.layers.entries()) {
      for (let i = 0; i + 1 < layer.length; i++) {
        const pos = positions(g.layers);
        const u = layer[i] as string;
        const v = layer[i + 1] as string;
        const here = (a: string, b: string) =>
          pairCrossings(g.up.get(a) ?? [], g.up.get(b) ?? [], pos) +
          pairCrossings(g.down.get(a) ?? [], g.down.get(b) ?? [], pos);
        const spanBefore = sameRankSpan(g, rank);
        const keep = here(u, v);
        const swap = here(v, u);
        const before = trackBreaks(g, layer);
        layer[i] = v;
        layer[i + 1] = u;
        const tidier = trackBreaks(g, layer) < before;
        const spanDelta = sameRankSpan(g, rank) - spanBefore;
        if (swap + spanDelta !== keep) {
          if (swap + spanDelta < keep) improved = true;
          else {
            layer[i] = u;
            layer[i + 1] = v;
          }
          continue;
        }
        if (tidier) improved = true;
        else {
          layer[i] = u;
          layer[i + 1] = v;
        }
      }
    }
    if (!improved) break;
  }
}

/** Orders g.layers in place; returns the crossings of the chosen order. */
export function minimiseCrossings(g: Layered, iterations = 24): number {
  let best = g.layers.map((l) => [...l]);
  let bestCost = cost(g);
  for (let it = 0; it < iterations; it++) {
    sweep(g, it % 2 === 0);
    transpose(g);
    const c = cost(g);
    if (c < bestCost) {
      bestCost = c;
      best = g.layers.map((l) => [...l]);
    }
  }
  g.layers = best;
  return countCrossings(g);
}
