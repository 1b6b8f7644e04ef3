/**
 * When the map redraws, and how little. Holds the view state sigma's reducers read (emphasis,
 * hovered role, label plan, a large map's moves in view) and schedules the work:
 * - a hidden map (list or plans view) redraws nothing; it redraws once when it shows, then
 *   moves the camera to a role chosen meanwhile;
 * - camera moves come in bursts: labels are placed once per frame, and on a large map — whose
 *   labels hide while moving — once the camera has stopped;
 * - a large map redraws in a frame of its own after the change, and re-reads only the roles and
 *   moves the change touched (drawn-moves.ts).
 * Sigma stays in GraphCanvas: this module reaches it through a MapSurface, so node tests drive
 * the schedule with a fake surface and clock.
 */
import type { CareerGraph, RoleNodeAttributes } from '../graph/types';
import { changedItems, drawnGraphFor, movesToDraw, syncDrawnMoves, type ViewState } from './drawn-moves';
import { nodeAppearance, type MapEmphasis } from './emphasis';
import { SCREEN_COLORS, type MapColors } from './map-colors';
import { samePlan, type LabelPlan } from './label-plan';
import { isLargeMap } from './scale-settings';

/** What the schedule asks of the renderer. */
export interface MapSurface {
  /** The container has a size (a hidden one has none), so labels can be planned. */
  measurable(): boolean;
  planLabels(graph: CareerGraph, appearance: MapRedraws['appearance']): Map<string, LabelPlan>;
  /** Fits the camera's frame to the container's size. */
  frame(): void;
  /** Moves the level headings with the camera. */
  updateHeads(): void;
  /** Redraws with the reducers: every item, or only those of a large map a change touched. */
  refresh(partial?: { nodes: string[]; edges?: string[] }): void;
  /** Brings a role into view (the camera's animation, or a jump). */
  centreOn(roleId: string, animate: boolean): void;
}

/** Frames and timers, injectable so tests control time. */
export interface MapClock {
  frame(callback: () => void): number;
  cancelFrame(id: number): void;
  later(callback: () => void, ms: number): ReturnType<typeof setTimeout>;
  cancelLater(id: ReturnType<typeof setTimeout> | undefined): void;
}

export const BROWSER_CLOCK: MapClock = {
  frame: (callback) => requestAnimationFrame(callback),
  cancelFrame: (id) => cancelAnimationFrame(id),
  later: (callback, ms) => setTimeout(callback, ms),
  cancelLater: (id) => clearTimeout(id),
};

/** A large map places its labels once the camera has been still this long (ms). */
export const LABEL_SETTLE_MS = 150;

const NO_VIEW: ViewState = { emphasis: { selected: null, visible: null, route: null }, hovered: null };

export class MapRedraws {
  /** Read by the reducers on every render; plain values, so sigma never sees proxies. */
  current: ViewState = NO_VIEW;
  labels: Map<string, LabelPlan> = new Map();
  /** A large map's moves in view (it hides the others); null: every move is drawn. */
  wanted: ReadonlySet<string> | null = null;
  graph: CareerGraph;
  /** What sigma draws: the graph itself, or for a large map its roles and a few moves. */
  drawn: CareerGraph;

  #surface: MapSurface;
  #clock: MapClock;
  #hidden = false;
  /** A change came while the map was hidden: redraw once when it shows. */
  #stale = false;
  #focusWhenShown: string | null = null;
  /** The view a large map last redrew for: what changed since is all it re-reads. */
  #drawnView: ViewState | null = null;
  #redrawing = 0;
  #placing = 0;
  #settling: ReturnType<typeof setTimeout> | undefined;

  constructor(surface: MapSurface, graph: CareerGraph, clock: MapClock = BROWSER_CLOCK) {
    this.#surface = surface;
    this.#clock = clock;
    this.graph = graph;
    this.drawn = this.useGraph(graph);
  }

  /** A new dataset's graph (an import): what sigma should draw for it. */
  useGraph(source: CareerGraph): CareerGraph {
    this.graph = source;
    this.drawn = drawnGraphFor(source);
    this.wanted = this.drawn === source ? null : new Set();
    this.#drawnView = null;
    return this.drawn;
  }

  get large(): boolean {
    return isLargeMap(this.graph.order, this.graph.size);
  }

  /** The colours drawn with (the screen's, or the reader's system colours in forced-colours mode). */
  colors: MapColors = SCREEN_COLORS;

