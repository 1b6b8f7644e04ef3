/**
 * The map's first picture, drawn on a 2D canvas before Sigma starts (issue 29): Sigma's WebGL
 * context, programs and first draw take hundreds of milliseconds on a phone, while the layout is
 * known from the build. `previewPicture` works out what Sigma's first frame shows — the same camera
 * (camera.ts on preview-view.ts's stand-in), the same reducers' colours and sizes, the same label
 * plan (label-plan.ts) — and `previewSteps` paints it with Sigma's geometry: moves under dots, arrow
 * heads at the target dot's edge, labels by the map's own label drawer (draw-labels.ts).
 */
import type { CareerGraph, MoveEdgeAttributes, RoleNodeAttributes } from '../graph/types';
import { columnHeads, defaultCamera, mapFrame, type ColumnHead } from './camera';
import type { LabelData } from './draw-labels';
import { measureLabels, planLabels, type LabelPlan, type MeasuredLabels } from './label-plan';
import { ARROW_HEAD, MAP_SETTINGS } from './map-settings';
import { PreviewView } from './preview-view';

type NodeLook = Partial<RoleNodeAttributes> & { hidden?: boolean; zIndex?: number; label?: string | null };
type EdgeLook = Partial<MoveEdgeAttributes> & { hidden?: boolean; zIndex?: number };

export interface PreviewOptions {
  width: number;
  height: number;
  /** What Sigma's node and edge reducers return (GraphCanvas passes the same functions). */
  nodeLook: (node: string, attrs: RoleNodeAttributes) => NodeLook;
  edgeLook: (edge: string, attrs: MoveEdgeAttributes) => EdgeLook;
  /** Text widths in a font (label-plan.ts measures on a page canvas by default). */
  measureIn?: (font: string) => ((s: string) => number) | null;
  /** The label plan when already worked out (`previewLabelsMeasured`, then placed, during the load). */
  plan?: ReadonlyMap<string, LabelPlan>;
}

export interface PreviewDot {
  id: string;
  x: number;
  y: number;
  r: number;
  color: string;
}

/** A move on screen: from its source's centre to the tip on its target dot's edge. */
export interface PreviewMove {
  from: { x: number; y: number };
  to: { x: number; y: number };
  /** The curve's control point (@sigma/edge-curve's quadratic curve); absent for a straight arrow. */
  control?: { x: number; y: number };
  /** Radius of the target dot, where the arrow's tip stops. */
  targetR: number;
  thickness: number;
  color: string;
}

export interface PreviewPicture {
  width: number;
  height: number;
  moves: PreviewMove[];
  dots: PreviewDot[];
  /** What Sigma hands its label drawer: screen position, drawn size, lines and placement. */
  labels: LabelData[];
  heads: ColumnHead[];
}

/** Above any zIndex the reducers give (0–2). */
const CURVED_AFTER = 100;

/** Sigma draws by zIndex, lowest first; equal ones in graph order. */
const byZ = <T extends { z: number }>(a: T, b: T) => a.z - b.z;

/** Sigma's view of the map at its first frame: the framing and the default camera. */
function firstView(graph: CareerGraph, width: number, height: number): PreviewView {
  const view = new PreviewView(graph, width, height, mapFrame(graph, width, height));
  view.camera = defaultCamera(view, graph);
  return view;
}

/**
 * The first picture's labels wrapped and measured (null where no text can be measured): with
 * label-plan.ts's `placeMeasured`, the label plan previewPicture would work out, in two tasks.
 */
export function previewLabelsMeasured(graph: CareerGraph, options: PreviewOptions): MeasuredLabels | null {
  return measureLabels(firstView(graph, options.width, options.height), graph, options.nodeLook, options.measureIn);
}

export function previewPicture(graph: CareerGraph, options: PreviewOptions): PreviewPicture {
  const { width, height, nodeLook, edgeLook } = options;
  const view = firstView(graph, width, height);
  const plan = options.plan ?? planLabels(view, graph, nodeLook, options.measureIn);
  const screen = new Map<string, PreviewDot & { z: number }>();
  const labels: LabelData[] = [];
  graph.forEachNode((node, attrs) => {
    const look = nodeLook(node, attrs);
    if (look.hidden) return;
    const at = view.graphToViewport(attrs);
    const r = view.scaleSize(look.size ?? attrs.size);
    screen.set(node, { id: node, ...at, r, color: look.color ?? attrs.color, z: look.zIndex ?? 0 });
    const placed = plan.get(node);
    if (placed && look.label)
      labels.push({
        key: node,
        ...at,
        size: r,
        label: look.label,
        labelLines: placed.lines,
        labelPlacement: placed.placement,
      });
  });
  const moves: (PreviewMove & { z: number })[] = [];
  graph.forEachEdge((edge, attrs, source, target) => {
    const look = edgeLook(edge, attrs);
    const from = screen.get(source);
    const to = screen.get(target);
    if (look.hidden || !from || !to) return;
    const curvature = look.type === 'curved' ? (look.curvature ?? 0) : 0;
    const thickness = Math.max(MAP_SETTINGS.minEdgeThickness, view.scaleSize(look.size ?? attrs.size));
    const [dx, dy] = [to.x - from.x, to.y - from.y];
    const control = curvature
      ? { x: (from.x + to.x) / 2 + dy * curvature, y: (from.y + to.y) / 2 - dx * curvature }
      : undefined;
    // Sigma draws every move of its arrow program, then those of the curved one, each by zIndex.
    const z = (look.zIndex ?? 0) + (control ? CURVED_AFTER : 0);
    const color = look.color ?? attrs.color;
    moves.push({ from: { x: from.x, y: from.y }, to: { x: to.x, y: to.y }, targetR: to.r, thickness, color, z });
    if (control) moves[moves.length - 1]!.control = control;
  });
  return {
    width,
    height,
    moves: moves.sort(byZ),
    dots: [...screen.values()].sort(byZ),
    labels,
    heads: columnHeads(view, graph),
  };
}

