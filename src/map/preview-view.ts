/**
 * Sigma's camera arithmetic without Sigma: where a point of the graph lands on the screen for a
 * camera state, as Sigma 3 computes it (positions normalised into the framed box, then its camera
 * matrix with the stage padding and its correction ratio; the map never rotates, so angle 0). The
 * map's preview (map-preview.ts) places its dots with it before Sigma starts, through the same
 * camera.ts and label-plan.ts functions the Sigma map uses. tests/unit/map-preview.test.ts checks it
 * against Sigma's own functions (sigma/utils).
 */
import type { CameraState, Coordinates } from 'sigma/types';
import type { CareerGraph } from '../graph/types';
import type { MapView } from './camera';
import { MAP_SETTINGS } from './map-settings';
import type { Frame } from './map-view';

/** Sigma's correction ratio: the graph's box fitted to the viewport's shape. */
function correctionRatio(width: number, height: number, graph: Frame): number {
  const viewRatio = height / width;
  const graphRatio = (graph.y[1] - graph.y[0] || 1) / (graph.x[1] - graph.x[0] || 1);
  if ((viewRatio < 1 && graphRatio > 1) || (viewRatio > 1 && graphRatio < 1)) return 1;
  return Math.min(Math.max(graphRatio, 1 / graphRatio), Math.max(1 / viewRatio, viewRatio));
}

/** The roles' extent, which Sigma frames when it is given no box. */
function extent(graph: CareerGraph): Frame {
  const xs = graph.mapNodes((_n, a) => a.x);
  const ys = graph.mapNodes((_n, a) => a.y);
  return xs.length
    ? { x: [Math.min(...xs), Math.max(...xs)], y: [Math.min(...ys), Math.max(...ys)] }
    : { x: [0, 1], y: [0, 1] };
}

export class PreviewView implements MapView {
  camera: CameraState = { x: 0.5, y: 0.5, ratio: 1, angle: 0 };
  readonly #graph: CareerGraph;
  readonly #width: number;
  readonly #height: number;
  readonly #box: Frame;
  /** Normalisation into [0, 1]: the box's centre and its larger side. */
  readonly #centre: Coordinates;
  readonly #side: number;

  /** `box`: the frame GraphCanvas gives Sigma (setCustomBBox); null frames the roles. */
  constructor(graph: CareerGraph, width: number, height: number, box: Frame | null) {
    this.#graph = graph;
    this.#width = width;
    this.#height = height;
    this.#box = box ?? extent(graph);
    const [x0, x1] = this.#box.x;
    const [y0, y1] = this.#box.y;
    this.#centre = { x: (x0 + x1) / 2, y: (y0 + y1) / 2 };
    this.#side = Math.max(x1 - x0, y1 - y0) || 1;
  }

  getDimensions() {
    return { width: this.#width, height: this.#height };
  }

  getSettings() {
    return MAP_SETTINGS;
  }

  /** A role's position in Sigma's framed graph (what its getNodeDisplayData holds). */
  getNodeDisplayData(node: string): Coordinates | undefined {
    if (!this.#graph.hasNode(node)) return undefined;
    const { x, y } = this.#graph.getNodeAttributes(node);
    return this.#normalised({ x, y });
  }

  #normalised(p: Coordinates): Coordinates {
    return { x: 0.5 + (p.x - this.#centre.x) / this.#side, y: 0.5 + (p.y - this.#centre.y) / this.#side };
  }

  /** Screen pixels per framed-graph unit for a camera ratio. */
  #scale(ratio: number): number {
    const padded = Math.min(this.#width, this.#height) - 2 * MAP_SETTINGS.stagePadding;
    return (padded * correctionRatio(this.#width, this.#height, this.#box)) / ratio;
  }

  framedGraphToViewport(p: Coordinates, override: { cameraState?: CameraState } = {}): Coordinates {
    const c = override.cameraState ?? this.camera;
    const k = this.#scale(c.ratio);
    return { x: this.#width / 2 + (p.x - c.x) * k, y: this.#height / 2 - (p.y - c.y) * k };
  }

  viewportToFramedGraph(p: Coordinates, override: { cameraState?: CameraState } = {}): Coordinates {
    const c = override.cameraState ?? this.camera;
    const k = this.#scale(c.ratio);
    return { x: c.x + (p.x - this.#width / 2) / k, y: c.y - (p.y - this.#height / 2) / k };
  }

  graphToViewport(p: Coordinates): Coordinates {
    return this.framedGraphToViewport(this.#normalised(p));
  }

  /** A dot's or a move's size on screen (Sigma's sizes are screen pixels, scaled by zoom). */
  scaleSize(size = 1): number {
    return size / MAP_SETTINGS.zoomToSizeRatioFunction(this.camera.ratio);
  }
}
