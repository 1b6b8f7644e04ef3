/**
 * Markers of different routes often land on the same spot (every route starts at the same
 * role, with the same pay). Drawn as they are, a later route's marker hides the earlier one,
 * so a reader (and a pointer) finds one point where there are two. Spread each cluster of
 * markers closer than `minGap` px side by side, centred on where they belong; the line and
 * the table keep the exact value.
 */
export interface Dot {
  cx: number;
  cy: number;
}

/**
 * Centre-to-centre distance that keeps two markers apart: the widest marker (the chart's diamond,
 * 12 px across) plus its 2.5 px stroke, and a pixel between (issue 27: they touched at 11).
 */
export const MARKER_GAP = 16;

export function dodgeDots<T extends Dot>(groups: readonly (readonly T[])[], minGap = MARKER_GAP): T[][] {
  const out = groups.map((g) => g.map((d) => ({ ...d })));
  const all = out.flatMap((g, gi) => g.map((d) => ({ d, gi })));
  const done = new Set<T>();
  for (const { d } of all) {
    if (done.has(d)) continue;
    // Markers of other series within minGap of this one (same series never collide: x grows).
    const cluster = all.filter((o) => !done.has(o.d) && Math.hypot(o.d.cx - d.cx, o.d.cy - d.cy) < minGap);
    const series = new Set(cluster.map((o) => o.gi));
    if (series.size < 2) continue;
    const x0 = d.cx;
    cluster.forEach((o, i) => {
      o.d.cx = x0 + (i - (cluster.length - 1) / 2) * minGap;
      done.add(o.d);
    });
  }
  return out;
}
