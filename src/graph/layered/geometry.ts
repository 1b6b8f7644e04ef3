/**
 * Geometry shared by edge routing and by the layout measure: the curve sigma draws for an
 * edge and the two things that make a map hard to read — edges crossing, and edges running
 * through a dot that is not one of their ends. Coordinates here are y-up, like sigma's graph
 * space. A curved edge is the quadratic Bézier of @sigma/edge-curve: its control point sits
 * at the chord's midpoint plus `curvature` × the chord turned a quarter left.
 */
export interface Point {
  x: number;
  y: number;
}

export function curvePoints(a: Point, b: Point, curvature: number, steps = 12): Point[] {
  if (!curvature) return [a, b];
  const c = { x: (a.x + b.x) / 2 - curvature * (b.y - a.y), y: (a.y + b.y) / 2 + curvature * (b.x - a.x) };
  const out: Point[] = [];
  for (let i = 0; i <= steps; i++) {
    const t = i / steps;
    const u = 1 - t;
    out.push({ x: u * u * a.x + 2 * u * t * c.x + t * t * b.x, y: u * u * a.y + 2 * u * t * c.y + t * t * b.y });
  }
  return out;
}

function cross(o: Point, a: Point, b: Point): number {
  return (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);
}

/** Proper intersection of two segments (touching at an end does not count). */
export function segmentsCross(p1: Point, p2: Point, q1: Point, q2: Point): boolean {
  const d1 = cross(q1, q2, p1);
  const d2 = cross(q1, q2, p2);
  const d3 = cross(p1, p2, q1);
  const d4 = cross(p1, p2, q2);
  return ((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0));
}

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export function boxOf(points: readonly Point[]): Box {
  const b = { x0: Infinity, y0: Infinity, x1: -Infinity, y1: -Infinity };
  for (const p of points) {
    b.x0 = Math.min(b.x0, p.x);
    b.y0 = Math.min(b.y0, p.y);
    b.x1 = Math.max(b.x1, p.x);
    b.y1 = Math.max(b.y1, p.y);
  }
  return b;
}

export function boxesMeet(a: Box, b: Box, margin = 0): boolean {
  return a.x0 - margin <= b.x1 && b.x0 - margin <= a.x1 && a.y0 - margin <= b.y1 && b.y0 - margin <= a.y1;
}

/** How many times two polylines cross; the short end pieces are skipped (edges meeting at a dot). */
export function polylineCrossings(p: readonly Point[], q: readonly Point[]): number {
  let n = 0;
  for (let i = 0; i + 1 < p.length; i++) {
    for (let j = 0; j + 1 < q.length; j++) {
      if (segmentsCross(p[i] as Point, p[i + 1] as Point, q[j] as Point, q[j + 1] as Point)) n++;
    }
  }
  return n;
}

function segmentDistance(p: Point, a: Point, b: Point): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const len2 = dx * dx + dy * dy;
  const t = len2 ? Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / len2)) : 0;
  return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

export function polylineDistance(p: Point, line: readonly Point[]): number {
  let d = Infinity;
  for (let i = 0; i + 1 < line.length; i++) d = Math.min(d, segmentDistance(p, line[i] as Point, line[i + 1] as Point));
  return d;
}
