/**
 * Step 4 of the layered layout: route each move around the dots. A straight move that runs
 * through another role's dot (a long move skipping a column, or a move inside a column) is
 * bent into the curve @sigma/edge-curve draws, choosing the gentlest curvature that clears
 * every dot and adds the fewest crossings. Moves are visited in id order: deterministic.
 */
import { boxesMeet, boxOf, curvePoints, polylineCrossings, polylineDistance, type Box, type Point } from './geometry';
import { fitToViewport, MEASURE_DEFAULTS, type MeasureEdge } from './measure';

const CANDIDATES = [0, 0.08, -0.08, 0.15, -0.15, 0.22, -0.22, 0.3, -0.3, 0.4, -0.4, 0.55, -0.55];

export function routeEdges(
  positions: ReadonlyMap<string, Point>,
  edges: readonly MeasureEdge[],
  passes = 2,
): Record<string, number> {
  // Route at the measure's scale, with a wider berth than the measure counts.
  const pos = fitToViewport(positions, MEASURE_DEFAULTS.width, MEASURE_DEFAULTS.height);
  const clearance = MEASURE_DEFAULTS.dotRadius * 1.5;
  const sorted = [...edges]
    .filter((e) => pos.has(e.source) && pos.has(e.target))
    .sort((a, b) => (a.id < b.id ? -1 : 1));
  const curvature: Record<string, number> = {};
  const lines = new Map<string, { line: Point[]; box: Box }>();
  const draw = (e: MeasureEdge, c: number) => {
    const line = curvePoints(pos.get(e.source) as Point, pos.get(e.target) as Point, c);
    return { line, box: boxOf(line) };
  };
  for (const e of sorted) lines.set(e.id, draw(e, 0));
  const dots = [...pos];

  for (let pass = 0; pass < passes; pass++) {
    for (const e of sorted) {
      let best = { cost: Infinity, c: 0, drawn: lines.get(e.id) as { line: Point[]; box: Box } };
      for (const c of CANDIDATES) {
        const drawn = draw(e, c);
        let hits = 0;
        for (const [id, p] of dots) {
          if (
            id === e.source ||
            id === e.target ||
            !boxesMeet(drawn.box, { x0: p.x, y0: p.y, x1: p.x, y1: p.y }, clearance)
          )
            continue;
          if (polylineDistance(p, drawn.line) < clearance) hits++;
        }
        let crossings = 0;
        for (const o of sorted) {
          if (
            o === e ||
            o.source === e.source ||
            o.source === e.target ||
            o.target === e.source ||
            o.target === e.target
          )
            continue;
          const other = lines.get(o.id) as { line: Point[]; box: Box };
          if (boxesMeet(drawn.box, other.box)) crossings += polylineCrossings(drawn.line, other.line);
        }
        const cost = hits * 1000 + crossings * 10 + Math.abs(c) * 20;
        if (cost < best.cost) best = { cost, c, drawn };
      }
      if (best.c) curvature[e.id] = best.c;
      else delete curvature[e.id];
      lines.set(e.id, best.drawn);
    }
  }
  return curvature;
}
