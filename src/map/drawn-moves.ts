/**
 * Which moves a large map draws. Sigma draws every edge of its graph on each frame, and an
 * edge it is told to hide still goes through the GPU: at 5,000 roles and 50,000 moves one frame
 * took 1–2 s in a software-WebGL browser (about 150 ms with the roles alone), and 50,000 arrows
 * are a mass no one can follow anyway. So above the large-map threshold the renderer gets a graph
 * of its own — every role, and only the moves the view is about: the moves of the role pointed
 * at or opened, or the highlighted route's. The built-in map draws its own graph, every move.
 */
import type { MapEmphasis } from './emphasis';
import { isLargeMap } from './scale-settings';
import type { CareerGraph } from '../graph/types';

/** The graph sigma draws: the model's own, or for a large map its roles without their moves. */
export function drawnGraphFor(graph: CareerGraph): CareerGraph {
  return isLargeMap(graph.order, graph.size) ? graph.emptyCopy() : graph;
}

/** The moves a large map draws for this view state: the route's, else the focus role's. */
export function movesToDraw(graph: CareerGraph, emphasis: MapEmphasis, hovered: string | null): Set<string> {
  if (emphasis.route) return new Set([...emphasis.route.edges].filter((e) => graph.hasEdge(e)));
  const focus = hovered ?? emphasis.selected;
  return new Set(focus !== null && graph.hasNode(focus) ? graph.edges(focus) : []);
}

/** Moves kept in a large map's own graph (hidden when not in view) before it is emptied. */
export const KEPT_MOVES = 2000;

/**
 * Adds to `drawn` the wanted moves it lacks (a no-op when `drawn` is the model itself). Moves
 * no longer wanted stay, to be hidden by the edge reducer: dropping a move makes sigma re-read
 * every role. Past KEPT_MOVES the moves are cleared first — one re-read of every role through
 * the reducers, on sigma's side ('cleared': no refresh of the roles is needed after it).
 */
export function syncDrawnMoves(
  drawn: CareerGraph,
  graph: CareerGraph,
  wanted: ReadonlySet<string>,
): 'same' | 'added' | 'cleared' {
  if (drawn === graph) return 'same';
  const missing = [...wanted].filter((e) => !drawn.hasEdge(e));
  if (!missing.length) return 'same';
  const clear = drawn.size + missing.length > KEPT_MOVES;
  if (clear) drawn.clearEdges();
  for (const edge of clear ? wanted : missing)
    drawn.addDirectedEdgeWithKey(edge, graph.source(edge), graph.target(edge), graph.getEdgeAttributes(edge));
  return clear ? 'cleared' : 'added';
}

export interface ViewState {
  emphasis: MapEmphasis;
  hovered: string | null;
}

/**
 * The roles and moves whose look can differ between two view states, so that a large map
 * re-reads only those: the old and new route's, or the old and new focus role with its
 * neighbours and moves. Null when every item's look can change (a filter changed, or the
 * map went from nothing emphasised to a route or a focus, or back).
 */
export function changedItems(
  graph: CareerGraph,
  before: ViewState,
  after: ViewState,
): { nodes: Set<string>; edges: Set<string> } | null {
  if (before.emphasis.visible !== after.emphasis.visible) return null;
  const focusOf = (s: ViewState) => {
    const f = s.hovered ?? s.emphasis.selected;
    return f !== null && graph.hasNode(f) ? f : null;
  };
  const mode = (s: ViewState) => (s.emphasis.route ? 'route' : focusOf(s) !== null ? 'focus' : 'none');
  if (mode(before) !== mode(after)) return null;
  const nodes = new Set<string>();
  const edges = new Set<string>();
  for (const s of [before, after]) {
    const route = s.emphasis.route;
    if (route) {
      if (route === before.emphasis.route && route === after.emphasis.route) break;
      for (const n of route.nodes) nodes.add(n);
      for (const e of route.edges) edges.add(e);
      continue;
    }
    const focus = focusOf(s);
    if (focus === null) continue;
    nodes.add(focus);
    for (const n of graph.neighbors(focus)) nodes.add(n);
    for (const e of graph.edges(focus)) edges.add(e);
  }
  return { nodes, edges };
}