  /** How a role looks now (emphasis, hover, colours). */
  appearance = (node: string, attrs: RoleNodeAttributes) =>
    nodeAppearance(this.graph, node, attrs, this.current.emphasis, this.current.hovered, this.colors);

  /** The view state changed, or the map was hidden or shown. */
  setView(emphasis: MapEmphasis, hovered: string | null, hidden: boolean): void {
    this.current = { emphasis, hovered };
    this.#hidden = hidden;
    this.redrawSoon();
  }

  /** Redraw for the current view: at once, or for a large map in a frame of its own; when shown, if hidden. */
  redrawSoon(): void {
    if (this.#hidden) return void (this.#stale = true);
    if (!this.large) return this.redraw();
    this.#clock.cancelFrame(this.#redrawing);
    this.#redrawing = this.#clock.frame(() => this.redraw());
  }

  /** Something the labels depend on changed (their language, the container's size). */
  invalidate(): void {
    if (this.#hidden) return void (this.#stale = true);
    this.#surface.updateHeads();
    this.placeAllLabels();
    this.#surface.refresh();
  }

  redraw(): void {
    this.#redrawing = 0;
    if (this.#stale) this.#catchUp();
    const before = { view: this.#drawnView, labels: this.labels };
    this.#drawnView = this.current;
    this.placeAllLabels();
    if (this.drawn === this.graph) return this.#surface.refresh();
    this.wanted = movesToDraw(this.graph, this.current.emphasis, this.current.hovered);
    if (syncDrawnMoves(this.drawn, this.graph, this.wanted) === 'cleared') return;
    const changed = before.view && changedItems(this.graph, before.view, this.current);
    if (!changed) return this.#surface.refresh();
    for (const id of [...before.labels.keys(), ...this.labels.keys()]) changed.nodes.add(id);
    const shown = this.drawn;
    this.#surface.refresh({ nodes: [...changed.nodes], edges: [...changed.edges].filter((e) => shown.hasEdge(e)) });
  }

  /** The map shows again after changes it missed: frame, move to the role chosen meanwhile, re-place labels. */
  #catchUp(): void {
    this.#stale = false;
    this.#surface.frame();
    if (this.#focusWhenShown !== null) this.#surface.centreOn(this.#focusWhenShown, false);
    this.#focusWhenShown = null;
    this.scheduleLabels();
  }

  /** The camera moved (or the container changed size): place labels once per burst. */
  scheduleLabels(): void {
    if (this.#hidden) return void (this.#stale = true);
    if (this.#placing) return;
    this.#placing = this.#clock.frame(() => {
      this.#placing = 0;
      this.#surface.updateHeads();
      if (!this.large) return void (this.placeAllLabels() && this.#surface.refresh());
      this.#clock.cancelLater(this.#settling);
      this.#settling = this.#clock.later(() => this.#relabel(), LABEL_SETTLE_MS);
    });
  }

  /** New label places after the camera stopped: a large map re-reads only the roles concerned. */
  #relabel(): void {
    const before = this.labels;
    if (!this.placeAllLabels()) return;
    if (this.drawn === this.graph) return this.#surface.refresh();
    this.#surface.refresh({ nodes: [...new Set([...before.keys(), ...this.labels.keys()])] });
  }

  /** Re-plans the labels; true when the plan changed. */
  placeAllLabels(): boolean {
    if (!this.#surface.measurable()) return false;
    const next = this.#surface.planLabels(this.graph, this.appearance);
    if (samePlan(next, this.labels)) return false;
    this.labels = next;
    return true;
  }

  /** Brings a role into view; a hidden map does it when it shows (each animation frame is a redraw). */
  focus(roleId: string): void {
    if (!this.graph.hasNode(roleId)) return;
    if (this.#hidden) {
      this.#stale = true;
      this.#focusWhenShown = roleId;
      return;
    }
    this.#surface.centreOn(roleId, true);
  }

  /** The container changed size: reframe and re-place labels (once shown, if hidden). */
  resized(): void {
    if (this.#hidden) return void (this.#stale = true);
    this.#surface.frame();
    this.scheduleLabels();
  }

  destroy(): void {
    this.#clock.cancelFrame(this.#placing);
    this.#clock.cancelFrame(this.#redrawing);
    this.#clock.cancelLater(this.#settling);
  }
}
