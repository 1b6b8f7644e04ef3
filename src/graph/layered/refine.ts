/**
 * Step 2b: polish the order against the drawing itself. The crossing step counts crossings
 * between neighbouring columns, but the map draws a long move as one straight line and a
 * move inside a column as a curve, so a few of its choices look worse than it thinks. Here
 * each swap of two neighbours in a column is tried on the real geometry (coordinates, then
 * straight edges: crossings, plus edges running through dots, which will need a curve) and
 * kept when it helps. Deterministic: columns and positions in a fixed order.
 */
import type { Layered } from './order';

export function refineOrder(g: Layered, score: () => number, maxRounds = 4): number {
  let best = score();
  for (let round = 0; round < maxRounds; round++) {
    let improved = false;
    for (const layer of g.layers) {
      for (let i = 0; i + 1 < layer.length; i++) {
        const u = layer[i] as string;
        const v = layer[i + 1] as string;
        layer[i] = v;
        layer[i + 1] = u;
        const s = score();
        if (s < best) {
          best = s;
          improved = true;
        } else {
          layer[i] = u;
          layer[i + 1] = v;
        }
      }
    }
    if (!improved) break;
  }
  return best;
}
