/**
 * Step 1 of the layered (Sugiyama) layout: give every role a rank (a column). Levels stay
 * the big columns — entry, mid, senior, leadership, left to right — and a move between two
 * roles of the same level pushes its target one sub-column to the right inside that level,
 * so every drawn arrow still points rightwards and the ordering step sees a proper DAG.
 */

export interface LayoutNode {
  id: string;
  /** Index of the role's level (0 = entry). */
  level: number;
  /** Index of the role's track; used only to keep a track's roles together. */
  track: number;
}

export interface LayoutEdge {
  id: string;
  source: string;
  target: string;
}

export interface Ranked {
  /** Rank (sub-column) of each node, 0-based and dense. */
  rank: Map<string, number>;
  /** Sub-columns per level, so a caller can space levels wider than sub-columns. */
  levelOfRank: number[];
  /** Edges as drawn left → right (a move back to a lower level is reversed here). */
  forward: { id: string; from: string; to: string }[];
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export function assignRanks(nodes: readonly LayoutNode[], edges: readonly LayoutEdge[], maxSub = Infinity): Ranked {
  const level = new Map(nodes.map((n) => [n.id, n.level]));
  const sorted = [...nodes].sort(byId);
  // Within a level, the sub-column is the longest chain of same-level moves ending at the
  // role. Cycles (A → B → A) are broken by visiting roles in id order and ignoring an
  // edge back into a role still being visited, so the result never depends on input order.
  const sameLevel = new Map<string, string[]>();
  for (const e of [...edges].sort(byId)) {
    if (e.source === e.target || level.get(e.source) !== level.get(e.target)) continue;
    sameLevel.set(e.target, [...(sameLevel.get(e.target) ?? []), e.source]);
  }
  const depth = new Map<string, number>();
  const visiting = new Set<string>();
  const visit = (id: string): number => {
    const known = depth.get(id);
    if (known !== undefined) return known;
    visiting.add(id);
    let d = 0;
    for (const from of sameLevel.get(id) ?? []) {
      if (!visiting.has(from)) d = Math.max(d, visit(from) + 1);
    }
    visiting.delete(id);
    depth.set(id, Math.min(d, maxSub - 1));
    return Math.min(d, maxSub - 1);
  };
  for (const n of sorted) visit(n.id);

  const maxLevel = Math.max(0, ...nodes.map((n) => n.level));
  const width: number[] = [];
  for (let l = 0; l <= maxLevel; l++) {
    width[l] = 1 + Math.max(0, ...nodes.filter((n) => n.level === l).map((n) => depth.get(n.id) ?? 0));
  }
  // An empty level keeps one (empty) column so columns always mean the same level.
  const first: number[] = [];
  const levelOfRank: number[] = [];
  for (let l = 0; l <= maxLevel; l++) {
    first[l] = levelOfRank.length;
    for (let s = 0; s < (width[l] ?? 1); s++) levelOfRank.push(l);
  }
  const rank = new Map(nodes.map((n) => [n.id, (first[n.level] ?? 0) + (depth.get(n.id) ?? 0)]));

  const forward: Ranked['forward'] = [];
  for (const e of [...edges].sort(byId)) {
    const rs = rank.get(e.source);
    const rt = rank.get(e.target);
    if (rs === undefined || rt === undefined || rs === rt) {
      // Same rank: a same-level cycle edge; drawn, but not a layering constraint.
      if (rs !== undefined && rt !== undefined) forward.push({ id: e.id, from: e.source, to: e.target });
      continue;
    }
    forward.push(rs < rt ? { id: e.id, from: e.source, to: e.target } : { id: e.id, from: e.target, to: e.source });
  }
  return { rank, levelOfRank, forward };
}
