/**
 * Step 3 of the layered layout: coordinates. x comes from the rank (levels spaced wider
 * than the sub-columns inside a level, so a level still reads as one column). y keeps the
 * order found by the crossing step and pulls each vertex towards its neighbours so moves
 * run as straight as the gaps allow: per column this is a least-squares fit under
 * "keep the order and a minimum gap", solved exactly by pool-adjacent-violators.
 */
import type { Layered } from './order';

export interface Spacing {
  /** Gap between two real roles in a column. */
  row: number;
  /** Gap next to a dummy (a lane for a long move needs less room than a dot and its label). */
  dummyRow: number;
  /** Distance between the last sub-column of a level and the first of the next. */
  level: number;
  /** Distance between sub-columns inside a level. */
  sub: number;
}

/** Weighted isotonic regression of `target` (non-decreasing), pool-adjacent-violators. */
function isotonic(target: readonly number[], weight: readonly number[]): number[] {
  const blocks: { sum: number; w: number; n: number }[] = [];
  target.forEach((t, i) => {
    const w = weight[i] ?? 1;
    blocks.push({ sum: t * w, w, n: 1 });
    while (blocks.length > 1) {
      const b = blocks[blocks.length - 1] as { sum: number; w: number; n: number };
      const a = blocks[blocks.length - 2] as { sum: number; w: number; n: number };
      if (a.sum / a.w <= b.sum / b.w) break;
      blocks.splice(blocks.length - 2, 2, { sum: a.sum + b.sum, w: a.w + b.w, n: a.n + b.n });
    }
  });
  return blocks.flatMap((b) => Array<number>(b.n).fill(b.sum / b.w));
}

export function assignX(levelOfRank: readonly number[], spacing: Spacing): number[] {
  const xs: number[] = [];
  let x = 0;
  levelOfRank.forEach((level, r) => {
    if (r > 0) x += level === levelOfRank[r - 1] ? spacing.sub : spacing.level;
    xs.push(x);
  });
  return xs;
}

export function assignY(g: Layered, spacing: Spacing, passes = 12): Map<string, number> {
  const y = new Map<string, number>();
  const gapBetween = (a: string, b: string) => (g.dummies.has(a) || g.dummies.has(b) ? spacing.dummyRow : spacing.row);
  const offsets = (layer: readonly string[]) => {
    const off = [0];
    for (let i = 1; i < layer.length; i++)
      off.push((off[i - 1] ?? 0) + gapBetween(layer[i - 1] as string, layer[i] as string));
    return off;
  };
  for (const layer of g.layers) {
    const off = offsets(layer);
    const mid = (off[off.length - 1] ?? 0) / 2;
    layer.forEach((v, i) => y.set(v, (off[i] ?? 0) - mid));
  }
  // A dummy wants to sit on the straight line between its move's ends, which is where the
  // drawn (straight) edge will actually run; then its lane is really kept free.
  const onChain = new Map<string, { chain: string[]; t: number }>();
  for (const chain of g.chains.values()) {
    for (let i = 1; i + 1 < chain.length; i++) onChain.set(chain[i] as string, { chain, t: i / (chain.length - 1) });
  }
  const place = (layer: readonly string[], sides: Map<string, string[]>[]) => {
    if (!layer.length) return;
    const off = offsets(layer);
    const target: number[] = [];
    const weight: number[] = [];
    layer.forEach((v, i) => {
      const nb = sides.flatMap((s) => s.get(v) ?? []);
      const here = y.get(v) ?? 0;
      // Dummies pull harder so long moves stay straight; a vertex with no neighbours on
      // this side barely moves.
      const c = onChain.get(v);
      const ends = c ? [y.get(c.chain[0] as string) ?? 0, y.get(c.chain[c.chain.length - 1] as string) ?? 0] : null;
      const want = ends
        ? (ends[0] ?? 0) + ((ends[1] ?? 0) - (ends[0] ?? 0)) * (c?.t ?? 0)
        : nb.length
          ? nb.reduce((s, u) => s + (y.get(u) ?? 0), 0) / nb.length
          : here;
      const w = nb.length ? (g.dummies.has(v) ? 2 : 1) : 0.05;
      target.push(want - (off[i] ?? 0));
      weight.push(w);
    });
    const z = isotonic(target, weight);
    layer.forEach((v, i) => y.set(v, (z[i] ?? 0) + (off[i] ?? 0)));
  };
  for (let p = 0; p < passes; p++) {
    const down = p % 2 === 0;
    const ranks = g.layers.map((_, i) => i);
    for (const r of down ? ranks : ranks.reverse())
      place(g.layers[r] as string[], p === passes - 1 ? [g.up, g.down] : [down ? g.up : g.down]);
  }
  return y;
}
