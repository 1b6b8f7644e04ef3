/**
 * How view state changes what the map draws: pure functions used as Sigma reducers.
 * They only do set look-ups against sets prepared once per state (below).
 */
import type { CareerGraph, MoveEdgeAttributes, RoleNodeAttributes } from '../graph/types';
import { yearsPhrase } from '../i18n/years';
import { SCREEN_COLORS, type MapColors } from './map-colors';

export interface MapEmphasis {
  /** The role whose panel is open. */
  selected: string | null;
  /** Roles passing the filters; null means all. */
  visible: ReadonlySet<string> | null;
  /** A highlighted route: its roles and its moves. */
  route: { nodes: ReadonlySet<string>; edges: ReadonlySet<string> } | null;
}

type NodeDisplay = Partial<RoleNodeAttributes> & {
  highlighted?: boolean;
  hidden?: boolean;
  forceLabel?: boolean;
  zIndex?: number;
};
type EdgeDisplay = Partial<MoveEdgeAttributes> & {
  hidden?: boolean;
  zIndex?: number;
  label?: string;
  forceLabel?: boolean;
};

/** Short years label drawn on highlighted edges; "≈" marks an estimate. */
function edgeYears(attrs: MoveEdgeAttributes): string {
  const n = Number.isInteger(attrs.years.typical) ? String(attrs.years.typical) : attrs.years.typical.toFixed(1);
  return `${attrs.years.estimated ? '≈' : ''}${yearsPhrase(n, 'yrs')}`;
}

/** The role that drives neighbourhood highlighting: hover wins over selection. */
function focusOf(emphasis: MapEmphasis, hovered: string | null): string | null {
  return hovered ?? emphasis.selected;
}

/*
 * Sigma calls the reducers once per node and edge on every refresh, and a refresh follows every
 * hover and every state change; at 5,000 roles / 50,000 moves, an extremities look-up and a
 * neighbour test per item made each refresh cost seconds. What depends only on the state is
 * worked out once per state instead (one pass over the edges for a filter, one role's edges for
 * a focus), so a reducer call is a few set look-ups, and an item the state does not touch is
 * returned as it came, not copied.
 */
interface FilterSets {
  graph: CareerGraph;
  size: number;
  visible: ReadonlySet<string>;
  /** Moves with an end outside the filters: hidden. */
  hiddenEdges: Set<string>;
}
interface FocusSets {
  graph: CareerGraph;
  size: number;
  focus: string;
  neighbours: Set<string>;
  edges: Set<string>;
}
let lastFilter: FilterSets | null = null;
let lastFocus: FocusSets | null = null;

function filterSets(graph: CareerGraph, visible: ReadonlySet<string>): FilterSets {
  if (lastFilter && lastFilter.graph === graph && lastFilter.visible === visible && lastFilter.size === graph.size)
    return lastFilter;
  const hiddenEdges = new Set<string>();
  graph.forEachEdge((edge, _attrs, source, target) => {
    if (!visible.has(source) || !visible.has(target)) hiddenEdges.add(edge);
  });
  lastFilter = { graph, size: graph.size, visible, hiddenEdges };
  return lastFilter;
}

/** The focus role's neighbours and moves; null when the focus is not in this graph. */
function focusSets(graph: CareerGraph, focus: string): FocusSets | null {
  if (lastFocus && lastFocus.graph === graph && lastFocus.focus === focus && lastFocus.size === graph.size)
    return lastFocus;
  if (!graph.hasNode(focus)) return null;
  lastFocus = {
    graph,
    size: graph.size,
    focus,
    neighbours: new Set(graph.neighbors(focus)),
    edges: new Set(graph.edges(focus)),
  };
  return lastFocus;
}

export function nodeAppearance(
  graph: CareerGraph,
  node: string,
  attrs: RoleNodeAttributes,
  emphasis: MapEmphasis,
  hovered: string | null,
  colors: MapColors = SCREEN_COLORS,
): NodeDisplay {
  const dimmed = colors.dimmedNode;
  if (emphasis.visible && !emphasis.visible.has(node)) return { ...attrs, color: dimmed, label: '', zIndex: 0 };
  const own = colors.node ?? colors.tracks?.[attrs.track];
  const shown = own === undefined ? attrs : { ...attrs, color: own };
  // Built only for the few roles that need them: reducers run per role on every refresh.
  const stressed = () => ({
    ...shown,
    ...(colors.emphasisNode ? { color: colors.emphasisNode } : {}),
    highlighted: true,
    forceLabel: true,
    zIndex: 2,
    size: attrs.size * 1.3,
  });
  if (emphasis.route) {
    if (emphasis.route.nodes.has(node)) return stressed();
    return { ...attrs, color: dimmed, label: '', zIndex: 0 };
  }
  const focus = focusOf(emphasis, hovered);
  const sets = focus === null ? null : focusSets(graph, focus);
  if (sets) {
    if (node === sets.focus) return stressed();
    if (sets.neighbours.has(node)) return { ...shown, forceLabel: true, zIndex: 1 };
    return { ...attrs, color: dimmed, label: '', zIndex: 0 };
  }
  return shown;
}

export function edgeAppearance(
  graph: CareerGraph,
  edge: string,
  attrs: MoveEdgeAttributes,
  emphasis: MapEmphasis,
  hovered: string | null,
  colors: MapColors = SCREEN_COLORS,
): EdgeDisplay {
  if (emphasis.visible && filterSets(graph, emphasis.visible).hiddenEdges.has(edge)) return { ...attrs, hidden: true };
  const dimmed = () => ({ ...attrs, color: colors.dimmedEdge, zIndex: 0 });
  if (emphasis.route) {
    return emphasis.route.edges.has(edge)
      ? {
          ...attrs,
          color: colors.emphasisEdge,
          size: attrs.size + 2,
          zIndex: 2,
          label: edgeYears(attrs),
          forceLabel: true,
        }
      : dimmed();
  }
  const focus = focusOf(emphasis, hovered);
  const sets = focus === null ? null : focusSets(graph, focus);
  if (sets) {
    return sets.edges.has(edge)
      ? {
          ...attrs,
          color: attrs.kind === 'lateral' ? colors.emphasisLateral : colors.emphasisEdge,
          zIndex: 1,
          label: edgeYears(attrs),
          forceLabel: true,
        }
      : dimmed();
  }
  return colors.edges === null ? attrs : { ...attrs, color: colors.edges[attrs.kind] };
}
