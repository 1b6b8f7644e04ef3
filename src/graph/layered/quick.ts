/**
 * The layout for a big imported graph (thousands of roles), where placeholders for every
 * long move and exact crossing counts would take minutes: same columns (levels), order
 * by a few barycentre sweeps over each role's neighbours in every other column (scaled
 * to 0…1 so columns of different sizes compare), lanes by track to start. Straight moves.
 * Linear in the moves per sweep; still deterministic.
 */
import type { Layout } from '../../data/layout';
import type { MeasureEdge } from './measure';
import type { LayoutNode } from './ranks';

export function quickLayout(
  nodes: readonly LayoutNode[],
  edges: readonly MeasureEdge[],
  spacing: { row: number; level: number },
  sweeps = 6,
): Layout {
  const columns = new Map<number, LayoutNode[]>();
  for (const n of [...nodes].sort((a, b) => a.track - b.track || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    columns.set(n.level, [...(columns.get(n.level) ?? []), n]);
  }
  const neighbours = new Map<string, string[]>(nodes.map((n) => [n.id, []]));
  for (const e of edges) {
    neighbours.get(e.source)?.push(e.target);
    neighbours.get(e.target)?.push(e.source);
  }
  const place = new Map<string, number>();
  const index = () => {
    for (const col of columns.values())
      col.forEach((n, i) => place.set(n.id, col.length > 1 ? i / (col.length - 1) : 0.5));
  };
  index();
  const levels = [...columns.keys()].sort((a, b) => a - b);
  for (let s = 0; s < sweeps; s++) {
    for (const level of s % 2 ? [...levels].reverse() : levels) {
      const col = columns.get(level) ?? [];
      const key = new Map(
        col.map((n) => {
          const nb = neighbours.get(n.id) ?? [];
          return [
            n.id,
            nb.length ? nb.reduce((sum, m) => sum + (place.get(m) ?? 0.5), 0) / nb.length : (place.get(n.id) ?? 0.5),
          ];
        }),
      );
      col.sort((a, b) => (key.get(a.id) ?? 0) - (key.get(b.id) ?? 0) || a.track - b.track || (a.id < b.id ? -1 : 1));
      col.forEach((n, i) => place.set(n.id, col.length > 1 ? i / (col.length - 1) : 0.5));
    }
  }
  const positions: Layout['positions'] = {};
  for (const [level, col] of columns) {
    col.forEach(
      (n, i) => (positions[n.id] = { x: level * spacing.level, y: -(i - (col.length - 1) / 2) * spacing.row }),
    );
  }
  return { positions, curvature: {} };
}
