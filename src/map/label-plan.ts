/**
 * Gathers what placeLabels needs from the live renderer — each dot's screen position and
 * size, each label's wrapped lines measured with the canvas font — and returns the plan the
 * node reducer applies. Runs after the camera settles, the view state changes or a resize.
 */
import { labelsTried, placeLabels, wrapLabel, type LabelCandidate, type Placement } from './labels';
import type { CareerGraph, RoleNodeAttributes } from '../graph/types';
import { LINE_HEIGHT } from './draw-labels';
import type { MapView } from './camera';

export interface LabelPlan {
  lines: string[];
  placement: Placement;
}

interface Shown {
  label?: string | null;
  size?: number;
  forceLabel?: boolean;
  hidden?: boolean;
}

let measureContext: CanvasRenderingContext2D | null = null;

/** Text widths in `font`, measured on a canvas of the page's. */
function canvasMeasure(font: string): ((s: string) => number) | null {
  measureContext ??= document.createElement('canvas').getContext('2d');
  const ctx = measureContext;
  if (!ctx) return null;
  ctx.font = font;
  return (s) => ctx.measureText(s).width;
}

/**
 * Text widths by font, kept across redraws: a label's lines are measured once per font, not on every
 * plan (measureText took about half of a route click's task). Cleared past a size no real map reaches.
 */
const widthsByFont = new Map<string, Map<string, number>>();
const WIDTHS_KEPT = 200_000;

/** A measuring function for the context's current font, remembering every width it measured. */
export function cachedMeasure(font: string, measureText: (s: string) => number): (s: string) => number {
  let widths = widthsByFont.get(font);
  if (!widths) widthsByFont.set(font, (widths = new Map()));
  const kept = widths;
  return (s) => {
    let w = kept.get(s);
    if (w === undefined) {
      if (kept.size >= WIDTHS_KEPT) kept.clear();
      kept.set(s, (w = measureText(s)));
    }
    return w;
  };
}

/** Labels wrap to the gap between two level columns, so a label stays inside its own column. */
function columnLabelWidth(points: Iterable<{ x: number }>): number {
  const columns = [...new Set([...points].map((p) => Math.round(p.x)))].sort((a, b) => a - b);
  let columnGap = Infinity;
  for (let i = 1; i < columns.length; i++) columnGap = Math.min(columnGap, (columns[i] ?? 0) - (columns[i - 1] ?? 0));
  return Math.max(90, Math.min(220, Number.isFinite(columnGap) ? columnGap * 0.85 : 220));
}

type Dot = { id: string; x: number; y: number; r: number };
type Labelled = Dot & { label: string; forced: boolean; priority: number };

/** The roles drawn in view: each dot's screen position and radius, and those that want a label. */
function dotsInView(
  renderer: MapView,
  graph: CareerGraph,
  shown: (node: string, attrs: RoleNodeAttributes) => Shown,
): { dots: Dot[]; labelled: Labelled[]; maxWidth: number } {
  const { width, height } = renderer.getDimensions();
  const screen = new Map<string, { x: number; y: number }>();
  graph.forEachNode((node) => {
    const data = renderer.getNodeDisplayData(node);
    if (data) screen.set(node, renderer.framedGraphToViewport(data));
  });
  const maxWidth = columnLabelWidth(screen.values());
  const dots: Dot[] = [];
  const labelled: Labelled[] = [];
  graph.forEachNode((node, attrs) => {
    const p = screen.get(node);
    // Off-screen roles neither get a label nor block one (a big import has thousands).
    if (!p || p.x < -50 || p.y < -50 || p.x > width + 50 || p.y > height + 50) return;
    const look = shown(node, attrs);
    if (look.hidden) return;
    const r = renderer.scaleSize(look.size ?? attrs.size);
    dots.push({ id: node, x: p.x, y: p.y, r });
    if (look.label)
      labelled.push({
        id: node,
        x: p.x,
        y: p.y,
        r,
        label: look.label,
        forced: look.forceLabel === true,
        priority: graph.degree(node),
      });
  });
  return { dots, labelled, maxWidth };
}

/** The labels a plan tries, wrapped and measured, with the dots they must keep clear of: planLabels' first half. */
export interface MeasuredLabels {
  candidates: LabelCandidate[];
  /** Each candidate's lines: two in its column's width, and one long line. */
  wrapped: Map<string, string[][]>;
  dots: Dot[];
  width: number;
  height: number;
}

/**
 * Wraps and measures the labels placeLabels will try; null where no text can be measured.
 * `measureIn` gives text widths in a font (a page canvas's by default; tests give their own).
 */
export function measureLabels(
  renderer: MapView,
  graph: CareerGraph,
  shown: (node: string, attrs: RoleNodeAttributes) => Shown,
  measureIn: (font: string) => ((s: string) => number) | null = canvasMeasure,
): MeasuredLabels | null {
  const settings = renderer.getSettings();
  const font = `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
  const measureText = measureIn(font);
  if (!measureText) return null;
  const measure = cachedMeasure(font, measureText);
  const { width, height } = renderer.getDimensions();
  const { dots, labelled, maxWidth } = dotsInView(renderer, graph, shown);

  const candidates: LabelCandidate[] = [];
  const wrapped = new Map<string, string[][]>();
  // Measure only the labels placeLabels will try (5,000 roles in view took ≈150 ms to measure).
  for (const { label, ...c } of labelsTried(labelled)) {
    // Two lines in the column's width first; one long line where two lines would collide.
    const lines = wrapLabel(label, maxWidth, measure);
    const oneLine = wrapLabel(label, Math.max(maxWidth, 320), measure, 1);
    wrapped.set(c.id, [lines, oneLine]);
    candidates.push({
      ...c,
      lineWidths: lines.map(measure),
      alternatives: [oneLine.map(measure)],
      lineHeight: settings.labelSize * LINE_HEIGHT,
    });
  }
  return { candidates, wrapped, dots, width, height };
}

/** Places the measured labels clear of each other and of the dots (none where nothing was measured): planLabels' second half. */
export function placeMeasured(measured: MeasuredLabels | null): Map<string, LabelPlan> {
  if (!measured) return new Map();
  const { candidates, wrapped, dots, width, height } = measured;
  // The top 20 px hold the column headings, the bottom 48 px the zoom buttons.
  const placements = placeLabels(candidates, dots, { width, height: height - 48, top: 20 });
  const plan = new Map<string, LabelPlan>();
  for (const c of candidates) {
    const placed = placements.get(c.id);
    if (placed) plan.set(c.id, { lines: wrapped.get(c.id)?.[placed.shape] ?? [], placement: placed.placement });
  }
  return plan;
}

/** Which labels show and how they wrap; `measureIn` as in measureLabels. */
export function planLabels(
  renderer: MapView,
  graph: CareerGraph,
  shown: (node: string, attrs: RoleNodeAttributes) => Shown,
  measureIn: (font: string) => ((s: string) => number) | null = canvasMeasure,
): Map<string, LabelPlan> {
  return placeMeasured(measureLabels(renderer, graph, shown, measureIn));
}

export function samePlan(a: ReadonlyMap<string, LabelPlan>, b: ReadonlyMap<string, LabelPlan>): boolean {
  if (a.size !== b.size) return false;
  for (const [id, p] of a) {
    const q = b.get(id);
    if (!q || q.placement !== p.placement || q.lines.join('\n') !== p.lines.join('\n')) return false;
  }
  return true;
}
