/**
 * Camera arithmetic for the map, pure so it is tested in Node: the frame that leaves room
 * for labels around the dots, and how far a small screen must zoom in so dots stay apart.
 */
export interface Point {
  x: number;
  y: number;
}

export interface Frame {
  x: [number, number];
  y: [number, number];
}

/** Pixels to keep free around the dots for labels: half a label each side, two lines below. */
export interface LabelRoom {
  side: number;
  below: number;
  above: number;
}

/**
 * The graph-space box sigma should fit so that, at the resulting scale, `room` pixels are
 * free around the outermost dots (sigma's y axis points up, so "below" is lower y).
 */
export function labelFrame(points: readonly Point[], width: number, height: number, room: LabelRoom): Frame | null {
  if (!points.length) return null;
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const gw = Math.max(1, maxX - minX);
  const gh = Math.max(1, maxY - minY);
  const scale = Math.max(1e-6, Math.min((width - 2 * room.side) / gw, (height - room.below - room.above) / gh));
  // A tiny container cannot fit the room; never let it swallow more than the graph itself.
  const padX = Math.min(room.side / scale, gw * 0.5);
  return {
    x: [minX - padX, maxX + padX],
    y: [minY - Math.min(room.below / scale, gh * 0.5), maxY + Math.min(room.above / scale, gh * 0.5)],
  };
}

/** Smallest distance between two points (screen pixels); Infinity for fewer than two. */
export function closestDistance(points: readonly Point[]): number {
  const sorted = [...points].sort((a, b) => a.x - b.x || a.y - b.y);
  // A layered map puts a thousand dots in one column (one x): where each column ends, so a
  // scan can leave a column once its dots are too far below.
  const columnEnd = new Array<number>(sorted.length);
  for (let i = sorted.length - 1; i >= 0; i--)
    columnEnd[i] = i + 1 < sorted.length && sorted[i + 1]!.x === sorted[i]!.x ? columnEnd[i + 1]! : i + 1;
  let best = Infinity;
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i] as Point;
    for (let j = i + 1; j < sorted.length; j++) {
      const b = sorted[j] as Point;
      if (b.x - a.x >= best) break;
      if (b.y - a.y >= best) j = columnEnd[j]! - 1;
      else if (a.y - b.y < best) best = Math.min(best, Math.hypot(b.x - a.x, b.y - a.y));
    }
  }
  return best;
}

/**
 * Camera ratio (sigma: < 1 zooms in) that brings the closest dots `minPx` apart, never
 * zooming in beyond `maxZoom` times (a huge imported graph stays navigable).
 */
export function zoomForSpacing(closestPx: number, minPx: number, maxZoom = 5): number {
  if (!Number.isFinite(closestPx) || closestPx >= minPx) return 1;
  return Math.max(1 / maxZoom, closestPx / minPx);
}

/**
 * Where the default view's centre goes across (px in the whole-map view) when it zooms in by
 * `ratio`: dots spanning [min, max] that then fit with `margin` px each side are centred; wider
 * ones start `margin` px inside the left edge (the entry roles).
 */
export function zoomedCentre(min: number, max: number, width: number, ratio: number, margin: number): number {
  return (max - min) / ratio <= width - 2 * margin ? (min + max) / 2 : min + ratio * (width / 2 - margin);
}

/** The point of the dots' box nearest to `centre`: zooming in around it keeps dots in view. */
export function intoBox(centre: Point, dots: readonly Point[]): Point {
  const into = (v: number, vs: number[]) => Math.min(Math.max(v, Math.min(...vs)), Math.max(...vs));
  return dots.length
    ? {
        x: into(
          centre.x,
          dots.map((d) => d.x),
        ),
        y: into(
          centre.y,
          dots.map((d) => d.y),
        ),
      }
    : centre;
}

/**
 * The column headings that fit without touching (centre x in px; `letterPx` a letter's width, a
 * little over its average): the first and the last column's first (where the ladder starts and
 * ends), then the others that fit.
 */
export function spacedHeads<H extends { label: string; x: number }>(heads: readonly H[], letterPx = 9.4, gap = 8): H[] {
  const byPriority = heads.length > 1 ? [heads[0]!, heads[heads.length - 1]!, ...heads.slice(1, -1)] : heads;
  const kept: H[] = [];
  for (const h of byPriority)
    if (kept.every((k) => Math.abs(k.x - h.x) >= ((k.label.length + h.label.length) * letterPx) / 2 + gap))
      kept.push(h);
  return kept.sort((a, b) => a.x - b.x);
}
