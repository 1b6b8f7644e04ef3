/**
 * The readability measure of a drawn map, used by the layout tests and the build script:
 * edge crossings and edges that run through a dot other than their own ends. The layout
 * is scaled the way sigma fits a graph into its container, so "through a dot" means what
 * a reader sees at the default zoom: the edge passes within `dotRadius` pixels of a centre.
 */
import { boxesMeet, boxOf, curvePoints, polylineCrossings, polylineDistance, type Point } from './geometry';

export interface MeasureEdge {
  id: string;
  source: string;
  target: string;
}

export interface MeasureOptions {
  width: number;
  height: number;
  /** Pixel distance from a dot's centre that counts as running through it. */
  dotRadius: number;
}

export const MEASURE_DEFAULTS: MeasureOptions = { width: 1000, height: 700, dotRadius: 10 };

export interface Measure {
  crossings: number;
  throughDots: number;
  /** Ids of the edges that run through a dot, for messages. */
  edgesThroughDots: string[];
}

/** Scales positions uniformly to fit width × height (sigma keeps the aspect ratio too). */
export function fitToViewport(
  positions: ReadonlyMap<string, Point>,
  width: number,
  height: number,
): Map<string, Point> {
  const all = [...positions.values()];
  const b = boxOf(all);
  const scale = Math.min(width / Math.max(1e-9, b.x1 - b.x0), height / Math.max(1e-9, b.y1 - b.y0));
  return new Map([...positions].map(([id, p]) => [id, { x: (p.x - b.x0) * scale, y: (p.y - b.y0) * scale }]));
}

export function measureLayout(
  positions: ReadonlyMap<string, Point>,
  edges: readonly MeasureEdge[],
  curvature: Readonly<Record<string, number>> = {},
  options: Partial<MeasureOptions> = {},
): Measure {
  const opts = { ...MEASURE_DEFAULTS, ...options };
  const pos = fitToViewport(positions, opts.width, opts.height);
  const drawn = edges
    .filter((e) => pos.has(e.source) && pos.has(e.target))
    .map((e) => {
      const line = curvePoints(pos.get(e.source) as Point, pos.get(e.target) as Point, curvature[e.id] ?? 0);
      return { ...e, line, box: boxOf(line) };
    });
  let crossings = 0;
  for (let i = 0; i < drawn.length; i++) {
    for (let j = i + 1; j < drawn.length; j++) {
      const a = drawn[i] as (typeof drawn)[number];
      const b = drawn[j] as (typeof drawn)[number];
      // Edges sharing a role meet at its dot; that is not a crossing.
      if (a.source === b.source || a.source === b.target || a.target === b.source || a.target === b.target) continue;
      if (boxesMeet(a.box, b.box)) crossings += polylineCrossings(a.line, b.line);
    }
  }
  const edgesThroughDots: string[] = [];
  for (const e of drawn) {
    for (const [id, p] of pos) {
      if (id === e.source || id === e.target) continue;
      if (!boxesMeet(e.box, { x0: p.x, y0: p.y, x1: p.x, y1: p.y }, opts.dotRadius)) continue;
      if (polylineDistance(p, e.line) < opts.dotRadius) {
        edgesThroughDots.push(e.id);
        break;
      }
    }
  }
  return { crossings, throughDots: edgesThroughDots.length, edgesThroughDots };
}
