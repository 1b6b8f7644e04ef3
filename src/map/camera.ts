/**
 * The map's camera, on the live renderer: the frame sigma fits (dots plus room for their
 * labels), the default view (the whole map, or on a phone the readable part of it) and the
 * screen position of each level column for the column headings.
 */
import type { CameraState, Coordinates } from 'sigma/types';
import { levelName } from '../data/localize';
import { localeOr } from '../i18n/numbers';
import type { Level } from '../data/schema';
import {
  closestDistance,
  intoBox,
  labelFrame,
  spacedHeads,
  zoomedCentre,
  zoomForSpacing,
  type Frame,
  type LabelRoom,
} from './map-view';
import type { CareerGraph, CareerRenderer } from '../graph/types';

/**
 * What the camera and the label plan read of the renderer: Sigma's, or before Sigma starts the
 * preview's stand-in with the same arithmetic (preview-view.ts).
 */
export interface MapView {
  getDimensions(): { width: number; height: number };
  /** A role's position in the framed graph. */
  getNodeDisplayData(node: string): Coordinates | undefined;
  framedGraphToViewport(p: Coordinates, override?: { cameraState?: CameraState }): Coordinates;
  viewportToFramedGraph(p: Coordinates, override?: { cameraState?: CameraState }): Coordinates;
  graphToViewport(p: Coordinates): Coordinates;
  scaleSize(size?: number): number;
  getSettings(): { labelFont: string; labelSize: number; labelWeight: string };
}

/** Closest two dots may be at the default zoom (the 24 px target, with margin). */
export const MIN_DOT_GAP_PX = 28;

/** Room around the dots for labels (px): half a wrapped label each side, two lines below. */
export function labelRoom(width: number): LabelRoom {
  // `above` clears the column headings over the top row.
  return width < 600 ? { side: 48, below: 30, above: 20 } : { side: 70, below: 34, above: 20 };
}

/** Sigma frames node positions, not labels: the box with room for labels around the dots. */
export function mapFrame(graph: CareerGraph, width: number, height: number): Frame | null {
  return labelFrame(
    graph.mapNodes((_n, a) => ({ x: a.x, y: a.y })),
    width - 48,
    height - 48,
    labelRoom(width),
  );
}

/** Frames the renderer's camera on mapFrame's box. */
export function frameGraph(renderer: CareerRenderer, graph: CareerGraph, width: number, height: number) {
  const box = mapFrame(graph, width, height);
  if (box) renderer.setCustomBBox(box);
  // The box changes where dots go (sigma's process step), not how they look: no reducer runs
  // (a full refresh re-read all 5,000 roles of a large map on every panel opening).
  renderer.refresh({ partialGraph: { nodes: [], edges: [] }, skipIndexation: false });
}

/**
 * The default camera: the whole map, unless that puts dots closer than MIN_DOT_GAP_PX (a
 * phone) — then zoomed in just enough, with the top-left (entry) corner in view.
 */
export function defaultCamera(renderer: MapView, graph: CareerGraph): CameraState {
  const whole: CameraState = { x: 0.5, y: 0.5, ratio: 1, angle: 0 };
  const points = graph
    .mapNodes((node) => renderer.getNodeDisplayData(node))
    .flatMap((d) => (d ? [renderer.framedGraphToViewport(d, { cameraState: whole })] : []));
  const ratio = zoomForSpacing(closestDistance(points), MIN_DOT_GAP_PX);
  if (ratio >= 1 || !points.length) return whole;
  // Zoomed in, the top row sits just under the headings; the columns are centred where they
  // fit (a large map's narrow ones) and start just inside the left edge where they do not (a phone).
  const { width: w, height: h } = renderer.getDimensions();
  const room = labelRoom(w);
  const at = (x: number, y: number) => renderer.viewportToFramedGraph({ x, y }, { cameraState: whole });
  const origin = at(0, 0);
  const perX = at(w, 0);
  const perY = at(0, h);
  const xs = points.map((p) => p.x);
  const shiftX = (zoomedCentre(Math.min(...xs), Math.max(...xs), w, ratio, room.side) - w / 2) / w;
  const shiftY = (h / 2 + (Math.min(...points.map((p) => p.y)) - h / 2) / ratio - room.above - 24) * (ratio / h);
  return {
    x: 0.5 + shiftX * (perX.x - origin.x) + shiftY * (perY.x - origin.x),
    y: 0.5 + shiftX * (perX.y - origin.y) + shiftY * (perY.y - origin.y),
    ratio,
    angle: 0,
  };
}

export interface ColumnHead {
  label: string;
  x: number;
}

/** One heading per level column, at the column's screen x (the column of most of its roles). */
export function columnHeads(renderer: MapView, graph: CareerGraph): ColumnHead[] {
  const xs = new Map<string, Map<number, number>>();
  graph.forEachNode((_n, a) => {
    const counts = xs.get(a.level) ?? new Map<number, number>();
    counts.set(a.x, (counts.get(a.x) ?? 0) + 1);
    xs.set(a.level, counts);
  });
  const { width } = renderer.getDimensions();
  const heads: ColumnHead[] = [];
  for (const [level, counts] of xs) {
    const x = [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? 0;
    const screen = renderer.graphToViewport({ x, y: 0 }).x;
    const label = levelName(level as Level, localeOr()) ?? level;
    if (screen > -40 && screen < width + 40) heads.push({ label, x: screen });
  }
  // A large map's columns can be closer than a heading is wide: the ones that would touch go.
  return spacedHeads(heads.sort((a, b) => a.x - b.x));
}

/** sigma's own zoom step (its zoom buttons and wheel). */
export const ZOOM_STEP = 1.5;

/**
 * Moves the camera to `target` over `duration` ms, or at once when `duration` is 0 — the reader
 * asked for reduced motion (GraphCanvas passes 0 then). sigma's animate cannot take 0 (0 / 0 ms).
 */
export function moveCamera(
  camera: ReturnType<CareerRenderer['getCamera']>,
  target: Partial<CameraState>,
  duration: number,
) {
  if (duration > 0) void camera.animate(target, { duration });
  else camera.setState(target);
}

/** Zooms in around the view's centre, moved into the roles' box first so roles stay in view. */
export function zoomInOnRoles(renderer: CareerRenderer, graph: CareerGraph, duration: number): void {
  const camera = renderer.getCamera();
  const dots = graph.mapNodes((node) => renderer.getNodeDisplayData(node)).flatMap((d) => (d ? [d] : []));
  moveCamera(camera, { ...intoBox(camera, dots), ratio: camera.ratio / ZOOM_STEP }, duration);
}
