/**
 * The layered layout of the career map (Sugiyama's method, written for this map's rules):
 * levels are columns, entry → leadership from left to right; crossings are minimised with a
 * bias to keep a track's roles together; long moves are curved around dots. Deterministic:
 * the same data gives the same picture on every load. Pure; runs at build time for the
 * built-in data (scripts/vite-plugin-layout.ts) and in a worker for an imported dataset.
 */
import type { Role, Transition } from '../../data/schema';
import type { Layout } from '../../data/layout';
import { assignX, assignY, type Spacing } from './coords';
import { measureLayout, type MeasureEdge } from './measure';
import { buildLayers, minimiseCrossings } from './order';
import { quickLayout } from './quick';
import { assignRanks, type LayoutNode } from './ranks';
import { refineOrder } from './refine';
import { routeEdges } from './route';

/** Column and lane order, passed in so this module never loads the zod schema (worker, build). */
export interface Axes {
  levels: readonly string[];
  tracks: readonly string[];
}

/** The only fields the layout reads. */
export interface LayoutInput {
  roles: readonly Pick<Role, 'id' | 'track' | 'level'>[];
  transitions: readonly Pick<Transition, 'id' | 'from' | 'to'>[];
}

interface Variant {
  spacing: Spacing;
  /** Start the crossing step from the lanes bottom-up instead of top-down. */
  reverse: boolean;
}

/**
 * Wide level columns leave room for labels on a classroom screen. Small changes in spacing
 * and start order move a few crossings either way, so a handful of variants is drawn and
 * measured and the clearest kept (the measure's count of edges through dots first, then
 * crossings). The first is the default; a large import tries only that one.
 */
const VARIANTS: readonly Variant[] = [
  { spacing: { row: 80, dummyRow: 40, level: 420, sub: 150 }, reverse: false },
  { spacing: { row: 80, dummyRow: 40, level: 420, sub: 150 }, reverse: true },
  { spacing: { row: 80, dummyRow: 30, level: 420, sub: 150 }, reverse: false },
  { spacing: { row: 70, dummyRow: 40, level: 420, sub: 150 }, reverse: false },
];

/**
 * Above this size (roles, or moves) the careful steps cost too much: from SMALL on, one
 * variant and no polishing on the drawing; from LARGE on, the quick layout (quick.ts).
 * The built-in data (33 roles, ~50 moves) gets everything; `npm run bench` times each.
 */
const SMALL = { roles: 50, moves: 100 };
const LARGE = { roles: 150, moves: 600 };

function drawVariant(
  nodes: readonly LayoutNode[],
  edges: readonly MeasureEdge[],
  variant: Variant,
  maxSubX: number,
): Layout & { pos: Map<string, { x: number; y: number }> } {
  const ranked = assignRanks(nodes, edges, maxSubX);
  const layered = buildLayers(nodes, ranked);
  if (variant.reverse) for (const layer of layered.layers) layer.reverse();
  const small = nodes.length <= SMALL.roles && edges.length <= SMALL.moves;
  minimiseCrossings(layered, small ? 24 : 8);
  const xs = assignX(ranked.levelOfRank, variant.spacing);
  const place = () => {
    const ys = assignY(layered, variant.spacing);
    // Sigma's y axis points up; negate so the first row is drawn at the top.
    return new Map(nodes.map((n) => [n.id, { x: xs[ranked.rank.get(n.id) ?? 0] ?? 0, y: -(ys.get(n.id) ?? 0) }]));
  };
  if (small) {
    refineOrder(layered, () => {
      const m = measureLayout(place(), edges);
      return m.crossings + 2 * m.throughDots;
    });
  }
  const pos = place();
  const curvature = routeEdges(pos, edges, small ? 2 : 1);
  return { positions: Object.fromEntries(pos), curvature, pos };
}

/**
 * `maxSubX` caps the sub-columns a level may split into for moves inside the level; 1 (one
 * column per level, same-level moves drawn as curves) measured fewest crossings on our data.
 */
export function layeredLayout(
  roles: LayoutInput['roles'],
  transitions: LayoutInput['transitions'],
  axes: Axes,
  maxSubX = 1,
): Layout {
  const ids = new Set(roles.map((r) => r.id));
  const nodes = roles.map((r) => ({
    id: r.id,
    level: axes.levels.indexOf(r.level),
    track: axes.tracks.indexOf(r.track),
  }));
  const edges = transitions
    .filter((t) => ids.has(t.from) && ids.has(t.to))
    .map((t) => ({ id: t.id, source: t.from, target: t.to }));
  if (nodes.length > LARGE.roles || edges.length > LARGE.moves) return quickLayout(nodes, edges, VARIANTS[0]!.spacing);
  const small = nodes.length <= SMALL.roles && edges.length <= SMALL.moves;
  let best: { layout: Layout; score: number } | null = null;
  for (const variant of small ? VARIANTS : VARIANTS.slice(0, 1)) {
    const { pos, ...layout } = drawVariant(nodes, edges, variant, maxSubX);
    const m = measureLayout(pos, edges, layout.curvature);
    const score = m.throughDots * 1000 + m.crossings;
    if (!best || score < best.score) best = { layout, score };
  }
  return best?.layout ?? { positions: {}, curvature: {} };
}
