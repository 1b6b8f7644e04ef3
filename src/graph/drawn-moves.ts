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
import type { CareerGraph } from './types';

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

/**
 * Makes `drawn` hold exactly `wanted` of the model's moves (a no-op when `drawn` is the model
 * itself or already holds them). True when it changed: the moves were cleared, and sigma, on
 * that event, has re-read every role through the reducers (no second refresh needed).
 */
export function syncDrawnMoves(drawn: CareerGraph, graph: CareerGraph, wanted: ReadonlySet<string>): boolean {
  if (drawn === graph) return false;
  if (drawn.size === wanted.size && [...wanted].every((e) => drawn.hasEdge(e))) return false;
  // One clear (one re-read of the roles in sigma) and a few additions, not a drop per move.
  drawn.clearEdges();
  for (const edge of wanted) drawn.addDirectedEdgeWithKey(edge, graph.source(edge), graph.target(edge), graph.getEdgeAttributes(edge));
  return true;
}
