/**
 * Which role labels the map shows, and where, so that no two labels overprint. Pure: the
 * caller gives dot positions in screen pixels and label sizes (measured on a canvas), and
 * gets back a placement per labelled role. Greedy by importance: the roles a reader is
 * looking at (selected, hovered, its neighbours, the highlighted route) first and always;
 * then the best-connected roles, which are the map's crossroads; a label that would overlap
 * a placed label or another dot tries the next spot around its dot, else stays hidden.
 */

export type Placement = 'below' | 'above' | 'right' | 'left';

export interface LabelCandidate {
  id: string;
  /** Dot centre and radius in screen pixels. */
  x: number;
  y: number;
  r: number;
  /** Width of each wrapped line, in pixels. */
  lineWidths: number[];
  /** Other ways to wrap the same title (e.g. on one line), tried when the first fits nowhere. */
  alternatives?: number[][];
  lineHeight: number;
  /** Always labelled (selected, its neighbours, the route). */
  forced: boolean;
  /** Higher goes first among the rest. */
  priority: number;
}

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Below first: arrows leave a dot sideways, so text under it is crossed least. */
export const PLACEMENTS: readonly Placement[] = ['below', 'above', 'right', 'left'];
const GAP = 2;

export function labelBox(
  c: Pick<LabelCandidate, 'x' | 'y' | 'r' | 'lineWidths' | 'lineHeight'>,
  placement: Placement,
): Box {
  const w = Math.max(0, ...c.lineWidths);
  const h = c.lineWidths.length * c.lineHeight;
  switch (placement) {
    case 'below':
      return { x0: c.x - w / 2, x1: c.x + w / 2, y0: c.y + c.r + GAP, y1: c.y + c.r + GAP + h };
    case 'above':
      return { x0: c.x - w / 2, x1: c.x + w / 2, y0: c.y - c.r - GAP - h, y1: c.y - c.r - GAP };
    case 'right':
      return { x0: c.x + c.r + GAP + 1, x1: c.x + c.r + GAP + 1 + w, y0: c.y - h / 2, y1: c.y + h / 2 };
    case 'left':
      return { x0: c.x - c.r - GAP - 1 - w, x1: c.x - c.r - GAP - 1, y0: c.y - h / 2, y1: c.y + h / 2 };
  }
}

export function boxesOverlap(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

function hitsDot(box: Box, d: { x: number; y: number; r: number }): boolean {
  const nx = Math.max(box.x0, Math.min(d.x, box.x1));
  const ny = Math.max(box.y0, Math.min(d.y, box.y1));
  return Math.hypot(nx - d.x, ny - d.y) < d.r;
}

/** `top` keeps a strip free at the top of the map (the column headings). */
export const MAX_TRIED = 600;

/** Boxes bucketed by 64 px cells, so a thousand-role map checks only its neighbourhood. */
class BoxGrid<T extends Box> {
  private cells = new Map<number, T[]>();
  private static readonly CELL = 64;
  private keys(b: Box): number[] {
    const c = BoxGrid.CELL;
    const out: number[] = [];
    for (let i = Math.floor(b.x0 / c); i <= Math.floor(b.x1 / c); i++)
      for (let j = Math.floor(b.y0 / c); j <= Math.floor(b.y1 / c); j++) out.push(i * 65536 + j);
    return out;
  }
  add(item: T) {
    for (const k of this.keys(item)) {
      const cell = this.cells.get(k);
      if (cell) cell.push(item);
      else this.cells.set(k, [item]);
    }
  }
  some(b: Box, test: (item: T) => boolean): boolean {
    for (const k of this.keys(b)) if (this.cells.get(k)?.some(test)) return true;
    return false;
  }
}

const inside = (b: Box, v: { width: number; height: number; top?: number }) =>
  b.x0 >= 0 && b.y0 >= (v.top ?? 0) && b.x1 <= v.width && b.y1 <= v.height;

/**
 * Chooses labels; `dots` are every dot drawn (labelled or not), which labels keep off. Forced labels never overlap each other either if any spot avoids it; when
 * none does (a crowd of neighbours at a far zoom-out) a forced label still shows, below.
 */
export interface Placed {
  placement: Placement;
  /** 0 for the candidate's own wrapping, i + 1 for alternatives[i]. */
  shape: number;
}

/** The labels placeLabels tries, in its order: forced ones, then by priority, at most MAX_TRIED others. */
export function labelsTried<T extends Pick<LabelCandidate, 'id' | 'forced' | 'priority'>>(
  candidates: readonly T[],
): T[] {
  return [...candidates]
    .sort(
      (a, b) =>
        Number(b.forced) - Number(a.forced) || b.priority - a.priority || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    )
    .filter((c, i) => c.forced || i < MAX_TRIED);
}

export function placeLabels(
  candidates: readonly LabelCandidate[],
  dots: readonly { id: string; x: number; y: number; r: number }[],
  viewport: { width: number; height: number; top?: number },
): Map<string, Placed> {
  // A screen holds a few hundred labels at most: beyond that, only the most important try.
  const order = labelsTried(candidates);
  const placed = new BoxGrid<Box>();
  const dotGrid = new BoxGrid<Box & { id: string; x: number; y: number; r: number }>();
  for (const d of dots) dotGrid.add({ ...d, x0: d.x - d.r, y0: d.y - d.r, x1: d.x + d.r, y1: d.y + d.r });
  const clearOfLabels = (box: Box) => !placed.some(box, (b) => boxesOverlap(b, box));
  const out = new Map<string, Placed>();
  for (const c of order) {
    const shapes = [c.lineWidths, ...(c.alternatives ?? [])].map((lineWidths, shape) => ({ ...c, lineWidths, shape }));
    // Strictest first: on screen, clear of labels and dots. A forced label then relaxes the
    // dots, then the screen edge, and only as a last resort overprints.
    const tests: ((box: Box) => boolean)[] = [
      (box) =>
        inside(box, viewport) && clearOfLabels(box) && !dotGrid.some(box, (d) => d.id !== c.id && hitsDot(box, d)),
      ...(c.forced ? [(box: Box) => inside(box, viewport) && clearOfLabels(box), clearOfLabels] : []),
    ];
    let chosen: Placed | null = null;
    for (const ok of tests) {
      for (const shape of shapes) {
        const p = PLACEMENTS.find((q) => ok(labelBox(shape, q)));
        if (p) {
          chosen = { placement: p, shape: shape.shape };
          break;
        }
      }
      if (chosen) break;
    }
    if (!chosen && c.forced) chosen = { placement: 'below', shape: 0 };
    if (chosen) {
      out.set(c.id, chosen);
      placed.add(labelBox(shapes[chosen.shape] ?? c, chosen.placement));
    }
  }
  return out;
}

/** Splits a title into at most `maxLines` lines no wider than `maxWidth`; the last line ends in "…" if cut. */
export function wrapLabel(text: string, maxWidth: number, measure: (s: string) => number, maxLines = 2): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const next = line ? `${line} ${word}` : word;
    if (line && measure(next) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = `${kept[maxLines - 1] ?? ''} ${lines.slice(maxLines).join(' ')}`;
  while (last.length > 1 && measure(`${last}…`) > maxWidth) last = last.slice(0, -1).trimEnd();
  kept[maxLines - 1] = `${last}…`;
  return kept;
}