/** The role whose dot is under a point (the topmost one), as Sigma's picking finds it; null for none. */
export function dotAt(picture: PreviewPicture, x: number, y: number): string | null {
  for (let i = picture.dots.length - 1; i >= 0; i--) {
    const dot = picture.dots[i]!;
    if (Math.hypot(dot.x - x, dot.y - y) <= dot.r) return dot.id;
  }
  return null;
}

type Point = { x: number; y: number };
const lerp = (a: Point, b: Point, t: number): Point => ({ x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t });

/** The point at `t` of a quadratic curve, and the curve from 0 to `t` (its control point). */
function curveAt(a: Point, c: Point, b: Point, t: number): { at: Point; control: Point } {
  const control = lerp(a, c, t);
  return { at: lerp(control, lerp(c, b, t), t), control };
}

/** Where a curve comes within `distance` of its end: the last of 64 steps from the end still outside. */
function curveParamAt(a: Point, c: Point, b: Point, distance: number): number {
  for (let i = 63; i >= 0; i--) {
    const t = i / 64;
    const { at } = curveAt(a, c, b, t);
    if (Math.hypot(at.x - b.x, at.y - b.y) >= distance) return t;
  }
  return 0;
}

/**
 * Sigma's shaders fade a move's two edges over one device pixel and a dot's rim over one CSS pixel;
 * a canvas antialiases half a pixel each side of the outline. Drawn this much thinner and smaller,
 * the preview's lines and dots carry the same ink as Sigma's.
 */
const EDGE_FADE_DEVICE_PX = 1;
const DOT_FADE_PX = 1;

/** A move as Sigma draws it: its line up to the arrow head, then the head, tip on the dot's edge. */
function drawMove(ctx: CanvasRenderingContext2D, move: PreviewMove, pixelRatio: number) {
  const head = ARROW_HEAD.length * move.thickness;
  const c = move.control ?? lerp(move.from, move.to, 0.5);
  const baseT = curveParamAt(move.from, c, move.to, move.targetR + head);
  const base = curveAt(move.from, c, move.to, baseT);
  const tip = curveAt(move.from, c, move.to, curveParamAt(move.from, c, move.to, move.targetR)).at;
  ctx.strokeStyle = ctx.fillStyle = move.color;
  ctx.lineWidth = Math.max(0, move.thickness - EDGE_FADE_DEVICE_PX / pixelRatio);
  ctx.beginPath();
  ctx.moveTo(move.from.x, move.from.y);
  ctx.quadraticCurveTo(base.control.x, base.control.y, base.at.x, base.at.y);
  ctx.stroke();
  const len = Math.hypot(tip.x - base.at.x, tip.y - base.at.y) || 1;
  const half = (ARROW_HEAD.width * move.thickness) / 2;
  const [nx, ny] = [((base.at.y - tip.y) / len) * half, ((tip.x - base.at.x) / len) * half];
  ctx.beginPath();
  ctx.moveTo(tip.x, tip.y);
  ctx.lineTo(base.at.x + nx, base.at.y + ny);
  ctx.lineTo(base.at.x - nx, base.at.y - ny);
  ctx.fill();
}

export type LabelDrawer = (ctx: CanvasRenderingContext2D, data: LabelData, settings: typeof MAP_SETTINGS) => void;

/**
 * Paints the picture on `canvas` as Sigma paints its layers — sized in device pixels and scaled by
 * `pixelRatio`, moves, then dots, then labels (with the label drawer Sigma is given) — in four
 * steps, run in order (the canvas's size and 2D context first), so the first paint can give each a
 * task of its own (on a slow phone one step is 10–40 ms, all together one long task).
 */
export function previewSteps(
  canvas: HTMLCanvasElement,
  picture: PreviewPicture,
  pixelRatio: number,
  drawLabel: LabelDrawer,
): (() => void)[] {
  let ctx: CanvasRenderingContext2D | null = null;
  return [
    () => {
      canvas.width = Math.floor(picture.width * pixelRatio);
      canvas.height = Math.floor(picture.height * pixelRatio);
      canvas.style.width = `${picture.width}px`;
      canvas.style.height = `${picture.height}px`;
      ctx = canvas.getContext('2d');
      ctx?.scale(pixelRatio, pixelRatio);
    },
    () => {
      if (ctx) for (const move of picture.moves) drawMove(ctx, move, pixelRatio);
    },
    () => {
      if (!ctx) return;
      for (const dot of picture.dots) {
        ctx.fillStyle = dot.color;
        ctx.beginPath();
        ctx.arc(dot.x, dot.y, Math.max(0, dot.r - DOT_FADE_PX / 2), 0, Math.PI * 2);
        ctx.fill();
      }
    },
    () => {
      if (ctx) for (const label of picture.labels) drawLabel(ctx, label, MAP_SETTINGS);
    },
  ];
}
